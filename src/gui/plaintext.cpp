// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plaintext.h"

#include <QLabel>
#include <QMessageBox>

namespace Desk::Gui {

QString plainToolTip(const QString &text)
{
    if (text.isEmpty()) {
        return {}; // no tooltip at all
    }
    // pre-wrap keeps line breaks and runs of spaces; long lines still wrap in the tooltip.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped()
        + QStringLiteral("</p>");
}

void setPlainText(std::initializer_list<QLabel *> labels)
{
    for (QLabel *label : labels) {
        label->setTextFormat(Qt::PlainText);
    }
}

void warnPlain(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Desk::Gui
