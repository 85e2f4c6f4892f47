// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QPair>
#include <QString>
#include <QVector>
#include <optional>

class QPagedPaintDevice;
class QTextDocument;

namespace Desk::Store {
class Store;
}

namespace Desk::Gui {

/** What a transfer slip (phiếu chuyển) shows, as plain text; the form escapes every value. */
struct TransferSlipData
{
    // The letterhead, in capitals; '\n' breaks a line.
    QString superior; // the issuer's superior body: ỦY BAN NHÂN DÂN / TỈNH CÀ MAU
    QString issuer; // the issuing unit without the province: TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG
    QString issuerName; // the unit's full name for the body text
    QString place; // the date line's place: Cà Mau
    QDate date; // the slip's date (Vietnam time)
    QString caseCode;
    int hop = 1; // 1 for the first transfer of the case, 2 for the next, ...
    QString agencyName;
    QString citizenName;
    QString citizenPhone;
    QString citizenAddress;
    qint64 receivedAtMs = 0;
    QString kind; // labels, not keys
    QString area;
    QString procedure;
    QString locality;
    QVector<QPair<qint64, QString>> messages; // what the citizen wrote: UTC ms, text
    QString note;
    qint64 dueAtMs = 0; // 0: no due date agreed
    int dueWorkingDays = 0;
    QString signer;
};

/**
 * The transfer slip of one hop of a case to an agency: the official form filled from the
 * case (a pure function, testable without widgets), laid out on A4 in a serif font with
 * Vietnamese glyphs, written as PDF or painted on a printer or an image.
 */
class TransferSlip
{
    Q_DECLARE_TR_FUNCTIONS(Desk::Gui::TransferSlip)
public:
    /** The directory's codes of the province's People's Committee and of the centre. */
    static constexpr const char *kSuperiorAgency = "UBND_TINH";
    static constexpr const char *kIssuerAgency = "TTPVHCC_TINH";

    /** "TV-2026-000123-02": the case code and the hop. */
    static QString number(const QString &caseCode, int hop);
    /** Day and month as administrative documents write them (NĐ 30/2020): a leading zero
     *  for days below 10 and for months 1 and 2 ("05", "02", but "11" and "3"). */
    static QString dayText(const QDate &date);
    static QString monthText(const QDate &date);

    /** The bundled form (:/forms/transfer-slip.html). */
    static QString defaultForm();
    /** `<profileDir>/forms/transfer-slip.html` when the administrator put one there. */
    static QString form(const QString &profileDir);
    /** Fills `form` with `data`: every value escaped, an empty one as a dotted line. */
    static QString html(const TransferSlipData &data, const QString &form);

    /**
     * Fills the header from the directory's names: the superior ("Ủy ban nhân dân tỉnh Cà
     * Mau") in capitals, broken before the province; the centre's name in capitals without
     * the words it shares at the end with the superior ("tỉnh Cà Mau"), in two balanced lines
     * when long; and the place from those shared words.
     */
    static void setIssuer(
        TransferSlipData &data, const QString &superiorName, const QString &issuerName);
    /**
     * The slip of `transferId` (a hop of `caseId`) from the store: case, citizen, messages,
     * classification labels, agency, due date; the date line is `nowMs`. nullopt and `error`
     * when the case or the transfer does not exist.
     */
    static std::optional<TransferSlipData> collect(Store::Store &store, qint64 caseId,
        qint64 transferId, qint64 nowMs, const QString &signer, QString *error = nullptr);

    /** The first installed serif family with Vietnamese glyphs (Times New Roman first). */
    static QString fontFamily();
    /** Paints the slip on a printer or a PDF writer, page by page; false if it cannot. */
    static bool paint(const QString &html, QPagedPaintDevice *device);
    /** A4 PDF with the font embedded; written to a temporary file, then renamed. */
    static bool writePdf(const QString &html, const QString &path, QString *error = nullptr);
    /** One A4 page as an image at `dpi` (a preview, the test's picture). */
    static QImage renderPage(const QString &html, int dpi, int page = 0);
    /** The number of A4 pages the slip takes. */
    static int pageCount(const QString &html);
};

} // namespace Desk::Gui
