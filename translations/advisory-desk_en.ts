<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgencyAnswerDialog</name>
    <message>
        <source>Record the agency&apos;s answer</source>
        <translation>Record the agency&apos;s answer</translation>
    </message>
    <message>
        <source>&amp;Transfer:</source>
        <translation>&amp;Transfer:</translation>
    </message>
    <message>
        <source>The agency&apos;s &amp;answer:</source>
        <translation>The agency&apos;s &amp;answer:</translation>
    </message>
    <message>
        <source>What the agency answered (text of its letter, e-mail or phone call)</source>
        <translation>What the agency answered (text of its letter, e-mail or phone call)</translation>
    </message>
    <message>
        <source>Documents from the agency:</source>
        <translation>Documents from the agency:</translation>
    </message>
    <message>
        <source>Add &amp;files...</source>
        <translation>Add &amp;files...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>The files are copied into the profile&apos;s attachments folder, so the case keeps them when the originals move.</source>
        <translation>The files are copied into the profile&apos;s attachments folder, so the case keeps them when the originals move.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendar and deadlines</source>
        <translation>Calendar and deadlines</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Working-day calendar</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Tết days before the 1st of Tết</source>
        <translation>Tết days before the 1st of Tết</translation>
    </message>
    <message>
        <source>The five Tết days: how many fall before the lunar New Year&apos;s day (the Prime Minister&apos;s notice says)</source>
        <translation>The five Tết days: how many fall before the lunar New Year&apos;s day (the Prime Minister&apos;s notice says)</translation>
    </message>
    <message>
        <source>Day next to National Day</source>
        <translation>Day next to National Day</translation>
    </message>
    <message>
        <source>Changes from this year&apos;s official notice: extra days off, compensatory days off, make-up working Saturdays</source>
        <translation>Changes from this year&apos;s official notice: extra days off, compensatory days off, make-up working Saturdays</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Add day</translation>
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation>&amp;Remove day</translation>
    </message>
    <message>
        <source>&amp;Import JSON...</source>
        <translation>&amp;Import JSON...</translation>
    </message>
    <message>
        <source>Deadlines per case kind</source>
        <translation>Deadlines per case kind</translation>
    </message>
    <message>
        <source>Working days for each step, counted from the day after receipt (from forwarding for the agency answer). &quot;All kinds&quot; applies where a kind has no row of its own; 0 switches the step off for that kind.</source>
        <translation>Working days for each step, counted from the day after receipt (from forwarding for the agency answer). &quot;All kinds&quot; applies where a kind has no row of its own; 0 switches the step off for that kind.</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>Add &amp;rule</translation>
    </message>
    <message>
        <source>Remove r&amp;ule</source>
        <translation>Remove r&amp;ule</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Restore &amp;defaults</translation>
    </message>
</context>
<context>
    <name>CitizenPanel</name>
    <message>
        <source>Zalo ID</source>
        <translation>Zalo ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Follows OA</source>
        <translation>Follows OA</translation>
    </message>
</context>
<context>
    <name>Desk::Cli</name>
    <message>
        <source>store Zalo credentials in the keychain and API URLs in the profile</source>
        <translation>store Zalo credentials in the keychain and API URLs in the profile</translation>
    </message>
    <message>
        <source>fetch new messages from the Zalo OA (--once for one pass)</source>
        <translation>fetch new messages from the Zalo OA (--once for one pass)</translation>
    </message>
    <message>
        <source>list cases, newest activity first (--json)</source>
        <translation>list cases, newest activity first (--json)</translation>
    </message>
    <message>
        <source>find cases by message text, citizen or case code (--json)</source>
        <translation>find cases by message text, citizen or case code (--json)</translation>
    </message>
    <message>
        <source>check database integrity, schema version and token state</source>
        <translation>check database integrity, schema version and token state</translation>
    </message>
    <message>
        <source>usage: advisory-desk-cli [--profile DIR] &lt;command&gt; [options]</source>
        <translation>usage: advisory-desk-cli [--profile DIR] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>unknown command: %1</translation>
    </message>
    <message>
        <source>Run &apos;advisory-desk-cli &lt;command&gt; --help&apos; for its options; add --verbose to see progress.</source>
        <translation>Run &apos;advisory-desk-cli &lt;command&gt; --help&apos; for its options; add --verbose to see progress.</translation>
    </message>
    <message>
        <source>list the days off and make-up working days of a year (--json)</source>
        <translation>list the days off and make-up working days of a year (--json)</translation>
    </message>
    <message>
        <source>the due moment of a period in working days</source>
        <translation>the due moment of a period in working days</translation>
    </message>
    <message>
        <source>handling-time report of a period (--period 2026-Q3 [--cutoff] [--xlsx FILE] [--csv FILE] [--json])</source>
        <translation>handling-time report of a period (--period 2026-Q3 [--cutoff] [--xlsx FILE] [--csv FILE] [--json])</translation>
    </message>
    <message>
        <source>classify a message: kind, area, commune, dossier codes, phones (--json)</source>
        <translation>classify a message: kind, area, commune, dossier codes, phones (--json)</translation>
    </message>
    <message>
        <source>answer a case through the outbox (--text TEXT, --file PATH)</source>
        <translation>answer a case through the outbox (--text TEXT, --file PATH)</translation>
    </message>
    <message>
        <source>list the outbox (--json; --send sends what is due)</source>
        <translation>list the outbox (--json; --send sends what is due)</translation>
    </message>
    <message>
        <source>send a case to an agency (--agency CODE)</source>
        <translation>send a case to an agency (--agency CODE)</translation>
    </message>
    <message>
        <source>connect the OA: print Zalo&apos;s permission address, read back the code (OAuth v4, PKCE)</source>
        <translation>connect the OA: print Zalo&apos;s permission address, read back the code (OAuth v4, PKCE)</translation>
    </message>
    <message>
        <source>join this profile to a team database (--db CONN --user LOGIN; password on stdin)</source>
        <translation>join this profile to a team database (--db CONN --user LOGIN; password on stdin)</translation>
    </message>
    <message>
        <source>run the team&apos;s OA service (one active, the others stand by)</source>
        <translation>run the team&apos;s OA service (one active, the others stand by)</translation>
    </message>
    <message>
        <source>set up a team database: schema, roles and rules; prints the service key once (--db CONN)</source>
        <translation>set up a team database: schema, roles and rules; prints the service key once (--db CONN)</translation>
    </message>
    <message>
        <source>the team&apos;s logins: add LOGIN --name NAME --role ROLE (password on stdin), disable LOGIN, list [--json]</source>
        <translation>the team&apos;s logins: add LOGIN --name NAME --role ROLE (password on stdin), disable LOGIN, list [--json]</translation>
    </message>
    <message>
        <source>mark a case resolved; the citizen is asked to rate it (--no-rating: not asked)</source>
        <translation>mark a case resolved; the citizen is asked to rate it (--no-rating: not asked)</translation>
    </message>
</context>
<context>
    <name>Desk::Cli::Classify</name>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Commune/ward:</source>
        <translation>Commune/ward:</translation>
    </message>
    <message>
        <source>Dossier codes:</source>
        <translation>Dossier codes:</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>Phone numbers:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>the message, as the citizen wrote it</source>
        <translation>the message, as the citizen wrote it</translation>
    </message>
    <message>
        <source>classify needs the text of a message</source>
        <translation>classify needs the text of a message</translation>
    </message>
