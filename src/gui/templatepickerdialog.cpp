// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/templatepickerdialog.h"
#include "gui/plaintext.h"

#include "core/textfold.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace Desk::Gui {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;

/** 2: made for this kind and area, 1: for one of them (the other open), 0: general or other. */
int relevance(const Core::ReplyTemplate &t, const QString &kind, const QString &area)
{
    const bool kindFits = !t.kind.isEmpty() && t.kind == kind;
    const bool areaFits = !t.areaCode.isEmpty() && t.areaCode == area;
    if (areaFits && (kindFits || t.kind.isEmpty())) {
        return 2;
    }
    return kindFits && t.areaCode.isEmpty() ? 1 : 0;
}

} // namespace

TemplatePickerDialog::TemplatePickerDialog(const QVector<Core::ReplyTemplate> &templates,
    const QString &caseKind, const QString &caseArea, const Core::TemplateRenderer::Values &values,
    QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
    , m_values(values)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("templatePickerDialog"));
    setWindowTitle(tr("Reply templates"));
    std::stable_sort(m_templates.begin(), m_templates.end(),
        [&](const Core::ReplyTemplate &a, const Core::ReplyTemplate &b) {
            return relevance(a, caseKind, caseArea) > relevance(b, caseKind, caseArea);
        });
    for (const auto &t : std::as_const(m_templates)) {
        m_folded.append(
            Core::foldForSearch(t.title + QLatin1Char(' ') + t.code + QLatin1Char(' ') + t.body));
    }

    m_filter->setObjectName(QStringLiteral("templateFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Type to filter: title or words of the text"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("templateListWidget"));
    m_preview->setObjectName(QStringLiteral("templatePreviewLabel"));
    m_preview->setWordWrap(true);
    setPlainText({m_preview}); // filled with the case's values, the citizen's name among them
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMargin(6);
    auto *previewArea = new QScrollArea(this);
    previewArea->setWidget(m_preview);
    previewArea->setWidgetResizable(true);

    for (int i = 0; i < m_templates.size(); ++i) {
        const auto &t = m_templates.at(i);
        auto *item = new QListWidgetItem(t.title, m_list);
        item->setData(kCodeRole, t.code);
        item->setData(kIndexRole, i);
        if (relevance(t, caseKind, caseArea) > 0) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(tr("Made for this kind of case"));
        }
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(previewArea);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    // The preview is what staff judge a template by: a word-wrapped label hints almost no
    // width, so without these the splitter gave it about 80 px.
    previewArea->setMinimumWidth(360);
    splitter->setSizes({320, 520});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use template"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
        updatePreview();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &TemplatePickerDialog::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 480);
    m_list->setCurrentRow(0);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentItem() != nullptr);
    m_filter->setFocus();
}

QString TemplatePickerDialog::chosenCode() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(kCodeRole).toString() : QString();
}

bool TemplatePickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown
            || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void TemplatePickerDialog::applyFilter()
{
    const QStringList words
        = Core::foldForSearch(m_filter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstVisible = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString &haystack = m_folded.at(item->data(kIndexRole).toInt());
        const bool match = std::all_of(words.cbegin(), words.cend(),
            [&](const QString &word) { return haystack.contains(word); });
        item->setHidden(!match);
        if (match && !firstVisible) {
            firstVisible = item;
        }
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden()) {
        m_list->setCurrentItem(firstVisible);
    }
    updatePreview();
}

void TemplatePickerDialog::updatePreview()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden()) {
        m_preview->setText(tr("No template matches."));
        return;
    }
    const auto &t = m_templates.at(item->data(kIndexRole).toInt());
    m_preview->setText(Core::TemplateRenderer::preview(t.body, m_values));
}

} // namespace Desk::Gui
