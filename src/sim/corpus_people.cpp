// SPDX-License-Identifier: GPL-3.0-or-later
// Names and places. Communes: the 64 units of Cà Mau after NQ 1655/NQ-UBTVQH15 (2025).
#include "sim/corpus.h"

#include "sim/random.h"

#include <QDate>
#include <iterator>

namespace Desk::Sim::Corpus {

namespace {

template<typename T, size_t N> const T &pick(SplitMix64 &rng, const T (&items)[N])
{
    return items[rng.below(quint32(N))];
}

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

const char *const kCommunes[] = {
    "Phường An Xuyên",
    "Phường Bạc Liêu",
    "Phường Giá Rai",
    "Phường Hiệp Thành",
    "Phường Hòa Thành",
    "Phường Láng Tròn",
    "Phường Lý Văn Lâm",
    "Phường Tân Thành",
    "Phường Vĩnh Trạch",
    "Xã An Trạch",
    "Xã Biển Bạch",
    "Xã Châu Thới",
    "Xã Cái Nước",
    "Xã Cái Đôi Vàm",
    "Xã Gành Hào",
    "Xã Hòa Bình",
    "Xã Hưng Hội",
    "Xã Hưng Mỹ",
    "Xã Hồ Thị Kỷ",
    "Xã Hồng Dân",
    "Xã Khánh An",
    "Xã Khánh Bình",
    "Xã Khánh Hưng",
    "Xã Khánh Lâm",
    "Xã Long Điền",
    "Xã Lương Thế Trân",
    "Xã Nguyễn Phích",
    "Xã Nguyễn Việt Khái",
    "Xã Ninh Quới",
    "Xã Ninh Thạnh Lợi",
    "Xã Năm Căn",
    "Xã Phan Ngọc Hiển",
    "Xã Phong Hiệp",
    "Xã Phong Thạnh",
    "Xã Phú Mỹ",
    "Xã Phú Tân",
    "Xã Phước Long",
    "Xã Quách Phẩm",
    "Xã Sông Đốc",
    "Xã Tam Giang",
    "Xã Thanh Tùng",
    "Xã Thới Bình",
    "Xã Trí Phải",
    "Xã Trần Phán",
    "Xã Trần Văn Thời",
    "Xã Tân Hưng",
    "Xã Tân Lộc",
    "Xã Tân Thuận",
    "Xã Tân Tiến",
    "Xã Tân Ân",
    "Xã Tạ An Khương",
    "Xã U Minh",
    "Xã Vĩnh Hậu",
    "Xã Vĩnh Lộc",
    "Xã Vĩnh Lợi",
    "Xã Vĩnh Mỹ",
    "Xã Vĩnh Phước",
    "Xã Vĩnh Thanh",
    "Xã Đá Bạc",
    "Xã Đông Hải",
    "Xã Đất Mũi",
    "Xã Đất Mới",
    "Xã Đầm Dơi",
    "Xã Định Thành",
};
constexpr int kWardCount = 9; // the first nine entries are phường

// Weighted by repetition: Nguyễn, Trần, Lê dominate as everywhere in the South; Thạch, Danh,
// Sơn, Kim are common Khmer family names in Cà Mau and Bạc Liêu.
const char *const kFamilyNames[] = {
    "Nguyễn",
    "Nguyễn",
    "Nguyễn",
    "Nguyễn",
    "Nguyễn",
    "Nguyễn",
    "Trần",
    "Trần",
    "Trần",
    "Lê",
    "Lê",
    "Lê",
    "Phạm",
    "Phạm",
    "Huỳnh",
    "Huỳnh",
    "Võ",
    "Võ",
    "Phan",
    "Trương",
    "Bùi",
    "Đặng",
    "Đỗ",
    "Ngô",
    "Hồ",
    "Dương",
    "Lý",
    "Lâm",
    "Tô",
    "Quách",
    "Thạch",
    "Danh",
    "Châu",
    "Đinh",
    "Mai",
    "Lưu",
    "Hà",
    "Cao",
    "Tăng",
    "La",
    "Kim",
    "Sơn",
};
const char *const kMaleMiddle[] = {
    "Văn",
    "Văn",
    "Văn",
    "Minh",
    "Quốc",
    "Hữu",
    "Thanh",
    "Hoàng",
    "Công",
    "Đức",
    "Tấn",
    "Chí",
    "Ngọc",
    "Trung",
    "Thành",
    "Hoài",
    "Duy",
    "Phước",
};
const char *const kFemaleMiddle[] = {
    "Thị",
    "Thị",
    "Thị",
    "Thị",
    "Ngọc",
    "Thanh",
    "Kim",
    "Thu",
    "Mỹ",
    "Bích",
    "Hồng",
    "Diễm",
    "Cẩm",
    "Thúy",
    "Ánh",
    "Huỳnh",
    "Trúc",
    "Như",
};
const char *const kMaleGiven[] = {
    "Hùng",
    "Dũng",
    "Tuấn",
    "Phong",
    "Khang",
    "Tài",
    "Lộc",
    "Phúc",
    "Nghĩa",
    "Hải",
    "Hiếu",
    "Toàn",
    "Thắng",
    "Sơn",
    "Tâm",
    "Trí",
    "Nhân",
    "Bảo",
    "Khoa",
    "Vinh",
    "Thịnh",
    "Quang",
    "Long",
    "Hậu",
    "Em",
    "Út",
    "Tùng",
    "Đạt",
    "Hưng",
    "Lợi",
    "Kiệt",
    "Triều",
    "Cường",
    "Thái",
    "Nam",
    "Minh",
    "Sang",
    "Hoàng",
    "Luân",
    "Quý",
};
const char *const kFemaleGiven[] = {
    "Lan",
    "Hoa",
    "Hương",
    "Trang",
    "Thảo",
    "Ngân",
    "Nhung",
    "Yến",
    "Hạnh",
    "Linh",
    "Phương",
    "Tuyết",
    "Loan",
    "Diễm",
    "Nga",
    "Mai",
    "Thư",
    "Vy",
    "Hằng",
    "Huyền",
    "Giang",
    "Oanh",
    "Trinh",
    "Nhi",
    "Quyên",
    "Xuân",
    "Thủy",
    "My",
    "Ánh",
    "Đào",
    "Cúc",
    "Lụa",
    "Kiều",
    "Tiên",
    "Ngọc",
    "Châu",
    "Phượng",
    "Duyên",
    "Hiền",
    "Bé",
};
// Southern birth-order names and pet names people really use as Zalo display names.
const char *const kNicknames[] = {
    "Út Em",
    "Bé Na",
    "Tư Cà Mau",
    "Hai Lúa",
    "Chị Sáu",
    "Ba Tí",
    "Cô Tám",
    "Bảy Năm Căn",
    "Chú Út",
    "Mẹ Bắp",
    "Ba Gạo",
    "Tiểu Yến",
    "Bông Bí",
    "Anh Hai Sông Đốc",
    "Cún Con",
    "Dì Năm Đầm Dơi",
    "Tèo Em",
    "Mít Ướt",
    "Gió Biển",
    "Hoa Mười Giờ",
};
const char *const kStreets[] = {
    "Trần Hưng Đạo",
    "Lý Thường Kiệt",
    "Nguyễn Tất Thành",
    "Phan Ngọc Hiển",
    "Ngô Quyền",
    "Hùng Vương",
    "30 Tháng 4",
    "Nguyễn Trãi",
    "Lê Lợi",
    "Quang Trung",
    "Trần Phú",
    "Võ Thị Sáu",
    "Hai Bà Trưng",
    "Cao Văn Lầu",
    "Nguyễn Thị Minh Khai",
    "Bà Triệu",
    "Lê Duẩn",
    "Nguyễn Đình Chiểu",
    "Phan Đình Phùng",
    "Tôn Đức Thắng",
};
const char *const kHamlets[] = {
    "ấp Tân Điền",
    "ấp Kinh Hòa",
    "ấp Bào Sen",
    "ấp Rạch Ráng",
    "ấp Xóm Mới",
    "ấp Cái Rắn",
    "ấp Chợ",
    "ấp Giáp Nước",
    "ấp Kinh Tư",
    "ấp Bà Điều",
    "ấp Thạnh Điền",
    "ấp Nhà Việc",
    "ấp Mương Điều",
    "ấp Lung Lá",
    "ấp Đầu Sấu",
    "ấp Vàm Đình",
    "ấp Cây Dương",
    "ấp Bình Minh",
    "ấp Tân Thành",
    "ấp Rạch Gốc",
};
// Mobile prefixes of the big three networks, 84-form without the leading 0.
const int kPhonePrefixes[] = {
    91,
    94,
    88,
    81,
    82,
    83,
    84,
    85,
    90,
    93,
    89,
    70,
    76,
    77,
    78,
    79,
    96,
    97,
    98,
    86,
    32,
    33,
    34,
    35,
    36,
    37,
    38,
    39,
};

struct AreaInfo
{
    const char *label;
    const char *agency;
    QList<const char *> procedures;
};

const AreaInfo kAreas[AreaCount] = {
    {"Hộ tịch", "bộ phận Tư pháp - Hộ tịch của UBND xã",
        {"đăng ký khai sinh", "đăng ký kết hôn", "đăng ký khai tử", "cấp bản sao trích lục hộ tịch",
            "cấp giấy xác nhận tình trạng hôn nhân", "cải chính thông tin hộ tịch",
            "đăng ký lại khai sinh"}},
    {"Đất đai", "Văn phòng Đăng ký đất đai tỉnh Cà Mau",
        {"cấp giấy chứng nhận quyền sử dụng đất lần đầu", "chuyển mục đích sử dụng đất",
            "tách thửa đất", "cấp đổi giấy chứng nhận quyền sử dụng đất",
            "cấp lại giấy chứng nhận bị mất", "đăng ký biến động khi nhận chuyển nhượng đất"}},
    {"Đăng ký kinh doanh", "Phòng Đăng ký kinh doanh - Sở Tài chính",
        {"đăng ký hộ kinh doanh", "thay đổi nội dung đăng ký hộ kinh doanh", "tạm ngừng kinh doanh",
            "thành lập doanh nghiệp tư nhân", "thành lập công ty TNHH một thành viên"}},
    {"Xây dựng", "UBND xã (lĩnh vực xây dựng)",
        {"cấp giấy phép xây dựng nhà ở riêng lẻ", "điều chỉnh giấy phép xây dựng",
            "gia hạn giấy phép xây dựng"}},
    {"Lý lịch tư pháp", "Phòng Hồ sơ nghiệp vụ - Công an tỉnh Cà Mau",
        {"cấp phiếu lý lịch tư pháp số 1", "cấp phiếu lý lịch tư pháp số 2"}},
    {"BHXH - BHYT", "Bảo hiểm xã hội tỉnh Cà Mau",
        {"hưởng bảo hiểm xã hội một lần", "cấp lại thẻ bảo hiểm y tế",
            "gia hạn thẻ BHYT hộ gia đình", "hưởng trợ cấp thất nghiệp", "cấp lại sổ BHXH"}},
    {"Giấy phép lái xe", "Phòng Cảnh sát giao thông - Công an tỉnh Cà Mau",
        {"đổi giấy phép lái xe", "cấp lại giấy phép lái xe bị mất",
            "đổi GPLX hạng B2 sang hạng B"}},
    {"Cư trú", "Công an xã nơi cư trú",
        {"đăng ký thường trú", "đăng ký tạm trú", "tách hộ", "xóa đăng ký thường trú",
            "gia hạn tạm trú"}},
    {"Chứng thực", "UBND xã (bộ phận chứng thực)",
        {"chứng thực bản sao từ bản chính", "chứng thực chữ ký",
            "chứng thực hợp đồng chuyển nhượng quyền sử dụng đất",
            "chứng thực văn bản phân chia di sản"}},
    {"Người có công - Bảo trợ xã hội", "Sở Nội vụ tỉnh Cà Mau",
        {"xác nhận thân nhân người có công", "trợ cấp thờ cúng liệt sĩ",
            "trợ cấp xã hội hàng tháng cho người cao tuổi", "xác định mức độ khuyết tật",
            "hỗ trợ chi phí mai táng"}},
};

QString asciiInitial(const QString &word)
{
    const QString folded = stripDiacritics(word.left(1)).toUpper();
    return folded.isEmpty() ? QStringLiteral("?") : folded;
}

} // namespace

int communeCount()
{
    return int(std::size(kCommunes));
}

QString communeName(int index)
{
    return utf8(kCommunes[index]);
}

QString communeInSentence(int index)
{
    QString name = communeName(index);
    name[0] = name.at(0).toLower();
    return name;
}

bool communeIsWard(int index)
{
    return index < kWardCount;
}

int procedureCount(int area)
{
    return int(kAreas[area].procedures.size());
}

QString procedureName(int area, int index)
{
    return utf8(kAreas[area].procedures.at(index));
}

QString areaLabel(int area)
{
    return utf8(kAreas[area].label);
}

QString areaAgency(int area)
{
    return utf8(kAreas[area].agency);
}

Persona makePersona(quint64 seed, int commune)
{
    SplitMix64 rng(mix64(seed, 0x9E75));
    Persona p;
    p.female = rng.chance(0.52);
    const QString family = utf8(pick(rng, kFamilyNames));
    const QString middle = utf8(p.female ? pick(rng, kFemaleMiddle) : pick(rng, kMaleMiddle));
    const QString given = utf8(p.female ? pick(rng, kFemaleGiven) : pick(rng, kMaleGiven));
    p.fullName = family + QLatin1Char(' ') + middle + QLatin1Char(' ') + given;

    const quint32 style = rng.below(100);
    if (style < 68)
        p.displayName = p.fullName;
    else if (style < 78)
        p.displayName = given + QLatin1Char(' ') + family;
    else if (style < 86)
        p.displayName = utf8(pick(rng, kNicknames));
    else if (style < 93)
        p.displayName
            = given + QLatin1Char(' ') + communeName(commune).section(QLatin1Char(' '), 1);
    else
        p.displayName = stripDiacritics(p.fullName);
    if (rng.chance(0.08))
        p.alias = p.fullName + QStringLiteral(" - ") + communeName(commune);

    const QDate dob(int(rng.between(1948, 2007)), int(rng.between(1, 13)), int(rng.between(1, 29)));
    p.dob = dob.toString(QStringLiteral("dd/MM/yyyy"));
    p.phone = qint64(kPhonePrefixes[rng.below(quint32(std::size(kPhonePrefixes)))]) * 10000000
        + rng.between(0, 10000000) + 84LL * 1000000000;

    if (communeIsWard(commune)) {
        p.street = QStringLiteral("số %1, đường %2, khóm %3")
                       .arg(rng.between(1, 320))
                       .arg(utf8(pick(rng, kStreets)))
                       .arg(rng.between(1, 10));
    } else if (rng.chance(0.4)) {
        p.street = QStringLiteral("ấp %1").arg(rng.between(1, 13));
    } else {
        p.street = utf8(pick(rng, kHamlets));
    }

    const QStringList words = p.displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    p.initials = words.isEmpty() ? QStringLiteral("?")
        : words.size() == 1      ? asciiInitial(words.first())
                                 : asciiInitial(words.first()) + asciiInitial(words.last());
    return p;
}

QString localPhone(qint64 phone)
{
    const QString digits = QString::number(phone % 1000000000).rightJustified(9, QLatin1Char('0'));
    return QLatin1Char('0') + digits.left(3) + QLatin1Char(' ') + digits.mid(3, 3)
        + QLatin1Char(' ') + digits.mid(6);
}

QString stripDiacritics(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.unicode() == 0x0111)
            out.append(QLatin1Char('d'));
        else if (ch.unicode() == 0x0110)
            out.append(QLatin1Char('D'));
        else
            out.append(ch);
    }
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace Desk::Sim::Corpus
