// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/transferslip.h"

#include "core/caseclock.h"
#include "core/vietnamtime.h"
#include "gui/logging.h"
#include "reports/labels.h"
#include "store/casework.h"
#include "store/clocks.h"
#include "store/directory.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <memory>

// Resources of a static library must be initialised by name from outside any namespace.
static void initSlipForms()
{
    Q_INIT_RESOURCE(desk_forms);
}

namespace Desk::Gui {

namespace {

// NĐ 30/2020/NĐ-CP, Phụ lục I: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
const QMarginsF kMarginsMm(30, 20, 15, 20);
constexpr qreal kBodyPointSize = 13;

/** A value the form leaves to be written by hand, as paper forms do. */
QString dottedLine()
{
    return QString(14, QChar(0x2026));
}

QString escaped(const QString &value)
{
    const QString text = value.trimmed();
    return text.isEmpty() ? dottedLine()
                          : text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

/**
 * A header name too long for its half of the page, in two lines of about equal length
 * ("TRUNG TÂM PHỤC VỤ" / "HÀNH CHÍNH CÔNG"), as official letterheads break it; the layout
 * would otherwise leave one word alone on the second line.
 */
QString balancedLines(const QStringList &words)
{
    const QString oneLine = words.join(u' ');
    constexpr int kLongHeaderLine = 24;
    if (oneLine.size() <= kLongHeaderLine || words.size() < 2) {
        return oneLine;
    }
    int best = 1;
    qsizetype bestWidth = oneLine.size();
    for (int split = 1; split < words.size(); ++split) {
        const qsizetype width
            = qMax(words.mid(0, split).join(u' ').size(), words.mid(split).join(u' ').size());
        if (width <= bestWidth) { // a tie: the longer first line ("ỦY BAN NHÂN DÂN")
            bestWidth = width;
            best = split;
        }
    }
    return words.mid(0, best).join(u' ') + u'\n' + words.mid(best).join(u' ');
}

QString dateText(qint64 utcMs)
{
    return utcMs > 0 ? Core::toVietnamTime(utcMs).toString(QStringLiteral("dd/MM/yyyy"))
                     : QString();
}

QString messagesHtml(const QVector<QPair<qint64, QString>> &messages)
{
    if (messages.isEmpty()) {
        return QStringLiteral("<p style=\"margin-left: 1cm;\">%1</p>").arg(dottedLine());
    }
    QString html;
    for (const auto &message : messages) {
        html += QStringLiteral("<p align=\"justify\" style=\"margin: 0 0 0 1cm;\">- <i>%1</i>: "
                               "%2</p>\n")
                    .arg(Core::toVietnamTime(message.first)
                             .toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                        escaped(message.second));
    }
    return html;
}

/** The laid-out slip for a device: its DPI turns the form's point sizes into pixels. */
std::unique_ptr<QTextDocument> layout(const QString &html, QPaintDevice *device, QSizeF page)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    QFont font(TransferSlip::fontFamily());
    font.setPointSizeF(kBodyPointSize);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setHtml(html);
    document->setPageSize(page);
    return document;
}

void drawPage(QTextDocument &document, QPainter &painter, QSizeF page, int index)
{
    painter.save();
    painter.translate(0, -index * page.height());
    document.drawContents(&painter, QRectF(QPointF(0, index * page.height()), page));
    painter.restore();
}

QPageLayout a4Layout()
{
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter);
}

} // namespace

QString TransferSlip::number(const QString &caseCode, int hop)
{
    return QStringLiteral("%1-%2").arg(caseCode).arg(hop, 2, 10, QLatin1Char('0'));
}

QString TransferSlip::dayText(const QDate &date)
{
    return QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
}

QString TransferSlip::monthText(const QDate &date)
{
    // Months 1 and 2 take a zero so that nobody can turn them into 11 or 12 by hand.
    return date.month() <= 2 ? QStringLiteral("0%1").arg(date.month())
                             : QString::number(date.month());
}

