// SPDX-License-Identifier: GPL-3.0-or-later
// The case classifier: default rules on realistic messages, the pattern syntax on small rule
// sets, dossier codes, phone numbers, communes, and accuracy on the labelled set.
#include "core/classifier.h"
#include "core/directoryimport.h"
#include "core/textextract.h"
#include "core/textfold.h"
#include "support/testmain.h"

#include <QFile>
#include <QtTest>
#include <map>

using Desk::Core::caseKindKey;
using Desk::Core::ClassificationRule;
using Desk::Core::Classifier;
using Desk::Core::Locality;

namespace {

const Classifier &defaults()
{
    static const Classifier classifier = Classifier::fromDefaults();
    return classifier;
}

ClassificationRule rule(int position, const char *target, const char *value, const char *pattern,
    int weight = 1, bool enabled = true)
{
    return {position, QString::fromLatin1(target), QString::fromLatin1(value),
        QString::fromUtf8(pattern), weight, QString(), enabled};
}

Desk::Core::Area hoTich()
{
    Desk::Core::Area area;
    area.code = QStringLiteral("ho_tich");
    area.name = QStringLiteral("Hộ tịch");
    return area;
}

struct LabelledRow
{
    QString kind;
    QString area;
    QString locality;
    QString text;
};

/** tests/data/classification/<name>: kind,area,locality,text (only the text is quoted). */
QList<LabelledRow> labelledRows(const QString &name)
{
    QFile file(QStringLiteral(DESK_TEST_DATA_DIR "/classification/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<LabelledRow> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QStringList head = line.section(QLatin1Char(','), 0, 2).split(QLatin1Char(','));
        QString text = line.section(QLatin1Char(','), 3);
        if (text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"'))) {
            text = text.mid(1, text.size() - 2)
                       .replace(QStringLiteral("\"\""), QStringLiteral("\""));
        }
        rows.append({head.value(0), head.value(1), head.value(2), text});
    }
    return rows;
}

} // namespace

class TestClassifier : public QObject
{
    Q_OBJECT
private slots:
    void defaultsLoad();
    void defaultRulesPassTheDirectoryImport();
    void foldIsFoldForSearch();
    void kinds_data();
    void kinds();
    void areas_data();
    void areas();
    void localities_data();
    void localities();
    void dossierCodes_data();
    void dossierCodes();
    void phones_data();
    void phones();
    void patternSyntax_data();
    void patternSyntax();
    void tiesGoToTheEarlierRule();
    void badRulesAreReported();
    void explanationNamesTheRules();
    void labelledSetAccuracy_data();
    void labelledSetAccuracy();
};

void TestClassifier::defaultsLoad()
{
    QVERIFY2(defaults().warnings().isEmpty(), qPrintable(defaults().warnings().join(u'\n')));
    QVERIFY(defaults().ruleCount() >= 40);
}

void TestClassifier::defaultRulesPassTheDirectoryImport()
{
    // The store seeds its classification_rules table from the same file through the
    // directory import: every row must be accepted there too. (defaults() also makes sure the
    // static library's resources are registered.)
    const int ruleCount = defaults().ruleCount();
    QFile file(QStringLiteral(":/data/classification-rules.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto result = Desk::Core::DirectoryImport::parse(
        Desk::Core::DirectoryTable::ClassificationRules, file.readAll(), {});
    QVERIFY2(result.ok(), qPrintable(result.fileError));
    QVERIFY(result.rejected.isEmpty());
    QCOMPARE(result.accepted.size(), ruleCount);
}

void TestClassifier::foldIsFoldForSearch()
{
    QStringList texts;
    for (char32_t c = 0; c < 0x2000; ++c) {
        texts.append(QString(QChar(c)));
    }
    for (const LabelledRow &row : labelledRows(QStringLiteral("labelled.csv"))) {
        texts.append(row.text);
    }
    texts << QStringLiteral("Đăng ký KHAI SINH").normalized(QString::NormalizationForm_D)
          << QStringLiteral("cảm ơn 👍🏻 nhé") << QStringLiteral("出生登记 khai sinh")
          << QStringLiteral("Ǆ ŉ Ð ð Ø ß İ") << QString();
    for (const QString &text : std::as_const(texts)) {
        QCOMPARE(Classifier::fold(text), Desk::Core::foldForSearch(text));
    }
}

void TestClassifier::kinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    const auto row = [](const char *name, const char *text, const char *kind) {
        QTest::addRow("%s", name) << QString::fromUtf8(text) << QString::fromLatin1(kind);
    };
    row("question", "Cho em hỏi làm giấy khai sinh cần gì ạ", "question");
    row("question folded", "cho em hoi lam giay khai sinh can gi a", "question");
    row("question upper", "CHO EM HỎI LÀM GIẤY KHAI SINH CẦN GÌ Ạ", "question");
    row("report", "Tôi phản ánh cán bộ xã gây phiền hà khi nhận hồ sơ", "report");
    row("petition", "Đề nghị trung tâm bố trí thêm quầy tiếp nhận buổi sáng", "petition");
    row("dossier code", "hồ sơ 000.00.00.H12-250815-0001 sao rồi", "dossier_lookup");
    row("dossier words", "Hồ sơ em nộp tuần trước tới đâu rồi ạ", "dossier_lookup");
    row("postal", "Em muốn nhận kết quả qua bưu điện", "postal");
    row("rating digit", "1", "rating");
    row("rating words", "rat hai long", "rating");
    row("submission help", "Nộp hồ sơ trực tuyến bị lỗi không tải file lên được",
        "submission_help");
    row("complaint", "Tôi muốn khiếu nại quyết định thu hồi đất", "complaint");
    row("complaint beats question", "Cho em hỏi gửi đơn khiếu nại ở đâu ạ?", "complaint");
    row("denunciation beats question", "cho hoi to cao can bo nhan tien thi gui dau", "complaint");
    row("other greeting", "Xin chào", "other");
    row("other nothing", "….", "other");
    row("number in a question is no rating", "cho hỏi 3 ngày có xong không", "question");
}

void TestClassifier::kinds()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    const auto result = defaults().classify(text);
    QVERIFY2(caseKindKey(result.kind) == kind, qPrintable(result.rule));
}