</context>
<context>
    <name>Desk::Cli::CliContext</name>
    <message>
        <source>cannot open the database: %1</source>
        <translation>cannot open the database: %1</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit needs a positive number</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>print a JSON array</translation>
    </message>
    <message>
        <source>at most N cases</source>
        <translation>at most N cases</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>only cases in this status (new, replied, closed, ...)</source>
        <translation>only cases in this status (new, replied, closed, ...)</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>only cases with unread messages</source>
        <translation>only cases with unread messages</translation>
    </message>
    <message>
        <source>unknown status: %1</source>
        <translation>unknown status: %1</translation>
    </message>
    <message>
        <source>words to find, with or without diacritics</source>
        <translation>words to find, with or without diacritics</translation>
    </message>
    <message>
        <source>search needs some text</source>
        <translation>search needs some text</translation>
    </message>
    <message>
        <source>not configured: run &apos;advisory-desk-cli setup&apos;</source>
        <translation>not configured: run &apos;advisory-desk-cli setup&apos;</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>present (expiry unknown until the first refresh)</source>
        <translation>present (expiry unknown until the first refresh)</translation>
    </message>
    <message>
        <source>access token expired; the next sync refreshes it</source>
        <translation>access token expired; the next sync refreshes it</translation>
    </message>
    <message>
        <source>the system keychain cannot be read (%1)</source>
        <translation>the system keychain cannot be read (%1)</translation>
    </message>
    <message>
        <source>print a JSON object</source>
        <translation>print a JSON object</translation>
    </message>
    <message>
        <source>Database:  %1</source>
        <translation>Database:  %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>Schema:    version %1 (expected %2)</source>
        <translation>Schema:    version %1 (expected %2)</translation>
    </message>
    <message>
        <source>Journal:   %1</source>
        <translation>Journal:   %1</translation>
    </message>
    <message>
        <source>Contents:  %1 messages, %2 cases, %3 citizens</source>
        <translation>Contents:  %1 messages, %2 cases, %3 citizens</translation>
    </message>
    <message>
        <source>Zalo API:  %1</source>
        <translation>Zalo API:  %1</translation>
    </message>
    <message>
        <source>Tokens:    %1</source>
        <translation>Tokens:    %1</translation>
    </message>
    <message>
        <source>cannot open the profile folder: %1</source>
        <translation>cannot open the profile folder: %1</translation>
    </message>
    <message>
        <source>profile folder (default: the user&apos;s local app data)</source>
        <translation>profile folder (default: the user&apos;s local app data)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>advisory-desk-cli %1</source>
        <translation>advisory-desk-cli %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Zalo OA API base URL</source>
        <translation>Zalo OA API base URL</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Zalo OAuth base URL</source>
        <translation>Zalo OAuth base URL</translation>
    </message>
    <message>
        <source>Zalo app id</source>
        <translation>Zalo app id</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>--app-id, --secret-key, --access-token and --refresh-token go together: give all four</source>
        <translation>--app-id, --secret-key, --access-token and --refresh-token go together: give all four</translation>
    </message>
    <message>
        <source>nothing to set up; see --help</source>
        <translation>nothing to set up; see --help</translation>
    </message>
    <message>
        <source>the system keychain refused the credentials (%1). Nothing was changed.</source>
        <translation>the system keychain refused the credentials (%1). Nothing was changed.</translation>
    </message>
    <message>
        <source>Credentials stored in the system keychain.</source>
        <translation>Credentials stored in the system keychain.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>API base: %1</source>
        <translation>API base: %1</translation>
    </message>
    <message>
        <source>OAuth base: %1</source>
        <translation>OAuth base: %1</translation>
    </message>
    <message>
        <source>%1 sync ok: %2 new messages, %3 new cases, %4 requests</source>
        <translation>%1 sync ok: %2 new messages, %3 new cases, %4 requests</translation>
    </message>
    <message>
        <source>%1 sync failed: %2</source>
        <translation>%1 sync failed: %2</translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation>detail: %1</translation>
    </message>
    <message>
        <source>run one pass and exit</source>
        <translation>run one pass and exit</translation>
    </message>
    <message>
        <source>stay under this many API requests a minute (default 4000)</source>
        <translation>stay under this many API requests a minute (default 4000)</translation>
    </message>
    <message>
        <source>--requests-per-minute needs a number</source>
        <translation>--requests-per-minute needs a number</translation>
    </message>
    <message>
        <source>cannot read the calendar %1: %2</source>
        <translation>cannot read the calendar %1: %2</translation>
    </message>
    <message>
        <source>calendar overrides file (default: calendar.json in the profile)</source>
        <translation>calendar overrides file (default: calendar.json in the profile)</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>the year to list</source>
        <translation>the year to list</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>--year needs a year between 1900 and 2100</source>
        <translation>--year needs a year between 1900 and 2100</translation>
    </message>
    <message>
        <source>Days off in %1 (besides Saturdays and Sundays):</source>
        <translation>Days off in %1 (besides Saturdays and Sundays):</translation>
    </message>
    <message>
        <source>(compensatory)</source>
        <translation>(compensatory)</translation>
    </message>
    <message>
        <source>Make-up working days:</source>
        <translation>Make-up working days:</translation>
    </message>
    <message>
        <source>when the case was received, ISO 8601 (Vietnam time if no offset)</source>
        <translation>when the case was received, ISO 8601 (Vietnam time if no offset)</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>the period in working days</source>
        <translation>the period in working days</translation>
    </message>
    <message>
        <source>--from needs a date and time in ISO 8601, e.g. 2026-11-27T16:30</source>
        <translation>--from needs a date and time in ISO 8601, e.g. 2026-11-27T16:30</translation>
    </message>
    <message>
        <source>--working-days needs a whole number from 0 to 3650</source>
        <translation>--working-days needs a whole number from 0 to 3650</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>sending (not yet confirmed by Zalo)</source>
        <translation>sending (not yet confirmed by Zalo)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>the case code</source>
        <translation>the case code</translation>
    </message>
    <message>
        <source>the reply text</source>
        <translation>the reply text</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>attach an image (jpg, png, gif) or a document (pdf, doc, docx)</source>
        <translation>attach an image (jpg, png, gif) or a document (pdf, doc, docx)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>quote this message of the citizen</source>
        <translation>quote this message of the citizen</translation>
    </message>
    <message>
        <source>MESSAGE_ID</source>
        <translation>MESSAGE_ID</translation>
    </message>
    <message>
        <source>an acknowledgement, not the final answer</source>
        <translation>an acknowledgement, not the final answer</translation>
    </message>
    <message>
        <source>only queue it; the next sync sends it</source>
        <translation>only queue it; the next sync sends it</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>staff login recorded in the history (default: the system user)</source>
        <translation>staff login recorded in the history (default: the system user)</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <source>usage: reply CASE_CODE --text TEXT [--file PATH]</source>
        <translation>usage: reply CASE_CODE --text TEXT [--file PATH]</translation>
    </message>
    <message>
        <source>no case %1</source>
        <translation>no case %1</translation>
    </message>
    <message>
        <source>warning: the citizen last wrote more than 7 days ago; Zalo will refuse the reply (call them instead)</source>
        <translation>warning: the citizen last wrote more than 7 days ago; Zalo will refuse the reply (call them instead)</translation>
    </message>
    <message>
        <source>cannot queue the reply: %1</source>
        <translation>cannot queue the reply: %1</translation>
    </message>
    <message>
        <source>only rows in this state (queued, sending, sent, refused, cancelled)</source>
        <translation>only rows in this state (queued, sending, sent, refused, cancelled)</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>send what is due first</source>
        <translation>send what is due first</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>unknown state %1</translation>
    </message>
    <message>
        <source>code of the agency in the directory</source>
        <translation>code of the agency in the directory</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>note for the agency</source>
        <translation>note for the agency</translation>
    </message>
    <message>
        <source>the agency answers within N working days (default: the clock policy)</source>
        <translation>the agency answers within N working days (default: the clock policy)</translation>
    </message>
    <message>
        <source>usage: route CASE_CODE --agency CODE</source>
        <translation>usage: route CASE_CODE --agency CODE</translation>
    </message>
    <message>
        <source>no agency %1 in the directory</source>
        <translation>no agency %1 in the directory</translation>
    </message>
    <message>
        <source>--working-days needs a number</source>
        <translation>--working-days needs a number</translation>
    </message>
    <message>
        <source>cannot route the case: %1</source>
        <translation>cannot route the case: %1</translation>
    </message>
    <message>
        <source>%1 routed to %2 (transfer %3)</source>
        <translation>%1 routed to %2 (transfer %3)</translation>
    </message>
    <message>
        <source>, answer due %1</source>
        <translation>, answer due %1</translation>
    </message>
    <message>
        <source>the period: 2026-07, 2026-Q3, 2026-H1 or 2026</source>
        <translation>the period: 2026-07, 2026-Q3, 2026-H1 or 2026</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>use the 15 -&gt; 14 cut-off (a quarter from the 15th of the month before it to the 14th of its last month)</source>
        <translation>use the 15 -&gt; 14 cut-off (a quarter from the 15th of the month before it to the 14th of its last month)</translation>
    </message>
    <message>
        <source>write an Excel workbook</source>
        <translation>write an Excel workbook</translation>
    </message>
    <message>
        <source>write the case list as CSV (tab-separated UTF-16, opens in columns in Excel)</source>
        <translation>write the case list as CSV (tab-separated UTF-16, opens in columns in Excel)</translation>
    </message>
    <message>
        <source>measure open cases against this moment instead of now (ISO 8601)</source>
        <translation>measure open cases against this moment instead of now (ISO 8601)</translation>
    </message>
    <message>
        <source>the unit named on the report</source>
        <translation>the unit named on the report</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Report %1</translation>
    </message>
    <message>
        <source>(15 -&gt; 14 cut-off)</source>
        <translation>(15 -&gt; 14 cut-off)</translation>
    </message>
    <message>
        <source>Received: %1 (out of scope, redirected: %2)</source>
        <translation>Received: %1 (out of scope, redirected: %2)</translation>
    </message>
    <message>
        <source>Answered on time: %1, answered late: %2, in progress: %3, overdue: %4, prolonged: %5</source>
        <translation>Answered on time: %1, answered late: %2, in progress: %3, overdue: %4, prolonged: %5</translation>
    </message>
    <message>
        <source>Share answered on time: %1</source>
        <translation>Share answered on time: %1</translation>
    </message>
    <message>
        <source>Indicator 8 (TT 01/2018/TT-VPCP): %1 point(s)</source>
        <translation>Indicator 8 (TT 01/2018/TT-VPCP): %1 point(s)</translation>
    </message>
    <message>
        <source>%1 (%2): working hours mean %3, median %4, p90 %5; calendar hours mean %6, median %7, p90 %8</source>
        <translation>%1 (%2): working hours mean %3, median %4, p90 %5; calendar hours mean %6, median %7, p90 %8</translation>
    </message>
    <message>
        <source>By kind:</source>
        <translation>By kind:</translation>
    </message>
    <message>
        <source>on time %1</source>
        <translation>on time %1</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Ratings:</translation>
    </message>
    <message>
        <source>--period needs a period like 2026-07, 2026-Q3, 2026-H1 or 2026</source>
        <translation>--period needs a period like 2026-07, 2026-Q3, 2026-H1 or 2026</translation>
    </message>
    <message>
        <source>--now needs a date and time in ISO 8601, e.g. 2026-10-01T08:00</source>
        <translation>--now needs a date and time in ISO 8601, e.g. 2026-10-01T08:00</translation>
    </message>
    <message>
        <source>no database in the profile: %1</source>
        <translation>no database in the profile: %1</translation>
    </message>
    <message>
        <source>Advisory and Support Team, Public Administrative Service Center</source>
        <translation>Advisory and Support Team, Public Administrative Service Center</translation>
    </message>
    <message>
        <source>the report failed: %1</source>
        <translation>the report failed: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>the app&apos;s OA callback URL, exactly as registered on developers.zalo.me</source>
        <translation>the app&apos;s OA callback URL, exactly as registered on developers.zalo.me</translation>
    </message>
    <message>
        <source>Zalo app secret key (- reads it from standard input; default: the one in the keychain)</source>
        <translation>Zalo app secret key (- reads it from standard input; default: the one in the keychain)</translation>
    </message>
    <message>
        <source>--app-id and --redirect-uri are required</source>
        <translation>--app-id and --redirect-uri are required</translation>
    </message>
    <message>
        <source>the callback URL is not an http(s) address: %1</source>
        <translation>the callback URL is not an http(s) address: %1</translation>
    </message>
    <message>
        <source>no secret key in the keychain for this profile: give --secret-key - and type it on standard input</source>
        <translation>no secret key in the keychain for this profile: give --secret-key - and type it on standard input</translation>
    </message>
    <message>
        <source>1. Open this address in a browser where the OA&apos;s administrator is logged in to Zalo, and allow the app:</source>
        <translation>1. Open this address in a browser where the OA&apos;s administrator is logged in to Zalo, and allow the app:</translation>
    </message>
    <message>
        <source>2. Zalo then opens the callback URL. Paste that whole address (or only its code) here and press Enter; the code is valid for 10 minutes:</source>
        <translation>2. Zalo then opens the callback URL. Paste that whole address (or only its code) here and press Enter; the code is valid for 10 minutes:</translation>
    </message>
    <message>
        <source>no authorisation code was pasted. Nothing was changed; run authorize again.</source>
        <translation>no authorisation code was pasted. Nothing was changed; run authorize again.</translation>
    </message>
    <message>
        <source>the pasted address belongs to another authorisation attempt (its state does not match this one), so it was not used. Nothing was changed. Open the address printed above and paste the address it leads to.</source>
        <translation>the pasted address belongs to another authorisation attempt (its state does not match this one), so it was not used. Nothing was changed. Open the address printed above and paste the address it leads to.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Zalo issued the tokens but the system keychain refused them (%1). Run authorize again.</source>
        <translation>Zalo issued the tokens but the system keychain refused them (%1). Run authorize again.</translation>
    </message>
    <message>
        <source>The OA is connected: the tokens are in the system keychain.</source>
        <translation>The OA is connected: the tokens are in the system keychain.</translation>
    </message>
    <message numerus="yes">
        <source>The access token is valid for %n hour(s); the desk renews it by itself.</source>
        <translation>
            <numerusform>The access token is valid for %n hour(s); the desk renews it by itself.</numerusform>
            <numerusform>The access token is valid for %n hour(s); the desk renews it by itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: advisory-desk-cli sync --once</source>
        <translation>Next: advisory-desk-cli sync --once</translation>
    </message>
    <message>
        <source>--%1 - : no value on standard input (one line for each option given as -, in the order of the options)</source>
        <translation>--%1 - : no value on standard input (one line for each option given as -, in the order of the options)</translation>
    </message>
    <message>
        <source>warning: %1 given on the command line can be seen by other users of this computer (process list) and stays in the shell history. Give - instead and type or pipe the value on standard input.</source>
        <translation>warning: %1 given on the command line can be seen by other users of this computer (process list) and stays in the shell history. Give - instead and type or pipe the value on standard input.</translation>
    </message>
    <message>
        <source>Zalo app secret key (- reads it from standard input)</source>
        <translation>Zalo app secret key (- reads it from standard input)</translation>
    </message>
    <message>
        <source>OA access token (- reads it from standard input)</source>
        <translation>OA access token (- reads it from standard input)</translation>
    </message>
    <message>
        <source>OA refresh token (- reads it from standard input)</source>
        <translation>OA refresh token (- reads it from standard input)</translation>
    </message>
    <message>
        <source>Zalo refused the refresh token: an administrator must authorise the OA again (advisory-desk-cli authorize, or Administration &gt; Connect Zalo OA)</source>
        <translation>Zalo refused the refresh token: an administrator must authorise the OA again (advisory-desk-cli authorize, or Administration &gt; Connect Zalo OA)</translation>
    </message>
    <message>
        <source>Not synced: %1 (%2) since %3, %4 attempt(s), next at %5: %6</source>
        <translation>Not synced: %1 (%2) since %3, %4 attempt(s), next at %5: %6</translation>
    </message>
    <message>
        <source>at most this many rows, newest first (default 500)</source>
        <translation>at most this many rows, newest first (default 500)</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit needs a number</translation>
    </message>
    <message>
        <source>how far back a new profile&apos;s first sync reaches (default 30 days); a larger number later reaches further back</source>
        <translation>how far back a new profile&apos;s first sync reaches (default 30 days); a larger number later reaches further back</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>also read at once the conversations Zalo refused earlier (they are otherwise retried with a growing pause)</source>
        <translation>also read at once the conversations Zalo refused earlier (they are otherwise retried with a growing pause)</translation>
    </message>
    <message>
        <source>--history-days needs a number of days</source>
        <translation>--history-days needs a number of days</translation>
    </message>
    <message>
        <source>the team database, postgresql://HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=FILE (host= may name a Unix socket folder)</source>
        <translation>the team database, postgresql://HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=FILE (host= may name a Unix socket folder)</translation>
    </message>
    <message>
        <source>CONN</source>
        <translation>CONN</translation>
    </message>
    <message>
        <source>the team login of this profile</source>
        <translation>the team login of this profile</translation>
    </message>
    <message>
        <source>keep this profile&apos;s secrets in this file (mode 0600) instead of the system keychain: for a service host without a desktop keyring</source>
        <translation>keep this profile&apos;s secrets in this file (mode 0600) instead of the system keychain: for a service host without a desktop keyring</translation>
    </message>
    <message>
        <source>Joins a profile to a team database. Standard input: the login&apos;s password on the first line; for a service login the service key (printed once by team-init) on the second.</source>
        <translation>Joins a profile to a team database. Standard input: the login&apos;s password on the first line; for a service login the service key (printed once by team-init) on the second.</translation>
    </message>
    <message>
        <source>join needs --db and --user</source>
        <translation>join needs --db and --user</translation>
    </message>
    <message>
        <source>--db must be a postgresql:// address</source>
        <translation>--db must be a postgresql:// address</translation>
    </message>
    <message>
        <source>the password must be on the first line of standard input</source>
        <translation>the password must be on the first line of standard input</translation>
    </message>
    <message>
        <source>%1 is not an active member of this team (team-user add)</source>
        <translation>%1 is not an active member of this team (team-user add)</translation>
    </message>
    <message>
        <source>a service login needs the service key on the second line of standard input (%1)</source>
        <translation>a service login needs the service key on the second line of standard input (%1)</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>nothing there</translation>
    </message>
    <message>
        <source>this is not the team&apos;s service key (its fingerprint is %1, the team&apos;s is %2)</source>
        <translation>this is not the team&apos;s service key (its fingerprint is %1, the team&apos;s is %2)</translation>
    </message>
    <message>
        <source>the password could not be stored on this computer (%1); the profile was not changed</source>
        <translation>the password could not be stored on this computer (%1); the profile was not changed</translation>
    </message>
    <message>
        <source>Joined the team database as %1 (%2, role %3).</source>
        <translation>Joined the team database as %1 (%2, role %3).</translation>
    </message>
    <message>
        <source>on a team profile: wait until the team&apos;s OA service has sent it (exit 5 when Zalo refused it)</source>
        <translation>on a team profile: wait until the team&apos;s OA service has sent it (exit 5 when Zalo refused it)</translation>
    </message>
    <message>
        <source>this profile belongs to a team: the team&apos;s OA service sends the outbox</source>
        <translation>this profile belongs to a team: the team&apos;s OA service sends the outbox</translation>
    </message>
    <message>
        <source>pause between sync passes (default: the profile&apos;s sync interval)</source>
        <translation>pause between sync passes (default: the profile&apos;s sync interval)</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>The team&apos;s OA service: syncs the OA into the team database, classifies, and sends the replies the team queued. Run it on one or more hosts with a profile joined with a service login; one works, the others stand by.</source>
        <translation>The team&apos;s OA service: syncs the OA into the team database, classifies, and sends the replies the team queued. Run it on one or more hosts with a profile joined with a service login; one works, the others stand by.</translation>
    </message>
    <message>
        <source>serve needs a profile joined to a team database with a service login (advisory-desk-cli join --user SERVICE_LOGIN)</source>
        <translation>serve needs a profile joined to a team database with a service login (advisory-desk-cli join --user SERVICE_LOGIN)</translation>
    </message>
    <message>
        <source>the team has no OA credentials yet: run advisory-desk-cli setup or authorize on a profile joined with a service login</source>
        <translation>the team has no OA credentials yet: run advisory-desk-cli setup or authorize on a profile joined with a service login</translation>
    </message>
    <message>
        <source>--interval-ms needs a number &gt;= 100</source>
        <translation>--interval-ms needs a number &gt;= 100</translation>
    </message>
    <message>
        <source>team database: %1</source>
        <translation>team database: %1</translation>
    </message>
    <message>
        <source>%1 standby: another OA service is active</source>
        <translation>%1 standby: another OA service is active</translation>
    </message>
    <message>
        <source>%1 active: this is the team&apos;s OA service (generation %2)</source>
        <translation>%1 active: this is the team&apos;s OA service (generation %2)</translation>
    </message>
    <message>
        <source>%1 pass: %2 new messages, %3 replies sent</source>
        <translation>%1 pass: %2 new messages, %3 replies sent</translation>
    </message>
    <message>
        <source>%1 no longer the active OA service (%2); standing by</source>
        <translation>%1 no longer the active OA service (%2); standing by</translation>
    </message>
    <message>
        <source>Credentials stored in the team database, sealed with the service key.</source>
        <translation>Credentials stored in the team database, sealed with the service key.</translation>
    </message>
    <message>
        <source>this profile belongs to a team: the team&apos;s OA service (serve) syncs the OA</source>
        <translation>this profile belongs to a team: the team&apos;s OA service (serve) syncs the OA</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 wrong arguments; 2 other problem of the database or this computer; 3 the database server does not answer; 4 the login or its password was refused; 7 the server&apos;s TLS certificate or name does not match; 8 the database was upgraded by a newer Advisory Desk; 9 the login lacks the role the command needs.</source>
        <translation>Exit codes: 0 done; 1 wrong arguments; 2 other problem of the database or this computer; 3 the database server does not answer; 4 the login or its password was refused; 7 the server&apos;s TLS certificate or name does not match; 8 the database was upgraded by a newer Advisory Desk; 9 the login lacks the role the command needs.</translation>
    </message>
    <message>
        <source>the team database, postgresql://LOGIN@HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=FILE (host= may name a Unix socket folder)</source>
        <translation>the team database, postgresql://LOGIN@HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=FILE (host= may name a Unix socket folder)</translation>
    </message>
    <message>
        <source>read the password of the login in --db from standard input (after any other line the command reads)</source>
        <translation>read the password of the login in --db from standard input (after any other line the command reads)</translation>
    </message>
    <message>
        <source>--db is missing; see --help</source>
        <translation>--db is missing; see --help</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin: no password on standard input</translation>
    </message>
    <message>
        <source>this database is not set up for a team yet: run team-init first</source>
        <translation>this database is not set up for a team yet: run team-init first</translation>
    </message>
    <message>
        <source>team-user add needs --name NAME and --role staff|supervisor|admin|service</source>
        <translation>team-user add needs --name NAME and --role staff|supervisor|admin|service</translation>
    </message>
    <message>
        <source>the new login&apos;s password must be on the first line of standard input, at least %1 characters long</source>
        <translation>the new login&apos;s password must be on the first line of standard input, at least %1 characters long</translation>
    </message>
    <message>
        <source>the login %1 exists already on this database server</source>
        <translation>the login %1 exists already on this database server</translation>
    </message>
    <message>
        <source>Created the login %1 (%2, role %3).</source>
        <translation>Created the login %1 (%2, role %3).</translation>
    </message>
    <message>
        <source>%1 is not one of this team&apos;s logins</source>
        <translation>%1 is not one of this team&apos;s logins</translation>
    </message>
    <message>
        <source>The login %1 is disabled and its open sessions were ended.</source>
        <translation>The login %1 is disabled and its open sessions were ended.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <source>No logins yet: add them with team-user add.</source>
        <translation>No logins yet: add them with team-user add.</translation>
    </message>
    <message>
        <source>Creates or migrates the team schema and the group roles (desk_staff, desk_supervisor, desk_admin, desk_service) in a PostgreSQL database, with the rules of who may do what. Run it as the database&apos;s owner (a login with CREATEROLE). The first run prints the service key once, on a line &apos;service-key: KEY&apos;: keep it safe, the service hosts need it for join. Running it again is safe: it changes no data and prints no key.</source>
        <translation>Creates or migrates the team schema and the group roles (desk_staff, desk_supervisor, desk_admin, desk_service) in a PostgreSQL database, with the rules of who may do what. Run it as the database&apos;s owner (a login with CREATEROLE). The first run prints the service key once, on a line &apos;service-key: KEY&apos;: keep it safe, the service hosts need it for join. Running it again is safe: it changes no data and prints no key.</translation>
    </message>
    <message>
        <source>This database was set up for a team already (schema v%1); its roles and rules are up to date. The service key was shown by the first team-init and is not shown again.</source>
        <translation>This database was set up for a team already (schema v%1); its roles and rules are up to date. The service key was shown by the first team-init and is not shown again.</translation>
    </message>
    <message>
        <source>The team&apos;s roles and rules are set up (schema v%1); the service key recorded before stays the team&apos;s.</source>
        <translation>The team&apos;s roles and rules are set up (schema v%1); the service key recorded before stays the team&apos;s.</translation>
    </message>
    <message>
        <source>The team database is set up (schema v%1) with the roles desk_staff, desk_supervisor, desk_admin and desk_service.</source>
        <translation>The team database is set up (schema v%1) with the roles desk_staff, desk_supervisor, desk_admin and desk_service.</translation>
    </message>
    <message>
        <source>This is the only time the service key is shown: keep it somewhere safe. Every host of the OA service needs it (join, second line of standard input); the database keeps only its fingerprint %1.</source>
        <translation>This is the only time the service key is shown: keep it somewhere safe. Every host of the OA service needs it (join, second line of standard input); the database keeps only its fingerprint %1.</translation>
    </message>
    <message>
        <source>the person&apos;s name as colleagues see it (add)</source>
        <translation>the person&apos;s name as colleagues see it (add)</translation>
    </message>
    <message>
        <source>staff, supervisor, admin or service (add)</source>
        <translation>staff, supervisor, admin or service (add)</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>list as JSON</source>
        <translation>list as JSON</translation>
    </message>
    <message>
        <source>add LOGIN, disable LOGIN or list</source>
        <translation>add LOGIN, disable LOGIN or list</translation>
    </message>
    <message>
        <source>add|disable|list</source>
        <translation>add|disable|list</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>the login</translation>
    </message>
    <message>
        <source>[LOGIN]</source>
        <translation>[LOGIN]</translation>
    </message>
    <message>
        <source>Manages the team&apos;s logins (run as the database&apos;s owner or a login with CREATEROLE). add: the new login&apos;s password on the first line of standard input (scram-sha-256; only its hash reaches the server). disable: the login can no longer sign in and its open sessions end; its history stays. list: everyone with role and state.</source>
        <translation>Manages the team&apos;s logins (run as the database&apos;s owner or a login with CREATEROLE). add: the new login&apos;s password on the first line of standard input (scram-sha-256; only its hash reaches the server). disable: the login can no longer sign in and its open sessions end; its history stays. list: everyone with role and state.</translation>
    </message>
    <message>
        <source>%1 cannot be a login: use lower-case letters without accents, digits, _ . or -, at most 63, not starting with desk_ or pg_</source>
        <translation>%1 cannot be a login: use lower-case letters without accents, digits, _ . or -, at most 63, not starting with desk_ or pg_</translation>
    </message>
    <message>
        <source>use team-user add LOGIN, team-user disable LOGIN or team-user list; see --help</source>
        <translation>use team-user add LOGIN, team-user disable LOGIN or team-user list; see --help</translation>
    </message>
    <message>
        <source>the team&apos;s Zalo OA service has not run yet</source>
        <translation>the team&apos;s Zalo OA service has not run yet</translation>
    </message>
    <message>
        <source>working (heartbeat %1, %2)</source>
        <translation>working (heartbeat %1, %2)</translation>
    </message>
    <message>
        <source>not working since %1 (last: %2)</source>
        <translation>not working since %1 (last: %2)</translation>
    </message>
    <message>
        <source>OA service: %1</source>
        <translation>OA service: %1</translation>
    </message>
    <message>
        <source>the language of the workbook and the CSV: vi (default) or en</source>
        <translation>the language of the workbook and the CSV: vi (default) or en</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <source>--language needs vi or en</source>
        <translation>--language needs vi or en</translation>
    </message>
    <message>
        <source>without a case: set how many minutes after routing it can be recalled (on a team profile the team&apos;s setting, administrators only)</source>
        <translation>without a case: set how many minutes after routing it can be recalled (on a team profile the team&apos;s setting, administrators only)</translation>
    </message>
    <message>
        <source>usage: route --recall-minutes N (N: 0 or more)</source>
        <translation>usage: route --recall-minutes N (N: 0 or more)</translation>
    </message>
    <message>
        <source>cannot save the recall window: %1</source>
        <translation>cannot save the recall window: %1</translation>
    </message>
    <message numerus="yes">
        <source>A routing can now be recalled within %n minute(s).</source>
        <translation>
            <numerusform>A routing can now be recalled within %n minute.</numerusform>
            <numerusform>A routing can now be recalled within %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolve without the rating question</source>
        <translation>resolve without the rating question</translation>
    </message>
    <message>
        <source>only queue the rating question; the next sync sends it</source>
        <translation>only queue the rating question; the next sync sends it</translation>
    </message>
    <message>
        <source>on a team profile: wait until the team&apos;s OA service has sent the question</source>
        <translation>on a team profile: wait until the team&apos;s OA service has sent the question</translation>
    </message>
    <message>
        <source>usage: resolve CASE_CODE [--no-rating] [--profile DIR]</source>
        <translation>usage: resolve CASE_CODE [--no-rating] [--profile DIR]</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>cannot resolve %1: %2</translation>
    </message>
    <message>
        <source>%1 was not resolved: %2</source>
        <translation>%1 was not resolved: %2</translation>
    </message>
    <message>
        <source>%1 resolved and closed without the rating question: %2</source>
        <translation>%1 resolved and closed without the rating question: %2</translation>
    </message>
    <message>
        <source>%1 resolved; the rating question is queued for the citizen</source>
        <translation>%1 resolved; the rating question is queued for the citizen</translation>
    </message>
