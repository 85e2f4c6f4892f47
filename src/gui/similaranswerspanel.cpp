// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/similaranswerspanel.h"

#include "gui/logging.h"
#include "gui/plaintext.h"
#include "store/similaranswers.h"
#include "store/store.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Desk::Gui {

namespace {

QString excerpt(const QString &text, int length)
{
    const QString flat = text.simplified();
    return flat.size() > length ? flat.left(length - 1) + QChar(0x2026) : flat;
}

} // namespace

SimilarAnswersPanel::SimilarAnswersPanel(Store::Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_insert(new QPushButton(this))
    , m_empty(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_list->setObjectName(QStringLiteral("similarListWidget"));
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setAlternatingRowColors(true);
    m_insert->setObjectName(QStringLiteral("insertSimilarPushButton"));
    m_empty->setObjectName(QStringLiteral("similarEmptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_insert);

    connect(m_list, &QListWidget::itemDoubleClicked, this,
        [this](QListWidgetItem *item) { emit insertRequested(answerAt(m_list->row(item))); });
    connect(m_insert, &QPushButton::clicked, this,
        [this] { emit insertRequested(answerAt(m_list->currentRow())); });
    connect(m_list, &QListWidget::currentRowChanged, this,
        [this](int row) { m_insert->setEnabled(row >= 0); });
    retranslate();
    setCase(0);
}

void SimilarAnswersPanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    m_answers.clear();
    m_list->clear();
    m_insert->setEnabled(false);
    m_empty->hide();
    if (caseId == 0) {
        return;
    }
    QTimer::singleShot(0, this, [this, caseId] {
        if (m_caseId == caseId) {
            load(caseId);
        }
    });
}

QString SimilarAnswersPanel::answerAt(int row) const
{
    return row >= 0 && row < m_answers.size() ? m_answers.at(row) : QString();
}

void SimilarAnswersPanel::load(qint64 caseId)
{
    Store::SimilarAnswers similar(*m_store);
    const auto answers = similar.forCase(caseId, kLimit);
    if (!similar.lastError().isEmpty()) {
        qCWarning(lcGui) << "similar answers of case" << caseId << similar.lastError();
    }
    for (const auto &answer : answers) {
        auto *item = new QListWidgetItem(
            tr("%1: «%2»\n→ %3")
                .arg(answer.caseCode, excerpt(answer.question, 90), excerpt(answer.answer, 160)),
            m_list);
        item->setToolTip(plainToolTip(answer.answer));
        m_answers.append(answer.answer);
    }
    m_empty->setVisible(answers.isEmpty());
    if (!answers.isEmpty()) {
        m_list->setCurrentRow(0);
    }
}

void SimilarAnswersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SimilarAnswersPanel::retranslate()
{
    m_title->setText(tr("Similar earlier answers"));
    m_insert->setText(tr("Insert into the reply"));
    m_insert->setToolTip(tr("Insert the chosen answer at the cursor (or double-click it)"));
    m_empty->setText(tr("No earlier answered case resembles this one."));
}

} // namespace Desk::Gui