void TestClassifier::areas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("area");
    const auto row = [](const char *area, const char *text) {
        QTest::addRow("%s", area) << QString::fromUtf8(text) << QString::fromLatin1(area);
    };
    row("ho_tich", "đăng ký kết hôn cần gì");
    row("nuoi_con_nuoi", "thủ tục nhận con nuôi");
    row("chung_thuc", "chứng thực bản sao ở đâu");
    row("tro_giup_phap_ly", "xin trợ giúp pháp lý miễn phí");
    row("cu_tru", "đăng ký tạm trú cho người thuê trọ");
    row("can_cuoc", "làm lại căn cước bị mất");
    row("xuat_nhap_canh", "làm hộ chiếu lần đầu");
    row("ly_lich_tu_phap", "xin phiếu lý lịch tư pháp số 2");
    row("giao_thong", "đổi giấy phép lái xe");
    row("ho_kinh_doanh", "đăng ký hộ kinh doanh tạp hóa");
    row("doanh_nghiep", "thành lập công ty TNHH");
    row("xay_dung", "xin giấy phép xây dựng nhà ở");
    row("dat_dai", "cấp đổi sổ đỏ");
    row("bao_tro_xa_hoi", "trợ cấp người cao tuổi");
    row("nguoi_co_cong", "chế độ thân nhân liệt sĩ");
    row("giam_ngheo", "xét hộ cận nghèo");
    row("viec_lam", "hưởng bảo hiểm thất nghiệp");
    row("bhxh", "rút bảo hiểm xã hội một lần");
    row("bhyt", "gia hạn thẻ bảo hiểm y tế");
    row("thue", "lệ phí trước bạ nhà đất");
    row("giao_duc", "xin bản sao bằng tốt nghiệp");
    row("khieu_nai_to_cao", "gửi đơn khiếu nại về bồi thường");
    row("tiep_cong_dan", "lịch tiếp công dân của chủ tịch");
    QTest::addRow("none") << QStringLiteral("xin chào") << QString();
    QTest::addRow("thuê is not thuế") << QStringLiteral("đi thuê trọ") << QString();
}

