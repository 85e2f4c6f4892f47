// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textextract.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>

namespace Desk::Core {

namespace {

int digitCount(const QString &text)
{
    int count = 0;
    for (const QChar ch : text) {
        count += ch.isDigit() ? 1 : 0;
    }
    return count;
}

/** The normalised number if `digits` is a Vietnamese phone number, else empty. */
QString normalisedPhone(const QString &digits, bool plus)
{
    QString national = digits;
    if (digits.startsWith(QLatin1String("84")) && digits.size() == 11) {
        national = QLatin1Char('0') + digits.mid(2);
    } else if (plus) {
        return {};
    }
    if (!national.startsWith(QLatin1Char('0'))) {
        return {};
    }
    const QChar second = national.at(1);
    // Mobile: 10 digits, 03x/05x/07x/08x/09x. Landline: 11 digits, 02xx (area code) + 7-8 digits.
    if (national.size() == 10 && QStringView(u"35789").contains(second)) {
        return national;
    }
    if (national.size() == 11 && second == u'2') {
        return national;
    }
    return {};
}

/** Numbers inside one run of digit groups ("0912 345 678", "0290.3831.234 và 0987654321"). */
void phonesInRun(const QStringList &groups, bool plus, QStringList *out)
{
    int start = 0;
    while (start < groups.size()) {
        QString digits;
        bool found = false;
        for (int end = start; end < groups.size() && digits.size() <= 11; ++end) {
            digits += groups.at(end);
            const QString phone = normalisedPhone(digits, plus && start == 0);
            // A 10-digit 02x number may still grow into an 11-digit landline.
            const bool mayGrow = phone.isEmpty() || (phone.size() == 10 && phone.at(1) == u'2');
            if (!phone.isEmpty() && !(mayGrow && end + 1 < groups.size())) {
                if (!out->contains(phone)) {
                    out->append(phone);
                }
                start = end + 1;
                found = true;
                break;
            }
        }
        if (!found) {
            ++start;
        }
    }
}

} // namespace

QStringList findDossierCodes(const QString &text, QList<TextSpan> *spans)
{
    // V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX (Thông tư 01/2018/TT-VPCP Art. 19); citizens add or drop
    // spaces, dots and dashes and type the letter in lower case.
    static const QRegularExpression pattern(QStringLiteral(
        "(?<![0-9A-Za-z])(\\d{3})\\s*\\.?\\s*(\\d{2})\\s*\\.?\\s*(\\d{2})\\s*\\.?\\s*"
        "([A-Za-z]\\d{2})\\s*-?\\s*(\\d{2})(\\d{2})(\\d{2})\\s*-?\\s*(\\d{4})(?![0-9])"));
    QStringList codes;
    if (digitCount(text) < 17) {
        return codes;
    }
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // The date part must be a date, or this is some other long number.
        if (!QDate(2000 + m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt())
                 .isValid()) {
            continue;
        }
        const QString code
            = QStringLiteral("%1.%2.%3.%4-%5%6%7-%8")
                  .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4).toUpper(),
                      m.captured(5), m.captured(6), m.captured(7), m.captured(8));
        if (!codes.contains(code)) {
            codes.append(code);
        }
        if (spans) {
            spans->append({m.capturedStart(), m.capturedEnd()});
        }
    }
    return codes;
}

QStringList findPhoneNumbers(const QString &text, const QList<TextSpan> &exclude)
{
    QStringList phones;
    if (digitCount(text) < 10) {
        return phones;
    }
    const auto excluded = [&](qsizetype i) {
        return std::any_of(exclude.cbegin(), exclude.cend(),
            [i](const TextSpan &s) { return i >= s.begin && i < s.end; });
    };
    const auto isDigit
        = [&](qsizetype i) { return i >= 0 && i < text.size() && text.at(i).isDigit(); };
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const bool plus = text.at(i) == u'+' && isDigit(i + 1);
        if (!(plus || text.at(i).isDigit()) || excluded(i)) {
            ++i;
            continue;
        }
        // Glued to a word, a code or a date part ("H12", "12/11", "v1.2"): not a phone.
        const QChar before = i > 0 ? text.at(i - 1) : QChar(u' ');
        const bool badStart = before.isLetterOrNumber() || before == u'/' || before == u'.'
            || before == u'-' || before == u'_';
        qsizetype j = plus ? i + 1 : i;
        QStringList groups;
        while (j < n) {
            qsizetype k = j;
            while (k < n && text.at(k).isDigit() && !excluded(k)) {
                ++k;
            }
            groups.append(text.mid(j, k - j));
            j = k;
            // One separator (space, dot, dash) between digit groups keeps the number going.
            if (j + 1 < n && (text.at(j) == u' ' || text.at(j) == u'.' || text.at(j) == u'-')
                && isDigit(j + 1) && !excluded(j + 1)) {
                ++j;
                continue;
            }
            break;
        }
        const QChar after = j < n ? text.at(j) : QChar(u' ');
        const bool badEnd = after.isLetter() || after == u'/' || after == u'_';
        if (!badStart && !badEnd) {
            phonesInRun(groups, plus, &phones);
        }
        i = j + 1;
    }
    return phones;
}

QStringList findPhoneNumbers(const QString &text)
{
    QList<TextSpan> spans;
    findDossierCodes(text, &spans);
    return findPhoneNumbers(text, spans);
}

} // namespace Desk::Core
