<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendar and deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tết days before the 1st of Tết</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The five Tết days: how many fall before the lunar New Year's day (the Prime Minister's notice says)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day next to National Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes from this year's official notice: extra days off, compensatory days off, make-up working Saturdays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import JSON...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadlines per case kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days for each step, counted from the day after receipt (from forwarding for the agency answer). "All kinds" applies where a kind has no row of its own; 0 switches the step off for that kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove r&amp;ule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished" />
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
        <source>usage: advisory-desk-cli &lt;command&gt; [--profile DIR] [options]</source>
        <translation>usage: advisory-desk-cli &lt;command&gt; [--profile DIR] [options]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>unknown command: %1</translation>
    </message>
    <message>
        <source>Run 'advisory-desk-cli &lt;command&gt; --help' for its options; add --verbose to see progress.</source>
        <translation>Run 'advisory-desk-cli &lt;command&gt; --help' for its options; add --verbose to see progress.</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>classify a message: kind, area, commune, dossier codes, phones (--json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answer a case through the outbox (--text TEXT, --file PATH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the outbox (--json; --send sends what is due)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>send a case to an agency (--agency CODE)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Cli::Classify</name>
    <message>
        <source>question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>petition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dossier look-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delivery by post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>satisfaction rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>help with online submission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>complaint or denunciation (redirect, not PAKN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commune/ward:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier codes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the message, as the citizen wrote it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>classify needs the text of a message</source>
        <translation type="unfinished" />
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
        <source>not configured: run 'advisory-desk-cli setup'</source>
        <translation>not configured: run 'advisory-desk-cli setup'</translation>
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
        <source>Zalo refused the refresh token: an administrator must re-authorise the app and run setup again</source>
        <translation>Zalo refused the refresh token: an administrator must re-authorise the app and run setup again</translation>
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
        <source>profile folder (default: the user's local app data)</source>
        <translation>profile folder (default: the user's local app data)</translation>
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
        <source>Zalo app secret key</source>
        <translation>Zalo app secret key</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>OA access token</source>
        <translation>OA access token</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>OA refresh token</source>
        <translation>OA refresh token</translation>
    </message>
    <message>
        <source>not an http(s) URL: %1</source>
        <translation>not an http(s) URL: %1</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending (not yet confirmed by Zalo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the case code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reply text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attach an image (jpg, png, gif) or a document (pdf, doc, docx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>quote this message of the citizen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MESSAGE_ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an acknowledgement, not the final answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only queue it; the next sync sends it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>staff login recorded in the history (default: the system user)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: reply CASE_CODE --text TEXT [--file PATH]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no case %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: the citizen last wrote more than 7 days ago; Zalo will refuse the reply (call them instead)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot queue the reply: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only rows in this state (queued, sending, sent, refused, cancelled)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>send what is due first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown state %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>code of the agency in the directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note for the agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the agency answers within N working days (default: the clock policy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: route CASE_CODE --agency CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no agency %1 in the directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--working-days needs a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot route the case: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 routed to %2 (transfer %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, answer due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the period: 2026-07, 2026-Q3, 2026-H1 or 2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PERIOD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use the 15 -&gt; 14 cut-off (a quarter from the 15th of the month before it to the 14th of its last month)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write an Excel workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the case list as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>measure open cases against this moment instead of now (ISO 8601)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the unit named on the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(15 -&gt; 14 cut-off)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received: %1 (out of scope, redirected: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered on time: %1, answered late: %2, in progress: %3, overdue: %4, prolonged: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share answered on time: %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator 8 (TT 01/2018/TT-VPCP): %1 point(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2): working hours mean %3, median %4, p90 %5; calendar hours mean %6, median %7, p90 %8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on time %1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ratings:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--period needs a period like 2026-07, 2026-Q3, 2026-H1 or 2026</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--now needs a date and time in ISO 8601, e.g. 2026-10-01T08:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no database in the profile: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advisory and Support Team, Public Administrative Service Center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the report failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Core::DirectoryImport</name>
    <message>
        <source>agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>commune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reply template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>routing rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>classification rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not yes/no (1/0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown %1 code “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: a quoted value is not closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line 1: the header lacks the column(s) %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the row has %1 values, the header has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate code “%1” (already on line %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Core::RoutingSuggester</name>
    <message>
        <source>(the commune: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing rule %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing rule %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency responsible for the procedure %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commune-level agency for the area %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provincial agency for the area %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rule, procedure or area names an agency: route by hand</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Core::TemplateRenderer</name>
    <message>
        <source>Citizen's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply due date (dd/MM/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Link to the public service portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency's phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date received (dd/MM/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in first: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template uses unknown variables: %1</source>
        <translation type="unfinished" />
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
    <name>Desk::Gui::CalendarDialog</name>
    <message>
        <source>compensatory day off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds (default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report (phản ánh)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Petition (kiến nghị)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier look-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal delivery of dossiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online submission help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint or denunciation (redirect)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 September (before 2/9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3 September (after 2/9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra day off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compensatory day off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make-up working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>make-up working day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days off in %1 besides weekends: %2; make-up working days: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar and deadlines were not saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::CaseClockWidget</name>
    <message>
        <source>Legal deadlines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ends at 24:00 of this working day (Civil Code Art. 148)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clock is paused while waiting for the citizen; the deadlines move by the working days it stays paused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer passed its legal deadline; the case counts as prolonged in the period's report.</source>
        <translation type="unfinished" />
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
        <source>Zalo: free 48 h over, replies are charged · possible for %1 more</source>
        <translation>Zalo: free 48 h over, replies are charged · possible for %1 more</translation>
    </message>
    <message>
        <source>Zalo: over 7 days since the citizen's last message; a reply is refused. Call the citizen or wait for a new message.</source>
        <translation>Zalo: over 7 days since the citizen's last message; a reply is refused. Call the citizen or wait for a new message.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s) · received %2</source>
        <translation>
            <numerusform>%1 · %n message · received %2</numerusform>
            <numerusform>%1 · %n messages · received %2</numerusform>
        </translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarding to the competent agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prolonged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done on time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused - waiting for citizen</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due next working day</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>(due %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prolonged: the answer passed its legal deadline; the case counts as prolonged in the period's report (TT 01/2018, indicator 8).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::DashboardWidget</name>
    <message>
        <source>Report period: a month (2026-07), quarter (2026-Q3), half year (2026-H1) or year (2026), by the day cases were received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered on time (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0-7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>8-14 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>15-30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open cases by age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prolonged cases by agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 cases received · answered on time %3 % · prolonged %4 · indicator 8 (TT 01/2018): %5 points · complaints redirected %6</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryDialog</name>
    <message>
        <source>Agencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classification rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the %1 “%2”? Cases that already refer to it keep the code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import %1 from CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryImportReportDialog</name>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file was not imported. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 rows were not imported; correct them in the file and import it again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished">Address</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Former units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provincial agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commune agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Portal link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryRecordDialog</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation type="unfinished" />
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
    <name>Desk::Gui::InboxModel</name>
    <message>
        <source>Zalo allows free replies for 48 hours after the citizen's last message and no reply at all after 7 days.</source>
        <translation>Zalo allows free replies for 48 hours after the citizen's last message and no reply at all after 7 days.</translation>
    </message>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::InboxWidget</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
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
Answers citizens' questions sent to the province's Zalo Official Account.
Licence: GPL-3.0-or-later.</source>
        <translation>Advisory Desk %1
Answers citizens' questions sent to the province's Zalo Official Account.
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Calendar and deadlines...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days off and make-up working days of each year; working days per case kind and step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor &amp;dashboard</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>Desk::Gui::TimelineModel</name>
    <message>
        <source>[Image]</source>
        <translation>[Image]</translation>
    </message>
    <message>
        <source>[File] %1</source>
        <translation>[File] %1</translation>
    </message>
    <message>
        <source>[Sticker]</source>
        <translation>[Sticker]</translation>
    </message>
    <message>
        <source>[%1 message]</source>
        <translation>[%1 message]</translation>
    </message>
    <message>
        <source>Advisory team (OA)</source>
        <translation>Advisory team (OA)</translation>
    </message>
</context>
<context>
    <name>Desk::Reports</name>
    <message>
        <source>Case code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished">Citizen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Phone</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commune / ward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">Received</translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routed</source>
        <translation type="unfinished">Routed</translation>
    </message>
    <message>
        <source>Agency answered</source>
        <translation type="unfinished">Agency answered</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished">Replied</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished">Closed</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prolonged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First response (working hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First response (calendar hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing (working hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing (calendar hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency (working hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency (calendar hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution (working hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolution (calendar hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Petition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dossier look-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online submission help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complaint or denunciation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Store::CaseAutomation</name>
    <message>
        <source>Thank you for contacting the Procedure Settlement Center. Please rate how satisfied you are with the answer by replying with one number: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Store::Directory</name>
    <message>
        <source>Nothing was imported: the database refused the write (%1).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), column %2</source>
        <translation>
            <numerusform>%1: %n row, column %2</numerusform><numerusform>%1: %n rows, column %2</numerusform></translation>
    </message>
    <message>
        <source>“%1” is still used by: %2. Change those rows first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Zalo::ApiError</name>
    <message>
        <source>Zalo is limiting how many requests the OA may make per minute. The reply stays in the queue and will be sent automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to Zalo must be authorised again by the administrator. The reply stays in the queue until then.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zalo cannot be reached. The reply stays in the queue and will be sent when the connection is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection broke while sending, so it is not known whether Zalo delivered the reply. The desk checks the conversation before sending again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen has not interacted with the OA for more than 7 days, so a consultation message cannot be sent. Call the citizen's phone number (if known), use a ZBS template message, or wait for the citizen to write again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen has never interacted with the OA, or the last interaction has expired, so a consultation message cannot be sent. Call the citizen's phone number (if known), use a ZBS template message, or wait for the citizen to write again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen does not follow the OA, so Zalo refused the message. Ask the citizen to follow the OA, or contact them by phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen's Zalo account is locked or has been inactive for more than 45 days. Contact the citizen by phone or through another channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen has blocked this kind of message from the OA. Contact the citizen by phone or through another channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen has blocked the OA. Contact the citizen by phone or through another channel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message is too long or the attachment too large for Zalo (text at most 2,000 characters, images at most 1 MB, files at most 5 MB). Split the reply or make the file smaller.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zalo rejected part of the message as invalid (for example, the quoted message no longer exists or the attachment is wrong). Send it again without the quote, or attach the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attached image or file has expired on Zalo (uploads are kept about 7 days). Attach the file again and resend.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen has received as many messages as Zalo allows for now. Try again later or contact the citizen by phone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zalo refused the message (error %1). Check the content and the recipient, then try again or ask the administrator.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Zalo::Attachment</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file name "%1" has no extension (.jpg, .png, .pdf ...), so Zalo would not accept it. Rename the file with the right extension.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only JPG, PNG or GIF images can be sent through Zalo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only PDF, DOC or DOCX files can be sent through Zalo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file "%1" is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content of "%1" is not a real %2 file (the name and the content do not match). Save or export the file again in the right format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is larger than the %2 Zalo accepts for this kind of file. Make it smaller (compress it or scan at a lower resolution).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Zalo::OutboxSender</name>
    <message>
        <source>Zalo did not confirm a reply. The desk will check the conversation before sending it again, so the citizen does not receive it twice.</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies, communes, procedures, reply templates and routing rules used when answering citizens. Rows marked “Not verified” come from the default data and have not been checked against an official source yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the rows of every tab (code, name, any text; accents optional)</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases past their legal deadline (answer or acknowledgement), not paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases whose legal deadline ends by the next working day</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Directory...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agencies, communes, procedures, reply templates and routing rules</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Advisory Desk: answer citizens' Zalo OA messages.</source>
        <translation>Advisory Desk: answer citizens' Zalo OA messages.</translation>
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
</context>
</TS>