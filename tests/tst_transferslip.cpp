// SPDX-License-Identifier: GPL-3.0-or-later
// The transfer slip (phiếu chuyển): the form filled from a real store, escaped values, the
// administrative date line, the header names from the directory, the PDF (read back with
// poppler's pdftotext and pdffonts when installed) and a picture of the page.
#include "gui/transferslip.h"
#include "store/casework.h"
#include "store/directory.h"
#include "support/storefixtures.h"
#include "support/testmain.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>

using namespace Desk;
using namespace Desk::TestSupport;
using Gui::TransferSlip;
using Gui::TransferSlipData;

class TestTransferSlip : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dateParts_data();
    void dateParts();
    void issuerFromDirectoryNames_data();
    void issuerFromDirectoryNames();
    void formFilled();
    void valuesEscapedNotExpanded();
    void collectFromStore();
    void pdfKeepsVietnameseText();
    void longConversationTakesPages();
    void picture();

private:
    TransferSlipData sample() const;
    TransferSlipData collected(qint64 *caseId = nullptr);
    static QString plainText(const QString &html);
    static QString tool(const char *name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store::Store> m_store;
};

void TestTransferSlip::init()
{
    openFreshStore(m_dir, m_store);
    QVERIFY(Store::Directory(*m_store).seedDefaults());
}

void TestTransferSlip::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestTransferSlip::plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    // Lines (and the header's <br/>) joined by one space, so a phrase matches wherever it breaks.
    return document.toPlainText().simplified();
}

QString TestTransferSlip::tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

TransferSlipData TestTransferSlip::sample() const
{
    TransferSlipData data;
    TransferSlip::setIssuer(data, QStringLiteral("Ủy ban nhân dân tỉnh Cà Mau"),
        QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Cà Mau"));
    data.date = QDate(2026, 11, 29);
    data.caseCode = QStringLiteral("TV-2026-000123");
    data.hop = 2;
    data.agencyName = QStringLiteral("Ủy ban nhân dân phường An Xuyên");
    data.citizenName = QStringLiteral("Nguyễn Thị Ánh Tuyết");
    data.citizenPhone = QStringLiteral("0912 345 678");
    data.receivedAtMs = vn(2026, 11, 26, 8, 30);
    data.kind = QStringLiteral("Hỏi đáp");
    data.area = QStringLiteral("Hộ tịch");
    data.procedure = QStringLiteral("Đăng ký khai sinh (1.001193)");
    data.locality = QStringLiteral("Phường An Xuyên");
    data.messages = {{vn(2026, 11, 26, 8, 30),
                         QStringLiteral("Cho tôi hỏi đăng ký khai sinh cho con cần giấy tờ gì?")},
        {vn(2026, 11, 26, 8, 32), QStringLiteral("Tôi ở khóm 3, phường An Xuyên.")}};
    data.note = QStringLiteral("Đề nghị phường hướng dẫn công dân nộp hồ sơ trực tuyến.");
    data.dueAtMs = vn(2026, 12, 4, 23, 59);
    data.dueWorkingDays = 5;
    data.signer = QStringLiteral("Trần Văn Lân");
    return data;
}

void TestTransferSlip::dateParts_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("month");
    QTest::addRow("29/11") << QDate(2026, 11, 29) << "29"
                           << "11";
    QTest::addRow("05/02: zeros for the day and February") << QDate(2027, 2, 5) << "05"
                                                           << "02";
    QTest::addRow("10/01: zero for January") << QDate(2027, 1, 10) << "10"
                                             << "01";
    QTest::addRow("03/03: no zero for March") << QDate(2027, 3, 3) << "03"
                                              << "3";
    QTest::addRow("31/12") << QDate(2026, 12, 31) << "31"
                           << "12";
}

void TestTransferSlip::dateParts()
{
    QFETCH(QDate, date);
    QFETCH(QString, day);
    QFETCH(QString, month);
    QCOMPARE(TransferSlip::dayText(date), day);
    QCOMPARE(TransferSlip::monthText(date), month);
}