</context>
<context>
    <name>Desk::Cli::TeamProfile</name>
    <message>
        <source>the team database server does not answer; check the address and that the server is running</source>
        <translation>the team database server does not answer; check the address and that the server is running</translation>
    </message>
    <message>
        <source>the team database refused the login or its password</source>
        <translation>the team database refused the login or its password</translation>
    </message>
    <message>
        <source>the team database server&apos;s certificate does not match its name or the team&apos;s certificate authority; the connection was not made</source>
        <translation>the team database server&apos;s certificate does not match its name or the team&apos;s certificate authority; the connection was not made</translation>
    </message>
    <message>
        <source>this login does not have the right to do that in the team database</source>
        <translation>this login does not have the right to do that in the team database</translation>
    </message>
    <message>
        <source>the team database does not exist on that server</source>
        <translation>the team database does not exist on that server</translation>
    </message>
    <message>
        <source>a newer version of Advisory Desk has upgraded the team database; install that version on this computer</source>
        <translation>a newer version of Advisory Desk has upgraded the team database; install that version on this computer</translation>
    </message>
</context>
<context>
    <name>Desk::Core::DirectoryImport</name>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>area</source>
        <translation>area</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>procedure</translation>
    </message>
    <message>
        <source>reply template</source>
        <translation>reply template</translation>
    </message>
    <message>
        <source>routing rule</source>
        <translation>routing rule</translation>
    </message>
    <message>
        <source>classification rule</source>
        <translation>classification rule</translation>
    </message>
    <message>
        <source>“%1” is not yes/no (1/0)</source>
        <translation>“%1” is not yes/no (1/0)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1” is not a whole number</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 is out of range (%2 to %3)</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” is not one of: %2</translation>
    </message>
    <message>
        <source>unknown %1 code “%2”</source>
        <translation>unknown %1 code “%2”</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation>The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is not closed.</source>
        <translation>Line %1: a quoted value is not closed.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Line 1: the header lacks the column(s) %1.</source>
        <translation>Line 1: the header lacks the column(s) %1.</translation>
    </message>
    <message>
        <source>the row has %1 values, the header has %2</source>
        <translation>the row has %1 values, the header has %2</translation>
    </message>
    <message>
        <source>duplicate code “%1” (already on line %2)</source>
        <translation>duplicate code “%1” (already on line %2)</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>a value is required</translation>
    </message>
</context>
<context>
    <name>Desk::Core::RoutingSuggester</name>
    <message>
        <source>(the commune: %1)</source>
        <translation>(the commune: %1)</translation>
    </message>
    <message>
        <source>Routing rule %1</source>
        <translation>Routing rule %1</translation>
    </message>
    <message>
        <source>Routing rule %1: %2</source>
        <translation>Routing rule %1: %2</translation>
    </message>
    <message>
        <source>Agency responsible for the procedure %1</source>
        <translation>Agency responsible for the procedure %1</translation>
    </message>
    <message>
        <source>Commune-level agency for the area %1</source>
        <translation>Commune-level agency for the area %1</translation>
    </message>
    <message>
        <source>Provincial agency for the area %1</source>
        <translation>Provincial agency for the area %1</translation>
    </message>
    <message>
        <source>No rule, procedure or area names an agency: route by hand</source>
        <translation>No rule, procedure or area names an agency: route by hand</translation>
    </message>
