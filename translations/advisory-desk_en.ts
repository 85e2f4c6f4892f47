<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AgencyAnswerDialog</name>
    <message>
        <source>Record the agency's answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Transfer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agency's &amp;answer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What the agency answered (text of its letter, e-mail or phone call)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents from the agency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;files...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The files are copied into the profile's attachments folder, so the case keeps them when the originals move.</source>
        <translation type="unfinished" />
    </message>
</context>
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
        <source>usage: advisory-desk-cli [--profile DIR] &lt;command&gt; [options]</source>
        <translation>usage: advisory-desk-cli [--profile DIR] &lt;command&gt; [options]</translation>
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
    <message>
        <source>connect the OA: print Zalo's permission address, read back the code (OAuth v4, PKCE)</source>
        <translation>connect the OA: print Zalo's permission address, read back the code (OAuth v4, PKCE)</translation>
    </message>
</context>
<context>
    <name>Desk::Cli::Classify</name>
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
        <source>write the case list as CSV (tab-separated UTF-16, opens in columns in Excel)</source>
        <translation>write the case list as CSV (tab-separated UTF-16, opens in columns in Excel)</translation>
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
        <source>Share answered on time: %1</source>
        <translation>Share answered on time: %1</translation>
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
        <source>on time %1</source>
        <translation>on time %1</translation>
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
    <message>
        <source>the app's OA callback URL, exactly as registered on developers.zalo.me</source>
        <translation>the app's OA callback URL, exactly as registered on developers.zalo.me</translation>
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
        <source>1. Open this address in a browser where the OA's administrator is logged in to Zalo, and allow the app:</source>
        <translation>1. Open this address in a browser where the OA's administrator is logged in to Zalo, and allow the app:</translation>
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
    <name>Desk::Gui::AgencyAnswerDialog</name>
    <message>
        <source>Documents from the agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot copy %1 into the attachments folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case waits for no agency's answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the agency's answer or add its documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer could not be recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;cord answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No note was sent with this transfer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note sent with the transfer: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::AssigneeBox</name>
    <message>
        <source>Handled by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(nobody)</source>
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
    <name>Desk::Gui::BusinessHoursEditor</name>
    <message>
        <source>Working hours count the handling times in working hours in the reports. The legal deadlines are whole working days and do not change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Own hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without its own hours a unit keeps the desk's hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Standard hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Monday to Friday, 07:00-11:30 and 13:30-17:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import hours...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export hours...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The desk (default hours)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - own hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some days had more than two sessions: the first and the last are kept when you save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A make-up working Saturday without hours of its own uses Monday's hours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a session must end after it starts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the afternoon must start after the morning ends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import working hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working hours JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export working hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished" />
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
    <message>
        <source>Working hours</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::CaseActions</name>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Route to an agency...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the case to the responsible department or commune with a note and a due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the &amp;agency's answer...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print transfer slip...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save transfer slip as P&amp;DF...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1-transfer-slip-%2.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case has not been sent to any agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print transfer slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The printer could not print the slip.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save transfer slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The slip could not be saved to %1:
