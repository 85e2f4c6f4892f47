// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Desk::Core {

/** Who wrote a message, seen from the OA: a citizen (Zalo `src: 1`) or the OA (`src: 0`). */
enum class Direction { Inbound, Outbound };

/** Case lifecycle states; names follow reference/public-service-rules.md §7. */
enum class CaseStatus {
    New,
    Classified,
    Routed,
    AwaitingAgency,
    AgencyAnswered,
    Replied,
    Closed,
    WaitingCitizen,
    OutOfScope,
    Reopened,
};

/** Stable key stored in the database ("new", "awaiting_agency", ...). */
QString caseStatusKey(CaseStatus status);
std::optional<CaseStatus> caseStatusFromKey(const QString &key);
/** Every status, in lifecycle order (for filters). */
QList<CaseStatus> allCaseStatuses();

/**
 * What a case is about (classification). Complaints and denunciations (khiếu nại, tố cáo)
 * are outside the PAKN rules (ND 20/2008 Art. 1): they are redirected, not handled.
 */
enum class CaseKind {
    Question, // hỏi đáp
    Report, // phản ánh
    Petition, // kiến nghị
    DossierLookup, // tra cứu hồ sơ
    Postal, // giao, nhận hồ sơ qua bưu chính
    Rating, // đánh giá
    SubmissionHelp, // hỗ trợ nộp hồ sơ trực tuyến
    Complaint, // khiếu nại, tố cáo: out of scope, redirected
    Other,
};

/** Stable key ("question", "dossier_lookup", ...), as in the CLI's JSON and the database. */
QString caseKindKey(CaseKind kind);
std::optional<CaseKind> caseKindFromKey(const QString &key);
QList<CaseKind> allCaseKinds();

/** A citizen as known from Zalo (user/detail and conversation rows). Ids stay strings. */
struct Citizen
{
    QString zaloId;
    QString displayName;
    QString avatarUrl;
    QString phone;
    QString address;
    QString sharedInfoJson; // raw `shared_info` object from user/detail
    bool isFollower = false;
    bool profileFetched = false;
};

/** One Zalo message, inbound or outbound. `rawJson` keeps the row exactly as received. */
struct Message
{
    QString messageId;
    QString citizenId;
    Direction direction = Direction::Inbound;
    qint64 timeMs = 0; // UTC epoch milliseconds
    // text, image (Zalo's `photo` too), gif, sticker, link, location, voice, file; or
    // "unreadable": a row the desk could not parse, kept with its raw JSON.
    QString type;
    QString text; // NFC; a link's description follows its caption
    QString url; // media URL (image, gif, sticker, voice, file, link); "geo:lat,lng" for location
    QString thumbUrl; // thumbnail (image, link preview)
    QString fileName; // file name; a link's title; a location's address
    QString rawJson;
};

/** One row of the inbox: a case with the figures the list shows. */
struct CaseSummary
{
    qint64 id = 0;
    QString code; // TV-2026-000123
    QString citizenId;
    QString citizenName;
    QString firstLine;
    CaseStatus status = CaseStatus::New;
    qint64 openedAtMs = 0;
    qint64 lastActivityAtMs = 0;
    qint64 lastInboundAtMs = 0; // drives the Zalo reply window
    int messageCount = 0;
    int unreadCount = 0;
    qint64 previousCaseId = 0; // case this one follows after a closed one, 0 if none

    // Schema v3: classification, routing and the legal clocks (UTC ms, 0 = not reached / none).
    QString kind; // caseKindKey(), '' = not classified yet
    QString areaCode;
    QString localityCode;
    QString procedureCode;
    QString agencyCode; // the agency the case was last routed to, '' = the desk itself
    QString assignee; // staff login, '' = nobody
    QString rating; // raw level key of the rating scale, '' = not rated
    qint64 firstResponseAtMs = 0; // first OA message of any kind (acknowledgement)
    qint64 routedAtMs = 0;
    qint64 agencyAnsweredAtMs = 0;
    qint64 repliedAtMs = 0; // the final answer
    qint64 ackDueAtMs = 0;
    qint64 routeDueAtMs = 0;
    qint64 dueAtMs = 0; // the final answer's due moment
    qint64 agencyDueAtMs = 0; // the latest transfer's due while that agency has not answered
    qint64 pausedSinceMs = 0; // waiting for the citizen since, 0 = clock running
    qint64 pausedTotalMs = 0;
    bool prolonged = false; // kéo dài: the final answer passed its due moment
};

/** One audit row of a case: who did what, when. */
struct CaseEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 atMs = 0;
    QString actor; // staff login, "sync", "zalo-oa"
    QString kind; // opened, status_changed, replied_elsewhere, read, ...
    QString detail; // free text / JSON
};

} // namespace Desk::Core

Q_DECLARE_METATYPE(Desk::Core::CaseSummary)
Q_DECLARE_METATYPE(Desk::Core::Message)