void TestTransferSlip::issuerFromDirectoryNames_data()
{
    QTest::addColumn<QString>("superiorName");
    QTest::addColumn<QString>("issuerName");
    QTest::addColumn<QString>("superior");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("place");
    QTest::addRow("province") << "Ủy ban nhân dân tỉnh Cà Mau"
                              << "Trung tâm Phục vụ hành chính công tỉnh Cà Mau"
                              << "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU"
                              << "TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG"
                              << "Cà Mau";
    QTest::addRow("city") << "Ủy ban nhân dân thành phố Cần Thơ"
                          << "Trung tâm Phục vụ hành chính công thành phố Cần Thơ"
                          << "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ"
                          << "TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG"
                          << "Cần Thơ";
    QTest::addRow("names share nothing") << "Ủy ban nhân dân tỉnh Cà Mau"
                                         << "Trung tâm Phục vụ hành chính công"
                                         << "ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU"
                                         << "TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG"
                                         << "";
    QTest::addRow("no superior") << ""
                                 << "Trung tâm Phục vụ hành chính công"
                                 << ""
                                 << "TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG"
                                 << "";
    QTest::addRow("short names stay on one line") << "UBND tỉnh Cà Mau"
                                                  << "Tổ Tư vấn tỉnh Cà Mau"
                                                  << "UBND\nTỈNH CÀ MAU"
                                                  << "TỔ TƯ VẤN"
                                                  << "Cà Mau";
}

void TestTransferSlip::issuerFromDirectoryNames()
{
    QFETCH(QString, superiorName);
    QFETCH(QString, issuerName);
    QFETCH(QString, superior);
    QFETCH(QString, issuer);
    QFETCH(QString, place);
    TransferSlipData data;
    TransferSlip::setIssuer(data, superiorName, issuerName);
    QCOMPARE(data.superior, superior);
    QCOMPARE(data.issuer, issuer);
    QCOMPARE(data.place, place);
    QCOMPARE(data.issuerName, issuerName);
}

void TestTransferSlip::formFilled()
{
    const QString html = TransferSlip::html(sample(), TransferSlip::defaultForm());
    QVERIFY(!html.contains(QStringLiteral("{{"))); // every placeholder filled
    const QString text = plainText(html);
    for (const QString &expected : {
             QStringLiteral("ỦY BAN NHÂN DÂN TỈNH CÀ MAU"),
             QStringLiteral("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
             QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
             QStringLiteral("Số: TV-2026-000123-02/PC"),
             QStringLiteral("Cà Mau, ngày 29 tháng 11 năm 2026"),
             QStringLiteral("PHIẾU CHUYỂN"),
             QStringLiteral("Kính gửi: Ủy ban nhân dân phường An Xuyên."),
             QStringLiteral("Nguyễn Thị Ánh Tuyết; số điện thoại: 0912 345 678"),
             QStringLiteral("Mã yêu cầu: TV-2026-000123; ngày tiếp nhận: 26/11/2026"),
             QStringLiteral("lĩnh vực: Hộ tịch; thủ tục: Đăng ký khai sinh (1.001193)"),
             QStringLiteral(
                 "26/11/2026 08:30: Cho tôi hỏi đăng ký khai sinh cho con cần giấy tờ gì?"),
             QStringLiteral("Đề nghị phường hướng dẫn công dân nộp hồ sơ trực tuyến."),
             QStringLiteral("trước ngày 04/12/2026 (5 ngày làm việc)"),
             QStringLiteral("Trần Văn Lân"),
         }) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
    }
    // The issuer line carries the province once, in the superior's line.
    QVERIFY(!text.contains(QStringLiteral("CÔNG TỈNH CÀ MAU")));
    // No address known: a dotted line to fill in by hand.
    QVERIFY2(
        text.contains(QStringLiteral("địa chỉ: ") + QString(14, QChar(0x2026))), qPrintable(text));
}

