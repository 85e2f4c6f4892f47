<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgencyAnswerDialog</name>
    <message>
        <source>Record the agency&apos;s answer</source>
        <translation>Ghi nhận trả lời của cơ quan</translation>
    </message>
    <message>
        <source>&amp;Transfer:</source>
        <translation>&amp;Lần chuyển:</translation>
    </message>
    <message>
        <source>The agency&apos;s &amp;answer:</source>
        <translation>Nội dung &amp;trả lời của cơ quan:</translation>
    </message>
    <message>
        <source>What the agency answered (text of its letter, e-mail or phone call)</source>
        <translation>Nội dung cơ quan trả lời (theo văn bản, thư điện tử hoặc điện thoại)</translation>
    </message>
    <message>
        <source>Documents from the agency:</source>
        <translation>Văn bản, tài liệu của cơ quan:</translation>
    </message>
    <message>
        <source>Add &amp;files...</source>
        <translation>Thêm &amp;tệp...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>The files are copied into the profile&apos;s attachments folder, so the case keeps them when the originals move.</source>
        <translation>Các tệp được sao chép vào thư mục đính kèm của hồ sơ dữ liệu, nên vẫn còn nguyên khi tệp gốc bị di chuyển.</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Calendar and deadlines</source>
        <translation>Lịch làm việc và thời hạn</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Lịch ngày làm việc</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <source>Tết days before the 1st of Tết</source>
        <translation>Số ngày nghỉ Tết trước mùng 1</translation>
    </message>
    <message>
        <source>The five Tết days: how many fall before the lunar New Year&apos;s day (the Prime Minister&apos;s notice says)</source>
        <translation>Năm ngày nghỉ Tết: số ngày nghỉ trước mùng 1 Tết Âm lịch (theo thông báo của Thủ tướng Chính phủ)</translation>
    </message>
    <message>
        <source>Day next to National Day</source>
        <translation>Ngày nghỉ liền kề Quốc khánh</translation>
    </message>
    <message>
        <source>Changes from this year&apos;s official notice: extra days off, compensatory days off, make-up working Saturdays</source>
        <translation>Điều chỉnh theo thông báo chính thức của năm: ngày nghỉ thêm, ngày nghỉ bù, thứ Bảy làm bù</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Thêm ngày</translation>
    </message>
    <message>
        <source>&amp;Remove day</source>
        <translation>&amp;Xóa ngày</translation>
    </message>
    <message>
        <source>&amp;Import JSON...</source>
        <translation>&amp;Nhập tệp JSON...</translation>
    </message>
    <message>
        <source>Deadlines per case kind</source>
        <translation>Thời hạn theo loại hồ sơ</translation>
    </message>
    <message>
        <source>Working days for each step, counted from the day after receipt (from forwarding for the agency answer). &quot;All kinds&quot; applies where a kind has no row of its own; 0 switches the step off for that kind.</source>
        <translation>Số ngày làm việc cho từng bước, tính từ ngày tiếp theo ngày tiếp nhận (bước cơ quan trả lời tính từ ngày chuyển). Dòng &quot;Tất cả các loại&quot; áp dụng cho loại chưa có dòng riêng; 0 là không tính thời hạn bước đó cho loại này.</translation>
    </message>
    <message>
        <source>Add &amp;rule</source>
        <translation>Thêm &amp;quy định</translation>
    </message>
    <message>
        <source>Remove r&amp;ule</source>
        <translation>Xóa q&amp;uy định</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Khôi phục &amp;mặc định</translation>
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
        <source>usage: advisory-desk-cli [--profile DIR] &lt;command&gt; [options]</source>
        <translation>cách dùng: advisory-desk-cli [--profile THƯ_MỤC] &lt;lệnh&gt; [tùy chọn]</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>lệnh không tồn tại: %1</translation>
    </message>
    <message>
        <source>Run &apos;advisory-desk-cli &lt;command&gt; --help&apos; for its options; add --verbose to see progress.</source>
        <translation>Chạy &apos;advisory-desk-cli &lt;lệnh&gt; --help&apos; để xem các tùy chọn của lệnh; thêm --verbose để xem tiến trình.</translation>
    </message>
    <message>
        <source>list the days off and make-up working days of a year (--json)</source>
        <translation>liệt kê ngày nghỉ và ngày làm bù của một năm (--json)</translation>
    </message>
    <message>
        <source>the due moment of a period in working days</source>
        <translation>thời điểm hết hạn của một thời hạn tính theo ngày làm việc</translation>
    </message>
    <message>
        <source>handling-time report of a period (--period 2026-Q3 [--cutoff] [--xlsx FILE] [--csv FILE] [--json])</source>
        <translation>báo cáo thời gian xử lý của một kỳ (--period 2026-Q3 [--cutoff] [--xlsx TỆP] [--csv TỆP] [--json])</translation>
    </message>
    <message>
        <source>classify a message: kind, area, commune, dossier codes, phones (--json)</source>
        <translation>phân loại một tin nhắn: loại, lĩnh vực, xã/phường, mã hồ sơ, số điện thoại (--json)</translation>
    </message>
    <message>
        <source>answer a case through the outbox (--text TEXT, --file PATH)</source>
        <translation>trả lời một yêu cầu qua hàng đợi gửi (--text VĂN_BẢN, --file ĐƯỜNG_DẪN)</translation>
    </message>
    <message>
        <source>list the outbox (--json; --send sends what is due)</source>
        <translation>liệt kê hàng đợi gửi (--json; --send gửi các tin đã đến lượt)</translation>
    </message>
    <message>
        <source>send a case to an agency (--agency CODE)</source>
        <translation>chuyển một yêu cầu đến cơ quan (--agency MÃ)</translation>
    </message>
    <message>
        <source>connect the OA: print Zalo&apos;s permission address, read back the code (OAuth v4, PKCE)</source>
        <translation>kết nối OA: in địa chỉ cấp quyền của Zalo, nhận lại mã cấp quyền (OAuth v4, PKCE)</translation>
    </message>
    <message>
        <source>join this profile to a team database (--db CONN --user LOGIN; password on stdin)</source>
        <translation>đưa hồ sơ cấu hình này vào cơ sở dữ liệu của nhóm (--db CONN --user TÊN_ĐĂNG_NHẬP; mật khẩu qua đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>run the team&apos;s OA service (one active, the others stand by)</source>
        <translation>chạy dịch vụ OA của nhóm (một dịch vụ hoạt động, các dịch vụ khác chờ dự phòng)</translation>
    </message>
    <message>
        <source>set up a team database: schema, roles and rules; prints the service key once (--db CONN)</source>
        <translation>thiết lập cơ sở dữ liệu của nhóm: lược đồ, vai trò và quy tắc; in khóa dịch vụ một lần duy nhất (--db CONN)</translation>
    </message>
    <message>
        <source>the team&apos;s logins: add LOGIN --name NAME --role ROLE (password on stdin), disable LOGIN, list [--json]</source>
        <translation>tài khoản của nhóm: add TÊN_ĐĂNG_NHẬP --name HỌ_TÊN --role VAI_TRÒ (mật khẩu qua đầu vào chuẩn), disable TÊN_ĐĂNG_NHẬP, list [--json]</translation>
    </message>
    <message>
        <source>mark a case resolved; the citizen is asked to rate it (--no-rating: not asked)</source>
        <translation>đánh dấu hồ sơ đã giải quyết; công dân được mời đánh giá (--no-rating: không mời)</translation>
    </message>
</context>
<context>
    <name>Desk::Cli::Classify</name>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Commune/ward:</source>
        <translation>Xã/phường:</translation>
    </message>
    <message>
        <source>Dossier codes:</source>
        <translation>Mã hồ sơ:</translation>
    </message>
    <message>
        <source>Phone numbers:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Căn cứ:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>the message, as the citizen wrote it</source>
        <translation>nội dung tin nhắn, như công dân đã viết</translation>
    </message>
    <message>
        <source>classify needs the text of a message</source>
        <translation>lệnh classify cần nội dung một tin nhắn</translation>
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
        <source>not configured: run &apos;advisory-desk-cli setup&apos;</source>
        <translation>chưa cấu hình: hãy chạy &apos;advisory-desk-cli setup&apos;</translation>
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
        <source>profile folder (default: the user&apos;s local app data)</source>
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
        <source>KEY</source>
        <translation>KHÓA</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
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
    <message>
        <source>queued</source>
        <translation>đang chờ gửi</translation>
    </message>
    <message>
        <source>sending (not yet confirmed by Zalo)</source>
        <translation>đang gửi (Zalo chưa xác nhận)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <source>the case code</source>
        <translation>mã yêu cầu</translation>
    </message>
    <message>
        <source>the reply text</source>
        <translation>nội dung trả lời</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>VĂN_BẢN</translation>
    </message>
    <message>
        <source>attach an image (jpg, png, gif) or a document (pdf, doc, docx)</source>
        <translation>đính kèm ảnh (jpg, png, gif) hoặc tài liệu (pdf, doc, docx)</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>ĐƯỜNG_DẪN</translation>
    </message>
    <message>
        <source>quote this message of the citizen</source>
        <translation>trích dẫn tin nhắn này của công dân</translation>
    </message>
    <message>
        <source>MESSAGE_ID</source>
        <translation>MÃ_TIN</translation>
    </message>
    <message>
        <source>an acknowledgement, not the final answer</source>
        <translation>tin báo đã tiếp nhận, chưa phải câu trả lời cuối cùng</translation>
    </message>
    <message>
        <source>only queue it; the next sync sends it</source>
        <translation>chỉ đưa vào hàng đợi; lần đồng bộ sau sẽ gửi</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>in ra JSON</translation>
    </message>
    <message>
        <source>staff login recorded in the history (default: the system user)</source>
        <translation>tên đăng nhập cán bộ ghi vào lịch sử (mặc định: người dùng của máy)</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <source>usage: reply CASE_CODE --text TEXT [--file PATH]</source>
        <translation>cách dùng: reply MÃ_YÊU_CẦU --text VĂN_BẢN [--file ĐƯỜNG_DẪN]</translation>
    </message>
    <message>
        <source>no case %1</source>
        <translation>không có yêu cầu %1</translation>
    </message>
    <message>
        <source>warning: the citizen last wrote more than 7 days ago; Zalo will refuse the reply (call them instead)</source>
        <translation>cảnh báo: công dân nhắn tin lần cuối cách đây hơn 7 ngày; Zalo sẽ từ chối tin trả lời (hãy gọi điện cho công dân)</translation>
    </message>
    <message>
        <source>cannot queue the reply: %1</source>
        <translation>không đưa được tin trả lời vào hàng đợi: %1</translation>
    </message>
    <message>
        <source>only rows in this state (queued, sending, sent, refused, cancelled)</source>
        <translation>chỉ các tin ở trạng thái này (queued, sending, sent, refused, cancelled)</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>TRẠNG_THÁI</translation>
    </message>
    <message>
        <source>send what is due first</source>
        <translation>gửi trước các tin đã đến lượt</translation>
    </message>
    <message>
        <source>unknown state %1</source>
        <translation>không có trạng thái %1</translation>
    </message>
    <message>
        <source>code of the agency in the directory</source>
        <translation>mã cơ quan trong danh mục</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <source>note for the agency</source>
        <translation>ghi chú gửi cơ quan</translation>
    </message>
    <message>
        <source>the agency answers within N working days (default: the clock policy)</source>
        <translation>cơ quan trả lời trong N ngày làm việc (mặc định: theo quy định thời hạn)</translation>
    </message>
    <message>
        <source>usage: route CASE_CODE --agency CODE</source>
        <translation>cách dùng: route MÃ_YÊU_CẦU --agency MÃ</translation>
    </message>
    <message>
        <source>no agency %1 in the directory</source>
        <translation>không có cơ quan %1 trong danh mục</translation>
    </message>
    <message>
        <source>--working-days needs a number</source>
        <translation>--working-days cần một số</translation>
    </message>
    <message>
        <source>cannot route the case: %1</source>
        <translation>không chuyển được yêu cầu: %1</translation>
    </message>
    <message>
        <source>%1 routed to %2 (transfer %3)</source>
        <translation>%1 đã chuyển đến %2 (lượt chuyển %3)</translation>
    </message>
    <message>
        <source>, answer due %1</source>
        <translation>, hạn trả lời %1</translation>
    </message>
    <message>
        <source>the period: 2026-07, 2026-Q3, 2026-H1 or 2026</source>
        <translation>kỳ báo cáo: 2026-07, 2026-Q3, 2026-H1 hoặc 2026</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>KỲ</translation>
    </message>
    <message>
        <source>use the 15 -&gt; 14 cut-off (a quarter from the 15th of the month before it to the 14th of its last month)</source>
        <translation>dùng kỳ chốt số liệu 15 -&gt; 14 (quý tính từ ngày 15 của tháng trước quý đến ngày 14 của tháng cuối quý)</translation>
    </message>
    <message>
        <source>write an Excel workbook</source>
        <translation>ghi tệp Excel</translation>
    </message>
    <message>
        <source>write the case list as CSV (tab-separated UTF-16, opens in columns in Excel)</source>
        <translation>ghi danh sách yêu cầu ra tệp CSV (UTF-16, phân cách bằng tab, Excel mở đúng theo cột)</translation>
    </message>
    <message>
        <source>measure open cases against this moment instead of now (ISO 8601)</source>
        <translation>tính các yêu cầu đang mở theo thời điểm này thay vì hiện tại (ISO 8601)</translation>
    </message>
    <message>
        <source>the unit named on the report</source>
        <translation>tên đơn vị ghi trên báo cáo</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>TÊN</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Báo cáo %1</translation>
    </message>
    <message>
        <source>(15 -&gt; 14 cut-off)</source>
        <translation>(kỳ chốt 15 -&gt; 14)</translation>
    </message>
    <message>
        <source>Received: %1 (out of scope, redirected: %2)</source>
        <translation>Tiếp nhận: %1 (ngoài phạm vi, đã hướng dẫn chuyển: %2)</translation>
    </message>
    <message>
        <source>Answered on time: %1, answered late: %2, in progress: %3, overdue: %4, prolonged: %5</source>
        <translation>Trả lời đúng hạn: %1, trả lời trễ hạn: %2, đang xử lý: %3, quá hạn: %4, kéo dài: %5</translation>
    </message>
    <message>
        <source>Share answered on time: %1</source>
        <translation>Tỷ lệ trả lời đúng hạn: %1</translation>
    </message>
    <message>
        <source>Indicator 8 (TT 01/2018/TT-VPCP): %1 point(s)</source>
        <translation>Chỉ số 8 (TT 01/2018/TT-VPCP): %1 điểm</translation>
    </message>
    <message>
        <source>%1 (%2): working hours mean %3, median %4, p90 %5; calendar hours mean %6, median %7, p90 %8</source>
        <translation>%1 (%2): giờ làm việc trung bình %3, trung vị %4, p90 %5; giờ thực tế trung bình %6, trung vị %7, p90 %8</translation>
    </message>
    <message>
        <source>By kind:</source>
        <translation>Theo loại:</translation>
    </message>
    <message>
        <source>on time %1</source>
        <translation>đúng hạn %1</translation>
    </message>
    <message>
        <source>Ratings:</source>
        <translation>Đánh giá:</translation>
    </message>
    <message>
        <source>--period needs a period like 2026-07, 2026-Q3, 2026-H1 or 2026</source>
        <translation>--period cần một kỳ như 2026-07, 2026-Q3, 2026-H1 hoặc 2026</translation>
    </message>
    <message>
        <source>--now needs a date and time in ISO 8601, e.g. 2026-10-01T08:00</source>
        <translation>--now cần ngày giờ theo ISO 8601, ví dụ 2026-10-01T08:00</translation>
    </message>
    <message>
        <source>no database in the profile: %1</source>
        <translation>hồ sơ cấu hình chưa có cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Advisory and Support Team, Public Administrative Service Center</source>
        <translation>Tổ Tư vấn, hướng dẫn, hỗ trợ - Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <source>the report failed: %1</source>
        <translation>không lập được báo cáo: %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
    <message>
        <source>the app&apos;s OA callback URL, exactly as registered on developers.zalo.me</source>
        <translation>Callback URL của ứng dụng cho OA, đúng như đã khai báo trên developers.zalo.me</translation>
    </message>
    <message>
        <source>Zalo app secret key (- reads it from standard input; default: the one in the keychain)</source>
        <translation>khóa bí mật (secret key) của ứng dụng Zalo (- để đọc từ đầu vào chuẩn; mặc định: khóa đã lưu trong kho khóa)</translation>
    </message>
    <message>
        <source>--app-id and --redirect-uri are required</source>
        <translation>cần có --app-id và --redirect-uri</translation>
    </message>
    <message>
        <source>the callback URL is not an http(s) address: %1</source>
        <translation>Callback URL không phải địa chỉ http(s): %1</translation>
    </message>
    <message>
        <source>no secret key in the keychain for this profile: give --secret-key - and type it on standard input</source>
        <translation>kho khóa chưa có secret key cho hồ sơ này: hãy ghi --secret-key - và nhập khóa qua đầu vào chuẩn</translation>
    </message>
    <message>
        <source>1. Open this address in a browser where the OA&apos;s administrator is logged in to Zalo, and allow the app:</source>
        <translation>1. Mở địa chỉ sau trong trình duyệt đang đăng nhập Zalo bằng tài khoản quản trị OA, rồi đồng ý cấp quyền cho ứng dụng:</translation>
    </message>
    <message>
        <source>2. Zalo then opens the callback URL. Paste that whole address (or only its code) here and press Enter; the code is valid for 10 minutes:</source>
        <translation>2. Sau đó Zalo mở Callback URL. Dán toàn bộ địa chỉ đó (hoặc chỉ mã code trong đó) vào đây rồi nhấn Enter; mã có hiệu lực 10 phút:</translation>
    </message>
    <message>
        <source>no authorisation code was pasted. Nothing was changed; run authorize again.</source>
        <translation>chưa dán mã cấp quyền. Không có gì bị thay đổi; hãy chạy lại authorize.</translation>
    </message>
    <message>
        <source>the pasted address belongs to another authorisation attempt (its state does not match this one), so it was not used. Nothing was changed. Open the address printed above and paste the address it leads to.</source>
        <translation>địa chỉ vừa dán thuộc về một lần cấp quyền khác (tham số state không khớp với lần này) nên không được dùng. Không có gì bị thay đổi. Hãy mở địa chỉ in ở trên và dán địa chỉ mà Zalo chuyển tới.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Zalo issued the tokens but the system keychain refused them (%1). Run authorize again.</source>
        <translation>Zalo đã cấp token nhưng kho khóa hệ thống không lưu được (%1). Hãy chạy lại authorize.</translation>
    </message>
    <message>
        <source>The OA is connected: the tokens are in the system keychain.</source>
        <translation>Đã kết nối OA: token đã được lưu vào kho khóa hệ thống.</translation>
    </message>
    <message numerus="yes">
        <source>The access token is valid for %n hour(s); the desk renews it by itself.</source>
        <translation>
            <numerusform>Access token có hiệu lực %n giờ; ứng dụng tự gia hạn khi cần.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: advisory-desk-cli sync --once</source>
        <translation>Bước tiếp theo: advisory-desk-cli sync --once</translation>
    </message>
    <message>
        <source>--%1 - : no value on standard input (one line for each option given as -, in the order of the options)</source>
        <translation>--%1 - : không có giá trị trên đầu vào chuẩn (mỗi tùy chọn ghi - cần một dòng, theo thứ tự các tùy chọn)</translation>
    </message>
    <message>
        <source>warning: %1 given on the command line can be seen by other users of this computer (process list) and stays in the shell history. Give - instead and type or pipe the value on standard input.</source>
        <translation>cảnh báo: %1 ghi trực tiếp trên dòng lệnh thì người dùng khác của máy này có thể xem được (danh sách tiến trình) và còn lưu trong lịch sử lệnh. Hãy ghi - rồi nhập hoặc chuyển giá trị qua đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Zalo app secret key (- reads it from standard input)</source>
        <translation>khóa bí mật (secret key) của ứng dụng Zalo (- để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>OA access token (- reads it from standard input)</source>
        <translation>access token của OA (- để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>OA refresh token (- reads it from standard input)</source>
        <translation>refresh token của OA (- để đọc từ đầu vào chuẩn)</translation>
    </message>
    <message>
        <source>Zalo refused the refresh token: an administrator must authorise the OA again (advisory-desk-cli authorize, or Administration &gt; Connect Zalo OA)</source>
        <translation>Zalo từ chối refresh token: quản trị viên phải cấp quyền lại cho OA (advisory-desk-cli authorize, hoặc Quản trị &gt; Kết nối Zalo OA)</translation>
    </message>
    <message>
        <source>Not synced: %1 (%2) since %3, %4 attempt(s), next at %5: %6</source>
        <translation>Chưa đồng bộ: %1 (%2) từ %3, đã thử %4 lần, lần tới lúc %5: %6</translation>
    </message>
    <message>
        <source>at most this many rows, newest first (default 500)</source>
        <translation>nhiều nhất bấy nhiêu dòng, mới nhất trước (mặc định 500)</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit cần một số</translation>
    </message>
    <message>
        <source>how far back a new profile&apos;s first sync reaches (default 30 days); a larger number later reaches further back</source>
        <translation>lần đồng bộ đầu tiên của hồ sơ mới lấy tin nhắn trong bấy nhiêu ngày gần nhất (mặc định 30 ngày); về sau, số lớn hơn sẽ lấy thêm tin cũ hơn</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>SỐ_NGÀY</translation>
    </message>
    <message>
        <source>also read at once the conversations Zalo refused earlier (they are otherwise retried with a growing pause)</source>
        <translation>đọc ngay cả các cuộc trò chuyện Zalo đã từ chối trước đó (nếu không, chúng được thử lại sau những khoảng chờ tăng dần)</translation>
    </message>
    <message>
        <source>--history-days needs a number of days</source>
        <translation>--history-days cần một số ngày</translation>
    </message>
    <message>
        <source>the team database, postgresql://HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=FILE (host= may name a Unix socket folder)</source>
        <translation>cơ sở dữ liệu của nhóm, postgresql://MÁY_CHỦ:CỔNG/CSDL?sslmode=verify-full&amp;sslrootcert=TỆP (host= có thể là thư mục socket Unix)</translation>
    </message>
    <message>
        <source>CONN</source>
        <translation>CONN</translation>
    </message>
    <message>
        <source>the team login of this profile</source>
        <translation>tên đăng nhập vào nhóm của hồ sơ cấu hình này</translation>
    </message>
    <message>
        <source>keep this profile&apos;s secrets in this file (mode 0600) instead of the system keychain: for a service host without a desktop keyring</source>
        <translation>giữ các bí mật của hồ sơ cấu hình này trong tệp này (quyền 0600) thay cho kho khóa hệ thống: dành cho máy chạy dịch vụ không có kho khóa của môi trường đồ họa</translation>
    </message>
    <message>
        <source>Joins a profile to a team database. Standard input: the login&apos;s password on the first line; for a service login the service key (printed once by team-init) on the second.</source>
        <translation>Đưa một hồ sơ cấu hình vào cơ sở dữ liệu của nhóm. Đầu vào chuẩn: dòng thứ nhất là mật khẩu của tài khoản; với tài khoản dịch vụ, dòng thứ hai là khóa dịch vụ (do team-init in ra một lần).</translation>
    </message>
    <message>
        <source>join needs --db and --user</source>
        <translation>lệnh join cần --db và --user</translation>
    </message>
    <message>
        <source>--db must be a postgresql:// address</source>
        <translation>--db phải là địa chỉ postgresql://</translation>
    </message>
    <message>
        <source>the password must be on the first line of standard input</source>
        <translation>mật khẩu phải nằm ở dòng thứ nhất của đầu vào chuẩn</translation>
    </message>
    <message>
        <source>%1 is not an active member of this team (team-user add)</source>
        <translation>%1 không phải là thành viên đang hoạt động của nhóm này (team-user add)</translation>
    </message>
    <message>
        <source>a service login needs the service key on the second line of standard input (%1)</source>
        <translation>tài khoản dịch vụ cần khóa dịch vụ ở dòng thứ hai của đầu vào chuẩn (%1)</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <source>this is not the team&apos;s service key (its fingerprint is %1, the team&apos;s is %2)</source>
        <translation>đây không phải khóa dịch vụ của nhóm (dấu vân tay của nó là %1, của nhóm là %2)</translation>
    </message>
    <message>
        <source>the password could not be stored on this computer (%1); the profile was not changed</source>
        <translation>không lưu được mật khẩu trên máy tính này (%1); hồ sơ cấu hình không bị thay đổi</translation>
    </message>
    <message>
        <source>Joined the team database as %1 (%2, role %3).</source>
        <translation>Đã tham gia cơ sở dữ liệu của nhóm với tài khoản %1 (%2, vai trò %3).</translation>
    </message>
    <message>
        <source>on a team profile: wait until the team&apos;s OA service has sent it (exit 5 when Zalo refused it)</source>
        <translation>với hồ sơ cấu hình của nhóm: chờ đến khi dịch vụ OA của nhóm đã gửi đi (mã thoát 5 khi Zalo từ chối)</translation>
    </message>
    <message>
        <source>this profile belongs to a team: the team&apos;s OA service sends the outbox</source>
        <translation>hồ sơ cấu hình này thuộc một nhóm: dịch vụ OA của nhóm gửi hộp thư đi</translation>
    </message>
    <message>
        <source>pause between sync passes (default: the profile&apos;s sync interval)</source>
        <translation>thời gian nghỉ giữa hai lượt đồng bộ (mặc định: chu kỳ đồng bộ của hồ sơ cấu hình)</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>The team&apos;s OA service: syncs the OA into the team database, classifies, and sends the replies the team queued. Run it on one or more hosts with a profile joined with a service login; one works, the others stand by.</source>
        <translation>Dịch vụ OA của nhóm: đồng bộ OA vào cơ sở dữ liệu của nhóm, phân loại và gửi các trả lời nhóm đã xếp hàng. Chạy trên một hoặc nhiều máy với hồ sơ cấu hình đã tham gia bằng tài khoản dịch vụ; một máy làm việc, các máy khác chờ dự phòng.</translation>
    </message>
    <message>
        <source>serve needs a profile joined to a team database with a service login (advisory-desk-cli join --user SERVICE_LOGIN)</source>
        <translation>serve cần một hồ sơ cấu hình đã tham gia cơ sở dữ liệu của nhóm bằng tài khoản dịch vụ (advisory-desk-cli join --user TÀI_KHOẢN_DỊCH_VỤ)</translation>
    </message>
    <message>
        <source>the team has no OA credentials yet: run advisory-desk-cli setup or authorize on a profile joined with a service login</source>
        <translation>nhóm chưa có thông tin xác thực OA: chạy advisory-desk-cli setup hoặc authorize trên hồ sơ cấu hình đã tham gia bằng tài khoản dịch vụ</translation>
    </message>
    <message>
        <source>--interval-ms needs a number &gt;= 100</source>
        <translation>--interval-ms cần một số &gt;= 100</translation>
    </message>
    <message>
        <source>team database: %1</source>
        <translation>cơ sở dữ liệu của nhóm: %1</translation>
    </message>
    <message>
        <source>%1 standby: another OA service is active</source>
        <translation>%1 dự phòng: một dịch vụ OA khác đang hoạt động</translation>
    </message>
    <message>
        <source>%1 active: this is the team&apos;s OA service (generation %2)</source>
        <translation>%1 hoạt động: đây là dịch vụ OA của nhóm (thế hệ %2)</translation>
    </message>
    <message>
        <source>%1 pass: %2 new messages, %3 replies sent</source>
        <translation>%1 lượt: %2 tin nhắn mới, %3 trả lời đã gửi</translation>
    </message>
    <message>
        <source>%1 no longer the active OA service (%2); standing by</source>
        <translation>%1 không còn là dịch vụ OA đang hoạt động (%2); chuyển sang dự phòng</translation>
    </message>
    <message>
        <source>Credentials stored in the team database, sealed with the service key.</source>
        <translation>Đã lưu thông tin xác thực vào cơ sở dữ liệu của nhóm, được mã hóa bằng khóa dịch vụ.</translation>
    </message>
    <message>
        <source>this profile belongs to a team: the team&apos;s OA service (serve) syncs the OA</source>
        <translation>hồ sơ cấu hình này thuộc một nhóm: dịch vụ OA của nhóm (serve) đồng bộ OA</translation>
    </message>
    <message>
        <source>Exit codes: 0 done; 1 wrong arguments; 2 other problem of the database or this computer; 3 the database server does not answer; 4 the login or its password was refused; 7 the server&apos;s TLS certificate or name does not match; 8 the database was upgraded by a newer Advisory Desk; 9 the login lacks the role the command needs.</source>
        <translation>Mã thoát: 0 hoàn tất; 1 tham số sai; 2 lỗi khác của cơ sở dữ liệu hoặc của máy tính này; 3 máy chủ cơ sở dữ liệu không trả lời; 4 tên đăng nhập hoặc mật khẩu bị từ chối; 7 chứng chỉ TLS hoặc tên của máy chủ không khớp; 8 cơ sở dữ liệu đã được nâng cấp bởi phiên bản Advisory Desk mới hơn; 9 tài khoản không có vai trò mà lệnh cần.</translation>
    </message>
    <message>
        <source>the team database, postgresql://LOGIN@HOST:PORT/DB?sslmode=verify-full&amp;sslrootcert=FILE (host= may name a Unix socket folder)</source>
        <translation>cơ sở dữ liệu của nhóm, postgresql://TÊN_ĐĂNG_NHẬP@MÁY_CHỦ:CỔNG/CSDL?sslmode=verify-full&amp;sslrootcert=TỆP (host= có thể là thư mục socket Unix)</translation>
    </message>
    <message>
        <source>read the password of the login in --db from standard input (after any other line the command reads)</source>
        <translation>đọc mật khẩu của tài khoản trong --db từ đầu vào chuẩn (sau các dòng khác mà lệnh đọc)</translation>
    </message>
    <message>
        <source>--db is missing; see --help</source>
        <translation>thiếu --db; xem --help</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin: không có mật khẩu ở đầu vào chuẩn</translation>
    </message>
    <message>
        <source>this database is not set up for a team yet: run team-init first</source>
        <translation>cơ sở dữ liệu này chưa được thiết lập cho nhóm: hãy chạy team-init trước</translation>
    </message>
    <message>
        <source>team-user add needs --name NAME and --role staff|supervisor|admin|service</source>
        <translation>team-user add cần --name HỌ_TÊN và --role staff|supervisor|admin|service</translation>
    </message>
    <message>
        <source>the new login&apos;s password must be on the first line of standard input, at least %1 characters long</source>
        <translation>mật khẩu của tài khoản mới phải nằm ở dòng thứ nhất của đầu vào chuẩn, dài ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>the login %1 exists already on this database server</source>
        <translation>tài khoản %1 đã có trên máy chủ cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Created the login %1 (%2, role %3).</source>
        <translation>Đã tạo tài khoản %1 (%2, vai trò %3).</translation>
    </message>
    <message>
        <source>%1 is not one of this team&apos;s logins</source>
        <translation>%1 không phải là tài khoản của nhóm này</translation>
    </message>
    <message>
        <source>The login %1 is disabled and its open sessions were ended.</source>
        <translation>Đã khóa tài khoản %1 và kết thúc các phiên đang mở của tài khoản.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>đang hoạt động</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>No logins yet: add them with team-user add.</source>
        <translation>Chưa có tài khoản nào: thêm bằng team-user add.</translation>
    </message>
    <message>
        <source>Creates or migrates the team schema and the group roles (desk_staff, desk_supervisor, desk_admin, desk_service) in a PostgreSQL database, with the rules of who may do what. Run it as the database&apos;s owner (a login with CREATEROLE). The first run prints the service key once, on a line &apos;service-key: KEY&apos;: keep it safe, the service hosts need it for join. Running it again is safe: it changes no data and prints no key.</source>
        <translation>Tạo hoặc nâng cấp lược đồ của nhóm và các vai trò nhóm (desk_staff, desk_supervisor, desk_admin, desk_service) trong một cơ sở dữ liệu PostgreSQL, cùng các quy tắc ai được làm gì. Chạy bằng tài khoản chủ sở hữu cơ sở dữ liệu (tài khoản có quyền CREATEROLE). Lần chạy đầu tiên in khóa dịch vụ một lần duy nhất, trên dòng &apos;service-key: KHÓA&apos;: hãy cất giữ an toàn, các máy chạy dịch vụ cần khóa này cho lệnh join. Chạy lại lệnh là an toàn: không thay đổi dữ liệu và không in khóa.</translation>
    </message>
    <message>
        <source>This database was set up for a team already (schema v%1); its roles and rules are up to date. The service key was shown by the first team-init and is not shown again.</source>
        <translation>Cơ sở dữ liệu này đã được thiết lập cho nhóm từ trước (lược đồ v%1); các vai trò và quy tắc đã được cập nhật. Khóa dịch vụ đã được in ở lần team-init đầu tiên và không được in lại.</translation>
    </message>
    <message>
        <source>The team&apos;s roles and rules are set up (schema v%1); the service key recorded before stays the team&apos;s.</source>
        <translation>Đã thiết lập các vai trò và quy tắc của nhóm (lược đồ v%1); khóa dịch vụ đã ghi nhận trước đó vẫn là khóa của nhóm.</translation>
    </message>
    <message>
        <source>The team database is set up (schema v%1) with the roles desk_staff, desk_supervisor, desk_admin and desk_service.</source>
        <translation>Đã thiết lập cơ sở dữ liệu của nhóm (lược đồ v%1) với các vai trò desk_staff, desk_supervisor, desk_admin và desk_service.</translation>
    </message>
    <message>
        <source>This is the only time the service key is shown: keep it somewhere safe. Every host of the OA service needs it (join, second line of standard input); the database keeps only its fingerprint %1.</source>
        <translation>Khóa dịch vụ chỉ được in ra lần này: hãy cất giữ ở nơi an toàn. Mọi máy chạy dịch vụ OA đều cần khóa này (lệnh join, dòng thứ hai của đầu vào chuẩn); cơ sở dữ liệu chỉ giữ dấu vân tay %1 của khóa.</translation>
    </message>
    <message>
        <source>the person&apos;s name as colleagues see it (add)</source>
        <translation>họ tên mà đồng nghiệp nhìn thấy (add)</translation>
    </message>
    <message>
        <source>staff, supervisor, admin or service (add)</source>
        <translation>staff, supervisor, admin hoặc service (add)</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>VAI_TRÒ</translation>
    </message>
    <message>
        <source>list as JSON</source>
        <translation>liệt kê dạng JSON</translation>
    </message>
    <message>
        <source>add LOGIN, disable LOGIN or list</source>
        <translation>add TÊN_ĐĂNG_NHẬP, disable TÊN_ĐĂNG_NHẬP hoặc list</translation>
    </message>
    <message>
        <source>add|disable|list</source>
        <translation>add|disable|list</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>tên đăng nhập</translation>
    </message>
    <message>
        <source>[LOGIN]</source>
        <translation>[TÊN_ĐĂNG_NHẬP]</translation>
    </message>
    <message>
        <source>Manages the team&apos;s logins (run as the database&apos;s owner or a login with CREATEROLE). add: the new login&apos;s password on the first line of standard input (scram-sha-256; only its hash reaches the server). disable: the login can no longer sign in and its open sessions end; its history stays. list: everyone with role and state.</source>
        <translation>Quản lý tài khoản của nhóm (chạy bằng tài khoản chủ sở hữu cơ sở dữ liệu hoặc tài khoản có quyền CREATEROLE). add: mật khẩu của tài khoản mới ở dòng thứ nhất của đầu vào chuẩn (scram-sha-256; chỉ giá trị băm được gửi tới máy chủ). disable: tài khoản không đăng nhập được nữa và các phiên đang mở bị kết thúc; lịch sử vẫn được giữ. list: mọi người cùng vai trò và trạng thái.</translation>
    </message>
    <message>
        <source>%1 cannot be a login: use lower-case letters without accents, digits, _ . or -, at most 63, not starting with desk_ or pg_</source>
        <translation>%1 không dùng làm tên đăng nhập được: chỉ dùng chữ thường không dấu, chữ số, _ . hoặc -, tối đa 63 ký tự, không bắt đầu bằng desk_ hoặc pg_</translation>
    </message>
    <message>
        <source>use team-user add LOGIN, team-user disable LOGIN or team-user list; see --help</source>
        <translation>dùng team-user add TÊN_ĐĂNG_NHẬP, team-user disable TÊN_ĐĂNG_NHẬP hoặc team-user list; xem --help</translation>
    </message>
    <message>
        <source>the team&apos;s Zalo OA service has not run yet</source>
        <translation>dịch vụ Zalo OA của nhóm chưa chạy lần nào</translation>
    </message>
    <message>
        <source>working (heartbeat %1, %2)</source>
        <translation>đang hoạt động (nhịp tim lúc %1, %2)</translation>
    </message>
    <message>
        <source>not working since %1 (last: %2)</source>
        <translation>không hoạt động từ %1 (máy cuối cùng: %2)</translation>
    </message>
    <message>
        <source>OA service: %1</source>
        <translation>Dịch vụ OA:   %1</translation>
    </message>
    <message>
        <source>the language of the workbook and the CSV: vi (default) or en</source>
        <translation>ngôn ngữ của tệp Excel và tệp CSV: vi (mặc định) hoặc en</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>NGÔN_NGỮ</translation>
    </message>
    <message>
        <source>--language needs vi or en</source>
        <translation>--language cần giá trị vi hoặc en</translation>
    </message>
    <message>
        <source>without a case: set how many minutes after routing it can be recalled (on a team profile the team&apos;s setting, administrators only)</source>
        <translation>không kèm mã hồ sơ: đặt số phút sau khi chuyển vẫn thu hồi được (với hồ sơ làm việc nhóm là thiết lập chung của nhóm, chỉ quản trị viên)</translation>
    </message>
    <message>
        <source>usage: route --recall-minutes N (N: 0 or more)</source>
        <translation>cách dùng: route --recall-minutes N (N từ 0 trở lên)</translation>
    </message>
    <message>
        <source>cannot save the recall window: %1</source>
        <translation>không lưu được thời hạn thu hồi: %1</translation>
    </message>
    <message numerus="yes">
        <source>A routing can now be recalled within %n minute(s).</source>
        <translation>
            <numerusform>Từ nay có thể thu hồi lần chuyển trong vòng %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>resolve without the rating question</source>
        <translation>giải quyết mà không gửi câu hỏi đánh giá</translation>
    </message>
    <message>
        <source>only queue the rating question; the next sync sends it</source>
        <translation>chỉ xếp hàng câu hỏi đánh giá; lần đồng bộ sau sẽ gửi</translation>
    </message>
    <message>
        <source>on a team profile: wait until the team&apos;s OA service has sent the question</source>
        <translation>với hồ sơ làm việc nhóm: chờ đến khi dịch vụ OA của nhóm đã gửi câu hỏi</translation>
    </message>
    <message>
        <source>usage: resolve CASE_CODE [--no-rating] [--profile DIR]</source>
        <translation>cách dùng: resolve MÃ_HỒ_SƠ [--no-rating] [--profile THƯ_MỤC]</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>không đánh dấu được %1 đã giải quyết: %2</translation>
    </message>
    <message>
        <source>%1 was not resolved: %2</source>
        <translation>%1 chưa được đánh dấu đã giải quyết: %2</translation>
    </message>
    <message>
        <source>%1 resolved and closed without the rating question: %2</source>
        <translation>%1 đã giải quyết và đóng, không gửi câu hỏi đánh giá: %2</translation>
    </message>
    <message>
        <source>%1 resolved; the rating question is queued for the citizen</source>
        <translation>%1 đã giải quyết; câu hỏi đánh giá đã được xếp hàng gửi cho công dân</translation>
    </message>
</context>
<context>
    <name>Desk::Cli::TeamProfile</name>
    <message>
        <source>the team database server does not answer; check the address and that the server is running</source>
        <translation>máy chủ cơ sở dữ liệu của nhóm không trả lời; hãy kiểm tra địa chỉ và xem máy chủ có đang chạy không</translation>
    </message>
    <message>
        <source>the team database refused the login or its password</source>
        <translation>cơ sở dữ liệu của nhóm đã từ chối tên đăng nhập hoặc mật khẩu</translation>
    </message>
    <message>
        <source>the team database server&apos;s certificate does not match its name or the team&apos;s certificate authority; the connection was not made</source>
        <translation>chứng chỉ của máy chủ cơ sở dữ liệu của nhóm không khớp với tên máy chủ hoặc với tổ chức cấp chứng chỉ của nhóm; chưa kết nối</translation>
    </message>
    <message>
        <source>this login does not have the right to do that in the team database</source>
        <translation>tài khoản này không có quyền làm việc đó trong cơ sở dữ liệu của nhóm</translation>
    </message>
    <message>
        <source>the team database does not exist on that server</source>
        <translation>cơ sở dữ liệu của nhóm không tồn tại trên máy chủ đó</translation>
    </message>
    <message>
        <source>a newer version of Advisory Desk has upgraded the team database; install that version on this computer</source>
        <translation>một phiên bản Advisory Desk mới hơn đã nâng cấp cơ sở dữ liệu của nhóm; hãy cài phiên bản đó trên máy tính này</translation>
    </message>
</context>
<context>
    <name>Desk::Core::DirectoryImport</name>
    <message>
        <source>agency</source>
        <translation>cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã, phường</translation>
    </message>
    <message>
        <source>area</source>
        <translation>lĩnh vực</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>thủ tục</translation>
    </message>
    <message>
        <source>reply template</source>
        <translation>mẫu trả lời</translation>
    </message>
    <message>
        <source>routing rule</source>
        <translation>quy tắc chuyển xử lý</translation>
    </message>
    <message>
        <source>classification rule</source>
        <translation>quy tắc phân loại</translation>
    </message>
    <message>
        <source>“%1” is not yes/no (1/0)</source>
        <translation>“%1” không phải giá trị có/không (1/0)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1” không phải là số nguyên</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 nằm ngoài khoảng cho phép (từ %2 đến %3)</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>“%1” không thuộc các giá trị: %2</translation>
    </message>
    <message>
        <source>unknown %1 code “%2”</source>
        <translation>không có mã %1 “%2”</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Tệp không phải văn bản UTF-8. Hãy lưu tệp dạng “CSV UTF-8” rồi nhập lại.</translation>
    </message>
    <message>
        <source>Line %1: a quoted value is not closed.</source>
        <translation>Dòng %1: giá trị trong dấu ngoặc kép chưa được đóng.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Tệp trống.</translation>
    </message>
    <message>
        <source>Line 1: the header lacks the column(s) %1.</source>
        <translation>Dòng 1: dòng tiêu đề thiếu cột %1.</translation>
    </message>
    <message>
        <source>the row has %1 values, the header has %2</source>
        <translation>dòng có %1 giá trị, dòng tiêu đề có %2 cột</translation>
    </message>
    <message>
        <source>duplicate code “%1” (already on line %2)</source>
        <translation>trùng mã “%1” (đã có ở dòng %2)</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>bắt buộc phải có giá trị</translation>
    </message>
</context>
<context>
    <name>Desk::Core::RoutingSuggester</name>
    <message>
        <source>(the commune: %1)</source>
        <translation>(đơn vị cấp xã: %1)</translation>
    </message>
    <message>
        <source>Routing rule %1</source>
        <translation>Quy tắc chuyển xử lý số %1</translation>
    </message>
    <message>
        <source>Routing rule %1: %2</source>
        <translation>Quy tắc chuyển xử lý số %1: %2</translation>
    </message>
    <message>
        <source>Agency responsible for the procedure %1</source>
        <translation>Cơ quan thực hiện thủ tục %1</translation>
    </message>
    <message>
        <source>Commune-level agency for the area %1</source>
        <translation>Đơn vị cấp xã phụ trách lĩnh vực %1</translation>
    </message>
    <message>
        <source>Provincial agency for the area %1</source>
        <translation>Cơ quan cấp tỉnh phụ trách lĩnh vực %1</translation>
    </message>
    <message>
        <source>No rule, procedure or area names an agency: route by hand</source>
        <translation>Chưa có quy tắc, thủ tục hay lĩnh vực nào chỉ định đơn vị: vui lòng chuyển thủ công</translation>
    </message>
</context>
<context>
    <name>Desk::Core::TemplateRenderer</name>
    <message>
        <source>Citizen&apos;s name</source>
        <translation>Họ tên công dân</translation>
    </message>
    <message>
        <source>Case code</source>
        <translation>Mã yêu cầu</translation>
    </message>
    <message>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Reply due date (dd/MM/yyyy)</source>
        <translation>Hạn trả lời (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Link to the public service portal</source>
        <translation>Đường dẫn Cổng Dịch vụ công</translation>
    </message>
    <message>
        <source>Agency&apos;s phone number</source>
        <translation>Số điện thoại đơn vị</translation>
    </message>
    <message>
        <source>Date received (dd/MM/yyyy)</source>
        <translation>Ngày tiếp nhận (dd/MM/yyyy)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Agency&apos;s answer</source>
        <translation>Nội dung trả lời của đơn vị</translation>
    </message>
    <message>
        <source>Fill in first: %1</source>
        <translation>Cần điền trước: %1</translation>
    </message>
    <message>
        <source>The template uses unknown variables: %1</source>
        <translation>Mẫu dùng biến không xác định: %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::AgencyAnswerDialog</name>
    <message>
        <source>Documents from the agency</source>
        <translation>Văn bản, tài liệu của cơ quan</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Văn bản (*.pdf *.doc *.docx *.xls *.xlsx *.jpg *.jpeg *.png);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot copy %1 into the attachments folder.</source>
        <translation>Không sao chép được %1 vào thư mục đính kèm.</translation>
    </message>
    <message>
        <source>The case waits for no agency&apos;s answer.</source>
        <translation>Hồ sơ không chờ cơ quan nào trả lời.</translation>
    </message>
    <message>
        <source>Enter the agency&apos;s answer or add its documents.</source>
        <translation>Hãy nhập nội dung trả lời của cơ quan hoặc thêm văn bản của cơ quan.</translation>
    </message>
    <message>
        <source>The answer could not be recorded: %1</source>
        <translation>Không ghi nhận được nội dung trả lời: %1</translation>
    </message>
    <message>
        <source>Re&amp;cord answer</source>
        <translation>&amp;Ghi nhận trả lời</translation>
    </message>
    <message>
        <source>%1 (sent %2)</source>
        <translation>%1 (chuyển ngày %2)</translation>
    </message>
    <message>
        <source>No note was sent with this transfer.</source>
        <translation>Lần chuyển này không kèm ghi chú.</translation>
    </message>
    <message>
        <source>Note sent with the transfer: %1</source>
        <translation>Ghi chú khi chuyển: %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::AssigneeBox</name>
    <message>
        <source>Handled by:</source>
        <translation>Người xử lý:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(chưa giao)</translation>
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
    <name>Desk::Gui::BusinessHoursEditor</name>
    <message>
        <source>Working hours count the handling times in working hours in the reports. The legal deadlines are whole working days and do not change.</source>
        <translation>Giờ làm việc dùng để tính thời gian xử lý theo giờ làm việc trong báo cáo. Thời hạn theo quy định tính theo ngày làm việc nên không thay đổi.</translation>
    </message>
    <message>
        <source>Own hours</source>
        <translation>Giờ riêng</translation>
    </message>
    <message>
        <source>Without its own hours a unit keeps the desk&apos;s hours</source>
        <translation>Đơn vị không có giờ riêng thì dùng giờ làm việc của Tổ tư vấn</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Buổi sáng</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Buổi chiều</translation>
    </message>
    <message>
        <source>&amp;Standard hours</source>
        <translation>Giờ hành chính &amp;chuẩn</translation>
    </message>
    <message>
        <source>Monday to Friday, 07:00-11:30 and 13:30-17:00</source>
        <translation>Thứ Hai đến thứ Sáu, 07:00-11:30 và 13:30-17:00</translation>
    </message>
    <message>
        <source>Import hours...</source>
        <translation>Nhập giờ làm việc...</translation>
    </message>
    <message>
        <source>Export hours...</source>
        <translation>Xuất giờ làm việc...</translation>
    </message>
    <message>
        <source>The desk (default hours)</source>
        <translation>Tổ tư vấn (giờ mặc định)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 - own hours</source>
        <translation>%1 - giờ riêng</translation>
    </message>
    <message>
        <source>Some days had more than two sessions: the first and the last are kept when you save.</source>
        <translation>Một số ngày có hơn hai buổi làm việc: khi lưu chỉ giữ buổi đầu và buổi cuối.</translation>
    </message>
    <message>
        <source>A make-up working Saturday without hours of its own uses Monday&apos;s hours.</source>
        <translation>Thứ Bảy làm bù không có giờ riêng thì dùng giờ làm việc của thứ Hai.</translation>
    </message>
    <message>
        <source>%1: a session must end after it starts</source>
        <translation>%1: giờ kết thúc một buổi phải sau giờ bắt đầu</translation>
    </message>
    <message>
        <source>%1: the afternoon must start after the morning ends</source>
        <translation>%1: buổi chiều phải bắt đầu sau khi buổi sáng kết thúc</translation>
    </message>
    <message>
        <source>Import working hours</source>
        <translation>Nhập giờ làm việc</translation>
    </message>
    <message>
        <source>Working hours JSON (*.json)</source>
        <translation>Tệp giờ làm việc JSON (*.json)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>Export working hours</source>
        <translation>Xuất giờ làm việc</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CalendarDialog</name>
    <message>
        <source>compensatory day off</source>
        <translation>nghỉ bù</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>ngày lễ</translation>
    </message>
    <message>
        <source>All kinds (default)</source>
        <translation>Mọi loại (mặc định)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Thứ</translation>
    </message>
    <message>
        <source>Case kind</source>
        <translation>Loại yêu cầu</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Số ngày làm việc</translation>
    </message>
    <message>
        <source>1 September (before 2/9)</source>
        <translation>Ngày 1 tháng 9 (trước 2/9)</translation>
    </message>
    <message>
        <source>3 September (after 2/9)</source>
        <translation>Ngày 3 tháng 9 (sau 2/9)</translation>
    </message>
    <message>
        <source>Extra day off</source>
        <translation>Ngày nghỉ thêm</translation>
    </message>
    <message>
        <source>Compensatory day off</source>
        <translation>Ngày nghỉ bù</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Ngày làm bù</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation>làm bù</translation>
    </message>
    <message>
        <source>Days off in %1 besides weekends: %2; make-up working days: %3</source>
        <translation>Ngày nghỉ năm %1 ngoài thứ Bảy, Chủ nhật: %2; ngày làm bù: %3</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>không tính thời hạn</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>Nhập lịch làm việc</translation>
    </message>
    <message>
        <source>Calendar JSON (*.json)</source>
        <translation>Lịch dạng JSON (*.json)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The calendar and deadlines were not saved: %1</source>
        <translation>Chưa lưu được lịch làm việc và thời hạn: %1</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Giờ làm việc</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseActions</name>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Route to an agency...</source>
        <translation>&amp;Chuyển cơ quan xử lý...</translation>
    </message>
    <message>
        <source>Send the case to the responsible department or commune with a note and a due date</source>
        <translation>Chuyển hồ sơ đến sở, ngành hoặc xã, phường có thẩm quyền kèm ghi chú và hạn trả lời</translation>
    </message>
    <message>
        <source>Record the &amp;agency&apos;s answer...</source>
        <translation>Ghi nhận &amp;trả lời của cơ quan...</translation>
    </message>
    <message>
        <source>&amp;Print transfer slip...</source>
        <translation>&amp;In phiếu chuyển...</translation>
    </message>
    <message>
        <source>Save transfer slip as P&amp;DF...</source>
        <translation>&amp;Lưu phiếu chuyển PDF...</translation>
    </message>
    <message>
        <source>%1-transfer-slip-%2.pdf</source>
        <translation>%1-phieu-chuyen-%2.pdf</translation>
    </message>
    <message>
        <source>The case has not been sent to any agency.</source>
        <translation>Hồ sơ chưa được chuyển đến cơ quan nào.</translation>
    </message>
    <message>
        <source>Print transfer slip</source>
        <translation>In phiếu chuyển</translation>
    </message>
    <message>
        <source>The printer could not print the slip.</source>
        <translation>Máy in không in được phiếu chuyển.</translation>
    </message>
    <message>
        <source>Save transfer slip</source>
        <translation>Lưu phiếu chuyển</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The slip could not be saved to %1:
%2</source>
        <translation>Không lưu được phiếu chuyển vào %1:
%2</translation>
    </message>
    <message>
        <source>Reply to %1 (%2) queued: it goes out with the next sync.</source>
        <translation>Đã xếp hàng trả lời %1 (%2): sẽ gửi đi ở lần đồng bộ tiếp theo.</translation>
    </message>
    <message>
        <source>Re&amp;call the last routing...</source>
        <translation>Th&amp;u hồi lần chuyển gần nhất...</translation>
    </message>
    <message>
        <source>Take back a routing sent by mistake, within minutes of sending it</source>
        <translation>Thu hồi hồ sơ chuyển nhầm, trong vài phút sau khi chuyển</translation>
    </message>
    <message>
        <source>Mark r&amp;esolved...</source>
        <translation>Đánh dấu đã &amp;giải quyết...</translation>
    </message>
    <message>
        <source>The case is done: the citizen is asked to rate the answer, unless withheld</source>
        <translation>Hồ sơ đã xong: công dân được mời đánh giá câu trả lời, trừ khi đã chọn không hỏi</translation>
    </message>
    <message>
        <source>%1 routed to %2. It can be recalled until %3 (Case menu).</source>
        <translation>Đã chuyển %1 đến %2. Có thể thu hồi đến %3 (trình đơn Hồ sơ).</translation>
    </message>
    <message>
        <source>The routing of %1 to %2 was recalled.</source>
        <translation>Đã thu hồi lần chuyển %1 đến %2.</translation>
    </message>
    <message>
        <source>Recall the routing</source>
        <translation>Thu hồi lần chuyển</translation>
    </message>
    <message>
        <source>Take back the routing to %1 sent at %2? The case returns to the desk.</source>
        <translation>Thu hồi lần chuyển đến %1 lúc %2? Hồ sơ trở về Tổ tư vấn.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseChangedDialog</name>
    <message>
        <source>The citizen wrote again at %1: «%2»</source>
        <translation>Công dân vừa nhắn thêm lúc %1: «%2»</translation>
    </message>
    <message>
        <source>%1 queued a reply at %2: «%3»</source>
        <translation>%1 đã xếp một câu trả lời lúc %2: «%3»</translation>
    </message>
    <message>
        <source>%1 queued a message at %2</source>
        <translation>%1 đã xếp một tin nhắn lúc %2</translation>
    </message>
    <message>
        <source>The reply queued by %1 was sent at %2</source>
        <translation>Câu trả lời do %1 xếp đã được gửi lúc %2</translation>
    </message>
    <message>
        <source>Zalo refused a queued reply at %1</source>
        <translation>Zalo đã từ chối một câu trả lời chờ gửi lúc %1</translation>
    </message>
    <message>
        <source>%1 withdrew a queued reply at %2</source>
        <translation>%1 đã rút lại một câu trả lời chờ gửi lúc %2</translation>
    </message>
    <message>
        <source>An answer was sent from the OA&apos;s web console at %1</source>
        <translation>Một câu trả lời đã được gửi từ trang quản trị OA lúc %1</translation>
    </message>
    <message>
        <source>%1 changed the status to «%2» at %3</source>
        <translation>%1 đã chuyển trạng thái sang «%2» lúc %3</translation>
    </message>
    <message>
        <source>%1 removed the assignment at %2</source>
        <translation>%1 đã bỏ phân công lúc %2</translation>
    </message>
    <message>
        <source>%1 assigned the case to %2 at %3</source>
        <translation>%1 đã giao vụ việc cho %2 lúc %3</translation>
    </message>
    <message>
        <source>%1 routed the case to %2 at %3</source>
        <translation>%1 đã chuyển vụ việc đến %2 lúc %3</translation>
    </message>
    <message>
        <source>%1 recorded the agency&apos;s answer at %2</source>
        <translation>%1 đã ghi nhận trả lời của cơ quan lúc %2</translation>
    </message>
    <message>
        <source>%1 classified the case at %2</source>
        <translation>%1 đã phân loại vụ việc lúc %2</translation>
    </message>
    <message>
        <source>The case changed</source>
        <translation>Vụ việc đã thay đổi</translation>
    </message>
    <message>
        <source>The case changed since you opened it.</source>
        <translation>Vụ việc đã thay đổi kể từ khi anh/chị mở.</translation>
    </message>
    <message>
        <source>While you were writing, this happened in the case:</source>
        <translation>Trong lúc anh/chị soạn trả lời, vụ việc đã có thay đổi:</translation>
    </message>
    <message>
        <source>Send your reply anyway, or review the case first? What you wrote stays in the editor.</source>
        <translation>Vẫn gửi câu trả lời, hay xem lại vụ việc trước? Nội dung anh/chị đã soạn vẫn được giữ nguyên trong ô soạn thảo.</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Vẫn gửi</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Xem lại</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseClockWidget</name>
    <message>
        <source>Legal deadlines</source>
        <translation>Thời hạn theo quy định</translation>
    </message>
    <message>
        <source>Ends at 24:00 of this working day (Civil Code Art. 148)</source>
        <translation>Kết thúc lúc 24:00 của ngày làm việc này (Điều 148 Bộ luật Dân sự)</translation>
    </message>
    <message>
        <source>The clock is paused while waiting for the citizen; the deadlines move by the working days it stays paused.</source>
        <translation>Thời hạn đang tạm dừng trong khi chờ công dân bổ sung; các mốc hạn được lùi thêm đúng số ngày làm việc tạm dừng.</translation>
    </message>
    <message>
        <source>the answer passed its legal deadline; the case counts as prolonged in the period&apos;s report.</source>
        <translation>việc trả lời đã quá thời hạn theo quy định; hồ sơ được tính là kéo dài trong báo cáo kỳ.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseEventText</name>
    <message>
        <source>acknowledgement</source>
        <translation>tin xác nhận đã tiếp nhận</translation>
    </message>
    <message>
        <source>interim reply</source>
        <translation>tin trả lời tạm</translation>
    </message>
    <message>
        <source>rating question</source>
        <translation>câu hỏi đánh giá</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>câu trả lời</translation>
    </message>
    <message>
        <source>Zalo sync</source>
        <translation>Đồng bộ Zalo</translation>
    </message>
    <message>
        <source>Zalo OA</source>
        <translation>Zalo OA</translation>
    </message>
    <message>
        <source>Automatic classification</source>
        <translation>Phân loại tự động</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Advisory Desk</source>
        <translation>Phần mềm Advisory Desk</translation>
    </message>
    <message>
        <source>Case %1 opened (follows a closed case)</source>
        <translation>Mở yêu cầu %1 (tiếp nối một yêu cầu đã đóng)</translation>
    </message>
    <message>
        <source>Case %1 opened</source>
        <translation>Mở yêu cầu %1</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Trạng thái: %1 → %2</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Đã xem</translation>
    </message>
    <message>
        <source>Classified: %1</source>
        <translation>Phân loại: %1</translation>
    </message>
    <message>
        <source>Classification changed: %1 → %2</source>
        <translation>Đổi phân loại: %1 → %2</translation>
    </message>
    <message>
        <source>Assignment removed</source>
        <translation>Bỏ phân công người xử lý</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Giao cho %1 xử lý</translation>
    </message>
    <message>
        <source>Internal note: %1</source>
        <translation>Ghi chú nội bộ: %1</translation>
    </message>
    <message>
        <source>Routed to %1</source>
        <translation>Chuyển đến %1</translation>
    </message>
    <message>
        <source>, answer due %1</source>
        <translation>, hạn trả lời %1</translation>
    </message>
    <message numerus="yes">
        <source>The agency&apos;s answer recorded (%n document(s))</source>
        <translation>
            <numerusform>Đã ghi nhận ý kiến trả lời của cơ quan (%n tài liệu)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated: %1</source>
        <translation>Đánh giá: %1</translation>
    </message>
    <message numerus="yes">
        <source>Queued a %1 (%n message(s))</source>
        <translation>
            <numerusform>Xếp hàng gửi %1 (%n tin nhắn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent through Zalo: %1, part %2</source>
        <translation>Đã gửi qua Zalo: %1, phần %2</translation>
    </message>
    <message>
        <source>Zalo refused the reply: %1</source>
        <translation>Zalo từ chối tin trả lời: %1</translation>
    </message>
    <message>
        <source>Queued reply withdrawn</source>
        <translation>Đã rút lại tin trả lời đang chờ gửi</translation>
    </message>
    <message>
        <source>Refused reply queued again</source>
        <translation>Xếp hàng gửi lại tin trả lời bị từ chối</translation>
    </message>
    <message>
        <source>Answered outside the desk (Zalo OA console)</source>
        <translation>Đã trả lời ngoài phần mềm (trên trang quản lý Zalo OA)</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseHeading</name>
    <message>
        <source>The case no longer exists.</source>
        <translation>Hồ sơ không còn tồn tại.</translation>
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
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::CaseNoteEditor</name>
    <message>
        <source>The note was not saved: %1</source>
        <translation>Chưa lưu được ghi chú: %1</translation>
    </message>
    <message>
        <source>Internal note: seen by colleagues only, never sent to the citizen.</source>
        <translation>Ghi chú nội bộ: chỉ cán bộ trong tổ xem được, không bao giờ gửi cho công dân.</translation>
    </message>
    <message>
        <source>What colleagues should know about this case…</source>
        <translation>Những điều đồng nghiệp cần biết về yêu cầu này…</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <source>Save the note in the case history (Ctrl+Enter)</source>
        <translation>Lưu ghi chú vào lịch sử xử lý (Ctrl+Enter)</translation>
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
        <source>Zalo: over 7 days since the citizen&apos;s last message; a reply is refused. Call the citizen or wait for a new message.</source>
        <translation>Zalo: đã quá 7 ngày kể từ tin nhắn cuối của công dân, không gửi trả lời được. Hãy gọi điện cho công dân hoặc chờ tin nhắn mới.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s) · received %2</source>
        <translation>
            <numerusform>%1 · %n tin nhắn · tiếp nhận %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply quoting this message</source>
        <translation>Trả lời, trích dẫn tin nhắn này</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Ghi chú nội bộ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>A note for colleagues; never sent to the citizen</source>
        <translation>Ghi chú cho đồng nghiệp; không bao giờ gửi cho công dân</translation>
    </message>
    <message>
        <source>Who did what, and when</source>
        <translation>Ai đã làm gì, vào lúc nào</translation>
    </message>
    <message>
        <source>Copy what Zalo sent</source>
        <translation>Sao chép nội dung Zalo đã gửi</translation>
    </message>
    <message>
        <source>Zalo: free 48 h over, a reply is a paid message and needs a funded Zalo Cloud Account (ZCA) · possible for %1 more</source>
        <translation>Zalo: đã qua 48 giờ miễn phí, tin trả lời là tin trả phí, cần Zalo Cloud Account (ZCA) còn số dư · còn trả lời được trong %1</translation>
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
    <name>Desk::Gui::ClockText</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Thông báo tiếp nhận</translation>
    </message>
    <message>
        <source>Forwarding to the competent agency</source>
        <translation>Chuyển cơ quan có thẩm quyền</translation>
    </message>
    <message>
        <source>Agency answer</source>
        <translation>Cơ quan trả lời</translation>
    </message>
    <message>
        <source>Answer to the citizen</source>
        <translation>Trả lời công dân</translation>
    </message>
    <message>
        <source>Prolonged</source>
        <translation>Kéo dài</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Đã xong, trễ hạn</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Đã xong, đúng hạn</translation>
    </message>
    <message>
        <source>Paused - waiting for citizen</source>
        <translation>Tạm dừng - chờ công dân</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n working day(s)</source>
        <translation>
            <numerusform>Quá hạn %n ngày LV</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Đến hạn ngày mai</translation>
    </message>
    <message>
        <source>Due next working day</source>
        <translation>Đến hạn ngày làm việc kế tiếp</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>Còn %n ngày LV</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>(hạn %1)</translation>
    </message>
    <message>
        <source>Prolonged: the answer passed its legal deadline; the case counts as prolonged in the period&apos;s report (TT 01/2018, indicator 8).</source>
        <translation>Kéo dài: việc trả lời đã quá thời hạn theo quy định; hồ sơ được tính là kéo dài trong báo cáo kỳ (TT 01/2018, chỉ số 8).</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Báo nhận</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ComposerText</name>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n tin nhắn</numerusform>
        </translation>
    </message>
    <message>
        <source>The citizen has not written in this case: Zalo accepts no reply yet.</source>
        <translation>Công dân chưa nhắn tin trong yêu cầu này: Zalo chưa cho phép gửi trả lời.</translation>
    </message>
    <message>
        <source>%1 left to reply for free · hard limit in %2</source>
        <translation>Còn %1 để trả lời miễn phí · hạn cứng còn %2</translation>
    </message>
    <message>
        <source>Over 7 days since the citizen&apos;s last message: Zalo refuses replies.</source>
        <translation>Đã quá 7 ngày kể từ tin nhắn cuối của công dân: Zalo sẽ từ chối tin trả lời.</translation>
    </message>
    <message>
        <source>A reply cannot be sent: the citizen last wrote more than 7 days ago and Zalo refuses it. No phone number is known; wait for the citizen to write again (the reply can stay as a draft).</source>
        <translation>Không thể gửi trả lời: công dân nhắn tin lần cuối đã hơn 7 ngày nên Zalo sẽ từ chối. Chưa có số điện thoại của công dân; hãy chờ công dân nhắn lại (nội dung trả lời được giữ lại dưới dạng bản nháp).</translation>
    </message>
    <message>
        <source>A reply cannot be sent: the citizen last wrote more than 7 days ago and Zalo refuses it. Call the citizen on %1, or wait for a new message (the reply can stay as a draft).</source>
        <translation>Không thể gửi trả lời: công dân nhắn tin lần cuối đã hơn 7 ngày nên Zalo sẽ từ chối. Hãy gọi điện cho công dân theo số %1, hoặc chờ công dân nhắn lại (nội dung trả lời được giữ lại dưới dạng bản nháp).</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <source>Sending (not yet confirmed by Zalo)</source>
        <translation>Đang gửi (Zalo chưa xác nhận)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Refused by Zalo</source>
        <translation>Zalo từ chối</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút lại</translation>
    </message>
    <message>
        <source>Free replies are over: a reply now is a paid message and needs a funded Zalo Cloud Account (ZCA) · hard limit in %1</source>
        <translation>Đã hết thời gian trả lời miễn phí: tin trả lời lúc này là tin trả phí, cần Zalo Cloud Account (ZCA) còn số dư · hạn cứng còn %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ConnectOaDialog</name>
    <message>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>Zalo&apos;s permission page is open in the browser. Allow the app there with the OA administrator&apos;s Zalo account, then paste the address the browser shows afterwards below.</source>
        <translation>Trang cấp quyền của Zalo đã mở trong trình duyệt. Hãy đồng ý cấp quyền cho ứng dụng bằng tài khoản Zalo quản trị OA, rồi dán vào ô dưới đây địa chỉ mà trình duyệt hiện ra sau đó.</translation>
    </message>
    <message>
        <source>The browser could not be opened: copy the address above into a browser where the OA administrator is logged in to Zalo.</source>
        <translation>Không mở được trình duyệt: hãy sao chép địa chỉ ở trên vào trình duyệt đang đăng nhập Zalo bằng tài khoản quản trị OA.</translation>
    </message>
    <message>
        <source>Asking Zalo for the tokens...</source>
        <translation>Đang đề nghị Zalo cấp token...</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Đang gửi...</translation>
    </message>
    <message>
        <source>Connect Zalo OA</source>
        <translation>Kết nối Zalo OA</translation>
    </message>
    <message>
        <source>Connects the desk to the province&apos;s Zalo Official Account. You need the app created on developers.zalo.me and linked to the OA, and the OA administrator&apos;s Zalo account. The secret key and the tokens are kept in this computer&apos;s system keychain only.</source>
        <translation>Kết nối Advisory Desk với Zalo Official Account của tỉnh. Cần có ứng dụng đã tạo trên developers.zalo.me và đã liên kết với OA, cùng tài khoản Zalo của quản trị viên OA. Secret key và token chỉ được lưu trong kho khóa hệ thống của máy này.</translation>
    </message>
    <message>
        <source>1. The Zalo app and the permission page</source>
        <translation>1. Ứng dụng Zalo và trang cấp quyền</translation>
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
        <translation>đúng như đã khai báo cho ứng dụng, https://...</translation>
    </message>
    <message>
        <source>&amp;Open Zalo&apos;s permission page</source>
        <translation>&amp;Mở trang cấp quyền của Zalo</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Sao ché&amp;p</translation>
    </message>
    <message>
        <source>the permission page&apos;s address appears here</source>
        <translation>địa chỉ trang cấp quyền sẽ hiện ở đây</translation>
    </message>
    <message>
        <source>2. The address Zalo leads to</source>
        <translation>2. Địa chỉ Zalo chuyển tới</translation>
    </message>
    <message>
        <source>After you allow the app, the browser opens the callback URL with a code in it. Paste that whole address (or only the code) here within 10 minutes.</source>
        <translation>Sau khi đồng ý cấp quyền, trình duyệt mở Callback URL có kèm mã cấp quyền (code). Dán toàn bộ địa chỉ đó (hoặc chỉ mã) vào đây trong vòng 10 phút.</translation>
    </message>
    <message>
        <source>https://.../callback?code=...&amp;state=...</source>
        <translation>https://.../callback?code=...&amp;state=...</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>3. Send a test message to my own Zalo</source>
        <translation>3. Gửi tin nhắn thử đến Zalo của tôi</translation>
    </message>
    <message>
        <source>My &amp;Zalo user id:</source>
        <translation>&amp;Mã người dùng Zalo của tôi:</translation>
    </message>
    <message>
        <source>choose yourself among the citizens, or type your id</source>
        <translation>chọn tên mình trong danh sách công dân, hoặc nhập mã của mình</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Test message from Advisory Desk: the OA is connected.</source>
        <translation>Tin nhắn thử từ Advisory Desk: OA đã được kết nối.</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>&amp;Gửi tin thử</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DashboardWidget</name>
    <message>
        <source>Report period: a month (2026-07), quarter (2026-Q3), half year (2026-H1) or year (2026), by the day cases were received</source>
        <translation>Kỳ báo cáo: tháng (2026-07), quý (2026-Q3), 6 tháng (2026-H1) hoặc năm (2026), theo ngày tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>Không đọc được số liệu báo cáo: %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Tất cả cơ quan</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Tất cả cán bộ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tất cả các loại</translation>
    </message>
    <message>
        <source>Answered on time (%)</source>
        <translation>Tỷ lệ trả lời đúng hạn (%)</translation>
    </message>
    <message>
        <source>0-7 days</source>
        <translation>0-7 ngày</translation>
    </message>
    <message>
        <source>8-14 days</source>
        <translation>8-14 ngày</translation>
    </message>
    <message>
        <source>15-30 days</source>
        <translation>15-30 ngày</translation>
    </message>
    <message>
        <source>over 30 days</source>
        <translation>trên 30 ngày</translation>
    </message>
    <message>
        <source>Open cases by age</source>
        <translation>Hồ sơ đang xử lý theo thời gian tồn đọng</translation>
    </message>
    <message>
        <source>the desk</source>
        <translation>Tổ tư vấn</translation>
    </message>
    <message>
        <source>Prolonged cases by agency</source>
        <translation>Hồ sơ kéo dài theo cơ quan</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <source>%1: %2 cases received · answered on time %3 · prolonged %4 · indicator 8 (TT 01/2018): %5 points · complaints redirected %6</source>
        <translation>%1: tiếp nhận %2 hồ sơ · trả lời đúng hạn %3 · kéo dài %4 · chỉ số 8 (TT 01/2018): %5 điểm · khiếu nại, tố cáo đã hướng dẫn chuyển %6</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation>Xuất báo cáo Excel...</translation>
    </message>
    <message>
        <source>The periodic report of this period and these cases as an Excel workbook</source>
        <translation>Báo cáo định kỳ của kỳ này và các vụ việc đang chọn, dạng tệp Excel</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <source>Cases received by kind</source>
        <translation>Vụ việc tiếp nhận theo loại</translation>
    </message>
    <message>
        <source>Computing the report...</source>
        <translation>Đang tính số liệu báo cáo...</translation>
    </message>
    <message>
        <source>Inbox shows: %1</source>
        <translation>Hộp thư đang lọc: %1</translation>
    </message>
    <message>
        <source>No cases in this period</source>
        <translation>Không có hồ sơ trong kỳ này</translation>
    </message>
    <message>
        <source>No case answered or past its due date in this period</source>
        <translation>Trong kỳ này chưa có hồ sơ nào đã trả lời hoặc quá hạn</translation>
    </message>
    <message>
        <source>No open cases</source>
        <translation>Không có hồ sơ đang xử lý</translation>
    </message>
    <message>
        <source>No prolonged cases in this period</source>
        <translation>Không có hồ sơ kéo dài trong kỳ này</translation>
    </message>
    <message>
        <source>No ratings in this period</source>
        <translation>Không có đánh giá trong kỳ này</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryDialog</name>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mẫu trả lời</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Quy tắc chuyển xử lý</translation>
    </message>
    <message>
        <source>Classification rules</source>
        <translation>Quy tắc phân loại</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the %1 “%2”? Cases that already refer to it keep the code.</source>
        <translation>Xóa %1 “%2”? Các yêu cầu đã gắn mã này vẫn giữ nguyên mã.</translation>
    </message>
    <message>
        <source>Import %1 from CSV</source>
        <translation>Nhập %1 từ tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Tệp CSV (*.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Nhập CSV</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation>Xuất %1 ra tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryImportReportDialog</name>
    <message>
        <source>Import of %1</source>
        <translation>Kết quả nhập %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Lý do không nhập được</translation>
    </message>
    <message>
        <source>The file was not imported. %1</source>
        <translation>Tệp chưa được nhập. %1</translation>
    </message>
    <message>
        <source>%1 rows read: %2 added, %3 updated.</source>
        <translation>Đã đọc %1 dòng: thêm mới %2, cập nhật %3.</translation>
    </message>
    <message>
        <source>%1 rows were not imported; correct them in the file and import it again.</source>
        <translation>%1 dòng không nhập được; vui lòng sửa các dòng này trong tệp rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Xác minh</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại hình</translation>
    </message>
    <message>
        <source>Former units</source>
        <translation>Đơn vị trước sắp xếp</translation>
    </message>
    <message>
        <source>Provincial agency</source>
        <translation>Cơ quan cấp tỉnh</translation>
    </message>
    <message>
        <source>Commune agency</source>
        <translation>Đơn vị cấp xã</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Portal link</source>
        <translation>Đường dẫn Cổng DVC</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan thực hiện</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Gán cho</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Mẫu từ khóa</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>Department (Sở)</source>
        <translation>Sở</translation>
    </message>
    <message>
        <source>Central sector agency</source>
        <translation>Cơ quan ngành dọc</translation>
    </message>
    <message>
        <source>Provincial People&apos;s Committee</source>
        <translation>UBND tỉnh</translation>
    </message>
    <message>
        <source>Commune / ward People&apos;s Committee</source>
        <translation>UBND xã, phường</translation>
    </message>
    <message>
        <source>Specialised agency</source>
        <translation>Cơ quan chuyên môn</translation>
    </message>
    <message>
        <source>Administrative body</source>
        <translation>Tổ chức hành chính</translation>
    </message>
    <message>
        <source>Other administrative agency</source>
        <translation>Cơ quan hành chính khác</translation>
    </message>
    <message>
        <source>Public service unit</source>
        <translation>Đơn vị sự nghiệp</translation>
    </message>
    <message>
        <source>Division (Phòng)</source>
        <translation>Phòng</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Chưa xác minh</translation>
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
        <source>Province</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Cấp xã</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Toàn trình</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Một phần</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Chưa rõ</translation>
    </message>
    <message>
        <source>A default row not yet checked against an official source. Check it, then edit the row and tick &quot;Verified&quot;.</source>
        <translation>Dòng dữ liệu mặc định chưa được đối chiếu với nguồn chính thức. Hãy kiểm tra, sau đó sửa dòng và đánh dấu &quot;Đã xác minh&quot;.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::DirectoryRecordDialog</name>
    <message>
        <source>New %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>Sửa %1 %2</translation>
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
    <name>Desk::Gui::ExportDialog</name>
    <message>
        <source>Advisory and Support Team, Public Administrative Service Center</source>
        <translation>Tổ Tư vấn, hướng dẫn, hỗ trợ dịch vụ hành chính công, Trung tâm Phục vụ hành chính công</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export report to Excel</source>
        <translation>Xuất báo cáo Excel</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Six months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Reporting cut-off: from the 15th to the 14th</source>
        <translation>Kỳ chốt số liệu: từ ngày 15 đến ngày 14</translation>
    </message>
    <message>
        <source>Periodic administrative reports count from the 15th of the month before the period to the 14th of its last month</source>
        <translation>Báo cáo định kỳ tính số liệu từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối kỳ</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Shown under the title of the summary sheet</source>
        <translation>Hiển thị dưới tiêu đề của trang Tổng hợp</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook (.xlsx):</source>
        <translation>Tệp E&amp;xcel (.xlsx):</translation>
    </message>
    <message>
        <source>&amp;CSV (tab-separated, for Excel):</source>
        <translation>Tệp &amp;CSV (phân cách bằng tab, cho Excel):</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Chọn...</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất báo cáo</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Hủy xuất báo cáo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Only the cases of: %1</source>
        <translation>Chỉ gồm vụ việc của: %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>First six months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Last six months</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>Cases received from %1 to %2</source>
        <translation>Vụ việc tiếp nhận từ %1 đến %2</translation>
    </message>
    <message>
        <source>report-%1</source>
        <translation>bao-cao-%1</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Lưu báo cáo thành</translation>
    </message>
    <message>
        <source>Choose an Excel workbook or a CSV file to write.</source>
        <translation>Hãy chọn tệp Excel hoặc tệp CSV để ghi báo cáo.</translation>
    </message>
    <message>
        <source>Writing: %1 of %2 rows</source>
        <translation>Đang ghi: %1 / %2 dòng</translation>
    </message>
    <message>
        <source>Computing the report...</source>
        <translation>Đang tính số liệu báo cáo...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Đang hủy...</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy xuất báo cáo; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Không xuất được báo cáo: %1</translation>
    </message>
    <message>
        <source>Nothing was written: choose another file name.</source>
        <translation>Chưa ghi tệp nào: hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Ghi đè tệp?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Tệp %1 đã có.
Bạn có muốn ghi đè tệp này không?</translation>
    </message>
    <message>
        <source>These files already exist:
%1
Do you want to replace them?</source>
        <translation>Các tệp sau đã có:
%1
Bạn có muốn ghi đè các tệp này không?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ghi đè</translation>
    </message>
    <message>
        <source>&amp;Keep the file</source>
        <translation>&amp;Giữ tệp cũ</translation>
    </message>
    <message>
        <source>&amp;Language of the files:</source>
        <translation>&amp;Ngôn ngữ của tệp:</translation>
    </message>
    <message>
        <source>Sheet names, headings, labels and number formats of the workbook and the CSV</source>
        <translation>Tên trang tính, tiêu đề, nhãn và định dạng số của tệp Excel và tệp CSV</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::FilterChip</name>
    <message>
        <source>Remove this filter (Esc)</source>
        <translation>Bỏ bộ lọc này (Esc)</translation>
    </message>
    <message>
        <source>Remove filter</source>
        <translation>Bỏ bộ lọc</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::InboxDelegate</name>
    <message>
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>A reply is waiting in the outbox; it goes out with the next sync.</source>
        <translation>Có câu trả lời đang chờ trong hộp thư đi; câu trả lời sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Case %1, received %2</source>
        <translation>Vụ việc %1, tiếp nhận lúc %2</translation>
    </message>
    <message>
        <source>Last activity %1</source>
        <translation>Hoạt động gần nhất: %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::InboxModel</name>
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
    <message>
        <source>Legal deadline</source>
        <translation>Hạn theo quy định</translation>
    </message>
    <message>
        <source>Zalo allows free replies for 48 hours after the citizen&apos;s last message and no reply at all after 7 days. In between, a reply is a paid message and needs a funded Zalo Cloud Account (ZCA).</source>
        <translation>Zalo cho trả lời miễn phí trong 48 giờ sau tin nhắn cuối của công dân và không cho trả lời sau 7 ngày. Trong khoảng giữa, tin trả lời là tin trả phí, cần Zalo Cloud Account (ZCA) còn số dư.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Chưa gửi được: %1</translation>
    </message>
    <message>
        <source>Waiting to send: %1</source>
        <translation>Chờ gửi: %1</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Bạn: %1</translation>
    </message>
    <message>
        <source>First message: %1</source>
        <translation>Tin nhắn đầu tiên: %1</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Trả lời trễ hạn</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Trả lời đúng hạn</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>Tạm dừng tính hạn</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Quá hạn từ %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>Đến hạn ngày mai</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Hạn %1</translation>
    </message>
    <message numerus="yes">
        <source>Due %1 · %n day(s) left</source>
        <translation>
            <numerusform>Hạn %1 · còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Zalo free · %1</source>
        <translation>Zalo miễn phí · %1</translation>
    </message>
    <message>
        <source>Zalo paid · %1</source>
        <translation>Zalo tính phí · %1</translation>
    </message>
    <message>
        <source>Zalo closed (7 days)</source>
        <translation>Zalo: quá 7 ngày</translation>
    </message>
    <message>
        <source>%1+ cases</source>
        <translation>%1+ vụ việc</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln vụ việc</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desk::Gui::InboxWidget</name>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with new messages — F5 to update the list</source>
        <translation>
            <numerusform>%n vụ việc có tin nhắn mới — nhấn F5 để cập nhật danh sách</numerusform>
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
Answers citizens&apos; questions sent to the province&apos;s Zalo Official Account.
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
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Quản trị</translation>
    </message>
    <message>
        <source>&amp;Calendar and deadlines...</source>
        <translation>&amp;Lịch làm việc và thời hạn...</translation>
    </message>
    <message>
        <source>Days off and make-up working days of each year; working days per case kind and step</source>
        <translation>Ngày nghỉ và ngày làm bù của từng năm; số ngày làm việc theo loại yêu cầu và từng bước</translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation>Bảng theo dõi của lãnh đạo</translation>
    </message>
    <message>
        <source>Supervisor &amp;dashboard</source>
        <translation>Bảng &amp;theo dõi của lãnh đạo</translation>
    </message>
    <message>
        <source>&amp;Export report to Excel...</source>
        <translation>&amp;Xuất báo cáo Excel...</translation>
    </message>
    <message>
        <source>The periodic report of a month, quarter, half year or year as an Excel workbook and / or CSV</source>
        <translation>Báo cáo định kỳ theo tháng, quý, 6 tháng hoặc năm, dạng tệp Excel và / hoặc CSV</translation>
    </message>
    <message>
        <source>Connect &amp;Zalo OA...</source>
        <translation>Kết nối &amp;Zalo OA...</translation>
    </message>
    <message>
        <source>Authorise the desk on the province&apos;s Zalo Official Account and send a test message</source>
        <translation>Cấp quyền cho Advisory Desk trên Zalo Official Account của tỉnh và gửi tin nhắn thử</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>Next case in the list</source>
        <translation>Vụ việc tiếp theo trong danh sách</translation>
    </message>
    <message>
        <source>Previous case in the list</source>
        <translation>Vụ việc trước trong danh sách</translation>
    </message>
    <message>
        <source>Next case with unread messages</source>
        <translation>Vụ việc tiếp theo có tin nhắn chưa đọc</translation>
    </message>
    <message>
        <source>Open the selected case and write the reply (in the list)</source>
        <translation>Mở vụ việc đang chọn và soạn trả lời (trong danh sách)</translation>
    </message>
    <message>
        <source>Back to the case list</source>
        <translation>Về danh sách vụ việc</translation>
    </message>
    <message>
        <source>Reply tab: write the answer</source>
        <translation>Thẻ Trả lời: soạn câu trả lời</translation>
    </message>
    <message>
        <source>Internal note tab: a note for colleagues</source>
        <translation>Thẻ Ghi chú nội bộ: ghi chú cho đồng nghiệp</translation>
    </message>
    <message>
        <source>History tab: who did what</source>
        <translation>Thẻ Lịch sử: ai đã làm gì</translation>
    </message>
    <message>
        <source>Insert a reply template (or type / in the reply)</source>
        <translation>Chèn mẫu trả lời (hoặc gõ / trong ô trả lời)</translation>
    </message>
    <message>
        <source>Choose who handles the case</source>
        <translation>Chọn người xử lý vụ việc</translation>
    </message>
    <message>
        <source>Queue the reply / save the note (in the editor)</source>
        <translation>Đưa câu trả lời vào hàng đợi gửi / lưu ghi chú (trong ô soạn)</translation>
    </message>
    <message>
        <source>Show or hide the side panel (citizen, assignee, similar answers)</source>
        <translation>Hiện hoặc ẩn khung bên (công dân, người xử lý, câu trả lời tương tự)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
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
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Animated image (GIF)</source>
        <translation>Ảnh động (GIF)</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Nhãn dán</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Tin nhắn thoại</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Unreadable message</source>
        <translation>Tin nhắn không đọc được</translation>
    </message>
    <message>
        <source>[%1 message]</source>
        <translation>[Tin nhắn %1]</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::OutboxListModel</name>
    <message>
        <source>[Attachment] %1</source>
        <translation>[Tệp đính kèm] %1</translation>
    </message>
    <message>
        <source>%1 · part %2/%3 · %4</source>
        <translation>%1 · phần %2/%3 · %4</translation>
    </message>
    <message>
        <source>Will miss the Zalo window: the 7 days since the citizen&apos;s last message end before it can be sent.</source>
        <translation>Sẽ lỡ thời hạn của Zalo: 7 ngày kể từ tin nhắn cuối của công dân sẽ hết trước khi tin này được gửi.</translation>
    </message>
    <message>
        <source>Queued %1 by %2</source>
        <translation>Xếp hàng gửi lúc %1, người gửi: %2</translation>
    </message>
    <message>
        <source>Next attempt %1</source>
        <translation>Lần gửi tiếp theo: %1</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::PresenceLabel</name>
    <message>
        <source>%1 is writing a reply</source>
        <translation>%1 đang soạn trả lời</translation>
    </message>
    <message>
        <source>%1 has this case open</source>
        <translation>%1 đang mở vụ việc này</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ReplyComposer</name>
    <message>
        <source>Answers: «%1»</source>
        <translation>Trả lời tin nhắn: «%1»</translation>
    </message>
    <message>
        <source>The template still needs: %1</source>
        <translation>Mẫu vẫn còn thiếu: %1</translation>
    </message>
    <message>
        <source>The template %1 no longer exists.</source>
        <translation>Mẫu %1 không còn trong danh mục.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Images and documents (*.jpg *.jpeg *.png *.gif *.pdf *.doc *.docx);;All files (*)</source>
        <translation>Ảnh và văn bản (*.jpg *.jpeg *.png *.gif *.pdf *.doc *.docx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>The reply will be split</source>
        <translation>Câu trả lời sẽ được chia thành nhiều tin</translation>
    </message>
    <message numerus="yes">
        <source>The reply is longer than Zalo&apos;s 2,000 characters and goes out as %n message(s), in this order. Only the first quotes the citizen&apos;s message.</source>
        <translation>
            <numerusform>Câu trả lời dài hơn giới hạn 2.000 ký tự của Zalo nên sẽ được gửi thành %n tin nhắn theo thứ tự dưới đây. Chỉ tin đầu tiên trích dẫn tin nhắn của công dân.</numerusform>
        </translation>
    </message>
    <message>
        <source>— Message %1 of %2 (%3 characters) —</source>
        <translation>— Tin %1/%2 (%3 ký tự) —</translation>
    </message>
    <message numerus="yes">
        <source>Queue %n message(s)</source>
        <translation>
            <numerusform>Xếp hàng gửi %n tin</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply could not be queued: %1</source>
        <translation>Chưa đưa được câu trả lời vào hàng đợi gửi: %1</translation>
    </message>
    <message>
        <source>Write a reply or attach a file first.</source>
        <translation>Hãy soạn nội dung trả lời hoặc đính kèm tệp trước.</translation>
    </message>
    <message>
        <source>The reply still contains %1: replace it with the real value (or remove it) before sending.</source>
        <translation>Câu trả lời vẫn còn %1: hãy thay bằng thông tin thật (hoặc xoá đi) trước khi gửi.</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt</source>
        <translation>Xác nhận đã tiếp nhận</translation>
    </message>
    <message>
        <source>The advisory team has received your request {ma_yeu_cau} and will answer by {han_tra_loi}. Please quote the code {ma_yeu_cau} when you write again.</source>
        <translation>Tổ Tư vấn, hướng dẫn, hỗ trợ dịch vụ hành chính công đã tiếp nhận yêu cầu {ma_yeu_cau} của Ông/Bà và sẽ trả lời chậm nhất ngày {han_tra_loi}. Khi nhắn tin thêm, Ông/Bà vui lòng nêu mã yêu cầu {ma_yeu_cau}.</translation>
    </message>
    <message>
        <source>The reply could not be withdrawn: %1</source>
        <translation>Chưa rút lại được câu trả lời: %1</translation>
    </message>
    <message>
        <source>Characters as Zalo counts them; a reply over 2,000 is sent as several messages.</source>
        <translation>Số ký tự theo cách Zalo tính; câu trả lời dài hơn 2.000 ký tự sẽ được gửi thành nhiều tin.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Queue the reply for Zalo (Ctrl+Enter)</source>
        <translation>Đưa câu trả lời vào hàng đợi gửi qua Zalo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>The citizen already had an answer or an acknowledgement in this case.</source>
        <translation>Công dân đã nhận được câu trả lời hoặc tin xác nhận trong yêu cầu này.</translation>
    </message>
    <message>
        <source>Queue the acknowledgement with the case code and the due date at once</source>
        <translation>Gửi ngay tin xác nhận đã tiếp nhận, kèm mã yêu cầu và hạn trả lời</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ResolvePanel</name>
    <message>
        <source>Resolution and rating</source>
        <translation>Giải quyết và đánh giá</translation>
    </message>
    <message>
        <source>Ask for a rating</source>
        <translation>Mời công dân đánh giá</translation>
    </message>
    <message>
        <source>Mark &amp;resolved...</source>
        <translation>Đánh dấu đã &amp;giải quyết...</translation>
    </message>
    <message>
        <source>Resolved %1 by %2.</source>
        <translation>Đã giải quyết lúc %1, người đánh dấu: %2.</translation>
    </message>
    <message>
        <source>The citizen rated: %1</source>
        <translation>Công dân đánh giá: %1</translation>
    </message>
    <message>
        <source>The rating question was sent; the citizen has not answered yet.</source>
        <translation>Đã gửi câu hỏi đánh giá; công dân chưa trả lời.</translation>
    </message>
    <message>
        <source>The rating question will be sent when the case is marked resolved.</source>
        <translation>Câu hỏi đánh giá sẽ được gửi khi hồ sơ được đánh dấu đã giải quyết.</translation>
    </message>
    <message>
        <source>Withheld by %1.</source>
        <translation>Người chọn không hỏi: %1.</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Đánh dấu đã giải quyết</translation>
    </message>
    <message>
        <source>Mark %1 (%2) as resolved?</source>
        <translation>Đánh dấu hồ sơ %1 (%2) đã giải quyết?</translation>
    </message>
    <message>
        <source>The citizen will be asked to rate the answer:
&quot;%1&quot;
The case closes when they answer.</source>
        <translation>Công dân sẽ được mời đánh giá câu trả lời:
&quot;%1&quot;
Hồ sơ đóng khi công dân trả lời.</translation>
    </message>
    <message>
        <source>The case closes now.</source>
        <translation>Hồ sơ được đóng ngay.</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation>&amp;Giải quyết</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>%1 resolved: the rating question is queued for %2.</source>
        <translation>Đã giải quyết %1: câu hỏi đánh giá đã được xếp hàng gửi cho %2.</translation>
    </message>
    <message>
        <source>%1 resolved and closed, without the rating question.</source>
        <translation>Đã giải quyết và đóng %1, không gửi câu hỏi đánh giá.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::RoutingDialog</name>
    <message numerus="yes">
        <source>No date agreed: the agency answers within %n working day(s) of the clock policy.</source>
        <translation>
            <numerusform>Không ấn định ngày: cơ quan trả lời trong %n ngày làm việc theo quy định thời hạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>No date agreed and no policy: the agency&apos;s answer has no clock.</source>
        <translation>Không ấn định ngày và không có quy định thời hạn: việc trả lời của cơ quan không tính hạn.</translation>
    </message>
    <message numerus="yes">
        <source>due %1 (%n working day(s))</source>
        <translation>
            <numerusform>hạn: %1 (%n ngày làm việc)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a working day</source>
        <translation>%1 không phải ngày làm việc</translation>
    </message>
    <message>
        <source>%1 is a day off: %2</source>
        <translation>%1 là ngày nghỉ: %2</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Chuyển</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>chưa phân loại</translation>
    </message>
    <message>
        <source>%1 (%2, %3 level)</source>
        <translation>%1 (%2, cấp %3)</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>No suggestion: choose the agency below.</source>
        <translation>Chưa có gợi ý: hãy chọn cơ quan xử lý bên dưới.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Căn cứ: %1</translation>
    </message>
    <message>
        <source>This case already waits for %1 (sent %2). Routing it again adds a new transfer; the earlier one stays open until its answer is recorded.</source>
        <translation>Hồ sơ này đang chờ %1 trả lời (đã chuyển ngày %2). Chuyển tiếp sẽ tạo thêm một lần chuyển mới; lần chuyển trước vẫn để mở cho đến khi ghi nhận trả lời.</translation>
    </message>
    <message>
        <source>Choose the agency to send the case to.</source>
        <translation>Hãy chọn cơ quan để chuyển hồ sơ.</translation>
    </message>
    <message>
        <source>The case could not be routed: %1</source>
        <translation>Không chuyển được hồ sơ: %1</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>No agency chosen yet: pick one in the list.</source>
        <translation>Chưa chọn cơ quan: hãy chọn một cơ quan trong danh sách.</translation>
    </message>
    <message>
        <source>Will be sent to: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sẽ chuyển đến: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Hồ sơ: %1</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Công dân: %1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Cơ quan: %1</translation>
    </message>
    <message>
        <source>Note to the agency: %1</source>
        <translation>Ghi chú cho cơ quan: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Answer due: %1</source>
        <translation>Hạn trả lời: %1</translation>
    </message>
    <message>
        <source>Answer due: no date agreed</source>
        <translation>Hạn trả lời: không ấn định ngày</translation>
    </message>
    <message>
        <source>The citizen is told: nothing yet. Routing sends no message to the citizen; answer them once the agency has answered.</source>
        <translation>Công dân được báo: chưa có gì. Chuyển hồ sơ không gửi tin nhắn cho công dân; hãy trả lời công dân khi cơ quan đã trả lời.</translation>
    </message>
    <message numerus="yes">
        <source>You can recall the routing within %n minute(s).</source>
        <translation>
            <numerusform>Có thể thu hồi lần chuyển trong vòng %n phút.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Route...</source>
        <translation>&amp;Chuyển...</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (preselected below: check it or choose another)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (đã chọn sẵn bên dưới: kiểm tra lại hoặc chọn cơ quan khác)</translation>
    </message>
    <message>
        <source>Route %1?</source>
        <translation>Chuyển hồ sơ %1?</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Single keys work when the cursor is not in a text field. Tab and Shift+Tab move between the parts of the window.</source>
        <translation>Các phím đơn có tác dụng khi con trỏ không ở trong ô nhập chữ. Tab và Shift+Tab chuyển giữa các phần của cửa sổ.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
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
        <translation>Câu trả lời tương tự trước đây</translation>
    </message>
    <message>
        <source>Insert into the reply</source>
        <translation>Chèn vào câu trả lời</translation>
    </message>
    <message>
        <source>Insert the chosen answer at the cursor (or double-click it)</source>
        <translation>Chèn câu trả lời đã chọn vào vị trí con trỏ (hoặc nhấp đúp vào câu trả lời)</translation>
    </message>
    <message>
        <source>No earlier answered case resembles this one.</source>
        <translation>Chưa có yêu cầu nào đã trả lời tương tự yêu cầu này.</translation>
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
    <message numerus="yes">
        <source>· %n conversation(s) not read yet, retried automatically</source>
        <translation>
            <numerusform>· %n cuộc trò chuyện chưa đọc được, sẽ tự động thử lại</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversations Zalo has not given the desk yet:</source>
        <translation>Các cuộc trò chuyện Zalo chưa trả về cho phần mềm:</translation>
    </message>
    <message>
        <source>The team&apos;s Zalo OA service is working</source>
        <translation>Dịch vụ Zalo OA của nhóm đang hoạt động</translation>
    </message>
    <message>
        <source>The team&apos;s Zalo OA service has not worked since %1</source>
        <translation>Dịch vụ Zalo OA của nhóm không hoạt động từ %1</translation>
    </message>
    <message>
        <source>The team&apos;s Zalo OA service has not started yet</source>
        <translation>Dịch vụ Zalo OA của nhóm chưa chạy</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TeamBanner</name>
    <message>
        <source>Lost the connection to the team database — retrying… (since %1; what is on screen and your draft are kept)</source>
        <translation>Mất kết nối cơ sở dữ liệu nhóm — đang thử lại… (từ %1; nội dung trên màn hình và bản nháp vẫn được giữ nguyên)</translation>
    </message>
    <message>
        <source>The Zalo service has not started yet: replies stay queued until it runs.</source>
        <translation>Dịch vụ Zalo chưa chạy: câu trả lời vẫn nằm trong hàng đợi cho đến khi dịch vụ hoạt động.</translation>
    </message>
    <message>
        <source>The Zalo service has not been working since %1: replies stay queued and go out once it is back.</source>
        <translation>Dịch vụ Zalo không hoạt động từ %1: câu trả lời vẫn nằm trong hàng đợi và sẽ được gửi khi dịch vụ hoạt động trở lại.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TemplatePickerDialog</name>
    <message>
        <source>Reply templates</source>
        <translation>Mẫu trả lời</translation>
    </message>
    <message>
        <source>Type to filter: title or words of the text</source>
        <translation>Gõ để lọc: tên mẫu hoặc từ trong nội dung</translation>
    </message>
    <message>
        <source>Made for this kind of case</source>
        <translation>Mẫu dành cho loại yêu cầu này</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Dùng mẫu này</translation>
    </message>
    <message>
        <source>No template matches.</source>
        <translation>Không có mẫu nào phù hợp.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TemplatePromptDialog</name>
    <message>
        <source>Values for the template</source>
        <translation>Thông tin cho mẫu trả lời</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs values the case does not have. Fill them in; the reply is inserted only when every value is given.</source>
        <translation>Mẫu &quot;%1&quot; cần một số thông tin mà yêu cầu chưa có. Vui lòng điền đầy đủ; nội dung chỉ được chèn khi đã có mọi thông tin.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Chèn</translation>
    </message>
    <message>
        <source>Type to search the directory, or write the value</source>
        <translation>Gõ để tìm trong danh mục, hoặc tự nhập</translation>
    </message>
    <message>
        <source>Show every entry of the directory</source>
        <translation>Xem toàn bộ danh mục</translation>
    </message>
    <message>
        <source>Type the value</source>
        <translation>Nhập thông tin</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TimelineModel</name>
    <message>
        <source>Advisory team (OA)</source>
        <translation>Tổ tư vấn (OA)</translation>
    </message>
    <message>
        <source>Internal note · %1</source>
        <translation>Ghi chú nội bộ · %1</translation>
    </message>
    <message>
        <source>Zalo sent this message in a form the desk cannot read. What arrived:</source>
        <translation>Zalo gửi tin nhắn này ở dạng phần mềm không đọc được. Nội dung nhận được:</translation>
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
        <translation>Chuyển lúc %1, người chuyển: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Waiting for the answer, due %1</source>
        <translation>Đang chờ trả lời, hạn %1</translation>
    </message>
    <message>
        <source>Waiting for the answer</source>
        <translation>Đang chờ trả lời</translation>
    </message>
    <message>
        <source>Overdue: the answer was due %1</source>
        <translation>Quá hạn: hạn trả lời là ngày %1</translation>
    </message>
    <message>
        <source>Answered %1, after the due date %2</source>
        <translation>Đã trả lời lúc %1, sau hạn %2</translation>
    </message>
    <message>
        <source>Answered %1</source>
        <translation>Đã trả lời lúc %1</translation>
    </message>
    <message>
        <source>Transfers to agencies</source>
        <translation>Các lần chuyển cơ quan xử lý</translation>
    </message>
    <message>
        <source>Not sent to any agency.</source>
        <translation>Chưa chuyển đến cơ quan nào.</translation>
    </message>
    <message>
        <source>Sent by mistake? It can be recalled until %1 (Case menu).</source>
        <translation>Chuyển nhầm? Có thể thu hồi đến %1 (trình đơn Hồ sơ).</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::TransferSlip</name>
    <message>
        <source>The case has no such transfer to an agency.</source>
        <translation>Hồ sơ không có lần chuyển cơ quan này.</translation>
    </message>
    <message>
        <source>Transfer slip</source>
        <translation>Phiếu chuyển</translation>
    </message>
    <message>
        <source>The slip could not be laid out on the page.</source>
        <translation>Không dàn trang được phiếu chuyển.</translation>
    </message>
</context>
<context>
    <name>Desk::Gui::UnreadNotifier</name>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Thông báo</translation>
    </message>
    <message>
        <source>Unread count in the title and the taskbar</source>
        <translation>Số vụ việc chưa đọc trên thanh tiêu đề và thanh tác vụ</translation>
    </message>
    <message>
        <source>Tray notification when a citizen writes</source>
        <translation>Thông báo ở khay hệ thống khi công dân nhắn tin</translation>
    </message>
    <message>
        <source>Sound when a citizen writes</source>
        <translation>Phát âm thanh khi công dân nhắn tin</translation>
    </message>
    <message>
        <source>%1 wrote</source>
        <translation>%1 vừa nhắn tin</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) wrote</source>
        <translation>
            <numerusform>%n công dân vừa nhắn tin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advisory Desk: %n unread case(s)</source>
        <translation>
            <numerusform>Bàn tư vấn: %n vụ việc chưa đọc</numerusform>
        </translation>
    </message>
    <message>
        <source>Advisory Desk</source>
        <translation>Bàn tư vấn</translation>
    </message>
</context>
<context>
    <name>Desk::Reports</name>
    <message>
        <source>Case code</source>
        <translation>Mã yêu cầu</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Commune / ward</source>
        <translation>Xã / phường</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Phản hồi đầu tiên</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>Agency answered</source>
        <translation>Cơ quan trả lời</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Ngày trả lời</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Prolonged</source>
        <translation>Kéo dài</translation>
    </message>
    <message>
        <source>First response (working hours)</source>
        <translation>Phản hồi đầu tiên (giờ làm việc)</translation>
    </message>
    <message>
        <source>First response (calendar hours)</source>
        <translation>Phản hồi đầu tiên (giờ thực tế)</translation>
    </message>
    <message>
        <source>Routing (working hours)</source>
        <translation>Chuyển xử lý (giờ làm việc)</translation>
    </message>
    <message>
        <source>Routing (calendar hours)</source>
        <translation>Chuyển xử lý (giờ thực tế)</translation>
    </message>
    <message>
        <source>Agency (working hours)</source>
        <translation>Cơ quan xử lý (giờ làm việc)</translation>
    </message>
    <message>
        <source>Agency (calendar hours)</source>
        <translation>Cơ quan xử lý (giờ thực tế)</translation>
    </message>
    <message>
        <source>Resolution (working hours)</source>
        <translation>Giải quyết (giờ làm việc)</translation>
    </message>
    <message>
        <source>Resolution (calendar hours)</source>
        <translation>Giải quyết (giờ thực tế)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Hỏi đáp</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Phản ánh</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Dossier look-up</source>
        <translation>Tra cứu hồ sơ</translation>
    </message>
    <message>
        <source>Postal delivery</source>
        <translation>Bưu chính</translation>
    </message>
    <message>
        <source>Online submission help</source>
        <translation>Hỗ trợ nộp trực tuyến</translation>
    </message>
    <message>
        <source>Complaint or denunciation</source>
        <translation>Khiếu nại, tố cáo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Chưa phân loại</translation>
    </message>
    <message>
        <source>Time to route</source>
        <translation>Thời gian chuyển xử lý</translation>
    </message>
    <message>
        <source>Agency turnaround</source>
        <translation>Thời gian cơ quan xử lý</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Thời gian giải quyết</translation>
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
        <source>(none)</source>
        <translation>(chưa có)</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>Quarter %1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>Report on questions, reports and petitions received through Zalo OA</source>
        <translation>Báo cáo kết quả tiếp nhận, trả lời câu hỏi, phản ánh, kiến nghị qua Zalo OA</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>(15 -&gt; 14 cut-off)</source>
        <translation>(số liệu từ ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <source>Only the cases of</source>
        <translation>Chỉ gồm hồ sơ của</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Ngày lập</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Theo loại yêu cầu</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <source>Received by kind</source>
        <translation>Tiếp nhận theo loại yêu cầu</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Trả lời đúng hạn</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Trả lời quá hạn</translation>
    </message>
    <message>
        <source>In progress (not yet due)</source>
        <translation>Đang xử lý (chưa đến hạn)</translation>
    </message>
    <message>
        <source>Overdue (still open)</source>
        <translation>Quá hạn (chưa trả lời)</translation>
    </message>
    <message>
        <source>Out of scope (complaints, redirected)</source>
        <translation>Ngoài phạm vi (khiếu nại, tố cáo đã hướng dẫn)</translation>
    </message>
    <message>
        <source>Share answered on time</source>
        <translation>Tỷ lệ trả lời đúng hạn</translation>
    </message>
    <message>
        <source>Indicator 8 score (TT 01/2018/TT-VPCP)</source>
        <translation>Điểm chỉ số 8 (TT 01/2018/TT-VPCP)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn chưa trả lời</translation>
    </message>
    <message>
        <source>On-time share</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Handling time (hours)</source>
        <translation>Thời gian xử lý (giờ)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Mean, working hours</source>
        <translation>Trung bình, giờ làm việc</translation>
    </message>
    <message>
        <source>Median, working hours</source>
        <translation>Trung vị, giờ làm việc</translation>
    </message>
    <message>
        <source>P90, working hours</source>
        <translation>P90, giờ làm việc</translation>
    </message>
    <message>
        <source>Mean, calendar hours</source>
        <translation>Trung bình, giờ thực tế</translation>
    </message>
    <message>
        <source>Median, calendar hours</source>
        <translation>Trung vị, giờ thực tế</translation>
    </message>
    <message>
        <source>P90, calendar hours</source>
        <translation>P90, giờ thực tế</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Kết quả xử lý</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>không tạo được tệp Excel</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
</context>
<context>
    <name>Desk::Secrets::FileSecretStore</name>
    <message>
        <source>Cannot lock %1 to change it: another program keeps it locked.</source>
        <translation>Không khóa được %1 để ghi: một chương trình khác đang giữ khóa tệp này.</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Không đọc được tệp thông tin bí mật %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 may be read or changed by other users (mode %2); it is not used. Make it private with: chmod 600 %1</source>
        <translation>Tệp thông tin bí mật %1 đang để người dùng khác đọc hoặc sửa được (quyền %2) nên không được sử dụng. Hãy giới hạn quyền cho riêng chủ tệp bằng lệnh: chmod 600 %1</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged or was not written by Advisory Desk; it is left as it is.</source>
        <translation>Tệp thông tin bí mật %1 bị hỏng hoặc không do Advisory Desk tạo ra; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Không ghi được tệp thông tin bí mật %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1: its folder does not exist or this user may not write in it.</source>
        <translation>Không tạo được tệp lock %1: thư mục chứa tệp không tồn tại hoặc tài khoản này không có quyền ghi vào thư mục đó.</translation>
    </message>
</context>
<context>
    <name>Desk::Secrets::ServiceKey</name>
    <message>
        <source>The service key is empty.</source>
        <translation>Chưa nhập khóa dịch vụ.</translation>
    </message>
    <message>
        <source>The service key is of version %1, which this program does not know; update Advisory Desk on this computer.</source>
        <translation>Khóa dịch vụ thuộc phiên bản %1 mà chương trình này chưa hỗ trợ; hãy cập nhật Advisory Desk trên máy này.</translation>
    </message>
    <message>
        <source>This is not a service key: a service key starts with &quot;dsk1-&quot; (the line &quot;service-key: ...&quot; printed by team-init).</source>
        <translation>Đây không phải là khóa dịch vụ: khóa dịch vụ bắt đầu bằng &quot;dsk1-&quot; (xem dòng &quot;service-key: ...&quot; do lệnh team-init in ra).</translation>
    </message>
    <message>
        <source>The service key contains a character that cannot be part of it (&quot;%1&quot; at position %2); copy the key again exactly as printed.</source>
        <translation>Khóa dịch vụ chứa ký tự không hợp lệ (&quot;%1&quot; ở vị trí %2); hãy sao chép lại khóa đúng như bản đã in ra.</translation>
    </message>
    <message>
        <source>The service key has %1 characters after &quot;dsk1-&quot; instead of %2; copy the whole key again.</source>
        <translation>Khóa dịch vụ có %1 ký tự sau &quot;dsk1-&quot; thay vì %2; hãy sao chép lại toàn bộ khóa.</translation>
    </message>
    <message>
        <source>The last character of the service key is wrong; copy the key again exactly as printed.</source>
        <translation>Ký tự cuối cùng của khóa dịch vụ không đúng; hãy sao chép lại khóa đúng như bản đã in ra.</translation>
    </message>
    <message>
        <source>No service key was given to open the stored secret.</source>
        <translation>Chưa có khóa dịch vụ để giải mã thông tin bí mật đã lưu.</translation>
    </message>
    <message>
        <source>The stored secret is in a format this version of Advisory Desk does not know (%1); update the program on this computer.</source>
        <translation>Thông tin bí mật đã lưu có định dạng (%1) mà phiên bản Advisory Desk này chưa hỗ trợ; hãy cập nhật chương trình trên máy này.</translation>
    </message>
    <message>
        <source>The stored secret is damaged: it is not a sealed value.</source>
        <translation>Thông tin bí mật đã lưu bị hỏng: đây không phải là giá trị đã được mã hóa.</translation>
    </message>
    <message>
        <source>The stored secret cannot be opened with this service key: the key is not the one it was sealed with, or the value was altered or copied from another record.</source>
        <translation>Không giải mã được thông tin bí mật đã lưu bằng khóa dịch vụ này: khóa không phải là khóa đã dùng để mã hóa, hoặc giá trị đã bị sửa đổi hay bị sao chép từ bản ghi khác.</translation>
    </message>
</context>
<context>
    <name>Desk::Store::CaseAutomation</name>
    <message>
        <source>Thank you for contacting the Procedure Settlement Center. Please rate how satisfied you are with the answer by replying with one number: %1</source>
        <translation>Cảm ơn ông/bà đã liên hệ Trung tâm Giải quyết thủ tục hành chính. Xin ông/bà đánh giá mức độ hài lòng với câu trả lời bằng cách nhắn lại một số: %1</translation>
    </message>
</context>
<context>
    <name>Desk::Store::CaseWork</name>
    <message>
        <source>The citizen was already asked to rate this case; the question is never sent twice.</source>
        <translation>Công dân đã được mời đánh giá hồ sơ này; câu hỏi không bao giờ gửi hai lần.</translation>
    </message>
    <message>
        <source>The rating question is withheld for this case.</source>
        <translation>Hồ sơ này đã được chọn không gửi câu hỏi đánh giá.</translation>
    </message>
    <message>
        <source>The case waits for the citizen&apos;s papers: no rating question.</source>
        <translation>Hồ sơ đang chờ công dân bổ sung giấy tờ: không gửi câu hỏi đánh giá.</translation>
    </message>
    <message>
        <source>No rating question yet: the desk has sent no answer (an acknowledgement or a request for papers does not count).</source>
        <translation>Chưa gửi câu hỏi đánh giá: Tổ tư vấn chưa gửi câu trả lời (thông báo tiếp nhận hay đề nghị bổ sung giấy tờ không tính).</translation>
    </message>
    <message>
        <source>The citizen last wrote more than 7 days ago; Zalo would refuse the rating question.</source>
        <translation>Công dân nhắn tin lần cuối đã quá 7 ngày; Zalo sẽ từ chối câu hỏi đánh giá.</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>Không có hồ sơ này.</translation>
    </message>
    <message>
        <source>The case waits for an agency&apos;s answer: record the answer (or recall the routing) before marking it resolved.</source>
        <translation>Hồ sơ đang chờ cơ quan trả lời: hãy ghi nhận trả lời (hoặc thu hồi lần chuyển) trước khi đánh dấu đã giải quyết.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>Hồ sơ đã đóng.</translation>
    </message>
    <message>
        <source>The case could not be marked resolved.</source>
        <translation>Không đánh dấu được hồ sơ đã giải quyết.</translation>
    </message>
    <message>
        <source>This routing no longer exists (recalled already?).</source>
        <translation>Lần chuyển này không còn (có thể đã được thu hồi).</translation>
    </message>
    <message>
        <source>The agency has already answered: the routing can no longer be recalled.</source>
        <translation>Cơ quan đã trả lời: không thể thu hồi lần chuyển này nữa.</translation>
    </message>
    <message numerus="yes">
        <source>A routing can only be recalled within %n minute(s) of sending it; this one was sent earlier. Ask the agency to return the case instead.</source>
        <translation>
            <numerusform>Chỉ thu hồi được lần chuyển trong vòng %n phút sau khi chuyển; lần chuyển này đã quá thời hạn. Đề nghị cơ quan trả lại hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The routing could not be recalled.</source>
        <translation>Không thu hồi được lần chuyển.</translation>
    </message>
</context>
<context>
    <name>Desk::Store::Directory</name>
    <message>
        <source>Nothing was imported: the database refused the write (%1).</source>
        <translation>Chưa nhập được dòng nào: cơ sở dữ liệu từ chối ghi (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), column %2</source>
        <translation>
            <numerusform>%1: %n dòng, cột %2</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is still used by: %2. Change those rows first.</source>
        <translation>“%1” vẫn đang được dùng ở: %2. Vui lòng sửa các dòng đó trước.</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::ApiError</name>
    <message>
        <source>Zalo is limiting how many requests the OA may make per minute. The reply stays in the queue and will be sent automatically.</source>
        <translation>Zalo đang giới hạn số yêu cầu mỗi phút của OA. Câu trả lời vẫn nằm trong hàng đợi và sẽ được gửi tự động.</translation>
    </message>
    <message>
        <source>The connection to Zalo must be authorised again by the administrator. The reply stays in the queue until then.</source>
        <translation>Quản trị viên cần cấp quyền lại cho kết nối với Zalo. Đến lúc đó, câu trả lời vẫn nằm trong hàng đợi.</translation>
    </message>
    <message>
        <source>Zalo cannot be reached. The reply stays in the queue and will be sent when the connection is back.</source>
        <translation>Không kết nối được với Zalo. Câu trả lời vẫn nằm trong hàng đợi và sẽ được gửi khi có kết nối trở lại.</translation>
    </message>
    <message>
        <source>The connection broke while sending, so it is not known whether Zalo delivered the reply. The desk checks the conversation before sending again.</source>
        <translation>Kết nối bị ngắt trong lúc gửi nên chưa rõ Zalo đã chuyển câu trả lời đến công dân hay chưa. Phần mềm sẽ kiểm tra lại hội thoại trước khi gửi lại.</translation>
    </message>
    <message>
        <source>The citizen does not follow the OA, so Zalo refused the message. Ask the citizen to follow the OA, or contact them by phone.</source>
        <translation>Công dân chưa quan tâm OA nên Zalo từ chối tin nhắn. Hãy đề nghị công dân quan tâm OA, hoặc liên hệ qua điện thoại.</translation>
    </message>
    <message>
        <source>The citizen&apos;s Zalo account is locked or has been inactive for more than 45 days. Contact the citizen by phone or through another channel.</source>
        <translation>Tài khoản Zalo của công dân đã bị khóa hoặc không hoạt động quá 45 ngày. Hãy liên hệ công dân qua điện thoại hoặc kênh khác.</translation>
    </message>
    <message>
        <source>The citizen has blocked this kind of message from the OA. Contact the citizen by phone or through another channel.</source>
        <translation>Công dân đã chặn loại tin nhắn này từ OA. Hãy liên hệ công dân qua điện thoại hoặc kênh khác.</translation>
    </message>
    <message>
        <source>The citizen has blocked the OA. Contact the citizen by phone or through another channel.</source>
        <translation>Công dân đã chặn OA. Hãy liên hệ công dân qua điện thoại hoặc kênh khác.</translation>
    </message>
    <message>
        <source>The message is too long or the attachment too large for Zalo (text at most 2,000 characters, images at most 1 MB, files at most 5 MB). Split the reply or make the file smaller.</source>
        <translation>Tin nhắn quá dài hoặc tệp đính kèm quá lớn so với giới hạn của Zalo (văn bản tối đa 2.000 ký tự, ảnh tối đa 1 MB, tệp tối đa 5 MB). Hãy chia nhỏ câu trả lời hoặc giảm dung lượng tệp.</translation>
    </message>
    <message>
        <source>Zalo rejected part of the message as invalid (for example, the quoted message no longer exists or the attachment is wrong). Send it again without the quote, or attach the file again.</source>
        <translation>Zalo từ chối vì một phần của tin nhắn không hợp lệ (ví dụ: tin nhắn được trích dẫn không còn tồn tại hoặc tệp đính kèm không đúng). Hãy gửi lại mà không trích dẫn, hoặc đính kèm lại tệp.</translation>
    </message>
    <message>
        <source>The attached image or file has expired on Zalo (uploads are kept about 7 days). Attach the file again and resend.</source>
        <translation>Ảnh hoặc tệp đính kèm đã hết hạn trên Zalo (tệp tải lên chỉ được lưu khoảng 7 ngày). Hãy đính kèm lại tệp rồi gửi lại.</translation>
    </message>
    <message>
        <source>The citizen has received as many messages as Zalo allows for now. Try again later or contact the citizen by phone.</source>
        <translation>Công dân đã nhận đủ số tin nhắn Zalo cho phép trong lúc này. Hãy thử lại sau hoặc liên hệ công dân qua điện thoại.</translation>
    </message>
    <message>
        <source>Zalo refused the message (error %1). Check the content and the recipient, then try again or ask the administrator.</source>
        <translation>Zalo từ chối tin nhắn (mã lỗi %1). Hãy kiểm tra lại nội dung và người nhận, sau đó thử lại hoặc liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The citizen has not interacted with the OA for more than 7 days, so Zalo no longer accepts a consultation message to them. The desk has no phone number for this citizen: send the answer as a ZBS template message to their Zalo account, or wait until they write again and then send the reply again.</source>
        <translation>Công dân đã quá 7 ngày không tương tác với OA nên Zalo không còn nhận gửi tin tư vấn cho công dân này. Hệ thống chưa có số điện thoại của công dân: hãy gửi câu trả lời bằng tin mẫu ZBS đến tài khoản Zalo của công dân, hoặc chờ công dân nhắn lại rồi gửi lại câu trả lời.</translation>
    </message>
    <message>
        <source>The citizen has never interacted with the OA, or their last interaction has expired, so Zalo does not accept a consultation message to them. The desk has no phone number for this citizen: send the answer as a ZBS template message to their Zalo account, or wait until they write again and then send the reply again.</source>
        <translation>Công dân chưa từng tương tác với OA hoặc lần tương tác gần nhất đã hết hiệu lực nên Zalo không nhận gửi tin tư vấn cho công dân này. Hệ thống chưa có số điện thoại của công dân: hãy gửi câu trả lời bằng tin mẫu ZBS đến tài khoản Zalo của công dân, hoặc chờ công dân nhắn lại rồi gửi lại câu trả lời.</translation>
    </message>
    <message>
        <source>The citizen has not interacted with the OA for more than 7 days, so Zalo no longer accepts a consultation message to them. Call the citizen on %1, or send the answer as a ZBS template message to that number; if they write to the OA again, send the reply again.</source>
        <translation>Công dân đã quá 7 ngày không tương tác với OA nên Zalo không còn nhận gửi tin tư vấn cho công dân này. Hãy gọi điện cho công dân theo số %1, hoặc gửi câu trả lời bằng tin mẫu ZBS đến số điện thoại này; nếu công dân nhắn lại cho OA, hãy gửi lại câu trả lời.</translation>
    </message>
    <message>
        <source>The citizen has never interacted with the OA, or their last interaction has expired, so Zalo does not accept a consultation message to them. Call the citizen on %1, or send the answer as a ZBS template message to that number; if they write to the OA again, send the reply again.</source>
        <translation>Công dân chưa từng tương tác với OA hoặc lần tương tác gần nhất đã hết hiệu lực nên Zalo không nhận gửi tin tư vấn cho công dân này. Hãy gọi điện cho công dân theo số %1, hoặc gửi câu trả lời bằng tin mẫu ZBS đến số điện thoại này; nếu công dân nhắn lại cho OA, hãy gửi lại câu trả lời.</translation>
    </message>
    <message>
        <source>The citizen does not follow the OA, so Zalo refused the message. Call the citizen on %1: give the answer by phone, or ask them to follow the OA and then send the reply again.</source>
        <translation>Công dân chưa quan tâm OA nên Zalo từ chối tin nhắn. Hãy gọi điện cho công dân theo số %1 để trả lời trực tiếp, hoặc đề nghị công dân quan tâm OA rồi gửi lại câu trả lời.</translation>
    </message>
    <message>
        <source>The citizen&apos;s Zalo account is locked or has been inactive for more than 45 days. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</source>
        <translation>Tài khoản Zalo của công dân đã bị khóa hoặc không hoạt động quá 45 ngày. Hãy gọi điện cho công dân theo số %1 để trả lời, hoặc dùng kênh khác (bưu chính, thư điện tử).</translation>
    </message>
    <message>
        <source>The citizen has blocked this kind of message from the OA. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</source>
        <translation>Công dân đã chặn loại tin nhắn này từ OA. Hãy gọi điện cho công dân theo số %1 để trả lời, hoặc dùng kênh khác (bưu chính, thư điện tử).</translation>
    </message>
    <message>
        <source>The citizen has blocked the OA. Call the citizen on %1 to give the answer, or use another channel (post, e-mail).</source>
        <translation>Công dân đã chặn OA. Hãy gọi điện cho công dân theo số %1 để trả lời, hoặc dùng kênh khác (bưu chính, thư điện tử).</translation>
    </message>
    <message>
        <source>More than 48 hours have passed since the citizen&apos;s last message, so this reply is a paid message, and the OA has no Zalo Cloud Account (ZCA) to pay for it. The administrator must link a Zalo Cloud Account to the OA&apos;s app on Zalo&apos;s developer site and top it up; then send the reply again. Replies within 48 hours of the citizen&apos;s message are free.</source>
        <translation>Đã quá 48 giờ kể từ tin nhắn cuối của công dân nên tin trả lời này là tin trả phí, nhưng OA chưa có Zalo Cloud Account (ZCA) để thanh toán. Người quản trị cần liên kết Zalo Cloud Account với ứng dụng của OA trên trang Zalo for Developers và nạp tiền vào tài khoản; sau đó gửi lại tin trả lời. Tin trả lời trong vòng 48 giờ kể từ tin nhắn của công dân được miễn phí.</translation>
    </message>
    <message>
        <source>More than 48 hours have passed since the citizen&apos;s last message, so this reply is a paid message, and the OA&apos;s Zalo Cloud Account (ZCA) has run out of money or cannot be charged. The administrator must top up the Zalo Cloud Account or fix its payment method; then send the reply again.</source>
        <translation>Đã quá 48 giờ kể từ tin nhắn cuối của công dân nên tin trả lời này là tin trả phí, nhưng Zalo Cloud Account (ZCA) của OA đã hết tiền hoặc không thanh toán được. Người quản trị cần nạp tiền vào Zalo Cloud Account hoặc sửa phương thức thanh toán; sau đó gửi lại tin trả lời.</translation>
    </message>
    <message>
        <source>Zalo refused the refresh token (error -14014: invalid or already used). Each refresh token works once; another program or computer may have used it. An administrator must connect the OA again: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</source>
        <translation>Zalo từ chối mã làm mới (lỗi -14014: không hợp lệ hoặc đã được dùng). Mỗi mã làm mới chỉ dùng được một lần; có thể một chương trình hoặc máy tính khác đã dùng nó. Quản trị viên cần kết nối lại OA: Quản trị &gt; Kết nối Zalo OA, hoặc lệnh &apos;advisory-desk-cli authorize&apos;.</translation>
    </message>
    <message>
        <source>The refresh token has expired (error -14020): Zalo keeps it for about three months without use. An administrator must connect the OA again: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</source>
        <translation>Mã làm mới đã hết hạn (lỗi -14020): Zalo chỉ giữ mã khoảng ba tháng nếu không dùng. Quản trị viên cần kết nối lại OA: Quản trị &gt; Kết nối Zalo OA, hoặc lệnh &apos;advisory-desk-cli authorize&apos;.</translation>
    </message>
    <message>
        <source>Zalo does not accept the app id or the secret key (error -14002). An administrator must check them on Zalo&apos;s developer site and enter them again.</source>
        <translation>Zalo không chấp nhận App ID hoặc khóa bí mật (lỗi -14002). Quản trị viên cần kiểm tra lại trên trang dành cho nhà phát triển của Zalo và nhập lại.</translation>
    </message>
    <message>
        <source>The connection to Zalo must be authorised again by the administrator: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</source>
        <translation>Quản trị viên cần cấp quyền lại cho kết nối với Zalo: Quản trị &gt; Kết nối Zalo OA, hoặc lệnh &apos;advisory-desk-cli authorize&apos;.</translation>
    </message>
    <message>
        <source>Zalo refused the OA&apos;s authorisation (error %1). An administrator must connect the OA again: Administration &gt; Connect Zalo OA, or &apos;advisory-desk-cli authorize&apos;.</source>
        <translation>Zalo từ chối quyền truy cập của OA (lỗi %1). Quản trị viên cần kết nối lại OA: Quản trị &gt; Kết nối Zalo OA, hoặc lệnh &apos;advisory-desk-cli authorize&apos;.</translation>
    </message>
    <message>
        <source> The reply stays in the queue until then.</source>
        <translation> Câu trả lời được giữ trong hàng đợi đến khi đó.</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::Attachment</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; has no extension (.jpg, .png, .pdf ...), so Zalo would not accept it. Rename the file with the right extension.</source>
        <translation>Tên tệp &quot;%1&quot; không có phần mở rộng (.jpg, .png, .pdf...) nên Zalo sẽ không nhận. Hãy đổi tên tệp với phần mở rộng đúng.</translation>
    </message>
    <message>
        <source>Only JPG, PNG or GIF images can be sent through Zalo.</source>
        <translation>Chỉ gửi được ảnh định dạng JPG, PNG hoặc GIF qua Zalo.</translation>
    </message>
    <message>
        <source>Only PDF, DOC or DOCX files can be sent through Zalo.</source>
        <translation>Chỉ gửi được tệp định dạng PDF, DOC hoặc DOCX qua Zalo.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty.</source>
        <translation>Tệp &quot;%1&quot; không có nội dung.</translation>
    </message>
    <message>
        <source>The content of &quot;%1&quot; is not a real %2 file (the name and the content do not match). Save or export the file again in the right format.</source>
        <translation>Nội dung tệp &quot;%1&quot; không phải định dạng %2 (tên tệp và nội dung không khớp). Hãy lưu hoặc xuất lại tệp đúng định dạng.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than the %2 Zalo accepts for this kind of file. Make it smaller (compress it or scan at a lower resolution).</source>
        <translation>Tệp &quot;%1&quot; vượt quá dung lượng %2 mà Zalo chấp nhận cho loại tệp này. Hãy giảm dung lượng (nén tệp hoặc quét với độ phân giải thấp hơn).</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::Authorization</name>
    <message>
        <source>not an http(s) URL: %1</source>
        <translation>không phải địa chỉ http(s): %1</translation>
    </message>
    <message>
        <source>%1 is not encrypted (http://): the app secret and the tokens would cross the network readable by anyone on the way. Use the https:// address; plain http is only accepted for this computer (127.0.0.1, localhost).</source>
        <translation>%1 không được mã hóa (http://): khóa bí mật của ứng dụng và token sẽ truyền qua mạng ở dạng ai cũng đọc được. Hãy dùng địa chỉ https://; http chỉ được chấp nhận cho chính máy này (127.0.0.1, localhost).</translation>
    </message>
    <message>
        <source>Zalo&apos;s authorisation server cannot be reached or answered something unreadable (%1). Check the network and the OAuth address, then try again: the code stays valid for 10 minutes.</source>
        <translation>Không kết nối được máy chủ cấp quyền của Zalo hoặc máy chủ trả lời không đọc được (%1). Hãy kiểm tra mạng và địa chỉ OAuth rồi thử lại: mã còn hiệu lực trong 10 phút.</translation>
    </message>
    <message>
        <source>The callback URL does not match the one registered for the app on developers.zalo.me (Official Account settings). Use exactly the same address.</source>
        <translation>Callback URL không khớp với địa chỉ đã khai báo cho ứng dụng trên developers.zalo.me (phần thiết lập Official Account). Hãy dùng đúng địa chỉ đó.</translation>
    </message>
    <message>
        <source>Zalo refused the authorisation code (%1). A code can be used once, within 10 minutes, and only together with the permission page it came from. Open the permission page again and paste the new code.</source>
        <translation>Zalo từ chối mã cấp quyền (%1). Mỗi mã chỉ dùng được một lần, trong vòng 10 phút, và chỉ đi cùng trang cấp quyền đã sinh ra nó. Hãy mở lại trang cấp quyền và dán mã mới.</translation>
    </message>
    <message>
        <source>Zalo refused the authorisation (error %1: %2).</source>
        <translation>Zalo từ chối cấp quyền (mã lỗi %1: %2).</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::OaConnection</name>
    <message>
        <source>The App ID is the number shown on the app&apos;s page on developers.zalo.me.</source>
        <translation>App ID là dãy số hiển thị trên trang của ứng dụng tại developers.zalo.me.</translation>
    </message>
    <message>
        <source>The callback URL must be a whole http(s) address, exactly as registered for the app on developers.zalo.me.</source>
        <translation>Callback URL phải là một địa chỉ http(s) đầy đủ, đúng như đã khai báo cho ứng dụng trên developers.zalo.me.</translation>
    </message>
    <message>
        <source>Open Zalo&apos;s permission page first (step 1).</source>
        <translation>Hãy mở trang cấp quyền của Zalo trước (bước 1).</translation>
    </message>
    <message>
        <source>Enter the app&apos;s secret key (developers.zalo.me, the app&apos;s settings).</source>
        <translation>Hãy nhập secret key của ứng dụng (developers.zalo.me, phần cài đặt của ứng dụng).</translation>
    </message>
    <message>
        <source>Paste the address Zalo opened after you allowed the app, or the code in it.</source>
        <translation>Dán địa chỉ Zalo mở ra sau khi đồng ý cấp quyền, hoặc mã code trong địa chỉ đó.</translation>
    </message>
    <message>
        <source>This address belongs to another authorisation attempt (its state does not match), so it was not used. Open the permission page again from this window and paste the address it leads to.</source>
        <translation>Địa chỉ này thuộc về một lần cấp quyền khác (tham số state không khớp) nên không được dùng. Hãy mở lại trang cấp quyền từ cửa sổ này và dán địa chỉ mà Zalo chuyển tới.</translation>
    </message>
    <message>
        <source>Zalo issued the tokens but the system keychain refused them (%1). Open the permission page and try again.</source>
        <translation>Zalo đã cấp token nhưng kho khóa hệ thống không lưu được (%1). Hãy mở lại trang cấp quyền và thử lại.</translation>
    </message>
    <message>
        <source>Connected: the OA&apos;s tokens are in the system keychain. The desk renews them by itself.</source>
        <translation>Đã kết nối: token của OA đã được lưu vào kho khóa hệ thống. Ứng dụng tự gia hạn token khi cần.</translation>
    </message>
    <message>
        <source>A Zalo user id is a long number (the id the desk shows for a citizen); choose yourself from the list or type your id.</source>
        <translation>Mã người dùng Zalo là một dãy số dài (mã hiển thị cho mỗi công dân); hãy chọn tên mình trong danh sách hoặc nhập mã của mình.</translation>
    </message>
    <message>
        <source>Zalo accepted the test message (message id %1). Open Zalo on your phone to see it.</source>
        <translation>Zalo đã nhận tin nhắn thử (mã tin %1). Mở Zalo trên điện thoại để xem.</translation>
    </message>
    <message>
        <source>Zalo refused the test message (error %1). %2</source>
        <translation>Zalo từ chối tin nhắn thử (mã lỗi %1). %2</translation>
    </message>
    <message>
        <source>The connection broke while sending: look in your Zalo whether the test message arrived before sending another one.</source>
        <translation>Kết nối bị ngắt trong khi gửi: hãy xem trong Zalo của mình tin nhắn thử đã đến chưa trước khi gửi lại.</translation>
    </message>
    <message>
        <source>The OA is not connected (or Zalo no longer accepts its tokens): do steps 1 and 2 first.</source>
        <translation>OA chưa được kết nối (hoặc Zalo không còn chấp nhận token): hãy làm bước 1 và 2 trước.</translation>
    </message>
    <message>
        <source>The test message was not sent: Zalo cannot be reached or is busy (%1). Try again in a moment.</source>
        <translation>Chưa gửi được tin nhắn thử: không kết nối được Zalo hoặc Zalo đang bận (%1). Hãy thử lại sau ít phút.</translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::OutboxSender</name>
    <message>
        <source>Zalo did not confirm a reply. The desk will check the conversation before sending it again, so the citizen does not receive it twice.</source>
        <translation>Zalo chưa xác nhận một tin trả lời. Phần mềm sẽ kiểm tra cuộc trò chuyện trước khi gửi lại, để công dân không nhận trùng tin.</translation>
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
    <message numerus="yes">
        <source>%n conversation(s) could not be read from Zalo yet; the desk tries again by itself. The others are up to date.</source>
        <translation>
            <numerusform>Chưa đọc được %n cuộc trò chuyện từ Zalo; phần mềm sẽ tự thử lại. Các cuộc trò chuyện khác đã được cập nhật.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desk::Zalo::TeamAccess</name>
    <message>
        <source>the password of %1 for the team database is not on this computer (%2); run join again</source>
        <translation>mật khẩu của %1 cho cơ sở dữ liệu nhóm không có trên máy này (%2); hãy chạy lại lệnh join</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <source>this profile belongs to %1, a member of the team: only the team&apos;s OA service talks to Zalo</source>
        <translation>hồ sơ cấu hình này thuộc về %1, một thành viên của nhóm: chỉ dịch vụ Zalo OA của nhóm mới làm việc với Zalo</translation>
    </message>
    <message>
        <source>the service key is not on this computer (%1); run join again with the service key</source>
        <translation>khóa dịch vụ không có trên máy này (%1); hãy chạy lại lệnh join kèm khóa dịch vụ</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <source>Directory</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Agencies, communes, procedures, reply templates and routing rules used when answering citizens. Rows marked “Not verified” come from the default data and have not been checked against an official source yet.</source>
        <translation>Cơ quan, đơn vị, xã/phường, thủ tục, mẫu trả lời và quy tắc chuyển xử lý dùng khi trả lời công dân. Các dòng ghi “Chưa xác minh” là dữ liệu mặc định, chưa được đối chiếu với nguồn chính thức.</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Thêm...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Sửa...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Nhập CSV...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>&amp;Xuất CSV...</translation>
    </message>
    <message>
        <source>Filter the rows of every tab (code, name, any text; accents optional)</source>
        <translation>Lọc các dòng của mọi thẻ (mã, tên, nội dung bất kỳ; có thể gõ không dấu)</translation>
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
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Cases with a legal deadline passed (receipt notice, forwarding, agency answer or the answer), not paused</source>
        <translation>Vụ việc đã quá một thời hạn theo quy định (báo nhận, chuyển cơ quan có thẩm quyền, cơ quan trả lời hoặc trả lời công dân), không tính vụ việc đang tạm dừng</translation>
    </message>
    <message>
        <source>Cases with a legal deadline (any step) ending by the next working day</source>
        <translation>Vụ việc có một thời hạn theo quy định (bất kỳ bước nào) kết thúc trước hết ngày làm việc kế tiếp</translation>
    </message>
    <message>
        <source>New messages arrived; the list keeps its order until you ask (F5 or a click here), so the row under the pointer never moves</source>
        <translation>Có tin nhắn mới; danh sách giữ nguyên thứ tự cho đến khi bạn yêu cầu (nhấn F5 hoặc bấm vào đây), để dòng dưới con trỏ chuột không bị xê dịch</translation>
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
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Quản trị</translation>
    </message>
    <message>
        <source>&amp;Directory...</source>
        <translation>&amp;Danh mục...</translation>
    </message>
    <message>
        <source>Agencies, communes, procedures, reply templates and routing rules</source>
        <translation>Cơ quan, đơn vị, xã/phường, thủ tục, mẫu trả lời và quy tắc chuyển xử lý</translation>
    </message>
</context>
<context>
    <name>ReplyComposer</name>
    <message>
        <source>Reply template…</source>
        <translation>Mẫu trả lời…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Đính kèm…</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Bỏ tệp</translation>
    </message>
    <message>
        <source>Send acknowledgement of receipt</source>
        <translation>Gửi xác nhận đã tiếp nhận</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Waiting in the outbox</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <source>Withdraw the selected reply</source>
        <translation>Rút lại câu trả lời đã chọn</translation>
    </message>
</context>
<context>
    <name>RoutingDialog</name>
    <message>
        <source>Route to an agency</source>
        <translation>Chuyển cơ quan xử lý</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <source>Commune:</source>
        <translation>Xã, phường:</translation>
    </message>
    <message>
        <source>Suggested agency</source>
        <translation>Cơ quan được gợi ý</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan xử lý:</translation>
    </message>
    <message>
        <source>Search departments, agencies and communes (accents optional)</source>
        <translation>Tìm sở, ngành, cơ quan và xã, phường (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>&amp;Note to the agency:</source>
        <translation>&amp;Ghi chú gửi cơ quan:</translation>
    </message>
    <message>
        <source>Answer &amp;due by:</source>
        <translation>&amp;Hạn trả lời:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Advisory Desk: answer citizens&apos; Zalo OA messages.</source>
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
    <message>
        <source>open the window at this size (e.g. 1366x768, for screenshots) instead of fitting the screen</source>
        <translation>mở cửa sổ với kích thước này (ví dụ 1366x768, để chụp màn hình) thay vì vừa với màn hình</translation>
    </message>
</context>
</TS>