QString TransferSlip::defaultForm()
{
    initSlipForms();
    QFile file(QStringLiteral(":/forms/transfer-slip.html"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGui) << "transfer slip form missing from the resources";
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

QString TransferSlip::form(const QString &profileDir)
{
    if (!profileDir.isEmpty()) {
        QFile own(QDir(profileDir).filePath(QStringLiteral("forms/transfer-slip.html")));
        if (own.open(QIODevice::ReadOnly)) {
            return QString::fromUtf8(own.readAll());
        }
    }
    return defaultForm();
}

QString TransferSlip::html(const TransferSlipData &data, const QString &form)
{
    const QHash<QString, QString> values {
        {QStringLiteral("superior"), escaped(data.superior)},
        {QStringLiteral("issuer"), escaped(data.issuer)},
        {QStringLiteral("issuer_name"), escaped(data.issuerName)},
        {QStringLiteral("number"), escaped(number(data.caseCode, data.hop))},
        {QStringLiteral("place"), escaped(data.place)},
        {QStringLiteral("day"), data.date.isValid() ? dayText(data.date) : dottedLine()},
        {QStringLiteral("month"), data.date.isValid() ? monthText(data.date) : dottedLine()},
        {QStringLiteral("year"),
            data.date.isValid() ? QString::number(data.date.year()) : dottedLine()},
        {QStringLiteral("agency"), escaped(data.agencyName)},
        {QStringLiteral("citizen"), escaped(data.citizenName)},
        {QStringLiteral("phone"), escaped(data.citizenPhone)},
        {QStringLiteral("address"), escaped(data.citizenAddress)},
        {QStringLiteral("case_code"), escaped(data.caseCode)},
        {QStringLiteral("received"), escaped(dateText(data.receivedAtMs))},
        {QStringLiteral("kind"), escaped(data.kind)},
        {QStringLiteral("area"), escaped(data.area)},
        {QStringLiteral("procedure"), escaped(data.procedure)},
        {QStringLiteral("locality"), escaped(data.locality)},
        {QStringLiteral("content"), messagesHtml(data.messages)},
        {QStringLiteral("note"), escaped(data.note)},
        {QStringLiteral("due"), escaped(dateText(data.dueAtMs))},
        {QStringLiteral("due_days"),
            data.dueWorkingDays > 0 ? QString::number(data.dueWorkingDays) : dottedLine()},
        {QStringLiteral("signer"), escaped(data.signer)},
    };
    // One pass over the form: a value that itself contains "{{agency}}" (a citizen can type
    // anything) is never expanded.
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString result;
    result.reserve(form.size() * 2);
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(form); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(form).mid(from, match.capturedStart() - from);
        result += values.value(match.captured(1), dottedLine());
        from = match.capturedEnd();
    }
    result += QStringView(form).mid(from);
    return result;
}

void TransferSlip::setIssuer(
    TransferSlipData &data, const QString &superiorName, const QString &issuerName)
{
    const QStringList superior = superiorName.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList issuer = issuerName.simplified().split(u' ', Qt::SkipEmptyParts);
    int shared = 0;
    while (shared < superior.size() && shared < issuer.size() - 1
        && superior.at(superior.size() - 1 - shared)
                .compare(issuer.at(issuer.size() - 1 - shared), Qt::CaseInsensitive)
            == 0) {
        ++shared;
    }
    // "tỉnh Cà Mau", "thành phố Cần Thơ": the kind of unit, then the place the date line
    // names. The words are Vietnamese data (the names in the directory are), not UI text.
    QString place = superior.mid(superior.size() - shared).join(u' ');
    for (const QString &kind : {QStringLiteral("tỉnh "), QStringLiteral("thành phố ")}) {
        if (place.startsWith(kind, Qt::CaseInsensitive) && place.size() > kind.size()) {
            place = place.mid(kind.size());
            break;
        }
    }
    data.place = place;
    // The superior breaks before the shared words: "ỦY BAN NHÂN DÂN" / "TỈNH CÀ MAU".
    const QStringList own = superior.mid(0, superior.size() - shared);
    data.superior = (shared > 0 && !own.isEmpty()
            ? own.join(u' ') + u'\n' + superior.mid(own.size()).join(u' ')
            : balancedLines(superior))
                        .toUpper();
    data.issuer = balancedLines(issuer.mid(0, issuer.size() - shared)).toUpper();
    data.issuerName = issuerName.simplified();
}

std::optional<TransferSlipData> TransferSlip::collect(Store::Store &store, qint64 caseId,
    qint64 transferId, qint64 nowMs, const QString &signer, QString *error)
{
    const auto summary = store.caseById(caseId);
    Store::CaseWork work(store);
    const QVector<Store::Transfer> transfers = work.transfers(caseId);
    int hop = 0;
    for (int i = 0; i < transfers.size(); ++i) {
        if (transfers.at(i).id == transferId) {
            hop = i + 1;
        }
    }
    if (!summary || hop == 0) {
        if (error) {
            *error = tr("The case has no such transfer to an agency.");
        }
        return std::nullopt;
    }
    const Store::Transfer &transfer = transfers.at(hop - 1);
    const Store::Directory directory(store);
    TransferSlipData data;
    const auto superior = directory.agency(QString::fromLatin1(kSuperiorAgency));
    const auto issuer = directory.agency(QString::fromLatin1(kIssuerAgency));
    setIssuer(data, superior ? superior->name : QString(), issuer ? issuer->name : QString());
    data.date = Core::vietnamDate(nowMs);
    data.caseCode = summary->code;
    data.hop = hop;
    const auto agency = directory.agency(transfer.agencyCode);
    data.agencyName = agency ? agency->name : transfer.agencyCode;
    const auto citizen = store.citizen(summary->citizenId);
    data.citizenName
        = citizen && !citizen->displayName.isEmpty() ? citizen->displayName : summary->citizenName;
    if (citizen) {
        data.citizenPhone = citizen->phone;
        data.citizenAddress = citizen->address;
    }
    data.receivedAtMs = summary->openedAtMs;
    if (!summary->kind.isEmpty()) {
        data.kind = Reports::kindLabel(summary->kind);
    }
    if (const auto area = directory.area(summary->areaCode)) {
        data.area = area->name;
    }
    if (const auto procedure = directory.procedure(summary->procedureCode)) {
        data.procedure = QStringLiteral("%1 (%2)").arg(procedure->name, procedure->code);
    }
    if (const auto locality = directory.locality(summary->localityCode)) {
        data.locality = locality->name;
    }
    for (const Core::Message &message : store.messagesForCase(caseId)) {
        if (message.direction != Core::Direction::Inbound) {
            continue;
        }
        const QString text = !message.text.isEmpty() ? message.text
            : !message.fileName.isEmpty()            ? message.fileName
                                                     : message.url;
        if (!text.isEmpty()) {
            data.messages.append({message.timeMs, text});
        }
    }
    data.note = transfer.note;
    data.dueAtMs = transfer.dueAtMs;
    if (transfer.dueAtMs > 0) {
        data.dueWorkingDays = Core::CaseClock::workingDaysBetween(
            Store::Clocks(store).calendar(), transfer.routedAtMs, transfer.dueAtMs);
    }
    data.signer = signer.isEmpty() ? transfer.routedBy : signer;
    return data;
}

QString TransferSlip::fontFamily()
{
    // Times New Roman is what Vietnamese offices print in (Windows); on Linux the Liberation,
    // Noto or DejaVu serif faces carry the Vietnamese glyphs.
    const QStringList installed = QFontDatabase::families(QFontDatabase::Vietnamese);
    for (const char *wanted :
        {"Times New Roman", "Liberation Serif", "Noto Serif", "DejaVu Serif"}) {
        const QString family = QString::fromLatin1(wanted);
        if (installed.contains(family)) {
            return family;
        }
    }
    return installed.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()
                               : installed.constFirst();
}

bool TransferSlip::paint(const QString &html, QPagedPaintDevice *device)
{
    if (!device->setPageMargins(kMarginsMm, QPageLayout::Millimeter)) {
        qCWarning(lcGui) << "the printer refused the slip's margins";
    }
    const QSizeF page = device->pageLayout().paintRectPixels(device->logicalDpiX()).size();
    QPainter painter;
    if (page.isEmpty() || !painter.begin(device)) {
        return false;
    }
    const auto document = layout(html, device, page);
    for (int index = 0; index < document->pageCount(); ++index) {
        if (index > 0 && !device->newPage()) {
            return false;
        }
        drawPage(*document, painter, page, index);
    }
    return painter.end();
}

bool TransferSlip::writePdf(const QString &html, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(a4Layout());
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Advisory Desk"));
        writer.setTitle(tr("Transfer slip"));
        if (!paint(html, &writer)) {
            file.cancelWriting();
            if (error) {
                *error = tr("The slip could not be laid out on the page.");
            }
            return false;
        }
    }
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

QImage TransferSlip::renderPage(const QString &html, int dpi, int page)
{
    const QPageLayout pageLayout = a4Layout();
    QImage image(pageLayout.fullRectPixels(dpi).size(), QImage::Format_RGB32);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    const QRect body = pageLayout.paintRectPixels(dpi);
    const auto document = layout(html, &image, body.size());
    if (page >= document->pageCount()) {
        return QImage();
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(body.topLeft());
    drawPage(*document, painter, body.size(), page);
    return image;
}

int TransferSlip::pageCount(const QString &html)
{
    QImage probe(1, 1, QImage::Format_RGB32);
    const int dotsPerMeter = qRound(300 / 0.0254);
    probe.setDotsPerMeterX(dotsPerMeter);
    probe.setDotsPerMeterY(dotsPerMeter);
    return layout(html, &probe, a4Layout().paintRectPixels(300).size())->pageCount();
}

} // namespace Desk::Gui