void TestTransferSlip::valuesEscapedNotExpanded()
{
    TransferSlipData data = sample();
    data.messages = {{vn(2026, 11, 26, 9), QStringLiteral("<b>gấp</b> {{agency}} & {{note}}")}};
    data.note = QStringLiteral("{{citizen}}");
    const QString html = TransferSlip::html(data, TransferSlip::defaultForm());
    QVERIFY(!html.contains(QStringLiteral("<b>gấp</b>")));
    const QString text = plainText(html);
    QVERIFY2(text.contains(QStringLiteral("<b>gấp</b> {{agency}} & {{note}}")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Ý kiến của Trung tâm: {{citizen}}")));
}

TransferSlipData TestTransferSlip::collected(qint64 *caseIdOut)
{
    Core::Citizen who = person(QStringLiteral("c1"), QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    who.phone = QStringLiteral("0912345678");
    const auto result = m_store->ingestConversation(who,
        {in(QStringLiteral("m1"), QStringLiteral("c1"), vn(2026, 11, 26, 8, 30),
             QStringLiteral("Cho tôi hỏi đăng ký khai sinh cho con cần giấy tờ gì?")),
            out(QStringLiteral("m2"), QStringLiteral("c1"), vn(2026, 11, 26, 9)),
            in(QStringLiteral("m3"), QStringLiteral("c1"), vn(2026, 11, 26, 9, 5),
                QStringLiteral("Tôi ở phường An Xuyên ạ."))});
    [&] { QCOMPARE(result.touchedCaseIds.size(), 1); }();
    const qint64 caseId = *result.touchedCaseIds.begin();
    if (caseIdOut) {
        *caseIdOut = caseId;
    }
    Store::CaseWork work(*m_store);
    work.classify(caseId,
        {QStringLiteral("question"), QStringLiteral("ho_tich"), QStringLiteral("32002"),
            QStringLiteral("1.001193"), QStringLiteral("test")},
        QStringLiteral("classifier"), vn(2026, 11, 26, 9, 6));
    const qint64 first = work.route(
        caseId, QStringLiteral("SO_TP"), QString(), 0, QStringLiteral("lan"), vn(2026, 11, 26, 10));
    // Friday 27/11 to Friday 04/12: five working days over a weekend.
    const qint64 second
        = work.route(caseId, QStringLiteral("UBND_32002"), QStringLiteral("Nhờ phường hướng dẫn"),
            vn(2026, 12, 5, 0) - 1, QStringLiteral("lan"), vn(2026, 11, 27, 10));
    [&] { QVERIFY(first > 0 && second > first); }();
    QString error;
    const auto data
        = TransferSlip::collect(*m_store, caseId, second, vn(2026, 11, 29, 15), QString(), &error);
    [&] { QVERIFY2(data, qPrintable(error)); }();
    return data.value_or(TransferSlipData());
}

void TestTransferSlip::collectFromStore()
{
    qint64 caseId = 0;
    const TransferSlipData data = collected(&caseId);
    QCOMPARE(data.caseCode, m_store->caseById(caseId)->code);
    QCOMPARE(data.hop, 2);
    QCOMPARE(data.superior, QStringLiteral("ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU"));
    QCOMPARE(data.issuer, QStringLiteral("TRUNG TÂM PHỤC VỤ\nHÀNH CHÍNH CÔNG"));
    QCOMPARE(data.place, QStringLiteral("Cà Mau"));
    QCOMPARE(data.date, QDate(2026, 11, 29));
    QCOMPARE(data.agencyName, QStringLiteral("Ủy ban nhân dân phường An Xuyên"));
    QCOMPARE(data.citizenName, QStringLiteral("Nguyễn Thị Ánh Tuyết"));
    QCOMPARE(data.citizenPhone, QStringLiteral("0912345678"));
    QCOMPARE(data.area, QStringLiteral("Hộ tịch"));
    QCOMPARE(data.locality, QStringLiteral("Phường An Xuyên"));
    QVERIFY(data.procedure.contains(QStringLiteral("1.001193")));
    QCOMPARE(data.messages.size(), 2); // the citizen's messages, not the OA's reply
    QCOMPARE(data.messages.at(1).second, QStringLiteral("Tôi ở phường An Xuyên ạ."));
    QCOMPARE(data.note, QStringLiteral("Nhờ phường hướng dẫn"));
    QCOMPARE(data.dueWorkingDays, 5);
    QCOMPARE(data.signer, QStringLiteral("lan"));

    QString error;
    QVERIFY(!TransferSlip::collect(*m_store, caseId, 999, vn(2026, 11, 29), QString(), &error));
    QVERIFY(!error.isEmpty());
}

void TestTransferSlip::pdfKeepsVietnameseText()
{
    const TransferSlipData data = collected();
    const QString html = TransferSlip::html(data, TransferSlip::defaultForm());
    const QString path = m_dir->filePath(QStringLiteral("phieu-chuyen.pdf"));
    QString error;
    QVERIFY2(TransferSlip::writePdf(html, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    file.close();

    const QString pdftotext = tool("pdftotext");
    if (pdftotext.isEmpty()) {
        QSKIP("pdftotext (poppler-utils, tools/setup.sh) is not installed");
    }
    QProcess extract;
    extract.start(
        pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(extract.waitForFinished(30000));
    QCOMPARE(extract.exitCode(), 0);
    // One line per line of the page: join them so a phrase broken by the layout still matches.
    const QString text = QString::fromUtf8(extract.readAllStandardOutput())
                             .normalized(QString::NormalizationForm_C)
                             .simplified();
    for (const QString &expected : {
             data.caseCode,
             QStringLiteral("PHIẾU CHUYỂN"),
             QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
             QStringLiteral("Cà Mau, ngày 29 tháng 11 năm 2026"),
             QStringLiteral("Kính gửi: Ủy ban nhân dân phường An Xuyên."),
             QStringLiteral("Nguyễn Thị Ánh Tuyết"),
             QStringLiteral("Tôi ở phường An Xuyên ạ."),
             QStringLiteral("04/12/2026"),
         }) {
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
    }

    // Every font is embedded: the slip prints the same on a computer without it.
    const QString pdffonts = tool("pdffonts");
    if (!pdffonts.isEmpty()) {
        QProcess fonts;
        fonts.start(pdffonts, {path});
        QVERIFY(fonts.waitForFinished(30000));
        const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput())
                                      .split(u'\n', Qt::SkipEmptyParts)
                                      .mid(2); // the header and its underline
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            // name type encoding emb sub uni object ID: "emb" is the 4th column from the end.
            const QStringList columns = line.simplified().split(u' ');
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                qPrintable(line));
        }
    }
}

void TestTransferSlip::longConversationTakesPages()
{
    TransferSlipData data = sample();
    QCOMPARE(TransferSlip::pageCount(TransferSlip::html(data, TransferSlip::defaultForm())), 1);
    for (int i = 0; i < 40; ++i) {
        data.messages.append({vn(2026, 11, 26, 10, i),
            QStringLiteral("Tin nhắn số %1: hồ sơ của tôi đã nộp từ tháng trước mà chưa có kết "
                           "quả, xin cho biết khi nào nhận được giấy khai sinh.")
                .arg(i + 1)});
    }
    const QString html = TransferSlip::html(data, TransferSlip::defaultForm());
    const int pages = TransferSlip::pageCount(html);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QVERIFY(!TransferSlip::renderPage(html, 60, pages - 1).isNull());
    QVERIFY(TransferSlip::renderPage(html, 60, pages).isNull());
    const QString path = m_dir->filePath(QStringLiteral("dai.pdf"));
    QVERIFY(TransferSlip::writePdf(html, path));
    const QString pdfinfo = tool("pdfinfo");
    if (!pdfinfo.isEmpty()) {
        QProcess info;
        info.start(pdfinfo, {path});
        QVERIFY(info.waitForFinished(30000));
        const QString out = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        QCOMPARE(match.captured(1).toInt(), pages);
        QVERIFY(out.contains(QStringLiteral("(A4)")));
    }
}

void TestTransferSlip::picture()
{
    const QString html = TransferSlip::html(collected(), TransferSlip::defaultForm());
    const QImage page = TransferSlip::renderPage(html, 110);
    QVERIFY(!page.isNull());
    // A4 at 110 dpi.
    QCOMPARE(page.width(), qRound(210 / 25.4 * 110));
    // Ink on the page, and none in the left margin (30 mm).
    int ink = 0;
    int marginInk = 0;
    const int margin = qRound(28 / 25.4 * 110);
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2) {
            if (qGray(page.pixel(x, y)) < 128) {
                ++ink;
                marginInk += x < margin ? 1 : 0;
            }
        }
    }
    QVERIFY(ink > 2000);
    QCOMPARE(marginInk, 0);
    QVERIFY(page.save(QStringLiteral(DESK_TEST_OUTPUT_DIR) + QStringLiteral("/transfer-slip.png")));
    QVERIFY(TransferSlip::writePdf(
        html, QStringLiteral(DESK_TEST_OUTPUT_DIR) + QStringLiteral("/transfer-slip.pdf")));
}

DESK_TEST_MAIN(TestTransferSlip)
#include "tst_transferslip.moc"