void TestClassifier::areas()
{
    QFETCH(QString, text);
    QFETCH(QString, area);
    const auto result = defaults().classify(text);
    QVERIFY2(result.area == area, qPrintable(result.rule));
}

void TestClassifier::localities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    const auto row = [](const char *name, const char *text, const char *code) {
        QTest::addRow("%s", name) << QString::fromUtf8(text) << QString::fromLatin1(code);
    };
    row("ward with prefix", "tôi ở phường An Xuyên", "32002");
    row("ward folded", "toi o phuong an xuyen", "32002");
    row("commune bare", "nhà em ở Tân Lộc", "32083");
    row("commune x.", "ấp 3 x. Đá Bạc", "32104");
    row("current beats former", "xã Phong Thạnh", "31957");
    row("longest name wins", "xã Vĩnh Mỹ A cũ", "31891");
    row("former unit", "trước đây ở Hộ Phòng", "31942");
    row("former town", "thị trấn Rạch Gốc", "32244");
    row("former ward unique number", "phường 9 cũ", "32002");
    row("former ward p.9", "P.9 tp cà mau", "32002");
    row("former ward p9", "khóm 2 p9", "32002");
    row("former ward with its old city", "phường 2 thành phố Bạc Liêu", "31825");
    row("former ward ambiguous", "phường 2", "");
    row("former split between communes", "xã Định Bình", "");
    row("former district is not a commune", "huyện Đầm Dơi", "");
    row("thị xã Giá Rai is the old town", "thị xã Giá Rai", "");
    row("province Bạc Liêu", "chuyển từ Bạc Liêu về", "");
    row("common words need a prefix", "đất ở 5 năm cần làm gì", "");
    row("with prefix it counts", "xã Năm Căn", "32191");
    row("tán thành is not Tân Thành", "tôi tán thành ý kiến", "");
    row("explicit beats bare", "ở Tân Lộc, giờ chuyển về xã Đầm Dơi", "32152");
    row("none", "cho em hỏi thủ tục khai sinh", "");
}

void TestClassifier::localities()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    const auto result = defaults().classify(text);
    QVERIFY2(result.localityCode == code, qPrintable(result.rule));
    QCOMPARE(result.localityName.isEmpty(), code.isEmpty());
}

void TestClassifier::dossierCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("codes");
    const QString code = QStringLiteral("000.00.00.H12-250815-0001");
    QTest::addRow("plain") << QStringLiteral("mã 000.00.00.H12-250815-0001 ạ")
                           << QStringList {code};
    QTest::addRow("spaces") << QStringLiteral("000.00.00.H12 - 250815 - 0001")
                            << QStringList {code};
    QTest::addRow("lower case") << QStringLiteral("000.00.00.h12-250815-0001")
                                << QStringList {code};
    QTest::addRow("only spaces") << QStringLiteral("ho so 000 00 00 H12 250815 0001")
                                 << QStringList {code};
    QTest::addRow("commune unit") << QStringLiteral(
        "000.00.31.H12-251105-0002 va 000.00.00.H12-250815-0001")
                                  << QStringList {
                                         QStringLiteral("000.00.31.H12-251105-0002"), code};
    QTest::addRow("twice once") << QStringLiteral("%1 %1").arg(code) << QStringList {code};
    QTest::addRow("not a date") << QStringLiteral("000.00.00.H12-251399-0001") << QStringList();
    QTest::addRow("procedure id") << QStringLiteral("1.001776.000.00.00.H12") << QStringList();
    QTest::addRow("case code") << QStringLiteral("TV-2026-000123") << QStringList();
    QTest::addRow("phone") << QStringLiteral("0912345678") << QStringList();
    QTest::addRow("date") << QStringLiteral("nộp ngày 15/08/2025") << QStringList();
}

