// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/**
 * Static Vietnamese material for the generated data: names, the 64 communes and wards of
 * Cà Mau (NQ 1655/NQ-UBTVQH15), procedures by area and message templates. It is compiled
 * in, so the simulator never reads shared files at run time.
 */
namespace Desk::Sim::Corpus {

/** Procedure areas a citizen's question belongs to. */
enum Area : int {
    HoTich,
    DatDai,
    KinhDoanh,
    XayDung,
    LyLichTuPhap,
    BaoHiem,
    LaiXe,
    CuTru,
    ChungThuc,
    XaHoi,
    AreaCount,
};

/** What a message does in a conversation; the generator scripts conversations with roles. */
enum class Role : quint8 {
    Greeting,
    AskOpen,
    AskFollow,
    Thanks,
    Complaint,
    ComplaintFollow,
    Petition,
    Denunciation,
    Lookup,
    Postal,
    Rating,
    Image,
    File,
    Sticker,
    Link,
    Gif,
    Location,
    Voice,
    OaAnswer,
    OaGeneric,
    OaAskCode,
    OaComplaintAck,
    OaPetitionAck,
    OaDenunciationAck,
    OaLookup,
    OaPostal,
    OaRatingRequest,
    OaClosing,
    OaFile,
    Count,
};

/** Zalo row kinds the simulator produces (reference §13); Image rows are typed `photo` or `image`.
 */
enum class Kind : quint8 { Text, Image, File, Sticker, Link, Gif, Location, Voice };

struct Template
{
    Role role;
    int area; // -1: fits every area
    const char *text;
    // Image / gif: label drawn on the picture (ASCII); file: its name; link: "url\ttitle\t
    // description"; location: the address, with {slots}; voice: seconds; nullptr otherwise.
    const char *extra;
};

/** The raw template table (defined in corpus_templates.cpp). */
struct TemplateTable
{
    const Template *templates;
    int count;
};
TemplateTable templateTable();
int templateCount();
const Template &templateAt(int id);
/** Template text as QString (converted once); `{slot}` markers are left in. */
const QString &templateText(int id);
/** Written without accents (a sentence of plain ASCII): filled-in values are stripped too. */
bool isUnaccented(int id);
/** A related role to draw from once a conversation has used up every template of `role`. */
Role fallbackRole(Role role);
Kind kindOf(Role role);
bool isOaRole(Role role);
/** Template ids for `role`: the area's own ones plus the generic ones. Never empty. */
const QList<quint16> &templatesFor(Role role, int area);
/** The row `type`; images are `photo` (as real OAs send them) unless `legacyImage`. */
QString kindName(Kind kind, bool legacyImage = false);

int communeCount();
QString communeName(int index); // "Xã Tân Lộc"
QString communeInSentence(int index); // "xã Tân Lộc"
bool communeIsWard(int index);

int procedureCount(int area);
QString procedureName(int area, int index); // lower case, to sit inside a sentence
QString areaAgency(int area);
QString areaLabel(int area); // "Hộ tịch", "Đất đai", ... (used as OA tag names)

/** Everything about a citizen that follows from one seed; nothing of it is stored. */
struct Persona
{
    QString fullName;
    QString displayName; // what Zalo shows: often the full name, sometimes a nickname
    QString alias; // user_alias set by OA staff, usually empty
    bool female = false;
    QString dob; // dd/MM/yyyy
    qint64 phone = 0; // 84xxxxxxxxx, as Zalo's shared_info returns it
    QString street; // part of the address before the commune
    QString initials; // ASCII capitals for the avatar
};
Persona makePersona(quint64 seed, int commune);

/** "0912 345 678" from 84912345678. */
QString localPhone(qint64 phone);
/** Drops tone marks and đ→d but keeps case: how many people type on phones without a VN keyboard.
 */
QString stripDiacritics(const QString &text);

} // namespace Desk::Sim::Corpus
