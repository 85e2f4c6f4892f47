// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/templaterenderer.h"

#include "core/textfold.h"

#include <QRegularExpression>
#include <array>

namespace Desk::Core {

namespace {

struct Variable
{
    const char *name;
    const char *description; // English source, translated in variableDescription()
};

const std::array<Variable, 11> kVariables = {{
    {"ho_ten", QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Citizen's name")},
    {"ma_yeu_cau", QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Case code")},
    {"ma_ho_so", QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Dossier code")},
    {"don_vi", QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Agency")},
    {"han_tra_loi",
        QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Reply due date (dd/MM/yyyy)")},
    {"thu_tuc", QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Procedure")},
    {"link_dvc",
        QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Link to the public service portal")},
    {"so_dien_thoai_don_vi",
        QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Agency's phone number")},
    {"ngay_tiep_nhan",
        QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Date received (dd/MM/yyyy)")},
    {"can_bo", QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Staff member")},
    {"noi_dung_tra_loi", QT_TRANSLATE_NOOP("Desk::Core::TemplateRenderer", "Agency's answer")},
}};

const QRegularExpression &tokenPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}"));
    return pattern;
}

bool isBidiControl(char32_t c)
{
    // LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI; LRM, RLM, ALM: they can make a reply read
    // differently from what the staff member saw.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
        || c == 0x200F || c == 0x061C;
}

/** Splits the body into literal text and tokens, calling `onToken(name, literal)`. */
template<class OnText, class OnToken> void scan(const QString &body, OnText onText, OnToken onToken)
{
    int pos = 0;
    auto it = tokenPattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        onText(QStringView(body).mid(pos, match.capturedStart() - pos));
        onToken(match.captured(1).toLower(), match.captured(0));
        pos = match.capturedEnd();
    }
    onText(QStringView(body).mid(pos));
}

void addOnce(QStringList &list, const QString &item)
{
    if (!list.contains(item)) {
        list << item;
    }
}

} // namespace

QStringList TemplateRenderer::knownVariables()
{
    QStringList names;
    for (const Variable &v : kVariables) {
        names << QString::fromLatin1(v.name);
    }
    return names;
}

bool TemplateRenderer::isKnownVariable(const QString &name)
{
    for (const Variable &v : kVariables) {
        if (name == QLatin1String(v.name)) {
            return true;
        }
    }
    return false;
}

QString TemplateRenderer::variableDescription(const QString &name)
{
    for (const Variable &v : kVariables) {
        if (name == QLatin1String(v.name)) {
            return tr(v.description);
        }
    }
    return QString();
}

QString TemplateRenderer::sanitize(const QString &text, int maxLength, bool *truncated)
{
    QString clean;
    clean.reserve(qMin(int(text.size()), maxLength));
    const QString nfc = toNfc(text);
    for (char32_t c : nfc.toUcs4()) {
        if (c == '\r') {
            continue; // CRLF -> LF; a lone CR is dropped with the other controls
        }
        if (c == '\t') {
            c = ' ';
        }
        const bool control = (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
        if (control || isBidiControl(c) || c == 0xFEFF) {
            continue;
        }
        clean += QString::fromUcs4(&c, 1);
    }
    if (clean.size() > maxLength) {
        int cut = maxLength;
        if (cut > 0 && clean.at(cut - 1).isHighSurrogate()) {
            --cut; // never split a surrogate pair
        }
        clean.truncate(cut);
        if (truncated) {
            *truncated = true;
        }
    }
    return clean;
}

QStringList TemplateRenderer::variablesIn(const QString &body)
{
    QStringList used;
    scan(
        body, [](QStringView) {},
        [&](const QString &name, const QString &) {
            if (isKnownVariable(name)) {
                addOnce(used, name);
            }
        });
    return used;
}

QStringList TemplateRenderer::missing(const QString &body, const Values &values)
{
    QStringList result;
    for (const QString &name : variablesIn(body)) {
        if (sanitize(values.value(name), kMaxValueLength).trimmed().isEmpty()) {
            result << name;
        }
    }
    return result;
}

TemplateRenderer::Result TemplateRenderer::render(const QString &body, const Values &values)
{
    Result result;
    QString text;
    bool truncated = false;
    scan(
        sanitize(body, kMaxTextLength, &truncated), [&](QStringView literal) { text += literal; },
        [&](const QString &name, const QString &token) {
            if (!isKnownVariable(name)) {
                addOnce(result.unknown, token);
                text += token;
                return;
            }
            const QString value
                = sanitize(values.value(name), kMaxValueLength, &truncated).trimmed();
            if (value.isEmpty()) {
                addOnce(result.missing, name);
                return;
            }
            text += value;
        });
    if (text.size() > kMaxTextLength) {
        text.truncate(kMaxTextLength);
        truncated = true;
    }
    result.truncated = truncated;
    if (result.missing.isEmpty()) {
        result.text = text;
    }
    return result;
}

std::optional<QString> TemplateRenderer::renderStrict(
    const QString &body, const Values &values, QString *error)
{
    const Result result = render(body, values);
    if (!result.missing.isEmpty()) {
        if (error) {
            *error = tr("Fill in first: %1").arg(result.missing.join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    if (!result.unknown.isEmpty()) {
        if (error) {
            *error = tr("The template uses unknown variables: %1")
                         .arg(result.unknown.join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    return result.text;
}

QString TemplateRenderer::preview(const QString &body, const Values &values)
{
    QString text;
    scan(
        sanitize(body, kMaxTextLength), [&](QStringView literal) { text += literal; },
        [&](const QString &name, const QString &token) {
            const QString value = isKnownVariable(name)
                ? sanitize(values.value(name), kMaxValueLength).trimmed()
                : token;
            text += value.isEmpty() ? QStringLiteral("«%1»").arg(name) : value;
        });
    return text;
}

} // namespace Desk::Core