void TestClassifier::dossierCodes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, codes);
    QCOMPARE(Desk::Core::findDossierCodes(text), codes);
    QCOMPARE(defaults().classify(text).dossierCodes, codes);
}

void TestClassifier::phones_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("phones");
    const QString mobile = QStringLiteral("0912345678");
    QTest::addRow("mobile") << QStringLiteral("sđt 0912345678") << QStringList {mobile};
    QTest::addRow("spaces") << QStringLiteral("sdt 0912 345 678 nhé") << QStringList {mobile};
    QTest::addRow("dots") << QStringLiteral("0912.345.678") << QStringList {mobile};
    QTest::addRow("dashes") << QStringLiteral("0912-345-678") << QStringList {mobile};
    QTest::addRow("+84") << QStringLiteral("gọi +84 912 345 678") << QStringList {mobile};
    QTest::addRow("84 as Zalo shares it") << QStringLiteral("84912345678") << QStringList {mobile};
    QTest::addRow("03x") << QStringLiteral("0386123456")
                         << QStringList {QStringLiteral("0386123456")};
    QTest::addRow("landline") << QStringLiteral("bàn 0290 3831 234")
                              << QStringList {QStringLiteral("02903831234")};
    QTest::addRow("two numbers") << QStringLiteral("0912 345 678 hoặc 0987.654.321")
                                 << QStringList {mobile, QStringLiteral("0987654321")};
    QTest::addRow("two numbers adjacent") << QStringLiteral("0912345678 0987654321")
                                          << QStringList {mobile, QStringLiteral("0987654321")};
    QTest::addRow("after a date") << QStringLiteral("nộp 05.11.2025 0912345678")
                                  << QStringList {mobile};
    QTest::addRow("dossier code") << QStringLiteral("000.00.00.H12-250815-0001") << QStringList();
    QTest::addRow("dossier spaced") << QStringLiteral("000 00 00 H12 250815 0001") << QStringList();
    QTest::addRow("date dots") << QStringLiteral("ngày 15.08.2025") << QStringList();
    QTest::addRow("date slashes") << QStringLiteral("ngày 12/11/2025") << QStringList();
    QTest::addRow("citizen id 12 digits") << QStringLiteral("CCCD 089203012345") << QStringList();
    QTest::addRow("citizen id grouped") << QStringLiteral("CCCD 089 203 012 345") << QStringList();
    QTest::addRow("too short") << QStringLiteral("091234567") << QStringList();
    QTest::addRow("money") << QStringLiteral("lệ phí 10.000.000 đồng") << QStringList();
    QTest::addRow("not a mobile prefix") << QStringLiteral("0112345678") << QStringList();
    QTest::addRow("glued to letters") << QStringLiteral("ma0912345678x") << QStringList();
}

void TestClassifier::phones()
{
    QFETCH(QString, text);
    QFETCH(QStringList, phones);
    QCOMPARE(Desk::Core::findPhoneNumbers(text), phones);
    QCOMPARE(defaults().classify(text).phones, phones);
}

void TestClassifier::patternSyntax_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    const auto row = [](const char *name, const char *pattern, const char *text, bool matches) {
        QTest::addRow("%s", name) << QString::fromUtf8(pattern) << QString::fromUtf8(text)
                                  << matches;
    };
    row("phrase", "khai sinh", "làm khai sinh cho con", true);
    row("phrase across punctuation", "khai sinh", "khai-sinh", true);
    row("word boundary", "khai sinh", "khaisinh", false);
    row("order", "khai sinh", "sinh khai", false);
    row("partial word", "sinh", "sinhh", false);
    row("alternatives", "ket hon|khai sinh", "đăng ký kết hôn", true);
    row("pattern with diacritics", "Khai Sinh", "khai sinh", true);
    row("prefix", "chung thu*", "chứng thực", true);
    row("prefix multi-word", "ho chi*", "hộ chiếu", true);
    row("prefix needs the start", "thuc*", "chung thuc", true);
    row("prefix is not infix", "huc*", "chung thuc", false);
    row("dossier marker", "@dossier_code", "000.00.00.H12-250815-0001", true);
    row("phone marker", "@phone", "0912345678", true);
    row("question marker", "@question_mark", "được không?", true);
    row("rating marker", "@rating", "Rất hài lòng", true);
    row("rating marker no", "@rating", "cho hỏi 3 ngày", false);
}