%2</source>
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
    <name>Desk::Gui::CaseEventText</name>
    <message>
        <source>acknowledgement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interim reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rating question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zalo sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zalo OA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic classification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished">Citizen</translation>
    </message>
    <message>
        <source>Advisory Desk</source>
        <translation type="unfinished">Advisory Desk</translation>
    </message>
    <message>
        <source>Case %1 opened (follows a closed case)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case %1 opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classified: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classification changed: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assignment removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routed to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, answer due %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The agency's answer recorded (%n document(s))</source>
        <translation>
            <numerusform>The agency's answer recorded (%n document)</numerusform>
            <numerusform>The agency's answer recorded (%n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zalo refused the reply: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued reply withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused reply queued again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered outside the desk (Zalo OA console)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::CaseHeading</name>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished">%1 · %2</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseHistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::CaseNoteEditor</name>
    <message>
        <source>The note was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal note: seen by colleagues only, never sent to the citizen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What colleagues should know about this case…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the note in the case history (Ctrl+Enter)</source>
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
    <message>
        <source>Reply quoting this message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note for colleagues; never sent to the citizen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who did what, and when</source>
        <translation type="unfinished" />
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
    <message>
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forwarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left to reply for free · hard limit in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over 7 days since the citizen's last message: Zalo refuses replies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reply cannot be sent: the citizen last wrote more than 7 days ago and Zalo refuses it. No phone number is known; wait for the citizen to write again (the reply can stay as a draft).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reply cannot be sent: the citizen last wrote more than 7 days ago and Zalo refuses it. Call the citizen on %1, or wait for a new message (the reply can stay as a draft).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending (not yet confirmed by Zalo)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by Zalo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
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
        <source>Zalo's permission page is open in the browser. Allow the app there with the OA administrator's Zalo account, then paste the address the browser shows afterwards below.</source>
        <translation>Zalo's permission page is open in the browser. Allow the app there with the OA administrator's Zalo account, then paste the address the browser shows afterwards below.</translation>
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
        <source>Connects the desk to the province's Zalo Official Account. You need the app created on developers.zalo.me and linked to the OA, and the OA administrator's Zalo account. The secret key and the tokens are kept in this computer's system keychain only.</source>
        <translation>Connects the desk to the province's Zalo Official Account. You need the app created on developers.zalo.me and linked to the OA, and the OA administrator's Zalo account. The secret key and the tokens are kept in this computer's system keychain only.</translation>
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
        <source>&amp;Open Zalo's permission page</source>
        <translation>&amp;Open Zalo's permission page</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;y</translation>
    </message>
    <message>
        <source>the permission page's address appears here</source>
        <translation>the permission page's address appears here</translation>
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
        <source>%1: %2 cases received · answered on time %3 · prolonged %4 · indicator 8 (TT 01/2018): %5 points · complaints redirected %6</source>
        <translation>%1: %2 cases received · answered on time %3 · prolonged %4 · indicator 8 (TT 01/2018): %5 points · complaints redirected %6</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The periodic report of this period and these cases as an Excel workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases received by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing the report...</source>
        <translation>Computing the report...</translation>
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
    <name>Desk::Gui::ExportDialog</name>
    <message>
        <source>Advisory and Support Team, Public Administrative Service Center</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export report to Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Six months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reporting cut-off: from the 15th to the 14th</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periodic administrative reports count from the 15th of the month before the period to the 14th of its last month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown under the title of the summary sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;CSV (tab-separated, for Excel):</source>
        <translation>&amp;CSV (tab-separated, for Excel):</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Only the cases of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quarter %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First six months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last six months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases received from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>report-%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save report as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an Excel workbook or a CSV file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writing: %1 of %2 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computing the report...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zalo allows free replies for 48 hours after the citizen's last message and no reply at all after 7 days. In between, a reply is a paid message and needs a funded Zalo Cloud Account (ZCA).</source>
        <translation>Zalo allows free replies for 48 hours after the citizen's last message and no reply at all after 7 days. In between, a reply is a paid message and needs a funded Zalo Cloud Account (ZCA).</translation>
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
    <message>
        <source>&amp;Export report to Excel...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The periodic report of a month, quarter, half year or year as an Excel workbook and / or CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect &amp;Zalo OA...</source>
        <translation>Connect &amp;Zalo OA...</translation>
    </message>
    <message>
        <source>Authorise the desk on the province's Zalo Official Account and send a test message</source>
        <translation>Authorise the desk on the province's Zalo Official Account and send a test message</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · part %2/%3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will miss the Zalo window: the 7 days since the citizen's last message end before it can be sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next attempt %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::ReplyComposer</name>
    <message>
        <source>Answers: «%1»</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template still needs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template %1 no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images and documents (*.jpg *.jpeg *.png *.gif *.pdf *.doc *.docx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply will be split</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The reply is longer than Zalo's 2,000 characters and goes out as %n message(s), in this order. Only the first quotes the citizen's message.</source>
        <translation>
            <numerusform>The reply is longer than Zalo's 2,000 characters and goes out as %n message, in this order. Only the first quotes the citizen's message.</numerusform>
            <numerusform>The reply is longer than Zalo's 2,000 characters and goes out as %n messages, in this order. Only the first quotes the citizen's message.</numerusform>
        </translation>
    </message>
    <message>
        <source>— Message %1 of %2 (%3 characters) —</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a reply or attach a file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply still contains %1: replace it with the real value (or remove it) before sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The advisory team has received your request {ma_yeu_cau} and will answer by {han_tra_loi}. Please quote the code {ma_yeu_cau} when you write again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reply could not be withdrawn: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Characters as Zalo counts them; a reply over 2,000 is sent as several messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue the reply for Zalo (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen already had an answer or an acknowledgement in this case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue the acknowledgement with the case code and the due date at once</source>
        <translation type="unfinished" />
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
        <source>No date agreed and no policy: the agency's answer has no clock.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a day off: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Route</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not classified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2, %3 level)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>commune</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (selected below)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No suggestion: choose the agency below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case already waits for %1 (sent %2). Routing it again adds a new transfer; the earlier one stays open until its answer is recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the agency to send the case to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case could not be routed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::SimilarAnswersPanel</name>
    <message>
        <source>%1: «%2»
→ %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Similar earlier answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert into the reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert the chosen answer at the cursor (or double-click it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No earlier answered case resembles this one.</source>
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
    <name>Desk::Gui::TemplatePickerDialog</name>
    <message>
        <source>Reply templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to filter: title or words of the text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made for this kind of case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No template matches.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::TemplatePromptDialog</name>
    <message>
        <source>Values for the template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template "%1" needs values the case does not have. Fill them in; the reply is inserted only when every value is given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the answer, due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: the answer was due %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered %1, after the due date %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfers to agencies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent to any agency.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk::Gui::TransferSlip</name>
    <message>
        <source>The case has no such transfer to an agency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transfer slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The slip could not be laid out on the page.</source>
        <translation type="unfinished" />
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
            <numerusform>%1: %n row, column %2</numerusform>
            <numerusform>%1: %n rows, column %2</numerusform>
        </translation>
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
    <message>
        <source>The citizen has not interacted with the OA for more than 7 days, so Zalo no longer accepts a consultation message to them. The desk has no phone number for this citizen: send the answer as a ZBS template message to their Zalo account, or wait until they write again and then send the reply again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen has never interacted with the OA, or their last interaction has expired, so Zalo does not accept a consultation message to them. The desk has no phone number for this citizen: send the answer as a ZBS template message to their Zalo account, or wait until they write again and then send the reply again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen has not interacted with the OA for more than 7 days, so Zalo no longer accepts a consultation message to them. Call the citizen on %1, or send the answer as a ZBS template message to that number; if they write to the OA again, send the reply again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen has never interacted with the OA, or their last interaction has expired, so Zalo does not accept a consultation message to them. Call the citizen on %1, or send the answer as a ZBS template message to that number; if they write to the OA again, send the reply again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen does not follow the OA, so Zalo refused the message. Call the citizen on %1: give the answer by phone, or ask them to follow the OA and then send the reply again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen's Zalo account is locked or has been inactive for more than 45 days. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen has blocked this kind of message from the OA. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The citizen has blocked the OA. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than 48 hours have passed since the citizen's last message, so this reply is a paid message, and the OA has no Zalo Cloud Account (ZCA) to pay for it. The administrator must link a Zalo Cloud Account to the OA's app on Zalo's developer site and top it up; then send the reply again. Replies within 48 hours of the citizen's message are free.</source>
        <translation>More than 48 hours have passed since the citizen's last message, so this reply is a paid message, and the OA has no Zalo Cloud Account (ZCA) to pay for it. The administrator must link a Zalo Cloud Account to the OA's app on Zalo's developer site and top it up; then send the reply again. Replies within 48 hours of the citizen's message are free.</translation>
    </message>
    <message>
        <source>More than 48 hours have passed since the citizen's last message, so this reply is a paid message, and the OA's Zalo Cloud Account (ZCA) has run out of money or cannot be charged. The administrator must top up the Zalo Cloud Account or fix its payment method; then send the reply again.</source>
        <translation>More than 48 hours have passed since the citizen's last message, so this reply is a paid message, and the OA's Zalo Cloud Account (ZCA) has run out of money or cannot be charged. The administrator must top up the Zalo Cloud Account or fix its payment method; then send the reply again.</translation>
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
        <source>Zalo's authorisation server cannot be reached or answered something unreadable (%1). Check the network and the OAuth address, then try again: the code stays valid for 10 minutes.</source>
        <translation>Zalo's authorisation server cannot be reached or answered something unreadable (%1). Check the network and the OAuth address, then try again: the code stays valid for 10 minutes.</translation>
    </message>
    <message>
        <source>Zalo does not accept this App ID or secret key. Copy both again from the app's settings page on developers.zalo.me.</source>
        <translation>Zalo does not accept this App ID or secret key. Copy both again from the app's settings page on developers.zalo.me.</translation>
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
        <source>Zalo refused the refresh token (%1): it has been used already or has expired (refresh tokens live about 3 months). The administrator must authorise the OA again: advisory-desk-cli authorize, or Administration &gt; Connect Zalo OA.</source>
        <translation>Zalo refused the refresh token (%1): it has been used already or has expired (refresh tokens live about 3 months). The administrator must authorise the OA again: advisory-desk-cli authorize, or Administration &gt; Connect Zalo OA.</translation>
    </message>
    <message>
        <source>Zalo refused the authorisation (error %1: %2).</source>
        <translation>Zalo refused the authorisation (error %1: %2).</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::OaConnection</name>
    <message>
        <source>The App ID is the number shown on the app's page on developers.zalo.me.</source>
        <translation>The App ID is the number shown on the app's page on developers.zalo.me.</translation>
    </message>
    <message>
        <source>The callback URL must be a whole http(s) address, exactly as registered for the app on developers.zalo.me.</source>
        <translation>The callback URL must be a whole http(s) address, exactly as registered for the app on developers.zalo.me.</translation>
    </message>
    <message>
        <source>Open Zalo's permission page first (step 1).</source>
        <translation>Open Zalo's permission page first (step 1).</translation>
    </message>
    <message>
        <source>Enter the app's secret key (developers.zalo.me, the app's settings).</source>
        <translation>Enter the app's secret key (developers.zalo.me, the app's settings).</translation>
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
        <source>Connected: the OA's tokens are in the system keychain. The desk renews them by itself.</source>
        <translation>Connected: the OA's tokens are in the system keychain. The desk renews them by itself.</translation>
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
        <source>Due soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases with a legal deadline passed (receipt notice, forwarding, agency answer or the answer), not paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases with a legal deadline (any step) ending by the next working day</source>
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
    <name>ReplyComposer</name>
    <message>
        <source>Reply template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send acknowledgement of receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw the selected reply</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Route to an agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Classification</source>
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
        <source>Procedure:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commune:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested agency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search departments, agencies and communes (accents optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note to the agency:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer &amp;due by:</source>
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