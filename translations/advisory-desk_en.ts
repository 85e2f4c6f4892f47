<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    </context>
    <context>
        <name>Desk::Gui::BubbleDelegate</name>
        <message>
            <source>Loading image…</source>
            <translation>Loading image…</translation>
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