void TestClassifier::patternSyntax()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    ClassificationRule r = rule(1, "kind", "petition", "");
    r.pattern = pattern;
    const Classifier classifier({r}, {}, {});
    QVERIFY(classifier.warnings().isEmpty());
    QCOMPARE(classifier.classify(text).kind == Desk::Core::CaseKind::Petition, matches);
}

void TestClassifier::tiesGoToTheEarlierRule()
{
    const QList<ClassificationRule> rules {rule(20, "kind", "report", "xe", 2),
        rule(10, "kind", "postal", "xe", 2), rule(30, "kind", "question", "hoi", 1),
        rule(40, "kind", "question", "xe", 1), rule(50, "kind", "complaint", "to cao", 5, false)};
    const Classifier classifier(rules, {}, {});
    // postal and report tie at 2; postal's rule comes first. question sums to 2 but starts later.
    QCOMPARE(classifier.classify(QStringLiteral("hoi xe")).kind, Desk::Core::CaseKind::Postal);
    // Disabled rules do nothing.
    QCOMPARE(classifier.classify(QStringLiteral("to cao")).kind, Desk::Core::CaseKind::Other);
    // Weights add up: question 1 + 1 beats nothing else here.
    const Classifier onlyQuestion({rules.at(2), rules.at(3)}, {}, {});
    QCOMPARE(onlyQuestion.classify(QStringLiteral("hoi xe")).kind, Desk::Core::CaseKind::Question);
    // A negative weight cancels a value out; the marker that matched is named.
    const Classifier negative({rule(1, "kind", "complaint", "to cao", 5),
                                  rule(2, "kind", "complaint", "khong phai to cao", -5),
                                  rule(3, "kind", "question", "hoi|@question_mark", 1)},
        {}, {});
    const auto cancelled = negative.classify(QStringLiteral("không phải tố cáo, chỉ hỏi?"));
    QCOMPARE(cancelled.kind, Desk::Core::CaseKind::Question);
    QCOMPARE(negative.classify(QStringLiteral("sao vay?")).rule,
        QStringLiteral("kind=question: rule 3 '@question_mark'"));
    QCOMPARE(
        negative.classify(QStringLiteral("không phải tố cáo")).kind, Desk::Core::CaseKind::Other);
}

void TestClassifier::badRulesAreReported()
{
    const Classifier classifier({rule(1, "kind", "gossip", "x"), rule(2, "area", "mars", "x"),
                                    rule(3, "colour", "red", "x"), rule(4, "kind", "other", "||"),
                                    rule(5, "area", "ho_tich", "khai sinh")},
        {}, {hoTich()});
    QCOMPARE(classifier.warnings().size(), 4);
    QCOMPARE(classifier.classify(QStringLiteral("khai sinh")).area, QStringLiteral("ho_tich"));
    QCOMPARE(classifier.classify(QStringLiteral("khai sinh")).areaName, QStringLiteral("Hộ tịch"));
    QStringList errors;
    const auto parsed = Classifier::parseRules(
        "position,target,value,pattern,weight,note,enabled\n1,kind,other,a,x,,1\n"
        "2,kind,other,\"a|b, c\",3,\"note, with comma\",0\n",
        &errors);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(parsed.first().pattern, QStringLiteral("a|b, c"));
    QCOMPARE(parsed.first().note, QStringLiteral("note, with comma"));
    QVERIFY(!parsed.first().enabled);
}

