<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>CitizenPanel</name>
        <message>
            <source>Zalo ID</source>
            <translation>Zalo ID</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <source>Follows OA</source>
            <translation>Quan tâm OA</translation>
        </message>
    </context>
    <context>
        <name>Desk::Cli</name>
        <message>
            <source>store Zalo credentials in the keychain and API URLs in the profile</source>
            <translation>lưu thông tin xác thực Zalo vào kho khóa hệ thống và địa chỉ API vào hồ sơ cấu hình</translation>
        </message>
        <message>
            <source>fetch new messages from the Zalo OA (--once for one pass)</source>
            <translation>lấy tin nhắn mới từ Zalo OA (--once để chạy một lượt)</translation>
        </message>
        <message>
            <source>list cases, newest activity first (--json)</source>
            <translation>liệt kê vụ việc, mới hoạt động nhất trước (--json)</translation>
        </message>
        <message>
            <source>find cases by message text, citizen or case code (--json)</source>
            <translation>tìm vụ việc theo nội dung tin nhắn, công dân hoặc mã vụ việc (--json)</translation>
        </message>
        <message>
            <source>check database integrity, schema version and token state</source>
            <translation>kiểm tra tính toàn vẹn cơ sở dữ liệu, phiên bản lược đồ và trạng thái token</translation>
        </message>
        <message>
            <source>usage: advisory-desk-cli &lt;command&gt; [--profile DIR] [options]</source>
            <translation>cách dùng: advisory-desk-cli &lt;lệnh&gt; [--profile THƯ_MỤC] [tùy chọn]</translation>
        </message>
        <message>
            <source>unknown command: %1</source>
            <translation>lệnh không tồn tại: %1</translation>
        </message>
        <message>
            <source>Run 'advisory-desk-cli &lt;command&gt; --help' for its options; add --verbose to see progress.</source>
            <translation>Chạy 'advisory-desk-cli &lt;lệnh&gt; --help' để xem các tùy chọn của lệnh; thêm --verbose để xem tiến trình.</translation>
        </message>
        <message>
            <source>list the days off and make-up working days of a year (--json)</source>
            <translation>liệt kê ngày nghỉ và ngày làm bù của một năm (--json)</translation>
        </message>
        <message>
            <source>the due moment of a period in working days</source>
            <translation>thời điểm hết hạn của một thời hạn tính theo ngày làm việc</translation>
        </message>
    </context>
    <context>
        <name>Desk::Cli::CliContext</name>
        <message>
            <source>cannot open the database: %1</source>
            <translation>không mở được cơ sở dữ liệu: %1</translation>
        </message>
        <message>
            <source>--limit needs a positive number</source>
            <translation>--limit cần một số dương</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n vụ việc</numerusform>
            </translation>
        </message>
        <message>
            <source>print a JSON array</source>
            <translation>in ra mảng JSON</translation>
        </message>
        <message>
            <source>at most N cases</source>
            <translation>tối đa N vụ việc</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>only cases in this status (new, replied, closed, ...)</source>
            <translation>chỉ các vụ việc ở trạng thái này (new, replied, closed, ...)</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>TRẠNG_THÁI</translation>
        </message>
        <message>
            <source>only cases with unread messages</source>
            <translation>chỉ các vụ việc có tin chưa đọc</translation>
        </message>
        <message>
            <source>unknown status: %1</source>
            <translation>trạng thái không hợp lệ: %1</translation>
        </message>
        <message>
            <source>words to find, with or without diacritics</source>
            <translation>từ cần tìm, có dấu hoặc không dấu</translation>
        </message>
        <message>
            <source>search needs some text</source>
            <translation>cần nhập nội dung cần tìm</translation>
        </message>
        <message>
            <source>not configured: run 'advisory-desk-cli setup'</source>
            <translation>chưa cấu hình: hãy chạy 'advisory-desk-cli setup'</translation>
        </message>
        <message>
            <source>valid until %1</source>
            <translation>còn hiệu lực đến %1</translation>
        </message>
        <message>
            <source>present (expiry unknown until the first refresh)</source>
            <translation>đã có (chưa biết hạn dùng cho đến lần làm mới đầu tiên)</translation>
        </message>
        <message>
            <source>access token expired; the next sync refreshes it</source>
            <translation>access token đã hết hạn; lần đồng bộ tới sẽ tự làm mới</translation>
        </message>
        <message>
            <source>Zalo refused the refresh token: an administrator must re-authorise the app and run setup again</source>
            <translation>Zalo từ chối refresh token: quản trị viên cần cấp quyền lại cho ứng dụng và chạy lại setup</translation>
        </message>
        <message>
            <source>the system keychain cannot be read (%1)</source>
            <translation>không đọc được kho khóa hệ thống (%1)</translation>
        </message>
        <message>
            <source>print a JSON object</source>
            <translation>in ra đối tượng JSON</translation>
        </message>
        <message>
            <source>Database:  %1</source>
            <translation>CSDL:         %1</translation>
        </message>
        <message>
            <source>Integrity: %1</source>
            <translation>Toàn vẹn:     %1</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>tốt</translation>
        </message>
        <message>
            <source>Schema:    version %1 (expected %2)</source>
            <translation>Lược đồ:      phiên bản %1 (cần %2)</translation>
        </message>
        <message>
            <source>Journal:   %1</source>
            <translation>Nhật ký ghi:  %1</translation>
        </message>
        <message>
            <source>Contents:  %1 messages, %2 cases, %3 citizens</source>
            <translation>Nội dung:     %1 tin nhắn, %2 vụ việc, %3 công dân</translation>
        </message>
        <message>
            <source>Zalo API:  %1</source>
            <translation>API Zalo:     %1</translation>
        </message>
        <message>
            <source>Tokens:    %1</source>
            <translation>Token:        %1</translation>
        </message>
        <message>
            <source>cannot open the profile folder: %1</source>
            <translation>không mở được thư mục hồ sơ cấu hình: %1</translation>
        </message>
        <message>
            <source>profile folder (default: the user's local app data)</source>
            <translation>thư mục hồ sơ cấu hình (mặc định: thư mục dữ liệu cục bộ của người dùng)</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>THƯ_MỤC</translation>
        </message>
        <message>
            <source>show this help</source>
            <translation>hiện hướng dẫn này</translation>
        </message>
        <message>
            <source>advisory-desk-cli %1</source>
            <translation>advisory-desk-cli %1</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>lỗi: %1</translation>
        </message>
        <message>
            <source>Zalo OA API base URL</source>
            <translation>địa chỉ gốc API Zalo OA</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>Zalo OAuth base URL</source>
            <translation>địa chỉ gốc OAuth của Zalo</translation>
        </message>
        <message>
            <source>Zalo app id</source>
            <translation>mã ứng dụng Zalo (app id)</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Zalo app secret key</source>
            <translation>khóa bí mật của ứng dụng Zalo</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>KHÓA</translation>
        </message>
        <message>
            <source>OA access token</source>
            <translation>access token của OA</translation>
        </message>
        <message>
            <source>TOKEN</source>
            <translation>TOKEN</translation>
        </message>
        <message>
            <source>OA refresh token</source>
            <translation>refresh token của OA</translation>
        </message>
        <message>
            <source>not an http(s) URL: %1</source>
            <translation>không phải địa chỉ http(s): %1</translation>
        </message>
        <message>
            <source>--app-id, --secret-key, --access-token and --refresh-token go together: give all four</source>
            <translation>--app-id, --secret-key, --access-token và --refresh-token phải đi cùng nhau: hãy nhập đủ cả bốn</translation>
        </message>
        <message>
            <source>nothing to set up; see --help</source>
            <translation>không có gì để cấu hình; xem --help</translation>
        </message>
        <message>
            <source>the system keychain refused the credentials (%1). Nothing was changed.</source>
            <translation>kho khóa hệ thống từ chối lưu thông tin xác thực (%1). Không có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>Credentials stored in the system keychain.</source>
            <translation>Đã lưu thông tin xác thực vào kho khóa hệ thống.</translation>
        </message>
        <message>
            <source>Profile: %1</source>
            <translation>Hồ sơ cấu hình: %1</translation>
        </message>
        <message>
            <source>API base: %1</source>
            <translation>Địa chỉ API: %1</translation>
        </message>
        <message>
            <source>OAuth base: %1</source>
            <translation>Địa chỉ OAuth: %1</translation>
        </message>
        <message>
            <source>%1 sync ok: %2 new messages, %3 new cases, %4 requests</source>
            <translation>%1 đồng bộ xong: %2 tin nhắn mới, %3 vụ việc mới, %4 yêu cầu</translation>
        </message>
        <message>
            <source>%1 sync failed: %2</source>
            <translation>%1 đồng bộ không thành công: %2</translation>
        </message>
        <message>
            <source>detail: %1</source>
            <translation>chi tiết: %1</translation>
        </message>
        <message>
            <source>run one pass and exit</source>
            <translation>chạy một lượt rồi thoát</translation>
        </message>
        <message>
            <source>stay under this many API requests a minute (default 4000)</source>
            <translation>giữ số yêu cầu API mỗi phút dưới mức này (mặc định 4000)</translation>
        </message>
        <message>
            <source>--requests-per-minute needs a number</source>
            <translation>--requests-per-minute cần một số</translation>
        </message>
        <message>
            <source>cannot read the calendar %1: %2</source>
            <translation>không đọc được lịch %1: %2</translation>
        </message>
        <message>
            <source>calendar overrides file (default: calendar.json in the profile)</source>
            <translation>tệp điều chỉnh lịch (mặc định: calendar.json trong hồ sơ cấu hình)</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>TỆP</translation>
        </message>
        <message>
            <source>the year to list</source>
            <translation>năm cần liệt kê</translation>
        </message>
        <message>
            <source>YEAR</source>
            <translation>NĂM</translation>
        </message>
        <message>
            <source>--year needs a year between 1900 and 2100</source>
            <translation>--year cần một năm trong khoảng 1900 đến 2100</translation>
        </message>
        <message>
            <source>Days off in %1 (besides Saturdays and Sundays):</source>
            <translation>Ngày nghỉ năm %1 (ngoài thứ Bảy và Chủ nhật):</translation>
        </message>
        <message>
            <source>(compensatory)</source>
            <translation>(nghỉ bù)</translation>
        </message>
        <message>
            <source>Make-up working days:</source>
            <translation>Ngày làm bù:</translation>
        </message>
        <message>
            <source>when the case was received, ISO 8601 (Vietnam time if no offset)</source>
            <translation>thời điểm tiếp nhận, dạng ISO 8601 (giờ Việt Nam nếu không ghi múi giờ)</translation>
        </message>
        <message>
            <source>DATETIME</source>
            <translation>NGÀY_GIỜ</translation>
        </message>
        <message>
            <source>the period in working days</source>
            <translation>thời hạn tính theo ngày làm việc</translation>
        </message>
        <message>
            <source>--from needs a date and time in ISO 8601, e.g. 2026-11-27T16:30</source>
            <translation>--from cần ngày giờ dạng ISO 8601, ví dụ 2026-11-27T16:30</translation>
        </message>
        <message>
            <source>--working-days needs a whole number from 0 to 3650</source>
            <translation>--working-days cần một số nguyên từ 0 đến 3650</translation>
        </message>
    </context>
    <context>
        <name>Desk::Gui::BubbleDelegate</name>
        <message>
            <source>Loading image…</source>
            <translation>Đang tải ảnh…</translation>
        </message>
    </context>
    <context>
        <name>Desk::Gui::CaseView</name>
        <message>
            <source>Select a case in the inbox</source>
            <translation>Chọn một vụ việc trong hộp thư</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>The citizen has not written in this case yet.</source>
            <translation>Công dân chưa nhắn tin trong vụ việc này.</translation>
        </message>
        <message>
            <source>Zalo: free replies for %1 more · replies possible for %2</source>
            <translation>Zalo: trả lời miễn phí còn %1 · hạn chót trả lời còn %2</translation>
        </message>
        <message>
            <source>Zalo: free 48 h over, replies are charged · possible for %1 more</source>
            <translation>Zalo: đã qua 48 giờ miễn phí, trả lời sẽ tính phí · còn trả lời được trong %1</translation>
        </message>
        <message>
            <source>Zalo: over 7 days since the citizen's last message; a reply is refused. Call the citizen or wait for a new message.</source>
            <translation>Zalo: đã quá 7 ngày kể từ tin nhắn cuối của công dân, không gửi trả lời được. Hãy gọi điện cho công dân hoặc chờ tin nhắn mới.</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n message(s) · received %2</source>
            <translation>
                <numerusform>%1 · %n tin nhắn · tiếp nhận %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Desk::Gui::CitizenPanel</name>
        <message>
            <source>not shared</source>
            <translation>chưa chia sẻ</translation>
        </message>
        <message>
            <source>No case selected</source>
            <translation>Chưa chọn vụ việc</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>The citizen has not shared a phone number or address with the OA.</source>
            <translation>Công dân chưa chia sẻ số điện thoại hoặc địa chỉ với OA.</translation>
        </message>
    </context>
    <context>
        <name>Desk::Gui::DisplayText</name>
        <message>
            <source>New</source>
            <translation>Mới</translation>
        </message>
        <message>
            <source>Classified</source>
            <translation>Đã phân loại</translation>
        </message>
        <message>
            <source>Routed</source>
            <translation>Đã chuyển xử lý</translation>
        </message>
        <message>
            <source>Awaiting agency</source>
            <translation>Chờ cơ quan trả lời</translation>
        </message>
        <message>
            <source>Agency answered</source>
            <translation>Cơ quan đã trả lời</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Đã trả lời</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã đóng</translation>
        </message>
        <message>
            <source>Waiting for citizen</source>
            <translation>Chờ công dân bổ sung</translation>
        </message>
        <message>
            <source>Out of scope</source>
            <translation>Không thuộc phạm vi</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Mở lại</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 ngày %2 giờ</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 ngày</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 giờ %2 phút</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 giờ</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 phút</translation>
        </message>
        <message>
            <source>Free, %1 left</source>
            <translation>Miễn phí · %1</translation>
        </message>
        <message>
            <source>Paid, %1 left</source>
            <translation>Tính phí · %1</translation>
        </message>
        <message>
            <source>Over 7 days: cannot reply</source>
            <translation>Quá 7 ngày: không trả lời được</translation>
        </message>
    </context>
    <context>
        <name>Desk::Gui::InboxModel</name>
        <message>
            <source>Zalo allows free replies for 48 hours after the citizen's last message and no reply at all after 7 days.</source>
            <translation>Zalo cho trả lời miễn phí trong 48 giờ sau tin nhắn cuối của công dân và không cho trả lời sau 7 ngày.</translation>
        </message>
        <message numerus="yes">
            <source>%n unread message(s)</source>
            <translation>
                <numerusform>%n tin nhắn chưa đọc</numerusform>
            </translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Mã vụ việc</translation>
        </message>
        <message>
            <source>Citizen</source>
            <translation>Công dân</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Tiếp nhận</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Reply window</source>
            <translation>Hạn trả lời Zalo</translation>
        </message>
        <message>
            <source>%1, new message</source>
            <translation>%1, có tin mới</translation>
        </message>
        <message>
            <source>The citizen wrote again after the last reply: this case needs an answer.</source>
            <translation>Công dân đã nhắn thêm sau lần trả lời gần nhất: vụ việc cần được trả lời tiếp.</translation>
        </message>
    </context>
    <context>
        <name>Desk::Gui::InboxWidget</name>
        <message>
            <source>All statuses</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n vụ việc</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Desk::Gui::MainWindow</name>
        <message>
            <source>About Advisory Desk</source>
            <translation>Giới thiệu Bàn tư vấn</translation>
        </message>
        <message>
            <source>Advisory Desk %1
Answers citizens' questions sent to the province's Zalo Official Account.
Licence: GPL-3.0-or-later.</source>
            <translation>Bàn tư vấn %1
Trả lời câu hỏi của công dân gửi đến Zalo OA của tỉnh.
Giấy phép: GPL-3.0 trở lên.</translation>
        </message>
        <message>
            <source>Advisory Desk — Zalo OA</source>
            <translation>Bàn tư vấn — Zalo OA</translation>
        </message>
        <message>
            <source>(demo with simulated Zalo data)</source>
            <translation>(bản trình diễn với dữ liệu Zalo giả lập)</translation>
        </message>
    </context>
    <context>
        <name>Desk::Gui::SyncStatusWidget</name>
        <message>
            <source>Syncing with Zalo OA…</source>
            <translation>Đang đồng bộ với Zalo OA…</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Chưa đồng bộ</translation>
        </message>
        <message numerus="yes">
            <source>Synced at %1: %n new message(s)</source>
            <translation>
                <numerusform>Đồng bộ lúc %1: %n tin nhắn mới</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced at %1: no new messages</source>
            <translation>Đồng bộ lúc %1: không có tin nhắn mới</translation>
        </message>
        <message>
            <source>(last successful sync %1)</source>
            <translation>(lần đồng bộ thành công gần nhất %1)</translation>
        </message>
    </context>
    <context>
        <name>Desk::Gui::TimelineModel</name>
        <message>
            <source>[Image]</source>
            <translation>[Hình ảnh]</translation>
        </message>
        <message>
            <source>[File] %1</source>
            <translation>[Tệp] %1</translation>
        </message>
        <message>
            <source>[Sticker]</source>
            <translation>[Nhãn dán]</translation>
        </message>
        <message>
            <source>[%1 message]</source>
            <translation>[Tin nhắn %1]</translation>
        </message>
        <message>
            <source>Advisory team (OA)</source>
            <translation>Tổ tư vấn (OA)</translation>
        </message>
    </context>
    <context>
        <name>Desk::Zalo::SyncReport</name>
        <message>
            <source>Up to date with Zalo.</source>
            <translation>Đã cập nhật đầy đủ từ Zalo.</translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s) from Zalo.</source>
            <translation>
                <numerusform>%n tin nhắn mới từ Zalo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot reach Zalo. Working offline; will retry in %1 s.</source>
            <translation>Không kết nối được Zalo. Đang làm việc ngoại tuyến; sẽ thử lại sau %1 giây.</translation>
        </message>
        <message>
            <source>Cannot reach Zalo. Working offline; sync again when the network is back.</source>
            <translation>Không kết nối được Zalo. Đang làm việc ngoại tuyến; hãy đồng bộ lại khi có mạng.</translation>
        </message>
        <message>
            <source>Zalo is not answering properly. Will retry in %1 s.</source>
            <translation>Zalo đang phản hồi không đúng. Sẽ thử lại sau %1 giây.</translation>
        </message>
        <message>
            <source>Zalo is not answering properly. Try again in a few minutes.</source>
            <translation>Zalo đang phản hồi không đúng. Hãy thử lại sau vài phút.</translation>
        </message>
        <message>
            <source>Zalo access has expired or was revoked. An administrator must re-authorise the Official Account.</source>
            <translation>Quyền truy cập Zalo đã hết hạn hoặc bị thu hồi. Quản trị viên cần cấp quyền lại cho Official Account.</translation>
        </message>
        <message>
            <source>Zalo is not set up on this computer, or its credentials cannot be read from the system keychain. An administrator must enter them.</source>
            <translation>Máy này chưa được cấu hình Zalo, hoặc không đọc được thông tin xác thực từ kho khóa hệ thống. Quản trị viên cần nhập lại.</translation>
        </message>
        <message>
            <source>Zalo asked us to slow down. Will retry in %1 s.</source>
            <translation>Zalo yêu cầu giảm tốc độ gọi. Sẽ thử lại sau %1 giây.</translation>
        </message>
        <message>
            <source>Zalo asked us to slow down. Try again in a minute.</source>
            <translation>Zalo yêu cầu giảm tốc độ gọi. Hãy thử lại sau một phút.</translation>
        </message>
        <message>
            <source>Zalo refused the request (error %1). Will retry in %2 s.</source>
            <translation>Zalo từ chối yêu cầu (mã lỗi %1). Sẽ thử lại sau %2 giây.</translation>
        </message>
        <message>
            <source>Zalo refused the request (error %1).</source>
            <translation>Zalo từ chối yêu cầu (mã lỗi %1).</translation>
        </message>
        <message>
            <source>Cannot save messages on this computer (disk full or no permission). Nothing is lost on Zalo; free some space and sync again.</source>
            <translation>Không lưu được tin nhắn trên máy này (ổ đĩa đầy hoặc không có quyền ghi). Dữ liệu trên Zalo không bị mất; hãy giải phóng dung lượng rồi đồng bộ lại.</translation>
        </message>
    </context>
    <context>
        <name>InboxWidget</name>
        <message>
            <source>Search messages, citizens, case codes (Ctrl+F)</source>
            <translation>Tìm tin nhắn, công dân, mã vụ việc (Ctrl+F)</translation>
        </message>
        <message>
            <source>Show cases in this status</source>
            <translation>Hiện các vụ việc ở trạng thái này</translation>
        </message>
        <message>
            <source>Unread only</source>
            <translation>Chỉ chưa đọc</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Advisory Desk</source>
            <translation>Bàn tư vấn</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Thanh công cụ chính</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Đồng bộ ngay</translation>
        </message>
        <message>
            <source>Fetch new messages from the Zalo OA now (F5)</source>
            <translation>Lấy tin nhắn mới từ Zalo OA ngay (F5)</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Tìm &amp;kiếm</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>&amp;About Advisory Desk</source>
            <translation>&amp;Giới thiệu Bàn tư vấn</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Advisory Desk: answer citizens' Zalo OA messages.</source>
            <translation>Bàn tư vấn: trả lời tin nhắn Zalo OA của công dân.</translation>
        </message>
        <message>
            <source>profile folder (default: local app data)</source>
            <translation>thư mục hồ sơ cấu hình (mặc định: dữ liệu cục bộ)</translation>
        </message>
        <message>
            <source>run against the bundled Zalo OA simulator with a throw-away profile</source>
            <translation>chạy với trình giả lập Zalo OA kèm theo và hồ sơ cấu hình tạm thời</translation>
        </message>
        <message>
            <source>save a PNG of the main window after the first sync, then exit</source>
            <translation>lưu ảnh PNG cửa sổ chính sau lần đồng bộ đầu tiên rồi thoát</translation>
        </message>
        <message>
            <source>user interface language: vi or en</source>
            <translation>ngôn ngữ giao diện: vi hoặc en</translation>
        </message>
        <message>
            <source>number of simulated citizens in demo mode</source>
            <translation>số công dân giả lập trong chế độ trình diễn</translation>
        </message>
        <message>
            <source>Advisory Desk</source>
            <translation>Bàn tư vấn</translation>
        </message>
        <message>
            <source>Cannot start the demo: %1</source>
            <translation>Không khởi động được bản trình diễn: %1</translation>
        </message>
        <message>
            <source>Cannot open the profile folder: %1</source>
            <translation>Không mở được thư mục hồ sơ cấu hình: %1</translation>
        </message>
        <message>
            <source>Cannot open the local database %1.
%2
Check that the disk is not full and the folder is writable.</source>
            <translation>Không mở được cơ sở dữ liệu cục bộ %1.
%2
Hãy kiểm tra ổ đĩa còn trống và thư mục cho phép ghi.</translation>
        </message>
    </context>
</TS>
