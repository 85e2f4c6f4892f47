// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace Desk::Core {

/**
 * Fills reply templates. The variables (the one place they are documented):
 *
 * | variable               | value                                               |
 * |------------------------|-----------------------------------------------------|
 * | {ho_ten}               | the citizen's name                                   |
 * | {ma_yeu_cau}           | the case code (TV-2026-000123)                       |
 * | {ma_ho_so}             | the dossier code (số biên nhận, 000.00.00.H12-...)   |
 * | {don_vi}               | the agency handling the case                         |
 * | {han_tra_loi}          | the reply due date, dd/MM/yyyy                       |
 * | {thu_tuc}              | the procedure's name                                 |
 * | {link_dvc}             | the procedure's page on the national portal          |
 * | {so_dien_thoai_don_vi} | the agency's phone number                            |
 * | {ngay_tiep_nhan}       | the day the case was received, dd/MM/yyyy            |
 * | {can_bo}               | the staff member answering                           |
 * | {noi_dung_tra_loi}     | the agency's answer relayed to the citizen           |
 *
 * A token is `{name}` (ASCII letters, digits, underscore; spaces inside the braces and upper
 * case are tolerated). Anything else, such as an unbalanced `{`, is ordinary text.
 */
class TemplateRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Desk::Core::TemplateRenderer)
public:
    using Values = QHash<QString, QString>;

    /** A value longer than this is cut (Zalo's text limit is 2,000 characters). */
    static constexpr int kMaxValueLength = 2000;
    /** A rendered text longer than this is cut; the outbox splits long replies into parts. */
    static constexpr int kMaxTextLength = 20000;

    struct Result
    {
        /** Empty unless `missing` is empty: text with a raw {known} placeholder never leaves. */
        QString text;
        QStringList missing; // known variables used by the body without a (non-blank) value
        QStringList unknown; // {tokens} that are not variables; left in the text as written
        bool truncated = false; // a value or the text was cut to its limit
        bool ok() const { return missing.isEmpty(); }
    };

    static QStringList knownVariables();
    static bool isKnownVariable(const QString &name);
    /** What a variable holds, for the composer's prompt (translated). */
    static QString variableDescription(const QString &name);

    /** Known variables the body uses, in order of first use. */
    static QStringList variablesIn(const QString &body);
    /** Known variables the body uses that `values` does not fill (the GUI asks for them). */
    static QStringList missing(const QString &body, const Values &values);

    /**
     * Replaces each known token with its value, inserted literally (a value containing
     * "{ho_ten}" is not expanded again). Values are cleaned: NFC, control and bidi-override
     * characters removed (line breaks kept), cut to kMaxValueLength.
     */
    static Result render(const QString &body, const Values &values);
    /** Refuses (nullopt, `error` says why) when a variable is missing or a token is unknown. */
    static std::optional<QString> renderStrict(
        const QString &body, const Values &values, QString *error = nullptr);
    /** For display only: missing variables shown as «name» (never sent). */
    static QString preview(const QString &body, const Values &values);

    /** The cleaning applied to values (and to the template body). */
    static QString sanitize(const QString &text, int maxLength, bool *truncated = nullptr);
};

} // namespace Desk::Core