</context>
<context>
    <name>Desk::Core::TemplateRenderer</name>
    <message>
        <source>Citizen&apos;s name</source>
        <translation>Citizen&apos;s name</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Reply due date (dd/MM/yyyy)</source>
        <translation>Reply due date (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Link to the public service portal</source>
        <translation>Link to the public service portal</translation>
    </message>
    <message>
        <source>Agency&apos;s phone number</source>
        <translation>Agency&apos;s phone number</translation>
    </message>
    <message>
        <source>Date received (dd/MM/yyyy)</source>
        <translation>Date received (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Agency&apos;s answer</source>
        <translation>Agency&apos;s answer</translation>
    </message>
    <message>
        <source>Fill in first: %1</source>
        <translation>Fill in first: %1</translation>
    </message>
    <message>
        <source>The template uses unknown variables: %1</source>
        <translation>The template uses unknown variables: %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::AgencyAnswerDialog</name>
    <message>
        <source>Documents from the agency</source>
        <translation>Documents from the agency</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the attachments folder.</source>
        <translation>Cannot copy %1 into the attachments folder.</translation>
    </message>
    <message>
        <source>The case waits for no agency&apos;s answer.</source>
        <translation>The case waits for no agency&apos;s answer.</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s answer or add its documents.</source>
        <translation>Enter the agency&apos;s answer or add its documents.</translation>
    </message>
    <message>
        <source>The answer could not be recorded: %1</source>
        <translation>The answer could not be recorded: %1</translation>
    </message>
    <message>
        <source>Re&amp;cord answer</source>
        <translation>Re&amp;cord answer</translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation>%1 (sent %2)</translation>
    </message>
    <message>
        <source>No note was sent with this transfer.</source>
        <translation>No note was sent with this transfer.</translation>
    </message>
    <message>
        <source>Note sent with the transfer: %1</source>
        <translation>Note sent with the transfer: %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::AssigneeBox</name>
    <message>
        <source>Handled by:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::BubbleDelegate</name>
    <message>
        <source>Loading image…</source>
        <translation>Loading image…</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::BusinessHoursEditor</name>
    <message>
        <source>Working hours count the handling times in working hours in the reports. The legal deadlines are whole working days and do not change.</source>
        <translation>Working hours count the handling times in working hours in the reports. The legal deadlines are whole working days and do not change.</translation>
    </message>
    <message>
        <source>Own hours</source>
        <translation>Own hours</translation>
    </message>
    <message>
        <source>Without its own hours a unit keeps the desk&apos;s hours</source>
        <translation>Without its own hours a unit keeps the desk&apos;s hours</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <source>&amp;Standard hours</source>
        <translation>&amp;Standard hours</translation>
    </message>
    <message>
        <source>Monday to Friday, 07:00-11:30 and 13:30-17:00</source>
        <translation>Monday to Friday, 07:00-11:30 and 13:30-17:00</translation>
    </message>
    <message>
        <source>Import hours...</source>
        <translation>Import hours...</translation>
    </message>
    <message>
        <source>Export hours...</source>
        <translation>Export hours...</translation>
    </message>
    <message>
        <source>The desk (default hours)</source>
        <translation>The desk (default hours)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - own hours</source>
        <translation>%1 - own hours</translation>
    </message>
    <message>
        <source>Some days had more than two sessions: the first and the last are kept when you save.</source>
        <translation>Some days had more than two sessions: the first and the last are kept when you save.</translation>
    </message>
    <message>
        <source>A make-up working Saturday without hours of its own uses Monday&apos;s hours.</source>
        <translation>A make-up working Saturday without hours of its own uses Monday&apos;s hours.</translation>
    </message>
    <message>
        <source>%1: a session must end after it starts</source>
        <translation>%1: a session must end after it starts</translation>
    </message>
    <message>
        <source>%1: the afternoon must start after the morning ends</source>
        <translation>%1: the afternoon must start after the morning ends</translation>
    </message>
    <message>
        <source>Import working hours</source>
        <translation>Import working hours</translation>
    </message>
    <message>
        <source>Working hours JSON (*.json)</source>
        <translation>Working hours JSON (*.json)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Export working hours</source>
        <translation>Export working hours</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CalendarDialog</name>
    <message>
        <source>compensatory day off</source>
        <translation>compensatory day off</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>holiday</translation>
    </message>
    <message>
        <source>All kinds (default)</source>
        <translation>All kinds (default)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Case kind</source>
        <translation>Case kind</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Working days</translation>
    </message>
    <message>
        <source>1 September (before 2/9)</source>
        <translation>1 September (before 2/9)</translation>
    </message>
    <message>
        <source>3 September (after 2/9)</source>
        <translation>3 September (after 2/9)</translation>
    </message>
    <message>
        <source>Extra day off</source>
        <translation>Extra day off</translation>
    </message>
    <message>
        <source>Compensatory day off</source>
        <translation>Compensatory day off</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation>make-up working day</translation>
    </message>
    <message>
        <source>Days off in %1 besides weekends: %2; make-up working days: %3</source>
        <translation>Days off in %1 besides weekends: %2; make-up working days: %3</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <source>Calendar JSON (*.json)</source>
        <translation>Calendar JSON (*.json)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>The calendar and deadlines were not saved: %1</source>
        <translation>The calendar and deadlines were not saved: %1</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseActions</name>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Route to an agency...</source>
        <translation>&amp;Route to an agency...</translation>
    </message>
    <message>
        <source>Send the case to the responsible department or commune with a note and a due date</source>
        <translation>Send the case to the responsible department or commune with a note and a due date</translation>
    </message>
    <message>
        <source>Record the &amp;agency&apos;s answer...</source>
        <translation>Record the &amp;agency&apos;s answer...</translation>
    </message>
    <message>
        <source>&amp;Print transfer slip...</source>
        <translation>&amp;Print transfer slip...</translation>
    </message>
    <message>
        <source>Save transfer slip as P&amp;DF...</source>
        <translation>Save transfer slip as P&amp;DF...</translation>
    </message>
    <message>
        <source>%1-transfer-slip-%2.pdf</source>
        <translation>%1-transfer-slip-%2.pdf</translation>
    </message>
    <message>
        <source>The case has not been sent to any agency.</source>
        <translation>The case has not been sent to any agency.</translation>
    </message>
    <message>
        <source>Print transfer slip</source>
        <translation>Print transfer slip</translation>
    </message>
    <message>
        <source>The printer could not print the slip.</source>
        <translation>The printer could not print the slip.</translation>
    </message>
    <message>
        <source>Save transfer slip</source>
        <translation>Save transfer slip</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>The slip could not be saved to %1:
%2</source>
        <translation>The slip could not be saved to %1:
%2</translation>
    </message>
    <message>
        <source>Reply to %1 (%2) queued: it goes out with the next sync.</source>
        <translation>Reply to %1 (%2) queued: it goes out with the next sync.</translation>
    </message>
    <message>
        <source>Re&amp;call the last routing...</source>
        <translation>Re&amp;call the last routing...</translation>
    </message>
    <message>
        <source>Take back a routing sent by mistake, within minutes of sending it</source>
        <translation>Take back a routing sent by mistake, within minutes of sending it</translation>
    </message>
    <message>
        <source>Mark r&amp;esolved...</source>
        <translation>Mark r&amp;esolved...</translation>
    </message>
    <message>
        <source>The case is done: the citizen is asked to rate the answer, unless withheld</source>
        <translation>The case is done: the citizen is asked to rate the answer, unless withheld</translation>
    </message>
    <message>
        <source>%1 routed to %2. It can be recalled until %3 (Case menu).</source>
        <translation>%1 routed to %2. It can be recalled until %3 (Case menu).</translation>
    </message>
    <message>
        <source>The routing of %1 to %2 was recalled.</source>
        <translation>The routing of %1 to %2 was recalled.</translation>
    </message>
    <message>
        <source>Recall the routing</source>
        <translation>Recall the routing</translation>
    </message>
    <message>
        <source>Take back the routing to %1 sent at %2? The case returns to the desk.</source>
        <translation>Take back the routing to %1 sent at %2? The case returns to the desk.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseChangedDialog</name>
    <message>
        <source>The citizen wrote again at %1: «%2»</source>
        <translation>The citizen wrote again at %1: «%2»</translation>
    </message>
    <message>
        <source>%1 queued a reply at %2: «%3»</source>
        <translation>%1 queued a reply at %2: «%3»</translation>
    </message>
    <message>
        <source>%1 queued a message at %2</source>
        <translation>%1 queued a message at %2</translation>
    </message>
    <message>
        <source>The reply queued by %1 was sent at %2</source>
        <translation>The reply queued by %1 was sent at %2</translation>
    </message>
    <message>
        <source>Zalo refused a queued reply at %1</source>
        <translation>Zalo refused a queued reply at %1</translation>
    </message>
    <message>
        <source>%1 withdrew a queued reply at %2</source>
        <translation>%1 withdrew a queued reply at %2</translation>
    </message>
    <message>
        <source>An answer was sent from the OA&apos;s web console at %1</source>
        <translation>An answer was sent from the OA&apos;s web console at %1</translation>
    </message>
    <message>
        <source>%1 changed the status to «%2» at %3</source>
        <translation>%1 changed the status to «%2» at %3</translation>
    </message>
    <message>
        <source>%1 removed the assignment at %2</source>
        <translation>%1 removed the assignment at %2</translation>
    </message>
    <message>
        <source>%1 assigned the case to %2 at %3</source>
        <translation>%1 assigned the case to %2 at %3</translation>
    </message>
    <message>
        <source>%1 routed the case to %2 at %3</source>
        <translation>%1 routed the case to %2 at %3</translation>
    </message>
    <message>
        <source>%1 recorded the agency&apos;s answer at %2</source>
        <translation>%1 recorded the agency&apos;s answer at %2</translation>
    </message>
    <message>
        <source>%1 classified the case at %2</source>
        <translation>%1 classified the case at %2</translation>
    </message>
    <message>
        <source>The case changed</source>
        <translation>The case changed</translation>
    </message>
    <message>
        <source>The case changed since you opened it.</source>
        <translation>The case changed since you opened it.</translation>
    </message>
    <message>
        <source>While you were writing, this happened in the case:</source>
        <translation>While you were writing, this happened in the case:</translation>
    </message>
    <message>
        <source>Send your reply anyway, or review the case first? What you wrote stays in the editor.</source>
        <translation>Send your reply anyway, or review the case first? What you wrote stays in the editor.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Send anyway</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseClockWidget</name>
    <message>
        <source>Legal deadlines</source>
        <translation>Legal deadlines</translation>
    </message>
    <message>
        <source>Ends at 24:00 of this working day (Civil Code Art. 148)</source>
        <translation>Ends at 24:00 of this working day (Civil Code Art. 148)</translation>
    </message>
    <message>
        <source>The clock is paused while waiting for the citizen; the deadlines move by the working days it stays paused.</source>
        <translation>The clock is paused while waiting for the citizen; the deadlines move by the working days it stays paused.</translation>
    </message>
    <message>
        <source>the answer passed its legal deadline; the case counts as prolonged in the period&apos;s report.</source>
        <translation>the answer passed its legal deadline; the case counts as prolonged in the period&apos;s report.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseEventText</name>
    <message>
        <source>acknowledgement</source>
        <translation>acknowledgement</translation>
    </message>
    <message>
        <source>interim reply</source>
        <translation>interim reply</translation>
    </message>
    <message>
        <source>rating question</source>
        <translation>rating question</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>reply</translation>
    </message>
    <message>
        <source>Zalo sync</source>
        <translation>Zalo sync</translation>
    </message>
    <message>
        <source>Zalo OA</source>
        <translation>Zalo OA</translation>
    </message>
    <message>
        <source>Automatic classification</source>
        <translation>Automatic classification</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Advisory Desk</source>
        <translation>Advisory Desk</translation>
    </message>
    <message>
        <source>Case %1 opened (follows a closed case)</source>
        <translation>Case %1 opened (follows a closed case)</translation>
    </message>
    <message>
        <source>Case %1 opened</source>
        <translation>Case %1 opened</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Classified: %1</source>
        <translation>Classified: %1</translation>
    </message>
    <message>
        <source>Classification changed: %1 → %2</source>
        <translation>Classification changed: %1 → %2</translation>
    </message>
    <message>
        <source>Assignment removed</source>
        <translation>Assignment removed</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Internal note: %1</source>
        <translation>Internal note: %1</translation>
    </message>
    <message>
        <source>Routed to %1</source>
        <translation>Routed to %1</translation>
    </message>
    <message>
        <source>, answer due %1</source>
        <translation>, answer due %1</translation>
    </message>
    <message numerus="yes">
        <source>The agency&apos;s answer recorded (%n document(s))</source>
        <translation>
            <numerusform>The agency&apos;s answer recorded (%n document)</numerusform>
            <numerusform>The agency&apos;s answer recorded (%n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated: %1</source>
        <translation>Rated: %1</translation>
    </message>
    <message numerus="yes">
        <source>Queued a %1 (%n message(s))</source>
        <translation>
            <numerusform>Queued a %1 (%n message)</numerusform>
            <numerusform>Queued a %1 (%n messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent through Zalo: %1, part %2</source>
        <translation>Sent through Zalo: %1, part %2</translation>
    </message>
    <message>
        <source>Zalo refused the reply: %1</source>
        <translation>Zalo refused the reply: %1</translation>
    </message>
    <message>
        <source>Queued reply withdrawn</source>
        <translation>Queued reply withdrawn</translation>
    </message>
    <message>
        <source>Refused reply queued again</source>
        <translation>Refused reply queued again</translation>
    </message>
    <message>
        <source>Answered outside the desk (Zalo OA console)</source>
        <translation>Answered outside the desk (Zalo OA console)</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseHeading</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>The case no longer exists.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseHistoryModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseNoteEditor</name>
    <message>
        <source>The note was not saved: %1</source>
        <translation>The note was not saved: %1</translation>
    </message>
    <message>
        <source>Internal note: seen by colleagues only, never sent to the citizen.</source>
        <translation>Internal note: seen by colleagues only, never sent to the citizen.</translation>
    </message>
    <message>
        <source>What colleagues should know about this case…</source>
        <translation>What colleagues should know about this case…</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Save the note in the case history (Ctrl+Enter)</source>
        <translation>Save the note in the case history (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseView</name>
    <message>
        <source>Select a case in the inbox</source>
        <translation>Select a case in the inbox</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The citizen has not written in this case yet.</source>
        <translation>The citizen has not written in this case yet.</translation>
    </message>
    <message>
        <source>Zalo: free replies for %1 more · replies possible for %2</source>
        <translation>Zalo: free replies for %1 more · replies possible for %2</translation>
    </message>
    <message>
        <source>Zalo: over 7 days since the citizen&apos;s last message; a reply is refused. Call the citizen or wait for a new message.</source>
        <translation>Zalo: over 7 days since the citizen&apos;s last message; a reply is refused. Call the citizen or wait for a new message.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s) · received %2</source>
        <translation>
            <numerusform>%1 · %n message · received %2</numerusform>
            <numerusform>%1 · %n messages · received %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply quoting this message</source>
        <translation>Reply quoting this message</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>A note for colleagues; never sent to the citizen</source>
        <translation>A note for colleagues; never sent to the citizen</translation>
    </message>
    <message>
        <source>Who did what, and when</source>
        <translation>Who did what, and when</translation>
    </message>
    <message>
        <source>Copy what Zalo sent</source>
        <translation>Copy what Zalo sent</translation>
    </message>
    <message>
        <source>Zalo: free 48 h over, a reply is a paid message and needs a funded Zalo Cloud Account (ZCA) · possible for %1 more</source>
        <translation>Zalo: free 48 h over, a reply is a paid message and needs a funded Zalo Cloud Account (ZCA) · possible for %1 more</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CitizenPanel</name>
    <message>
        <source>not shared</source>
        <translation>not shared</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The citizen has not shared a phone number or address with the OA.</source>
        <translation>The citizen has not shared a phone number or address with the OA.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ClockText</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>Forwarding to the competent agency</source>
        <translation>Forwarding to the competent agency</translation>
    </message>
    <message>
        <source>Agency answer</source>
        <translation>Agency answer</translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation>Answer to the citizen</translation>
    </message>
    <message>
        <source>Prolonged</source>
        <translation>Prolonged</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Paused - waiting for citizen</source>
        <translation>Paused - waiting for citizen</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n working day(s)</source>
        <translation>
            <numerusform>Overdue %n working day</numerusform>
            <numerusform>Overdue %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Due tomorrow</translation>
    </message>
    <message>
        <source>Due next working day</source>
        <translation>Due next working day</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>%n working day left</numerusform>
            <numerusform>%n working days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(due %1)</translation>
    </message>
    <message>
        <source>Prolonged: the answer passed its legal deadline; the case counts as prolonged in the period&apos;s report (TT 01/2018, indicator 8).</source>
        <translation>Prolonged: the answer passed its legal deadline; the case counts as prolonged in the period&apos;s report (TT 01/2018, indicator 8).</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Forwarding</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ComposerText</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n message</numerusform>
            <numerusform>%1 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>The citizen has not written in this case: Zalo accepts no reply yet.</source>
        <translation>The citizen has not written in this case: Zalo accepts no reply yet.</translation>
    </message>
    <message>
        <source>%1 left to reply for free · hard limit in %2</source>
        <translation>%1 left to reply for free · hard limit in %2</translation>
    </message>
    <message>
        <source>Over 7 days since the citizen&apos;s last message: Zalo refuses replies.</source>
        <translation>Over 7 days since the citizen&apos;s last message: Zalo refuses replies.</translation>
    </message>
    <message>
        <source>A reply cannot be sent: the citizen last wrote more than 7 days ago and Zalo refuses it. No phone number is known; wait for the citizen to write again (the reply can stay as a draft).</source>
        <translation>A reply cannot be sent: the citizen last wrote more than 7 days ago and Zalo refuses it. No phone number is known; wait for the citizen to write again (the reply can stay as a draft).</translation>
    </message>
    <message>
        <source>A reply cannot be sent: the citizen last wrote more than 7 days ago and Zalo refuses it. Call the citizen on %1, or wait for a new message (the reply can stay as a draft).</source>
        <translation>A reply cannot be sent: the citizen last wrote more than 7 days ago and Zalo refuses it. Call the citizen on %1, or wait for a new message (the reply can stay as a draft).</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Sending (not yet confirmed by Zalo)</source>
        <translation>Sending (not yet confirmed by Zalo)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Refused by Zalo</source>
        <translation>Refused by Zalo</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Free replies are over: a reply now is a paid message and needs a funded Zalo Cloud Account (ZCA) · hard limit in %1</source>
        <translation>Free replies are over: a reply now is a paid message and needs a funded Zalo Cloud Account (ZCA) · hard limit in %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ConnectOaDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Zalo&apos;s permission page is open in the browser. Allow the app there with the OA administrator&apos;s Zalo account, then paste the address the browser shows afterwards below.</source>
        <translation>Zalo&apos;s permission page is open in the browser. Allow the app there with the OA administrator&apos;s Zalo account, then paste the address the browser shows afterwards below.</translation>
    </message>
    <message>
        <source>The browser could not be opened: copy the address above into a browser where the OA administrator is logged in to Zalo.</source>
        <translation>The browser could not be opened: copy the address above into a browser where the OA administrator is logged in to Zalo.</translation>
    </message>
    <message>
        <source>Asking Zalo for the tokens...</source>
        <translation>Asking Zalo for the tokens...</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Sending...</translation>
    </message>
    <message>
        <source>Connect Zalo OA</source>
        <translation>Connect Zalo OA</translation>
    </message>
    <message>
        <source>Connects the desk to the province&apos;s Zalo Official Account. You need the app created on developers.zalo.me and linked to the OA, and the OA administrator&apos;s Zalo account. The secret key and the tokens are kept in this computer&apos;s system keychain only.</source>
        <translation>Connects the desk to the province&apos;s Zalo Official Account. You need the app created on developers.zalo.me and linked to the OA, and the OA administrator&apos;s Zalo account. The secret key and the tokens are kept in this computer&apos;s system keychain only.</translation>
    </message>
    <message>
        <source>1. The Zalo app and the permission page</source>
        <translation>1. The Zalo app and the permission page</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App &amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Secret key:</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback URL:</translation>
    </message>
    <message>
        <source>exactly as registered for the app, https://...</source>
        <translation>exactly as registered for the app, https://...</translation>
    </message>
    <message>
        <source>&amp;Open Zalo&apos;s permission page</source>
        <translation>&amp;Open Zalo&apos;s permission page</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>the permission page&apos;s address appears here</source>
        <translation>the permission page&apos;s address appears here</translation>
    </message>
    <message>
        <source>2. The address Zalo leads to</source>
        <translation>2. The address Zalo leads to</translation>
    </message>
    <message>
        <source>After you allow the app, the browser opens the callback URL with a code in it. Paste that whole address (or only the code) here within 10 minutes.</source>
        <translation>After you allow the app, the browser opens the callback URL with a code in it. Paste that whole address (or only the code) here within 10 minutes.</translation>
    </message>
    <message>
        <source>https://.../callback?code=...&amp;state=...</source>
        <translation>https://.../callback?code=...&amp;state=...</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <source>3. Send a test message to my own Zalo</source>
        <translation>3. Send a test message to my own Zalo</translation>
    </message>
    <message>
        <source>My &amp;Zalo user id:</source>
        <translation>My &amp;Zalo user id:</translation>
    </message>
    <message>
        <source>choose yourself among the citizens, or type your id</source>
        <translation>choose yourself among the citizens, or type your id</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Test message from Advisory Desk: the OA is connected.</source>
        <translation>Test message from Advisory Desk: the OA is connected.</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Send &amp;test message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DashboardWidget</name>
    <message>
        <source>Report period: a month (2026-07), quarter (2026-Q3), half year (2026-H1) or year (2026), by the day cases were received</source>
        <translation>Report period: a month (2026-07), quarter (2026-Q3), half year (2026-H1) or year (2026), by the day cases were received</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>The report could not be read: %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>All agencies</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Answered on time (%)</source>
        <translation>Answered on time (%)</translation>
    </message>
    <message>
        <source>0-7 days</source>
        <translation>0-7 days</translation>
    </message>
    <message>
        <source>8-14 days</source>
        <translation>8-14 days</translation>
    </message>
    <message>
        <source>15-30 days</source>
        <translation>15-30 days</translation>
    </message>
    <message>
        <source>over 30 days</source>
        <translation>over 30 days</translation>
    </message>
    <message>
        <source>Open cases by age</source>
        <translation>Open cases by age</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>the desk</translation>
    </message>
    <message>
        <source>Prolonged cases by agency</source>
        <translation>Prolonged cases by agency</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>%1: %2 cases received · answered on time %3 · prolonged %4 · indicator 8 (TT 01/2018): %5 points · complaints redirected %6</source>
        <translation>%1: %2 cases received · answered on time %3 · prolonged %4 · indicator 8 (TT 01/2018): %5 points · complaints redirected %6</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation>Export to Excel...</translation>
    </message>
    <message>
        <source>The periodic report of this period and these cases as an Excel workbook</source>
        <translation>The periodic report of this period and these cases as an Excel workbook</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>Cases received by kind</source>
        <translation>Cases received by kind</translation>
    </message>
    <message>
        <source>Computing the report...</source>
        <translation>Computing the report...</translation>
    </message>
    <message>
        <source>Inbox shows: %1</source>
        <translation>Inbox shows: %1</translation>
    </message>
    <message>
        <source>No cases in this period</source>
        <translation>No cases in this period</translation>
    </message>
    <message>
        <source>No case answered or past its due date in this period</source>
        <translation>No case answered or past its due date in this period</translation>
    </message>
    <message>
        <source>No open cases</source>
        <translation>No open cases</translation>
    </message>
    <message>
        <source>No prolonged cases in this period</source>
        <translation>No prolonged cases in this period</translation>
    </message>
    <message>
        <source>No ratings in this period</source>
        <translation>No ratings in this period</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryDialog</name>
    <message>
        <source>Agencies</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <source>Classification rules</source>
        <translation>Classification rules</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? Cases that already refer to it keep the code.</source>
        <translation>Delete the %1 “%2”? Cases that already refer to it keep the code.</translation>
    </message>
    <message>
        <source>Import %1 from CSV</source>
        <translation>Import %1 from CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation>Export %1 to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryImportReportDialog</name>
    <message>
        <source>Import of %1</source>
        <translation>Import of %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Why it was not imported</translation>
    </message>
    <message>
        <source>The file was not imported. %1</source>
        <translation>The file was not imported. %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated.</source>
        <translation>%1 rows read: %2 added, %3 updated.</translation>
    </message>
    <message>
        <source>%1 rows were not imported; correct them in the file and import it again.</source>
        <translation>%1 rows were not imported; correct them in the file and import it again.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Checked</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Former units</source>
        <translation>Former units</translation>
    </message>
    <message>
        <source>Provincial agency</source>
        <translation>Provincial agency</translation>
    </message>
    <message>
        <source>Commune agency</source>
        <translation>Commune agency</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Portal link</source>
        <translation>Portal link</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Department (Sở)</source>
        <translation>Department (Sở)</translation>
    </message>
    <message>
        <source>Central sector agency</source>
        <translation>Central sector agency</translation>
    </message>
    <message>
        <source>Provincial People&apos;s Committee</source>
        <translation>Provincial People&apos;s Committee</translation>
    </message>
    <message>
        <source>Commune / ward People&apos;s Committee</source>
        <translation>Commune / ward People&apos;s Committee</translation>
    </message>
    <message>
        <source>Specialised agency</source>
        <translation>Specialised agency</translation>
    </message>
    <message>
        <source>Administrative body</source>
        <translation>Administrative body</translation>
    </message>
    <message>
        <source>Other administrative agency</source>
        <translation>Other administrative agency</translation>
    </message>
    <message>
        <source>Public service unit</source>
        <translation>Public service unit</translation>
    </message>
    <message>
        <source>Division (Phòng)</source>
        <translation>Division (Phòng)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partial</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>A default row not yet checked against an official source. Check it, then edit the row and tick &quot;Verified&quot;.</source>
        <translation>A default row not yet checked against an official source. Check it, then edit the row and tick &quot;Verified&quot;.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryRecordDialog</name>
    <message>
        <source>New %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Edit %1 %2</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DisplayText</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Classified</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>Routed</translation>
    </message>
    <message>
        <source>Awaiting agency</source>
        <translation>Awaiting agency</translation>
    </message>
    <message>
        <source>Agency answered</source>
        <translation>Agency answered</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Waiting for citizen</source>
        <translation>Waiting for citizen</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Out of scope</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Free, %1 left</source>
        <translation>Free, %1 left</translation>
    </message>
    <message>
        <source>Paid, %1 left</source>
        <translation>Paid, %1 left</translation>
    </message>
    <message>
        <source>Over 7 days: cannot reply</source>
        <translation>Over 7 days: cannot reply</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ExportDialog</name>
    <message>
        <source>Advisory and Support Team, Public Administrative Service Center</source>
        <translation>Advisory and Support Team, Public Administrative Service Center</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Export report to Excel</source>
        <translation>Export report to Excel</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Six months</source>
        <translation>Six months</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Reporting cut-off: from the 15th to the 14th</source>
        <translation>Reporting cut-off: from the 15th to the 14th</translation>
    </message>
    <message>
        <source>Periodic administrative reports count from the 15th of the month before the period to the 14th of its last month</source>
        <translation>Periodic administrative reports count from the 15th of the month before the period to the 14th of its last month</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Shown under the title of the summary sheet</source>
        <translation>Shown under the title of the summary sheet</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx):</source>
        <translation>E&amp;xcel workbook (.xlsx):</translation>
    </message>
    <message>
        <source>&amp;CSV (tab-separated, for Excel):</source>
        <translation>&amp;CSV (tab-separated, for Excel):</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Only the cases of: %1</source>
        <translation>Only the cases of: %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <source>First six months</source>
        <translation>First six months</translation>
    </message>
    <message>
        <source>Last six months</source>
        <translation>Last six months</translation>
    </message>
    <message>
        <source>Cases received from %1 to %2</source>
        <translation>Cases received from %1 to %2</translation>
    </message>
    <message>
        <source>report-%1</source>
        <translation>report-%1</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Save report as</translation>
    </message>
    <message>
        <source>Choose an Excel workbook or a CSV file to write.</source>
        <translation>Choose an Excel workbook or a CSV file to write.</translation>
    </message>
    <message>
        <source>Writing: %1 of %2 rows</source>
        <translation>Writing: %1 of %2 rows</translation>
    </message>
    <message>
        <source>Computing the report...</source>
        <translation>Computing the report...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelling...</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Nothing was written: choose another file name.</source>
        <translation>Nothing was written: choose another file name.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>These files already exist:
%1
Do you want to replace them?</source>
        <translation>These files already exist:
%1
Do you want to replace them?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Keep the file</source>
        <translation>&amp;Keep the file</translation>
    </message>
    <message>
        <source>&amp;Language of the files:</source>
        <translation>&amp;Language of the files:</translation>
    </message>
    <message>
        <source>Sheet names, headings, labels and number formats of the workbook and the CSV</source>
        <translation>Sheet names, headings, labels and number formats of the workbook and the CSV</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::FilterChip</name>
    <message>
        <source>Remove this filter (Esc)</source>
        <translation>Remove this filter (Esc)</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>Remove filter</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::InboxDelegate</name>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>A reply is waiting in the outbox; it goes out with the next sync.</source>
        <translation>A reply is waiting in the outbox; it goes out with the next sync.</translation>
    </message>
    <message>
        <source>Case %1, received %2</source>
        <translation>Case %1, received %2</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Last activity %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::InboxModel</name>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reply window</source>
        <translation>Reply window</translation>
    </message>
    <message>
        <source>%1, new message</source>
        <translation>%1, new message</translation>
    </message>
    <message>
        <source>The citizen wrote again after the last reply: this case needs an answer.</source>
        <translation>The citizen wrote again after the last reply: this case needs an answer.</translation>
    </message>
    <message>
        <source>Legal deadline</source>
        <translation>Legal deadline</translation>
    </message>
    <message>
        <source>Zalo allows free replies for 48 hours after the citizen&apos;s last message and no reply at all after 7 days. In between, a reply is a paid message and needs a funded Zalo Cloud Account (ZCA).</source>
        <translation>Zalo allows free replies for 48 hours after the citizen&apos;s last message and no reply at all after 7 days. In between, a reply is a paid message and needs a funded Zalo Cloud Account (ZCA).</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Not delivered: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Waiting to send: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>You: %1</translation>
    </message>
    <message>
        <source>First message: %1</source>
        <translation>First message: %1</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Answered on time</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>Clock paused</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Due tomorrow</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message numerus="yes">
        <source>Due %1 · %n day(s) left</source>
        <translation>
            <numerusform>Due %1 · %n day left</numerusform>
            <numerusform>Due %1 · %n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>Zalo free · %1</source>
        <translation>Zalo free · %1</translation>
    </message>
    <message>
        <source>Zalo paid · %1</source>
        <translation>Zalo paid · %1</translation>
    </message>
    <message>
        <source>Zalo closed (7 days)</source>
        <translation>Zalo closed (7 days)</translation>
    </message>
    <message>
        <source>%1+ cases</source>
        <translation>%1+ cases</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desk::Gui::InboxWidget</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with new messages — F5 to update the list</source>
        <translation>
            <numerusform>%n case with new messages — F5 to update the list</numerusform>
            <numerusform>%n cases with new messages — F5 to update the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desk::Gui::MainWindow</name>
    <message>
        <source>About Advisory Desk</source>
        <translation>About Advisory Desk</translation>
    </message>
    <message>
        <source>Advisory Desk %1
Answers citizens&apos; questions sent to the province&apos;s Zalo Official Account.
Licence: GPL-3.0-or-later.</source>
        <translation>Advisory Desk %1
Answers citizens&apos; questions sent to the province&apos;s Zalo Official Account.
Licence: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>Advisory Desk — Zalo OA</source>
        <translation>Advisory Desk — Zalo OA</translation>
    </message>
    <message>
        <source>(demo with simulated Zalo data)</source>
        <translation>(demo with simulated Zalo data)</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Calendar and deadlines...</source>
        <translation>&amp;Calendar and deadlines...</translation>
    </message>
    <message>
        <source>Days off and make-up working days of each year; working days per case kind and step</source>
        <translation>Days off and make-up working days of each year; working days per case kind and step</translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation>Supervisor dashboard</translation>
    </message>
    <message>
        <source>Supervisor &amp;dashboard</source>
        <translation>Supervisor &amp;dashboard</translation>
    </message>
    <message>
        <source>&amp;Export report to Excel...</source>
        <translation>&amp;Export report to Excel...</translation>
    </message>
    <message>
        <source>The periodic report of a month, quarter, half year or year as an Excel workbook and / or CSV</source>
        <translation>The periodic report of a month, quarter, half year or year as an Excel workbook and / or CSV</translation>
    </message>
    <message>
        <source>Connect &amp;Zalo OA...</source>
        <translation>Connect &amp;Zalo OA...</translation>
    </message>
    <message>
        <source>Authorise the desk on the province&apos;s Zalo Official Account and send a test message</source>
        <translation>Authorise the desk on the province&apos;s Zalo Official Account and send a test message</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Next case in the list</source>
        <translation>Next case in the list</translation>
    </message>
    <message>
        <source>Previous case in the list</source>
        <translation>Previous case in the list</translation>
    </message>
    <message>
        <source>Next case with unread messages</source>
        <translation>Next case with unread messages</translation>
    </message>
    <message>
        <source>Open the selected case and write the reply (in the list)</source>
        <translation>Open the selected case and write the reply (in the list)</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Back to the case list</translation>
    </message>
    <message>
        <source>Reply tab: write the answer</source>
        <translation>Reply tab: write the answer</translation>
    </message>
    <message>
        <source>Internal note tab: a note for colleagues</source>
        <translation>Internal note tab: a note for colleagues</translation>
    </message>
    <message>
        <source>History tab: who did what</source>
        <translation>History tab: who did what</translation>
    </message>
    <message>
        <source>Insert a reply template (or type / in the reply)</source>
        <translation>Insert a reply template (or type / in the reply)</translation>
    </message>
    <message>
        <source>Choose who handles the case</source>
        <translation>Choose who handles the case</translation>
    </message>
    <message>
        <source>Queue the reply / save the note (in the editor)</source>
        <translation>Queue the reply / save the note (in the editor)</translation>
    </message>
    <message>
        <source>Show or hide the side panel (citizen, assignee, similar answers)</source>
        <translation>Show or hide the side panel (citizen, assignee, similar answers)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::MessageKindText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Animated image (GIF)</source>
        <translation>Animated image (GIF)</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Voice message</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Unreadable message</source>
        <translation>Unreadable message</translation>
    </message>
    <message>
        <source>[%1 message]</source>
        <translation>[%1 message]</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::OutboxListModel</name>
    <message>
        <source>[Attachment] %1</source>
        <translation>[Attachment] %1</translation>
    </message>
    <message>
        <source>%1 · part %2/%3 · %4</source>
        <translation>%1 · part %2/%3 · %4</translation>
    </message>
    <message>
        <source>Will miss the Zalo window: the 7 days since the citizen&apos;s last message end before it can be sent.</source>
        <translation>Will miss the Zalo window: the 7 days since the citizen&apos;s last message end before it can be sent.</translation>
    </message>
    <message>
        <source>Queued %1 by %2</source>
        <translation>Queued %1 by %2</translation>
    </message>
    <message>
        <source>Next attempt %1</source>
        <translation>Next attempt %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::PresenceLabel</name>
    <message>
        <source>%1 is writing a reply</source>
        <translation>%1 is writing a reply</translation>
    </message>
    <message>
        <source>%1 has this case open</source>
        <translation>%1 has this case open</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ReplyComposer</name>
    <message>
        <source>Answers: «%1»</source>
        <translation>Answers: «%1»</translation>
    </message>
    <message>
        <source>The template still needs: %1</source>
        <translation>The template still needs: %1</translation>
    </message>
    <message>
        <source>The template %1 no longer exists.</source>
        <translation>The template %1 no longer exists.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Images and documents (*.jpg *.jpeg *.png *.gif *.pdf *.doc *.docx);;All files (*)</source>
        <translation>Images and documents (*.jpg *.jpeg *.png *.gif *.pdf *.doc *.docx);;All files (*)</translation>
    </message>
    <message>
        <source>The reply will be split</source>
        <translation>The reply will be split</translation>
    </message>
    <message numerus="yes">
        <source>The reply is longer than Zalo&apos;s 2,000 characters and goes out as %n message(s), in this order. Only the first quotes the citizen&apos;s message.</source>
        <translation>
            <numerusform>The reply is longer than Zalo&apos;s 2,000 characters and goes out as %n message, in this order. Only the first quotes the citizen&apos;s message.</numerusform>
            <numerusform>The reply is longer than Zalo&apos;s 2,000 characters and goes out as %n messages, in this order. Only the first quotes the citizen&apos;s message.</numerusform>
        </translation>
    </message>
    <message>
        <source>— Message %1 of %2 (%3 characters) —</source>
        <translation>— Message %1 of %2 (%3 characters) —</translation>
    </message>
    <message numerus="yes">
        <source>Queue %n message(s)</source>
        <translation>
            <numerusform>Queue %n message</numerusform>
            <numerusform>Queue %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply could not be queued: %1</source>
        <translation>The reply could not be queued: %1</translation>
    </message>
    <message>
        <source>Write a reply or attach a file first.</source>
        <translation>Write a reply or attach a file first.</translation>
    </message>
    <message>
        <source>The reply still contains %1: replace it with the real value (or remove it) before sending.</source>
        <translation>The reply still contains %1: replace it with the real value (or remove it) before sending.</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Acknowledgement of receipt</translation>
    </message>
    <message>
        <source>The advisory team has received your request {ma_yeu_cau} and will answer by {han_tra_loi}. Please quote the code {ma_yeu_cau} when you write again.</source>
        <translation>The advisory team has received your request {ma_yeu_cau} and will answer by {han_tra_loi}. Please quote the code {ma_yeu_cau} when you write again.</translation>
    </message>
    <message>
        <source>The reply could not be withdrawn: %1</source>
        <translation>The reply could not be withdrawn: %1</translation>
    </message>
    <message>
        <source>Characters as Zalo counts them; a reply over 2,000 is sent as several messages.</source>
        <translation>Characters as Zalo counts them; a reply over 2,000 is sent as several messages.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Queue the reply for Zalo (Ctrl+Enter)</source>
        <translation>Queue the reply for Zalo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The citizen already had an answer or an acknowledgement in this case.</source>
        <translation>The citizen already had an answer or an acknowledgement in this case.</translation>
    </message>
    <message>
        <source>Queue the acknowledgement with the case code and the due date at once</source>
        <translation>Queue the acknowledgement with the case code and the due date at once</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ResolvePanel</name>
    <message>
        <source>Resolution and rating</source>
        <translation>Resolution and rating</translation>
    </message>
    <message>
        <source>Ask for a rating</source>
        <translation>Ask for a rating</translation>
    </message>
    <message>
        <source>Mark &amp;resolved...</source>
        <translation>Mark &amp;resolved...</translation>
    </message>
    <message>
        <source>Resolved %1 by %2.</source>
        <translation>Resolved %1 by %2.</translation>
    </message>
    <message>
        <source>The citizen rated: %1</source>
        <translation>The citizen rated: %1</translation>
    </message>
    <message>
        <source>The rating question was sent; the citizen has not answered yet.</source>
        <translation>The rating question was sent; the citizen has not answered yet.</translation>
    </message>
    <message>
        <source>The rating question will be sent when the case is marked resolved.</source>
        <translation>The rating question will be sent when the case is marked resolved.</translation>
    </message>
    <message>
        <source>Withheld by %1.</source>
        <translation>Withheld by %1.</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Mark resolved</translation>
    </message>
    <message>
        <source>Mark %1 (%2) as resolved?</source>
        <translation>Mark %1 (%2) as resolved?</translation>
    </message>
    <message>
        <source>The citizen will be asked to rate the answer:
&quot;%1&quot;
The case closes when they answer.</source>
        <translation>The citizen will be asked to rate the answer:
&quot;%1&quot;
The case closes when they answer.</translation>
    </message>
    <message>
        <source>The case closes now.</source>
        <translation>The case closes now.</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
    <message>
        <source>%1 resolved: the rating question is queued for %2.</source>
        <translation>%1 resolved: the rating question is queued for %2.</translation>
    </message>
    <message>
        <source>%1 resolved and closed, without the rating question.</source>
        <translation>%1 resolved and closed, without the rating question.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::RoutingDialog</name>
    <message numerus="yes">
        <source>No date agreed: the agency answers within %n working day(s) of the clock policy.</source>
        <translation>
            <numerusform>No date agreed: the agency answers within %n working day of the clock policy.</numerusform>
            <numerusform>No date agreed: the agency answers within %n working days of the clock policy.</numerusform>
        </translation>
    </message>
    <message>
        <source>No date agreed and no policy: the agency&apos;s answer has no clock.</source>
        <translation>No date agreed and no policy: the agency&apos;s answer has no clock.</translation>
    </message>
    <message numerus="yes">
        <source>due %1 (%n working day(s))</source>
        <translation>
            <numerusform>due %1 (%n working day)</numerusform>
            <numerusform>due %1 (%n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a working day</source>
        <translation>%1 is not a working day</translation>
    </message>
    <message>
        <source>%1 is a day off: %2</source>
        <translation>%1 is a day off: %2</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>not classified</translation>
    </message>
    <message>
        <source>%1 (%2, %3 level)</source>
        <translation>%1 (%2, %3 level)</translation>
    </message>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>No suggestion: choose the agency below.</source>
        <translation>No suggestion: choose the agency below.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>This case already waits for %1 (sent %2). Routing it again adds a new transfer; the earlier one stays open until its answer is recorded.</source>
        <translation>This case already waits for %1 (sent %2). Routing it again adds a new transfer; the earlier one stays open until its answer is recorded.</translation>
    </message>
    <message>
        <source>Choose the agency to send the case to.</source>
        <translation>Choose the agency to send the case to.</translation>
    </message>
    <message>
        <source>The case could not be routed: %1</source>
        <translation>The case could not be routed: %1</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
    <message>
        <source>No agency chosen yet: pick one in the list.</source>
        <translation>No agency chosen yet: pick one in the list.</translation>
    </message>
    <message>
        <source>Will be sent to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Will be sent to: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Citizen: %1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Agency: %1</translation>
    </message>
    <message>
        <source>Note to the agency: %1</source>
        <translation>Note to the agency: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Answer due: %1</source>
        <translation>Answer due: %1</translation>
    </message>
    <message>
        <source>Answer due: no date agreed</source>
        <translation>Answer due: no date agreed</translation>
    </message>
    <message>
        <source>The citizen is told: nothing yet. Routing sends no message to the citizen; answer them once the agency has answered.</source>
        <translation>The citizen is told: nothing yet. Routing sends no message to the citizen; answer them once the agency has answered.</translation>
    </message>
    <message numerus="yes">
        <source>You can recall the routing within %n minute(s).</source>
        <translation>
            <numerusform>You can recall the routing within %n minute.</numerusform>
            <numerusform>You can recall the routing within %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Route...</source>
        <translation>&amp;Route...</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (preselected below: check it or choose another)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (preselected below: check it or choose another)</translation>
    </message>
    <message>
        <source>Route %1?</source>
        <translation>Route %1?</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Single keys work when the cursor is not in a text field. Tab and Shift+Tab move between the parts of the window.</source>
        <translation>Single keys work when the cursor is not in a text field. Tab and Shift+Tab move between the parts of the window.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::SimilarAnswersPanel</name>
    <message>
        <source>%1: «%2»
→ %3</source>
        <translation>%1: «%2»
→ %3</translation>
    </message>
    <message>
        <source>Similar earlier answers</source>
        <translation>Similar earlier answers</translation>
    </message>
    <message>
        <source>Insert into the reply</source>
        <translation>Insert into the reply</translation>
    </message>
    <message>
        <source>Insert the chosen answer at the cursor (or double-click it)</source>
        <translation>Insert the chosen answer at the cursor (or double-click it)</translation>
    </message>
    <message>
        <source>No earlier answered case resembles this one.</source>
        <translation>No earlier answered case resembles this one.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::SyncStatusWidget</name>
    <message>
        <source>Syncing with Zalo OA…</source>
        <translation>Syncing with Zalo OA…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message numerus="yes">
        <source>Synced at %1: %n new message(s)</source>
        <translation>
            <numerusform>Synced at %1: %n new message</numerusform>
            <numerusform>Synced at %1: %n new messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1: no new messages</source>
        <translation>Synced at %1: no new messages</translation>
    </message>
    <message>
        <source>(last successful sync %1)</source>
        <translation>(last successful sync %1)</translation>
    </message>
    <message numerus="yes">
        <source>· %n conversation(s) not read yet, retried automatically</source>
        <translation>
            <numerusform>· %n conversation(s) not read yet, retried automatically</numerusform>
            <numerusform>· %n conversation(s) not read yet, retried automatically</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations Zalo has not given the desk yet:</source>
        <translation>Conversations Zalo has not given the desk yet:</translation>
    </message>
    <message>
        <source>The team&apos;s Zalo OA service is working</source>
        <translation>The team&apos;s Zalo OA service is working</translation>
    </message>
    <message>
        <source>The team&apos;s Zalo OA service has not worked since %1</source>
        <translation>The team&apos;s Zalo OA service has not worked since %1</translation>
    </message>
    <message>
        <source>The team&apos;s Zalo OA service has not started yet</source>
        <translation>The team&apos;s Zalo OA service has not started yet</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TeamBanner</name>
    <message>
        <source>Lost the connection to the team database — retrying… (since %1; what is on screen and your draft are kept)</source>
        <translation>Lost the connection to the team database — retrying… (since %1; what is on screen and your draft are kept)</translation>
    </message>
    <message>
        <source>The Zalo service has not started yet: replies stay queued until it runs.</source>
        <translation>The Zalo service has not started yet: replies stay queued until it runs.</translation>
    </message>
    <message>
        <source>The Zalo service has not been working since %1: replies stay queued and go out once it is back.</source>
        <translation>The Zalo service has not been working since %1: replies stay queued and go out once it is back.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TemplatePickerDialog</name>
    <message>
        <source>Reply templates</source>
        <translation>Reply templates</translation>
    </message>
    <message>
        <source>Type to filter: title or words of the text</source>
        <translation>Type to filter: title or words of the text</translation>
    </message>
    <message>
        <source>Made for this kind of case</source>
        <translation>Made for this kind of case</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Use template</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>No template matches.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TemplatePromptDialog</name>
    <message>
        <source>Values for the template</source>
        <translation>Values for the template</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs values the case does not have. Fill them in; the reply is inserted only when every value is given.</source>
        <translation>The template &quot;%1&quot; needs values the case does not have. Fill them in; the reply is inserted only when every value is given.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Type to search the directory, or write the value</source>
        <translation>Type to search the directory, or write the value</translation>
    </message>
    <message>
        <source>Show every entry of the directory</source>
        <translation>Show every entry of the directory</translation>
    </message>
    <message>
        <source>Type the value</source>
        <translation>Type the value</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TimelineModel</name>
    <message>
        <source>Advisory team (OA)</source>
        <translation>Advisory team (OA)</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>Internal note · %1</translation>
    </message>
    <message>
        <source>Zalo sent this message in a form the desk cannot read. What arrived:</source>
        <translation>Zalo sent this message in a form the desk cannot read. What arrived:</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TransferListWidget</name>
    <message>
        <source>&lt;b&gt;%1. %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1. %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sent %1 by %2</source>
        <translation>Sent %1 by %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Waiting for the answer, due %1</source>
        <translation>Waiting for the answer, due %1</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Waiting for the answer</translation>
    </message>
    <message>
        <source>Overdue: the answer was due %1</source>
        <translation>Overdue: the answer was due %1</translation>
    </message>
    <message>
        <source>Answered %1, after the due date %2</source>
        <translation>Answered %1, after the due date %2</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Answered %1</translation>
    </message>
    <message>
        <source>Transfers to agencies</source>
        <translation>Transfers to agencies</translation>
    </message>
    <message>
        <source>Not sent to any agency.</source>
        <translation>Not sent to any agency.</translation>
    </message>
    <message>
        <source>Sent by mistake? It can be recalled until %1 (Case menu).</source>
        <translation>Sent by mistake? It can be recalled until %1 (Case menu).</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TransferSlip</name>
    <message>
        <source>The case has no such transfer to an agency.</source>
        <translation>The case has no such transfer to an agency.</translation>
    </message>
    <message>
        <source>Transfer slip</source>
        <translation>Transfer slip</translation>
    </message>
    <message>
        <source>The slip could not be laid out on the page.</source>
        <translation>The slip could not be laid out on the page.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::UnreadNotifier</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Unread count in the title and the taskbar</source>
        <translation>Unread count in the title and the taskbar</translation>
    </message>
    <message>
        <source>Tray notification when a citizen writes</source>
        <translation>Tray notification when a citizen writes</translation>
    </message>
    <message>
        <source>Sound when a citizen writes</source>
        <translation>Sound when a citizen writes</translation>
    </message>
    <message>
        <source>%1 wrote</source>
        <translation>%1 wrote</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) wrote</source>
        <translation>
            <numerusform>%n citizen wrote</numerusform>
            <numerusform>%n citizens wrote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advisory Desk: %n unread case(s)</source>
        <translation>
            <numerusform>Advisory Desk: %n unread case</numerusform>
            <numerusform>Advisory Desk: %n unread cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Advisory Desk</source>
        <translation>Advisory Desk</translation>
    </message>
</context>
<context>
    <name>Desk::Reports</name>
    <message>
        <source>Case code</source>
        <translation>Case code</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Commune / ward</source>
        <translation>Commune / ward</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>Routed</translation>
    </message>
    <message>
        <source>Agency answered</source>
        <translation>Agency answered</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Prolonged</source>
        <translation>Prolonged</translation>
    </message>
    <message>
        <source>First response (working hours)</source>
        <translation>First response (working hours)</translation>
    </message>
    <message>
        <source>First response (calendar hours)</source>
        <translation>First response (calendar hours)</translation>
    </message>
    <message>
        <source>Routing (working hours)</source>
        <translation>Routing (working hours)</translation>
    </message>
    <message>
        <source>Routing (calendar hours)</source>
        <translation>Routing (calendar hours)</translation>
    </message>
    <message>
        <source>Agency (working hours)</source>
        <translation>Agency (working hours)</translation>
    </message>
    <message>
        <source>Agency (calendar hours)</source>
        <translation>Agency (calendar hours)</translation>
    </message>
    <message>
        <source>Resolution (working hours)</source>
        <translation>Resolution (working hours)</translation>
    </message>
    <message>
        <source>Resolution (calendar hours)</source>
        <translation>Resolution (calendar hours)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Petition</translation>
    </message>
    <message>
        <source>Dossier look-up</source>
        <translation>Dossier look-up</translation>
    </message>
    <message>
        <source>Postal delivery</source>
        <translation>Postal delivery</translation>
    </message>
    <message>
        <source>Online submission help</source>
        <translation>Online submission help</translation>
    </message>
    <message>
        <source>Complaint or denunciation</source>
        <translation>Complaint or denunciation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>Time to route</source>
        <translation>Time to route</translation>
    </message>
    <message>
        <source>Agency turnaround</source>
        <translation>Agency turnaround</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Month %1/%2</translation>
    </message>
    <message>
        <source>Quarter %1/%2</source>
        <translation>Quarter %1/%2</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>First half of %1</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>Second half of %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Report on questions, reports and petitions received through Zalo OA</source>
        <translation>Report on questions, reports and petitions received through Zalo OA</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <source>(15 -&gt; 14 cut-off)</source>
        <translation>(15 -&gt; 14 cut-off)</translation>
    </message>
    <message>
        <source>Only the cases of</source>
        <translation>Only the cases of</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>By agency</translation>
    </message>
    <message>
        <source>Received by kind</source>
        <translation>Received by kind</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Answered on time</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Answered late</translation>
    </message>
    <message>
        <source>In progress (not yet due)</source>
        <translation>In progress (not yet due)</translation>
    </message>
    <message>
        <source>Overdue (still open)</source>
        <translation>Overdue (still open)</translation>
    </message>
    <message>
        <source>Out of scope (complaints, redirected)</source>
        <translation>Out of scope (complaints, redirected)</translation>
    </message>
    <message>
        <source>Share answered on time</source>
        <translation>Share answered on time</translation>
    </message>
    <message>
        <source>Indicator 8 score (TT 01/2018/TT-VPCP)</source>
        <translation>Indicator 8 score (TT 01/2018/TT-VPCP)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation>On-time share</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Handling time (hours)</source>
        <translation>Handling time (hours)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Mean, working hours</source>
        <translation>Mean, working hours</translation>
    </message>
    <message>
        <source>Median, working hours</source>
        <translation>Median, working hours</translation>
    </message>
    <message>
        <source>P90, working hours</source>
        <translation>P90, working hours</translation>
    </message>
    <message>
        <source>Mean, calendar hours</source>
        <translation>Mean, calendar hours</translation>
    </message>
    <message>
        <source>Median, calendar hours</source>
        <translation>Median, calendar hours</translation>
    </message>
    <message>
        <source>P90, calendar hours</source>
        <translation>P90, calendar hours</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>cannot create the workbook</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
</context>
<context>
    <name>Desk::Secrets::FileSecretStore</name>
    <message>
        <source>Cannot lock %1 to change it: another program keeps it locked.</source>
        <translation>Cannot lock %1 to change it: another program keeps it locked.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Cannot read the secrets file %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 may be read or changed by other users (mode %2); it is not used. Make it private with: chmod 600 %1</source>
        <translation>The secrets file %1 may be read or changed by other users (mode %2); it is not used. Make it private with: chmod 600 %1</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged or was not written by Advisory Desk; it is left as it is.</source>
        <translation>The secrets file %1 is damaged or was not written by Advisory Desk; it is left as it is.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Cannot write the secrets file %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: its folder does not exist or this user may not write in it.</source>
        <translation>Cannot create the lock file %1: its folder does not exist or this user may not write in it.</translation>
    </message>
</context>
<context>
    <name>Desk::Secrets::ServiceKey</name>
    <message>
        <source>The service key is empty.</source>
        <translation>The service key is empty.</translation>
    </message>
    <message>
        <source>The service key is of version %1, which this program does not know; update Advisory Desk on this computer.</source>
        <translation>The service key is of version %1, which this program does not know; update Advisory Desk on this computer.</translation>
    </message>
    <message>
        <source>This is not a service key: a service key starts with &quot;dsk1-&quot; (the line &quot;service-key: ...&quot; printed by team-init).</source>
        <translation>This is not a service key: a service key starts with &quot;dsk1-&quot; (the line &quot;service-key: ...&quot; printed by team-init).</translation>
    </message>
    <message>
        <source>The service key contains a character that cannot be part of it (&quot;%1&quot; at position %2); copy the key again exactly as printed.</source>
        <translation>The service key contains a character that cannot be part of it (&quot;%1&quot; at position %2); copy the key again exactly as printed.</translation>
    </message>
    <message>
        <source>The service key has %1 characters after &quot;dsk1-&quot; instead of %2; copy the whole key again.</source>
        <translation>The service key has %1 characters after &quot;dsk1-&quot; instead of %2; copy the whole key again.</translation>
    </message>
    <message>
        <source>The last character of the service key is wrong; copy the key again exactly as printed.</source>
        <translation>The last character of the service key is wrong; copy the key again exactly as printed.</translation>
    </message>
    <message>
        <source>No service key was given to open the stored secret.</source>
        <translation>No service key was given to open the stored secret.</translation>
    </message>
    <message>
        <source>The stored secret is in a format this version of Advisory Desk does not know (%1); update the program on this computer.</source>
        <translation>The stored secret is in a format this version of Advisory Desk does not know (%1); update the program on this computer.</translation>
    </message>
    <message>
        <source>The stored secret is damaged: it is not a sealed value.</source>
        <translation>The stored secret is damaged: it is not a sealed value.</translation>
    </message>
    <message>
        <source>The stored secret cannot be opened with this service key: the key is not the one it was sealed with, or the value was altered or copied from another record.</source>
        <translation>The stored secret cannot be opened with this service key: the key is not the one it was sealed with, or the value was altered or copied from another record.</translation>
    </message>
</context>
<context>
    <name>Desk::Store::CaseAutomation</name>
    <message>
        <source>Thank you for contacting the Procedure Settlement Center. Please rate how satisfied you are with the answer by replying with one number: %1</source>
        <translation>Thank you for contacting the Procedure Settlement Center. Please rate how satisfied you are with the answer by replying with one number: %1</translation>
    </message>
</context>
<context>
    <name>Desk::Store::CaseWork</name>
    <message>
        <source>The citizen was already asked to rate this case; the question is never sent twice.</source>
        <translation>The citizen was already asked to rate this case; the question is never sent twice.</translation>
    </message>
    <message>
        <source>The rating question is withheld for this case.</source>
        <translation>The rating question is withheld for this case.</translation>
    </message>
    <message>
        <source>The case waits for the citizen&apos;s papers: no rating question.</source>
        <translation>The case waits for the citizen&apos;s papers: no rating question.</translation>
    </message>
    <message>
        <source>No rating question yet: the desk has sent no answer (an acknowledgement or a request for papers does not count).</source>
        <translation>No rating question yet: the desk has sent no answer (an acknowledgement or a request for papers does not count).</translation>
    </message>
    <message>
        <source>The citizen last wrote more than 7 days ago; Zalo would refuse the rating question.</source>
        <translation>The citizen last wrote more than 7 days ago; Zalo would refuse the rating question.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>There is no such case.</translation>
    </message>
    <message>
        <source>The case waits for an agency&apos;s answer: record the answer (or recall the routing) before marking it resolved.</source>
        <translation>The case waits for an agency&apos;s answer: record the answer (or recall the routing) before marking it resolved.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>The case is already closed.</translation>
    </message>
    <message>
        <source>The case could not be marked resolved.</source>
        <translation>The case could not be marked resolved.</translation>
    </message>
    <message>
        <source>This routing no longer exists (recalled already?).</source>
        <translation>This routing no longer exists (recalled already?).</translation>
    </message>
    <message>
        <source>The agency has already answered: the routing can no longer be recalled.</source>
        <translation>The agency has already answered: the routing can no longer be recalled.</translation>
    </message>
    <message numerus="yes">
        <source>A routing can only be recalled within %n minute(s) of sending it; this one was sent earlier. Ask the agency to return the case instead.</source>
        <translation>
            <numerusform>A routing can only be recalled within %n minute of sending it; this one was sent earlier. Ask the agency to return the case instead.</numerusform>
            <numerusform>A routing can only be recalled within %n minutes of sending it; this one was sent earlier. Ask the agency to return the case instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>The routing could not be recalled.</source>
        <translation>The routing could not be recalled.</translation>
    </message>
</context>
<context>
    <name>Desk::Store::Directory</name>
    <message>
        <source>Nothing was imported: the database refused the write (%1).</source>
        <translation>Nothing was imported: the database refused the write (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), column %2</source>
        <translation>
            <numerusform>%1: %n row, column %2</numerusform>
            <numerusform>%1: %n rows, column %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is still used by: %2. Change those rows first.</source>
        <translation>“%1” is still used by: %2. Change those rows first.</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::ApiError</name>
    <message>
        <source>Zalo is limiting how many requests the OA may make per minute. The reply stays in the queue and will be sent automatically.</source>
        <translation>Zalo is limiting how many requests the OA may make per minute. The reply stays in the queue and will be sent automatically.</translation>
    </message>
    <message>
        <source>The connection to Zalo must be authorised again by the administrator. The reply stays in the queue until then.</source>
        <translation>The connection to Zalo must be authorised again by the administrator. The reply stays in the queue until then.</translation>
    </message>
    <message>
        <source>Zalo cannot be reached. The reply stays in the queue and will be sent when the connection is back.</source>
        <translation>Zalo cannot be reached. The reply stays in the queue and will be sent when the connection is back.</translation>
    </message>
    <message>
        <source>The connection broke while sending, so it is not known whether Zalo delivered the reply. The desk checks the conversation before sending again.</source>
        <translation>The connection broke while sending, so it is not known whether Zalo delivered the reply. The desk checks the conversation before sending again.</translation>
    </message>
    <message>
        <source>The citizen does not follow the OA, so Zalo refused the message. Ask the citizen to follow the OA, or contact them by phone.</source>
        <translation>The citizen does not follow the OA, so Zalo refused the message. Ask the citizen to follow the OA, or contact them by phone.</translation>
    </message>
    <message>
        <source>The citizen&apos;s Zalo account is locked or has been inactive for more than 45 days. Contact the citizen by phone or through another channel.</source>
        <translation>The citizen&apos;s Zalo account is locked or has been inactive for more than 45 days. Contact the citizen by phone or through another channel.</translation>
    </message>
    <message>
        <source>The citizen has blocked this kind of message from the OA. Contact the citizen by phone or through another channel.</source>
        <translation>The citizen has blocked this kind of message from the OA. Contact the citizen by phone or through another channel.</translation>
    </message>
    <message>
        <source>The citizen has blocked the OA. Contact the citizen by phone or through another channel.</source>
        <translation>The citizen has blocked the OA. Contact the citizen by phone or through another channel.</translation>
    </message>
    <message>
        <source>The message is too long or the attachment too large for Zalo (text at most 2,000 characters, images at most 1 MB, files at most 5 MB). Split the reply or make the file smaller.</source>
        <translation>The message is too long or the attachment too large for Zalo (text at most 2,000 characters, images at most 1 MB, files at most 5 MB). Split the reply or make the file smaller.</translation>
    </message>
    <message>
        <source>Zalo rejected part of the message as invalid (for example, the quoted message no longer exists or the attachment is wrong). Send it again without the quote, or attach the file again.</source>
        <translation>Zalo rejected part of the message as invalid (for example, the quoted message no longer exists or the attachment is wrong). Send it again without the quote, or attach the file again.</translation>
    </message>
    <message>
        <source>The attached image or file has expired on Zalo (uploads are kept about 7 days). Attach the file again and resend.</source>
        <translation>The attached image or file has expired on Zalo (uploads are kept about 7 days). Attach the file again and resend.</translation>
    </message>
    <message>
        <source>The citizen has received as many messages as Zalo allows for now. Try again later or contact the citizen by phone.</source>
        <translation>The citizen has received as many messages as Zalo allows for now. Try again later or contact the citizen by phone.</translation>
    </message>
    <message>
        <source>Zalo refused the message (error %1). Check the content and the recipient, then try again or ask the administrator.</source>
        <translation>Zalo refused the message (error %1). Check the content and the recipient, then try again or ask the administrator.</translation>
    </message>
    <message>
        <source>The citizen has not interacted with the OA for more than 7 days, so Zalo no longer accepts a consultation message to them. The desk has no phone number for this citizen: send the answer as a ZBS template message to their Zalo account, or wait until they write again and then send the reply again.</source>
        <translation>The citizen has not interacted with the OA for more than 7 days, so Zalo no longer accepts a consultation message to them. The desk has no phone number for this citizen: send the answer as a ZBS template message to their Zalo account, or wait until they write again and then send the reply again.</translation>
    </message>
    <message>
        <source>The citizen has never interacted with the OA, or their last interaction has expired, so Zalo does not accept a consultation message to them. The desk has no phone number for this citizen: send the answer as a ZBS template message to their Zalo account, or wait until they write again and then send the reply again.</source>
        <translation>The citizen has never interacted with the OA, or their last interaction has expired, so Zalo does not accept a consultation message to them. The desk has no phone number for this citizen: send the answer as a ZBS template message to their Zalo account, or wait until they write again and then send the reply again.</translation>
    </message>
    <message>
        <source>The citizen has not interacted with the OA for more than 7 days, so Zalo no longer accepts a consultation message to them. Call the citizen on %1, or send the answer as a ZBS template message to that number; if they write to the OA again, send the reply again.</source>
        <translation>The citizen has not interacted with the OA for more than 7 days, so Zalo no longer accepts a consultation message to them. Call the citizen on %1, or send the answer as a ZBS template message to that number; if they write to the OA again, send the reply again.</translation>
    </message>
    <message>
        <source>The citizen has never interacted with the OA, or their last interaction has expired, so Zalo does not accept a consultation message to them. Call the citizen on %1, or send the answer as a ZBS template message to that number; if they write to the OA again, send the reply again.</source>
        <translation>The citizen has never interacted with the OA, or their last interaction has expired, so Zalo does not accept a consultation message to them. Call the citizen on %1, or send the answer as a ZBS template message to that number; if they write to the OA again, send the reply again.</translation>
    </message>
    <message>
        <source>The citizen does not follow the OA, so Zalo refused the message. Call the citizen on %1: give the answer by phone, or ask them to follow the OA and then send the reply again.</source>
        <translation>The citizen does not follow the OA, so Zalo refused the message. Call the citizen on %1: give the answer by phone, or ask them to follow the OA and then send the reply again.</translation>
    </message>
    <message>
        <source>The citizen&apos;s Zalo account is locked or has been inactive for more than 45 days. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</source>
        <translation>The citizen&apos;s Zalo account is locked or has been inactive for more than 45 days. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</translation>
    </message>
    <message>
        <source>The citizen has blocked this kind of message from the OA. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</source>
        <translation>The citizen has blocked this kind of message from the OA. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</translation>
    </message>
    <message>
        <source>The citizen has blocked the OA. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</source>
        <translation>The citizen has blocked the OA. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</translation>
    </message>
    <message>
        <source>More than 48 hours have passed since the citizen&apos;s last message, so this reply is a paid message, and the OA has no Zalo Cloud Account (ZCA) to pay for it. The administrator must link a Zalo Cloud Account to the OA&apos;s app on Zalo&apos;s developer site and top it up; then send the reply again. Replies within 48 hours of the citizen&apos;s message are free.</source>
        <translation>More than 48 hours have passed since the citizen&apos;s last message, so this reply is a paid message, and the OA has no Zalo Cloud Account (ZCA) to pay for it. The administrator must link a Zalo Cloud Account to the OA&apos;s app on Zalo&apos;s developer site and top it up; then send the reply again. Replies within 48 hours of the citizen&apos;s message are free.</translation>
    </message>
    <message>
        <source>More than 48 hours have passed since the citizen&apos;s last message, so this reply is a paid message, and the OA&apos;s Zalo Cloud Account (ZCA) has run out of money or cannot be charged. The administrator must top up the Zalo Cloud Account or fix its payment method; then send the reply again.</source>
        <translation>More than 48 hours have passed since the citizen&apos;s last message, so this reply is a paid message, and the OA&apos;s Zalo Cloud Account (ZCA) has run out of money or cannot be charged. The administrator must top up the Zalo Cloud Account or fix its payment method; then send the reply again.</translation>
    </message>
    <message>
        <source>Zalo refused the refresh token (error -14014: invalid or already used). Each refresh token works once; another program or computer may have used it. An administrator must connect the OA again: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</source>
        <translation>Zalo refused the refresh token (error -14014: invalid or already used). Each refresh token works once; another program or computer may have used it. An administrator must connect the OA again: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</translation>
    </message>
    <message>
        <source>The refresh token has expired (error -14020): Zalo keeps it for about three months without use. An administrator must connect the OA again: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</source>
        <translation>The refresh token has expired (error -14020): Zalo keeps it for about three months without use. An administrator must connect the OA again: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</translation>
    </message>
    <message>
        <source>Zalo does not accept the app id or the secret key (error -14002). An administrator must check them on Zalo&apos;s developer site and enter them again.</source>
        <translation>Zalo does not accept the app id or the secret key (error -14002). An administrator must check them on Zalo&apos;s developer site and enter them again.</translation>
    </message>
    <message>
        <source>The connection to Zalo must be authorised again by the administrator: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</source>
        <translation>The connection to Zalo must be authorised again by the administrator: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</translation>
    </message>
    <message>
        <source>Zalo refused the OA&apos;s authorisation (error %1). An administrator must connect the OA again: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</source>
        <translation>Zalo refused the OA&apos;s authorisation (error %1). An administrator must connect the OA again: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</translation>
    </message>
    <message>
        <source> The reply stays in the queue until then.</source>
        <translation> The reply stays in the queue until then.</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::Attachment</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; has no extension (.jpg, .png, .pdf ...), so Zalo would not accept it. Rename the file with the right extension.</source>
        <translation>The file name &quot;%1&quot; has no extension (.jpg, .png, .pdf ...), so Zalo would not accept it. Rename the file with the right extension.</translation>
    </message>
    <message>
        <source>Only JPG, PNG or GIF images can be sent through Zalo.</source>
        <translation>Only JPG, PNG or GIF images can be sent through Zalo.</translation>
    </message>
    <message>
        <source>Only PDF, DOC or DOCX files can be sent through Zalo.</source>
        <translation>Only PDF, DOC or DOCX files can be sent through Zalo.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation>The file &quot;%1&quot; is empty.</translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; is not a real %2 file (the name and the content do not match). Save or export the file again in the right format.</source>
        <translation>The content of &quot;%1&quot; is not a real %2 file (the name and the content do not match). Save or export the file again in the right format.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than the %2 Zalo accepts for this kind of file. Make it smaller (compress it or scan at a lower resolution).</source>
        <translation>&quot;%1&quot; is larger than the %2 Zalo accepts for this kind of file. Make it smaller (compress it or scan at a lower resolution).</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::Authorization</name>
    <message>
        <source>not an http(s) URL: %1</source>
        <translation>not an http(s) URL: %1</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://): the app secret and the tokens would cross the network readable by anyone on the way. Use the https:// address; plain http is only accepted for this computer (127.0.0.1, localhost).</source>
        <translation>%1 is not encrypted (http://): the app secret and the tokens would cross the network readable by anyone on the way. Use the https:// address; plain http is only accepted for this computer (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <source>Zalo&apos;s authorisation server cannot be reached or answered something unreadable (%1). Check the network and the OAuth address, then try again: the code stays valid for 10 minutes.</source>
        <translation>Zalo&apos;s authorisation server cannot be reached or answered something unreadable (%1). Check the network and the OAuth address, then try again: the code stays valid for 10 minutes.</translation>
    </message>
    <message>
        <source>The callback URL does not match the one registered for the app on developers.zalo.me (Official Account settings). Use exactly the same address.</source>
        <translation>The callback URL does not match the one registered for the app on developers.zalo.me (Official Account settings). Use exactly the same address.</translation>
    </message>
    <message>
        <source>Zalo refused the authorisation code (%1). A code can be used once, within 10 minutes, and only together with the permission page it came from. Open the permission page again and paste the new code.</source>
        <translation>Zalo refused the authorisation code (%1). A code can be used once, within 10 minutes, and only together with the permission page it came from. Open the permission page again and paste the new code.</translation>
    </message>
    <message>
        <source>Zalo refused the authorisation (error %1: %2).</source>
        <translation>Zalo refused the authorisation (error %1: %2).</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::OaConnection</name>
    <message>
        <source>The App ID is the number shown on the app&apos;s page on developers.zalo.me.</source>
        <translation>The App ID is the number shown on the app&apos;s page on developers.zalo.me.</translation>
    </message>
    <message>
        <source>The callback URL must be a whole http(s) address, exactly as registered for the app on developers.zalo.me.</source>
        <translation>The callback URL must be a whole http(s) address, exactly as registered for the app on developers.zalo.me.</translation>
    </message>
    <message>
        <source>Open Zalo&apos;s permission page first (step 1).</source>
        <translation>Open Zalo&apos;s permission page first (step 1).</translation>
    </message>
    <message>
        <source>Enter the app&apos;s secret key (developers.zalo.me, the app&apos;s settings).</source>
        <translation>Enter the app&apos;s secret key (developers.zalo.me, the app&apos;s settings).</translation>
    </message>
    <message>
        <source>Paste the address Zalo opened after you allowed the app, or the code in it.</source>
        <translation>Paste the address Zalo opened after you allowed the app, or the code in it.</translation>
    </message>
    <message>
        <source>This address belongs to another authorisation attempt (its state does not match), so it was not used. Open the permission page again from this window and paste the address it leads to.</source>
        <translation>This address belongs to another authorisation attempt (its state does not match), so it was not used. Open the permission page again from this window and paste the address it leads to.</translation>
    </message>
    <message>
        <source>Zalo issued the tokens but the system keychain refused them (%1). Open the permission page and try again.</source>
        <translation>Zalo issued the tokens but the system keychain refused them (%1). Open the permission page and try again.</translation>
    </message>
    <message>
        <source>Connected: the OA&apos;s tokens are in the system keychain. The desk renews them by itself.</source>
        <translation>Connected: the OA&apos;s tokens are in the system keychain. The desk renews them by itself.</translation>
    </message>
    <message>
        <source>A Zalo user id is a long number (the id the desk shows for a citizen); choose yourself from the list or type your id.</source>
        <translation>A Zalo user id is a long number (the id the desk shows for a citizen); choose yourself from the list or type your id.</translation>
    </message>
    <message>
        <source>Zalo accepted the test message (message id %1). Open Zalo on your phone to see it.</source>
        <translation>Zalo accepted the test message (message id %1). Open Zalo on your phone to see it.</translation>
    </message>
    <message>
        <source>Zalo refused the test message (error %1). %2</source>
        <translation>Zalo refused the test message (error %1). %2</translation>
    </message>
    <message>
        <source>The connection broke while sending: look in your Zalo whether the test message arrived before sending another one.</source>
        <translation>The connection broke while sending: look in your Zalo whether the test message arrived before sending another one.</translation>
    </message>
    <message>
        <source>The OA is not connected (or Zalo no longer accepts its tokens): do steps 1 and 2 first.</source>
        <translation>The OA is not connected (or Zalo no longer accepts its tokens): do steps 1 and 2 first.</translation>
    </message>
    <message>
        <source>The test message was not sent: Zalo cannot be reached or is busy (%1). Try again in a moment.</source>
        <translation>The test message was not sent: Zalo cannot be reached or is busy (%1). Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::OutboxSender</name>
    <message>
        <source>Zalo did not confirm a reply. The desk will check the conversation before sending it again, so the citizen does not receive it twice.</source>
        <translation>Zalo did not confirm a reply. The desk will check the conversation before sending it again, so the citizen does not receive it twice.</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::SyncReport</name>
    <message>
        <source>Up to date with Zalo.</source>
        <translation>Up to date with Zalo.</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) from Zalo.</source>
        <translation>
            <numerusform>%n new message from Zalo.</numerusform>
            <numerusform>%n new messages from Zalo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach Zalo. Working offline; will retry in %1 s.</source>
        <translation>Cannot reach Zalo. Working offline; will retry in %1 s.</translation>
    </message>
    <message>
        <source>Cannot reach Zalo. Working offline; sync again when the network is back.</source>
        <translation>Cannot reach Zalo. Working offline; sync again when the network is back.</translation>
    </message>
    <message>
        <source>Zalo is not answering properly. Will retry in %1 s.</source>
        <translation>Zalo is not answering properly. Will retry in %1 s.</translation>
    </message>
    <message>
        <source>Zalo is not answering properly. Try again in a few minutes.</source>
        <translation>Zalo is not answering properly. Try again in a few minutes.</translation>
    </message>
    <message>
        <source>Zalo access has expired or was revoked. An administrator must re-authorise the Official Account.</source>
        <translation>Zalo access has expired or was revoked. An administrator must re-authorise the Official Account.</translation>
    </message>
    <message>
        <source>Zalo is not set up on this computer, or its credentials cannot be read from the system keychain. An administrator must enter them.</source>
        <translation>Zalo is not set up on this computer, or its credentials cannot be read from the system keychain. An administrator must enter them.</translation>
    </message>
    <message>
        <source>Zalo asked us to slow down. Will retry in %1 s.</source>
        <translation>Zalo asked us to slow down. Will retry in %1 s.</translation>
    </message>
    <message>
        <source>Zalo asked us to slow down. Try again in a minute.</source>
        <translation>Zalo asked us to slow down. Try again in a minute.</translation>
    </message>
    <message>
        <source>Zalo refused the request (error %1). Will retry in %2 s.</source>
        <translation>Zalo refused the request (error %1). Will retry in %2 s.</translation>
    </message>
    <message>
        <source>Zalo refused the request (error %1).</source>
        <translation>Zalo refused the request (error %1).</translation>
    </message>
    <message>
        <source>Cannot save messages on this computer (disk full or no permission). Nothing is lost on Zalo; free some space and sync again.</source>
        <translation>Cannot save messages on this computer (disk full or no permission). Nothing is lost on Zalo; free some space and sync again.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) could not be read from Zalo yet; the desk tries again by itself. The others are up to date.</source>
        <translation>
            <numerusform>%n conversation(s) could not be read from Zalo yet; the desk tries again by itself. The others are up to date.</numerusform>
            <numerusform>%n conversation(s) could not be read from Zalo yet; the desk tries again by itself. The others are up to date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::TeamAccess</name>
    <message>
        <source>the password of %1 for the team database is not on this computer (%2); run join again</source>
        <translation>the password of %1 for the team database is not on this computer (%2); run join again</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>this profile belongs to %1, a member of the team: only the team&apos;s OA service talks to Zalo</source>
        <translation>this profile belongs to %1, a member of the team: only the team&apos;s OA service talks to Zalo</translation>
    </message>
    <message>
        <source>the service key is not on this computer (%1); run join again with the service key</source>
        <translation>the service key is not on this computer (%1); run join again with the service key</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Agencies, communes, procedures, reply templates and routing rules used when answering citizens. Rows marked “Not verified” come from the default data and have not been checked against an official source yet.</source>
        <translation>Agencies, communes, procedures, reply templates and routing rules used when answering citizens. Rows marked “Not verified” come from the default data and have not been checked against an official source yet.</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Import CSV...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xport CSV...</translation>
    </message>
    <message>
        <source>Filter the rows of every tab (code, name, any text; accents optional)</source>
        <translation>Filter the rows of every tab (code, name, any text; accents optional)</translation>
    </message>
</context>
<context>
    <name>InboxWidget</name>
    <message>
        <source>Search messages, citizens, case codes (Ctrl+F)</source>
        <translation>Search messages, citizens, case codes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show cases in this status</source>
        <translation>Show cases in this status</translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation>Unread only</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Cases with a legal deadline passed (receipt notice, forwarding, agency answer or the answer), not paused</source>
        <translation>Cases with a legal deadline passed (receipt notice, forwarding, agency answer or the answer), not paused</translation>
    </message>
    <message>
        <source>Cases with a legal deadline (any step) ending by the next working day</source>
        <translation>Cases with a legal deadline (any step) ending by the next working day</translation>
    </message>
    <message>
        <source>New messages arrived; the list keeps its order until you ask (F5 or a click here), so the row under the pointer never moves</source>
        <translation>New messages arrived; the list keeps its order until you ask (F5 or a click here), so the row under the pointer never moves</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Advisory Desk</source>
        <translation>Advisory Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Fetch new messages from the Zalo OA now (F5)</source>
        <translation>Fetch new messages from the Zalo OA now (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;About Advisory Desk</source>
        <translation>&amp;About Advisory Desk</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Directory...</source>
        <translation>&amp;Directory...</translation>
    </message>
    <message>
        <source>Agencies, communes, procedures, reply templates and routing rules</source>
        <translation>Agencies, communes, procedures, reply templates and routing rules</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Reply template…</source>
        <translation>Reply template…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <source>Send acknowledgement of receipt</source>
        <translation>Send acknowledgement of receipt</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation>Waiting in the outbox</translation>
    </message>
    <message>
        <source>Withdraw the selected reply</source>
        <translation>Withdraw the selected reply</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Route to an agency</source>
        <translation>Route to an agency</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Commune:</translation>
    </message>
    <message>
        <source>Suggested agency</source>
        <translation>Suggested agency</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <source>Search departments, agencies and communes (accents optional)</source>
        <translation>Search departments, agencies and communes (accents optional)</translation>
    </message>
    <message>
        <source>&amp;Note to the agency:</source>
        <translation>&amp;Note to the agency:</translation>
    </message>
    <message>
        <source>Answer &amp;due by:</source>
        <translation>Answer &amp;due by:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Advisory Desk: answer citizens&apos; Zalo OA messages.</source>
        <translation>Advisory Desk: answer citizens&apos; Zalo OA messages.</translation>
    </message>
    <message>
        <source>profile folder (default: local app data)</source>
        <translation>profile folder (default: local app data)</translation>
    </message>
    <message>
        <source>run against the bundled Zalo OA simulator with a throw-away profile</source>
        <translation>run against the bundled Zalo OA simulator with a throw-away profile</translation>
    </message>
    <message>
        <source>save a PNG of the main window after the first sync, then exit</source>
        <translation>save a PNG of the main window after the first sync, then exit</translation>
    </message>
    <message>
        <source>user interface language: vi or en</source>
        <translation>user interface language: vi or en</translation>
    </message>
    <message>
        <source>number of simulated citizens in demo mode</source>
        <translation>number of simulated citizens in demo mode</translation>
    </message>
    <message>
        <source>Advisory Desk</source>
        <translation>Advisory Desk</translation>
    </message>
    <message>
        <source>Cannot start the demo: %1</source>
        <translation>Cannot start the demo: %1</translation>
    </message>
    <message>
        <source>Cannot open the profile folder: %1</source>
        <translation>Cannot open the profile folder: %1</translation>
    </message>
    <message>
        <source>Cannot open the local database %1.
%2
Check that the disk is not full and the folder is writable.</source>
        <translation>Cannot open the local database %1.
%2
Check that the disk is not full and the folder is writable.</translation>
    </message>
    <message>
        <source>open the window at this size (e.g. 1366x768, for screenshots) instead of fitting the screen</source>
        <translation>open the window at this size (e.g. 1366x768, for screenshots) instead of fitting the screen</translation>
    </message>
</context>
</TS>