void TestClassifier::explanationNamesTheRules()
{
    Locality locality;
    locality.code = QStringLiteral("32002");
    locality.name = QStringLiteral("Phường An Xuyên");
    locality.formerUnits = QStringLiteral("Phường 9 (TP Cà Mau)");
    const Classifier classifier({rule(12, "kind", "petition", "de nghi|kien nghi"),
                                    rule(40, "area", "ho_tich", "khai sinh")},
        {locality}, {hoTich()});
    const auto result = classifier.classify(QStringLiteral("Đề nghị làm khai sinh ở P. An Xuyên"));
    QCOMPARE(result.rule,
        QStringLiteral("kind=petition: rule 12 'de nghi'; area=ho_tich: rule 40 'khai sinh'; "
                       "locality: 'an xuyen' -> 32002"));
    QCOMPARE(classifier.classify(QStringLiteral("phuong 9")).rule,
        QStringLiteral("kind=other: no rule matched; locality: former unit '9' -> 32002"));
}

void TestClassifier::labelledSetAccuracy_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minimumRows");
    QTest::addColumn<double>("kindFloor");
    QTest::addColumn<double>("areaFloor");
    QTest::addColumn<double>("localityFloor");
    // labelled.csv was written before the rules; the untuned first run reached kind 90.6 %,
    // area 97.4 %, locality 100 %, and one round of general rules was tuned on it. Staff
    // correct a wrong suggestion with one click, so about one miss in ten is tolerable; below
    // that the suggestion costs more than it saves. A broken rule file or fold falls far below.
    QTest::addRow("labelled") << QStringLiteral("labelled.csv") << 300 << 90.0 << 90.0 << 95.0;
    // holdout.csv was written after that tuning round and never tuned on: the honest figure,
    // with the brief's floor.
    QTest::addRow("holdout") << QStringLiteral("holdout.csv") << 60 << 85.0 << 85.0 << 90.0;
}

void TestClassifier::labelledSetAccuracy()
{
    QFETCH(QString, file);
    QFETCH(int, minimumRows);
    QFETCH(double, kindFloor);
    QFETCH(double, areaFloor);
    QFETCH(double, localityFloor);
    const QList<LabelledRow> rows = labelledRows(file);
    QVERIFY(rows.size() >= minimumRows);
    int kindOk = 0;
    int areaOk = 0;
    int localityOk = 0;
    std::map<std::pair<QString, QString>, int> confusion; // (expected, got) -> count
    for (const LabelledRow &row : rows) {
        const auto result = defaults().classify(row.text);
        const QString kind = caseKindKey(result.kind);
        kindOk += kind == row.kind ? 1 : 0;
        areaOk += result.area == row.area ? 1 : 0;
        localityOk += result.localityCode == row.locality ? 1 : 0;
        if (kind != row.kind) {
            ++confusion[{row.kind, kind}];
        }
        if (qEnvironmentVariableIsSet("DESK_CLASSIFIER_MISSES")
            && (kind != row.kind || result.area != row.area
                || result.localityCode != row.locality)) {
            qInfo().noquote() << row.kind << row.area << row.locality << "| got" << kind
                              << result.area << result.localityCode << "|" << row.text << "|"
                              << result.rule;
        }
    }
    const double n = rows.size();
    const double kindAccuracy = 100.0 * kindOk / n;
    const double areaAccuracy = 100.0 * areaOk / n;
    const double localityAccuracy = 100.0 * localityOk / n;
    qInfo().noquote() << QStringLiteral("%5: %1 messages; kind %2 %, area %3 %, locality %4 %")
                             .arg(rows.size())
                             .arg(kindAccuracy, 0, 'f', 1)
                             .arg(areaAccuracy, 0, 'f', 1)
                             .arg(localityAccuracy, 0, 'f', 1)
                             .arg(file);
    QStringList summary;
    for (const auto &[pair, count] : confusion) {
        summary.append(QStringLiteral("%1->%2 x%3").arg(pair.first, pair.second).arg(count));
    }
    qInfo().noquote() << "kind confusions (expected->got):" << summary.join(QStringLiteral(", "));
    QVERIFY2(kindAccuracy >= kindFloor, qPrintable(QString::number(kindAccuracy)));
    QVERIFY2(areaAccuracy >= areaFloor, qPrintable(QString::number(areaAccuracy)));
    QVERIFY2(localityAccuracy >= localityFloor, qPrintable(QString::number(localityAccuracy)));
}

DESK_TEST_APPLESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
