// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Desk::Core {

/** Where a found item sits in the text (UTF-16 indexes, end exclusive). */
struct TextSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

/**
 * Dossier codes of the one-stop system in `text`, normalised (000.00.00.H12-250815-0001).
 * Shape of Thông tư 01/2018/TT-VPCP Art. 19: V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX; citizens add or
 * drop spaces, dots and dashes and type the letter in lower case; the YYMMDD part must be a
 * date. Each code once, in order of appearance; `spans` gets where each occurrence was.
 */
QStringList findDossierCodes(const QString &text, QList<TextSpan> *spans = nullptr);

/**
 * Vietnamese phone numbers in `text`, normalised to national digits (0912345678,
 * 02903831234): mobiles (10 digits, 03/05/07/08/09), landlines (11 digits, 02xx), with +84 or
 * 84; groups may be separated by one space, dot or dash. Digits inside dossier codes, dates
 * (12/11/2025, 15.08.2025), 12-digit citizen ids and words are not phone numbers.
 */
QStringList findPhoneNumbers(const QString &text);
/** The same when the dossier codes' spans are already known (the classifier finds them first). */
QStringList findPhoneNumbers(const QString &text, const QList<TextSpan> &dossierSpans);

} // namespace Desk::Core
