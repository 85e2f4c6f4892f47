// SPDX-License-Identifier: GPL-3.0-or-later
// The message templates themselves (data only; corpus_messages.cpp indexes them).
// Slots: {procedure} {commune} {code} {name} {address} {phone} {date} {due} {agency} {days}.
// Citizen texts are written the way people type on Zalo (short, "ạ", "ad", some without
// accents); OA texts in the centre's polite register.
#include "sim/corpus.h"

#include <iterator>

namespace Desk::Sim::Corpus {

namespace {

using R = Role;

const Template kTemplates[] = {
    // --- Greetings: people often say hello first and ask in the next message
    {R::Greeting, -1, "Alo", nullptr},
    {R::Greeting, -1, "Xin chào Trung tâm", nullptr},
    {R::Greeting, -1, "Chào ad ạ", nullptr},
    {R::Greeting, -1, "Cho em hỏi chút ạ", nullptr},
    {R::Greeting, -1, "Dạ cho tôi hỏi thăm", nullptr},
    {R::Greeting, -1, "Anh chị ơi", nullptr},

    // --- Opening questions, generic over {procedure}
    {R::AskOpen, -1,
        "Chào anh chị, cho em hỏi làm thủ tục {procedure} thì cần chuẩn bị những giấy tờ gì ạ?",
        nullptr},
    {R::AskOpen, -1, "Dạ cho tôi hỏi {procedure} nộp ở đâu vậy ạ? Tôi ở {commune}.", nullptr},
    {R::AskOpen, -1,
        "Xin chào Trung tâm. Tôi muốn làm {procedure} thì có nộp trực tuyến được không ạ?",
        nullptr},
    {R::AskOpen, -1, "Ad ơi cho em hỏi {procedure} mất bao lâu thì có kết quả vậy ạ", nullptr},
    {R::AskOpen, -1,
        "Em chào anh chị ạ. Nhà em ở {commune}, em cần làm {procedure} mà không biết bắt đầu từ "
        "đâu, mong được hướng dẫn.",
        nullptr},
    {R::AskOpen, -1, "Cho hỏi lệ phí {procedure} hiện nay là bao nhiêu?", nullptr},
    {R::AskOpen, -1,
        "Tôi đã nộp hồ sơ {procedure} trên Cổng dịch vụ công nhưng bị trả về, nhờ Trung tâm "
        "hướng dẫn giúp tôi nộp lại cho đúng.",
        nullptr},
    {R::AskOpen, -1, "cho hoi {procedure} can giay to gi a", nullptr},

    // --- Opening questions by area
    {R::AskOpen, HoTich,
        "Con em mới sinh được 2 tuần, giờ đi đăng ký khai sinh cần mang theo gì ạ? Vợ chồng em "
        "chưa đăng ký kết hôn thì có làm được không?",
        nullptr},
    {R::AskOpen, HoTich,
        "Cho em hỏi em đăng ký kết hôn với người ở tỉnh khác thì nộp hồ sơ ở xã nào ạ?", nullptr},
    {R::AskOpen, HoTich,
        "Ba tôi mới mất, gia đình cần làm giấy chứng tử để lo thủ tục thừa kế. Cho hỏi cần giấy "
        "tờ gì và làm ở đâu?",
        nullptr},
    {R::AskOpen, HoTich,
        "Em cần xin trích lục khai sinh bản sao để bổ sung hồ sơ nhập học cho con, làm online "
        "được không ạ?",
        nullptr},
    {R::AskOpen, DatDai,
        "Đất nhà tôi ở {commune} đang là đất trồng lúa, muốn chuyển sang đất ở để cất nhà thì "
        "thủ tục thế nào, tốn khoảng bao nhiêu tiền?",
        nullptr},
    {R::AskOpen, DatDai,
        "Cho hỏi đất của ông bà để lại chưa có sổ đỏ, giờ muốn làm giấy chứng nhận quyền sử dụng "
        "đất lần đầu thì cần những gì?",
        nullptr},
    {R::AskOpen, DatDai, "Sổ đỏ nhà em bị ướt hư mấy trang, giờ xin cấp đổi được không ạ?",
        nullptr},
    {R::AskOpen, KinhDoanh,
        "Tôi muốn mở tiệm tạp hóa nhỏ ở nhà thì có phải đăng ký hộ kinh doanh không? Nộp ở xã "
        "hay ở tỉnh?",
        nullptr},
    {R::AskOpen, KinhDoanh,
        "Em muốn thành lập công ty TNHH một thành viên, nộp hồ sơ qua mạng thì bao lâu có giấy "
        "chứng nhận ạ?",
        nullptr},
    {R::AskOpen, XayDung,
        "Nhà tôi ở {address} muốn xây lại nhà 2 tầng thì có cần xin giấy phép xây dựng không?",
        nullptr},
    {R::AskOpen, XayDung,
        "Cho hỏi xây nhà cấp 4 ở nông thôn thuộc {commune} có phải xin phép không ạ?", nullptr},
    {R::AskOpen, LyLichTuPhap,
        "Em cần phiếu lý lịch tư pháp số 1 để đi xin việc, làm online trên VNeID được không hay "
        "phải lên Công an tỉnh ạ?",
        nullptr},
    {R::AskOpen, LyLichTuPhap,
        "Cho em hỏi xin lý lịch tư pháp để đi xuất khẩu lao động Nhật thì xin số 1 hay số 2 ạ?",
        nullptr},
    {R::AskOpen, BaoHiem,
        "Tôi nghỉ việc công ty được hơn 1 năm, muốn rút BHXH một lần thì làm hồ sơ ở đâu?",
        nullptr},
    {R::AskOpen, BaoHiem, "Thẻ BHYT của mẹ em bị mất, giờ xin cấp lại thì làm sao ạ?", nullptr},
    {R::AskOpen, BaoHiem,
        "Cho hỏi gia hạn thẻ bảo hiểm y tế hộ gia đình năm nay mức đóng bao nhiêu?", nullptr},
    {R::AskOpen, LaiXe,
        "Bằng lái xe B2 của em sắp hết hạn, đổi online được không ạ? Có phải đi khám sức khỏe "
        "trước không?",
        nullptr},
    {R::AskOpen, LaiXe,
        "Cho em hỏi giấy phép lái xe hạng A1 bằng giấy cũ có bắt buộc phải đổi sang thẻ PET "
        "không ạ?",
        nullptr},
    {R::AskOpen, CuTru,
        "Em mới mua nhà ở {commune}, muốn chuyển hộ khẩu về đây (đăng ký thường trú) thì cần "
        "giấy tờ gì ạ?",
        nullptr},
    {R::AskOpen, CuTru,
        "Em đi làm ở đây, chủ trọ kêu phải đăng ký tạm trú. Em tự đăng ký trên VNeID được không "
        "ạ?",
        nullptr},
    {R::AskOpen, ChungThuc,
        "Cho hỏi chứng thực bản sao CCCD với bằng tốt nghiệp làm ở đâu, có làm thứ Bảy không?",
        nullptr},
    {R::AskOpen, ChungThuc,
        "Tôi muốn làm hợp đồng tặng cho đất cho con thì chứng thực ở UBND xã được không hay "
        "phải ra văn phòng công chứng?",
        nullptr},
    {R::AskOpen, XaHoi,
        "Ông nội tôi là liệt sĩ, nay gia đình muốn làm chế độ thờ cúng liệt sĩ thì cần hồ sơ gì?",
        nullptr},
    {R::AskOpen, XaHoi,
        "Mẹ tôi năm nay 80 tuổi, chưa có lương hưu, muốn làm trợ cấp xã hội hàng tháng thì "
        "đăng ký ở đâu?",
        nullptr},
    {R::AskOpen, XaHoi,
        "Con em bị khuyết tật vận động, xin giấy xác nhận khuyết tật thì phải làm sao ạ?", nullptr},

    // --- Follow-up questions
    {R::AskFollow, -1, "Dạ vậy có cần mang bản chính không hay chỉ photo thôi ạ?", nullptr},
    {R::AskFollow, -1, "Lệ phí bao nhiêu vậy ad?", nullptr},
    {R::AskFollow, -1, "Nộp online thì có phải lên lấy kết quả không ạ?", nullptr},
    {R::AskFollow, -1, "Thứ Bảy trung tâm có làm việc không ạ?", nullptr},
    {R::AskFollow, -1, "Em ủy quyền cho người nhà đi nộp thay được không ạ?", nullptr},
    {R::AskFollow, -1, "Khoảng mấy ngày thì có kết quả vậy ạ?", nullptr},
    {R::AskFollow, -1, "Cho em xin mẫu tờ khai với ạ.", nullptr},
    {R::AskFollow, -1,
        "Em ở {commune} thì nộp ở Trung tâm Phục vụ hành chính công xã luôn được không, hay "
        "phải lên tỉnh?",
        nullptr},
    {R::AskFollow, -1, "Tài khoản VNeID của em mức 2 rồi, nộp trên đó được không?", nullptr},
    {R::AskFollow, -1, "Alo ad ơi, sao chưa thấy trả lời vậy?", nullptr},
    {R::AskFollow, -1, "Dạ em chưa hiểu lắm, anh chị nói rõ giúp em được không?", nullptr},
    {R::AskFollow, -1, "vay co can photo cong chung khong ad", nullptr},
    {R::AskFollow, -1, "Nộp hồ sơ rồi thì tra cứu tiến độ ở đâu ạ?", nullptr},
    {R::AskFollow, -1, "Nếu hồ sơ bị thiếu thì có được báo bổ sung qua điện thoại không ạ?",
        nullptr},
    {R::AskFollow, -1, "Em làm trên điện thoại được không hay phải dùng máy tính?", nullptr},
    {R::AskFollow, -1, "Giấy tờ bản scan có được không ạ?", nullptr},
    {R::AskFollow, HoTich,
        "Giấy chứng sinh của bé bị ghi sai tên mẹ thì có làm khai sinh được không ạ?", nullptr},
    {R::AskFollow, HoTich,
        "Nếu em đi làm xa thì ủy quyền cho ông bà nội đi đăng ký khai sinh được không?", nullptr},
    {R::AskFollow, DatDai, "Tiền sử dụng đất khi chuyển mục đích tính như thế nào vậy ạ?", nullptr},
    {R::AskFollow, DatDai, "Đất đang có tranh chấp ranh với nhà hàng xóm thì có cấp sổ được không?",
        nullptr},
    {R::AskFollow, KinhDoanh, "Hộ kinh doanh có phải nộp lệ phí môn bài không ạ?", nullptr},
    {R::AskFollow, XayDung,
        "Bản vẽ thiết kế có bắt buộc phải thuê công ty vẽ không hay tự vẽ được?", nullptr},
    {R::AskFollow, LyLichTuPhap, "Làm lý lịch tư pháp mất mấy ngày ạ, em đang cần gấp?", nullptr},
    {R::AskFollow, BaoHiem, "Thời gian chờ để rút BHXH một lần là bao lâu ạ?", nullptr},
    {R::AskFollow, LaiXe, "Đổi bằng lái có cần nộp bản gốc không hay chỉ cần chụp ảnh?", nullptr},
    {R::AskFollow, CuTru, "Nhà thuê có cần hợp đồng công chứng mới đăng ký tạm trú được không ạ?",
        nullptr},
    {R::AskFollow, ChungThuc, "Chứng thực chữ ký thì người ký có phải có mặt không ạ?", nullptr},
    {R::AskFollow, XaHoi, "Giấy báo tử liệt sĩ bị thất lạc thì xin lại ở đâu ạ?", nullptr},

    // --- Thanks
    {R::Thanks, -1, "Dạ em cảm ơn ạ", nullptr},
    {R::Thanks, -1, "Cảm ơn Trung tâm nhiều nha", nullptr},
    {R::Thanks, -1, "Ok ad, em cảm ơn", nullptr},
    {R::Thanks, -1, "Dạ vâng", nullptr},
    {R::Thanks, -1, "Cám ơn anh chị đã hướng dẫn tận tình", nullptr},
    {R::Thanks, -1, "Dạ em hiểu rồi, mai em lên nộp", nullptr},
    {R::Thanks, -1, "👍", nullptr},
    {R::Thanks, -1, "cam on nhieu", nullptr},

    // --- Complaints (phản ánh): slow handling, staff attitude, extra papers
    {R::Complaint, -1,
        "Tôi nộp hồ sơ {procedure} từ ngày {date}, mã hồ sơ {code}, hẹn trả mà đến nay vẫn chưa "
        "có kết quả, cũng không ai báo lý do. Đề nghị Trung tâm kiểm tra.",
        nullptr},
    {R::Complaint, -1,
        "Hồ sơ {code} của tôi trễ hẹn hơn {days} ngày rồi. Gọi điện lên thì không ai nghe máy.",
        nullptr},
    {R::Complaint, -1,
        "Tôi muốn phản ánh thái độ của cán bộ bộ phận một cửa tại {commune}: hỏi thì trả lời cộc "
        "lốc, còn lớn tiếng với người lớn tuổi. Mong lãnh đạo chấn chỉnh.",
        nullptr},
    {R::Complaint, -1,
        "Sáng nay em lên nộp hồ sơ, cán bộ tiếp nhận bấm điện thoại suốt, bắt chờ gần 2 tiếng "
        "mới tiếp.",
        nullptr},
    {R::Complaint, -1,
        "Tôi đã có CCCD gắn chip và dữ liệu dân cư đầy đủ nhưng cán bộ xã vẫn bắt nộp giấy xác "
        "nhận cư trú và bản sao công chứng. Như vậy có đúng quy định không?",
        nullptr},
    {R::Complaint, -1,
        "Hồ sơ {procedure} của tôi bị yêu cầu bổ sung tới 3 lần, mỗi lần một loại giấy khác "
        "nhau, không hướng dẫn một lần cho đủ.",
        nullptr},
    {R::Complaint, -1, "sao ho so cua toi nop lau vay ma chua xong, di len di xuong hoai", nullptr},
    {R::ComplaintFollow, -1, "Mong Trung tâm xem xét và phản hồi sớm.", nullptr},
    {R::ComplaintFollow, -1, "Tôi đã đi lại 3 lần rồi mà vẫn chưa xong, rất mất thời gian.",
        nullptr},
    {R::ComplaintFollow, -1, "Nếu cần tôi có thể gửi thêm hình ảnh giấy hẹn.", nullptr},
    {R::ComplaintFollow, -1, "Đến giờ vẫn chưa thấy ai liên hệ lại.", nullptr},
    {R::ComplaintFollow, -1, "Số điện thoại của tôi là {phone}, cần gì cứ gọi.", nullptr},
    {R::ComplaintFollow, -1, "Hồ sơ của tôi nộp đầy đủ rồi mà sao cứ hẹn lần hẹn lữa vậy?",
        nullptr},
    {R::ComplaintFollow, -1, "Trung tâm có thể cho tôi biết cán bộ nào đang giữ hồ sơ không?",
        nullptr},
    {R::ComplaintFollow, -1, "Tôi cần kết quả gấp để làm thủ tục vay vốn ngân hàng.", nullptr},
    {R::ComplaintFollow, -1, "Cho tôi xin số điện thoại đường dây nóng để liên hệ trực tiếp.",
        nullptr},
    {R::ComplaintFollow, -1, "Sao nhắn tin mấy ngày rồi mà chưa ai trả lời vậy?", nullptr},
    {R::ComplaintFollow, -1, "toi da nop du giay to roi ma", nullptr},

    // --- Petitions (kiến nghị)
    {R::Petition, -1,
        "Tôi kiến nghị Trung tâm bố trí thêm quầy tiếp nhận hồ sơ đất đai, sáng nào cũng rất "
        "đông, người dân phải chờ cả buổi.",
        nullptr},
    {R::Petition, -1,
        "Kiến nghị cho phép nhận kết quả giấy chứng nhận quyền sử dụng đất qua bưu điện để bà "
        "con ở xa như {commune} đỡ phải đi lại.",
        nullptr},
    {R::Petition, -1,
        "Đề nghị niêm yết công khai lệ phí và thời hạn giải quyết từng thủ tục tại Trung tâm "
        "Phục vụ hành chính công xã, bảng niêm yết hiện nay đã cũ.",
        nullptr},
    {R::Petition, -1,
        "Kiến nghị có người hướng dẫn người lớn tuổi nộp hồ sơ trực tuyến tại bộ phận một cửa "
        "{commune}.",
        nullptr},
    {R::Petition, -1,
        "Tôi kiến nghị làm việc thêm sáng thứ Bảy để người đi làm có thể đến nộp hồ sơ.", nullptr},

    // --- Khiếu nại / tố cáo
    {R::Denunciation, -1,
        "Tôi làm đơn khiếu nại quyết định thu hồi đất của UBND {commune} vì giá bồi thường thấp "
        "hơn giá thị trường nhiều. Xin hỏi khiếu nại lần đầu nộp ở đâu?",
        nullptr},
    {R::Denunciation, -1,
        "Tôi muốn tố cáo một cán bộ địa chính xã gợi ý đưa tiền \"bồi dưỡng\" thì hồ sơ mới được "
        "giải quyết nhanh. Tôi có ghi âm. Gửi qua kênh nào thì được bảo mật?",
        nullptr},
    {R::Denunciation, -1,
        "Tôi khiếu nại việc UBND xã không giải quyết đơn tranh chấp ranh đất của gia đình tôi "
        "đã hơn 3 tháng.",
        nullptr},

    // --- Dossier look-ups
    {R::Lookup, -1, "Cho em hỏi hồ sơ {code} đã có kết quả chưa ạ?", nullptr},
    {R::Lookup, -1, "Nhờ Trung tâm tra cứu giúp hồ sơ số {code}, tôi nộp ngày {date}.", nullptr},
    {R::Lookup, -1, "ho so {code} cua em toi dau roi vay ad", nullptr},
    {R::Lookup, -1,
        "Mã hồ sơ của tôi là {code}, giấy hẹn ghi ngày {due} mà chưa thấy tin nhắn báo.", nullptr},
    {R::Lookup, -1,
        "Em tra cứu trên dichvucong.gov.vn thấy hồ sơ {code} báo \"đang xử lý\" lâu quá, có "
        "vướng gì không ạ?",
        nullptr},

    // --- Postal delivery of results
    {R::Postal, -1, "Em đăng ký nhận kết quả qua bưu điện ạ. Địa chỉ: {address}. SĐT {phone}.",
        nullptr},
    {R::Postal, -1,
        "Cho tôi đăng ký nhận kết quả hồ sơ {code} qua đường bưu điện, gửi về {address}, người "
        "nhận {name}, điện thoại {phone}.",
        nullptr},
    {R::Postal, -1,
        "Tôi ở xa không lên nhận được, nhờ Trung tâm gửi kết quả qua bưu điện về {address} được "
        "không?",
        nullptr},

    // --- Ratings, as typed in answer to the OA's satisfaction question
    {R::Rating, -1, "Rất hài lòng", nullptr},
    {R::Rating, -1, "hài lòng", nullptr},
    {R::Rating, -1, "1", nullptr},
    {R::Rating, -1, "2", nullptr},
    {R::Rating, -1, "chua hai long", nullptr},
    {R::Rating, -1, "Rất hài lòng. Cán bộ hướng dẫn nhiệt tình, dễ hiểu.", nullptr},
    {R::Rating, -1, "Chưa hài lòng vì phải chờ lâu", nullptr},

    // --- Media from citizens (extra: label drawn on the generated picture / file name)
    {R::Image, -1, "Ảnh chụp CCCD của em ạ", "CCCD"},
    {R::Image, -1, "Em gửi ảnh giấy biên nhận hồ sơ", "GIAY BIEN NHAN"},
    {R::Image, -1, "", "GIAY TO"},
    {R::Image, -1, "Đây là giấy hẹn trả kết quả", "GIAY HEN TRA KET QUA"},
    {R::Image, DatDai, "Ảnh chụp sổ đỏ nhà em", "GIAY CHUNG NHAN QSDD"},
    {R::Image, -1, "Tờ khai em điền rồi, xem giúp em đúng chưa ạ", "TO KHAI"},
    {R::Image, HoTich, "Giấy chứng sinh của bé", "GIAY CHUNG SINH"},
    {R::Image, LaiXe, "Bằng lái cũ của em", "GPLX"},
    {R::Image, XayDung, "Hiện trạng căn nhà", "HIEN TRANG NHA"},
    {R::File, -1, "", "to_khai_dang_ky_khai_sinh.pdf"},
    {R::File, DatDai, "Em gửi đơn đề nghị ạ", "don_de_nghi_cap_GCN_QSDD.pdf"},
    {R::File, -1, "Đơn kiến nghị của tôi", "don_kien_nghi.docx"},
    {R::File, -1, "", "giay_uy_quyen.docx"},
    {R::File, XayDung, "Bản vẽ nhà", "ban_ve_thiet_ke_nha_o.pdf"},
    {R::File, LyLichTuPhap, "", "to_khai_ly_lich_tu_phap.pdf"},
    {R::File, -1, "Đơn khiếu nại", "don_khieu_nai.docx"},
    {R::File, ChungThuc, "Hợp đồng mua bán", "hop_dong_chuyen_nhuong.pdf"},
    {R::Sticker, -1, "", "1"},
    {R::Sticker, -1, "", "2"},
    {R::Sticker, -1, "", "3"},
    {R::Link, -1, "Thủ tục này phải không ad?",
        "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html\tCổng Dịch vụ "
        "công quốc gia\tThông tin chi tiết thủ tục hành chính"},
    {R::Link, -1, "Em thấy trên mạng nói vầy nè",
        "https://thuvienphapluat.vn/hoi-dap-phap-luat/thu-tuc-hanh-chinh\tHỏi đáp pháp luật về thủ "
        "tục hành chính\tGiải đáp thắc mắc về hồ sơ, lệ phí và thời hạn giải quyết"},
    {R::Link, -1, "",
        "https://dichvucong.camau.gov.vn/dvc/tra-cuu-ho-so\tTra cứu hồ sơ - Hệ thống thông tin "
        "giải quyết TTHC tỉnh Cà Mau\tTra cứu tình trạng giải quyết hồ sơ theo mã biên nhận"},
    {R::Gif, -1, "", "CAM ON"},
    {R::Gif, -1, "", "XIN CHAO"},
    {R::Location, -1, "Nhà em ở đây ạ", "{address}"},
    {R::Location, -1, "", "Trung tâm Phục vụ hành chính công {commune}, tỉnh Cà Mau"},
    {R::Voice, -1, "", "12"},
    {R::Voice, -1, "", "37"},

    // --- OA answers by area
    {R::OaAnswer, HoTich,
        "Chào anh/chị. Hồ sơ {procedure} gồm tờ khai theo mẫu, giấy chứng sinh (đối với khai "
        "sinh) và giấy tờ tùy thân của người đi đăng ký. Anh/chị có thể nộp trực tuyến trên Cổng "
        "Dịch vụ công quốc gia hoặc nộp trực tiếp tại Trung tâm Phục vụ hành chính công "
        "{commune}. Hồ sơ hợp lệ được giải quyết trong ngày làm việc.",
        nullptr},
    {R::OaAnswer, DatDai,
        "Chào anh/chị. Hồ sơ {procedure} nộp tại Trung tâm Phục vụ hành chính công cấp xã nơi có "
        "đất; Văn phòng Đăng ký đất đai tỉnh Cà Mau (chi nhánh) sẽ thẩm định. Thành phần gồm đơn "
        "theo mẫu, giấy tờ về quyền sử dụng đất và CCCD. Anh/chị vui lòng mang hồ sơ đến để được "
        "hướng dẫn cụ thể.",
        nullptr},
    {R::OaAnswer, KinhDoanh,
        "Chào anh/chị. Hộ kinh doanh đăng ký tại UBND cấp xã nơi đặt địa điểm kinh doanh; doanh "
        "nghiệp đăng ký tại Phòng Đăng ký kinh doanh - Sở Tài chính, nộp trực tuyến qua Cổng "
        "thông tin quốc gia về đăng ký doanh nghiệp. Thời hạn 3 ngày làm việc kể từ khi nhận đủ "
        "hồ sơ hợp lệ.",
        nullptr},
    {R::OaAnswer, XayDung,
        "Chào anh/chị. Nhà ở riêng lẻ tại khu vực đã có quy hoạch chi tiết phải xin giấy phép "
        "xây dựng tại UBND cấp xã. Hồ sơ gồm đơn đề nghị, giấy tờ về quyền sử dụng đất và bản vẽ "
        "thiết kế. Thời hạn giải quyết không quá 15 ngày.",
        nullptr},
    {R::OaAnswer, LyLichTuPhap,
        "Chào anh/chị. Phiếu lý lịch tư pháp hiện do Công an tỉnh Cà Mau cấp; anh/chị có thể "
        "nộp trực tuyến trên ứng dụng VNeID hoặc Cổng Dịch vụ công quốc gia. Thời hạn giải quyết "
        "không quá 10 ngày.",
        nullptr},
    {R::OaAnswer, BaoHiem,
        "Chào anh/chị. Hồ sơ {procedure} do Bảo hiểm xã hội tỉnh Cà Mau giải quyết; anh/chị có "
        "thể nộp trực tuyến trên Cổng Dịch vụ công quốc gia, ứng dụng VssID hoặc nộp tại bộ phận "
        "một cửa.",
        nullptr},
    {R::OaAnswer, LaiXe,
        "Chào anh/chị. Đổi giấy phép lái xe có thể nộp trực tuyến trên Cổng Dịch vụ công quốc "
        "gia, kèm giấy khám sức khỏe điện tử (đối với hạng ô tô). Kết quả trả qua bưu điện hoặc "
        "nhận trực tiếp.",
        nullptr},
    {R::OaAnswer, CuTru,
        "Chào anh/chị. Đăng ký cư trú do Công an cấp xã nơi cư trú giải quyết; anh/chị có thể "
        "nộp trên ứng dụng VNeID hoặc Cổng Dịch vụ công quốc gia. Hồ sơ gồm tờ khai thay đổi "
        "thông tin cư trú và giấy tờ chứng minh chỗ ở hợp pháp.",
        nullptr},
    {R::OaAnswer, ChungThuc,
        "Chào anh/chị. Chứng thực bản sao từ bản chính thực hiện tại UBND cấp xã hoặc tổ chức "
        "hành nghề công chứng; anh/chị mang bản chính và bản sao cần chứng thực. Hợp đồng liên "
        "quan đến đất đai chứng thực tại UBND xã nơi có đất.",
        nullptr},
    {R::OaAnswer, XaHoi,
        "Chào anh/chị. Hồ sơ {procedure} nộp tại UBND cấp xã nơi cư trú; sau khi thẩm định, hồ "
        "sơ được chuyển Sở Nội vụ xem xét theo quy định. Anh/chị vui lòng mang theo CCCD và giấy "
        "tờ liên quan.",
        nullptr},

    // --- OA generic replies
    {R::OaGeneric, -1,
        "Dạ Trung tâm đã nhận được câu hỏi, bộ phận chuyên môn sẽ trả lời anh/chị trong thời "
        "gian sớm nhất ạ.",
        nullptr},
    {R::OaGeneric, -1,
        "Thời gian làm việc: sáng 7h00 - 11h30, chiều 13h30 - 17h00, từ thứ Hai đến thứ Sáu "
        "(trừ ngày lễ, Tết).",
        nullptr},
    {R::OaGeneric, -1,
        "Anh/chị có thể nộp trực tuyến tại Cổng Dịch vụ công quốc gia https://dichvucong.gov.vn "
        "bằng tài khoản VNeID mức 2.",
        nullptr},
    {R::OaGeneric, -1,
        "Dạ đúng rồi ạ. Nếu nộp trực tuyến thì anh/chị không cần nộp bản chính, chỉ xuất trình "
        "khi nhận kết quả.",
        nullptr},
    {R::OaGeneric, -1,
        "Trường hợp ủy quyền, người được ủy quyền mang theo văn bản ủy quyền có chứng thực và "
        "CCCD.",
        nullptr},
    {R::OaGeneric, -1,
        "Lệ phí thực hiện theo Nghị quyết của HĐND tỉnh; một số thủ tục được giảm lệ phí khi "
        "nộp trực tuyến.",
        nullptr},
    {R::OaGeneric, -1,
        "Anh/chị vui lòng liên hệ trực tiếp {agency} để được hướng dẫn chi tiết hơn ạ.", nullptr},
    {R::OaAskCode, -1,
        "Anh/chị vui lòng cung cấp mã hồ sơ (số biên nhận) để Trung tâm tra cứu giúp ạ.", nullptr},
    {R::OaComplaintAck, -1,
        "Trung tâm ghi nhận phản ánh của anh/chị và đã chuyển đến {agency} để kiểm tra, xử lý. "
        "Kết quả sẽ được thông báo lại cho anh/chị trong thời hạn quy định.",
        nullptr},
    {R::OaComplaintAck, -1,
        "Trung tâm thành thật xin lỗi anh/chị về sự bất tiện. Chúng tôi đã đề nghị đơn vị tiếp "
        "nhận hồ sơ {code} báo cáo lý do trễ hạn và sẽ phản hồi anh/chị trước ngày {due}.",
        nullptr},
    {R::OaPetitionAck, -1,
        "Cảm ơn anh/chị đã đóng góp ý kiến. Trung tâm đã tổng hợp kiến nghị để báo cáo lãnh đạo "
        "Văn phòng UBND tỉnh xem xét.",
        nullptr},
    {R::OaDenunciationAck, -1,
        "Việc khiếu nại, tố cáo được tiếp nhận theo quy định của Luật Khiếu nại, Luật Tố cáo. "
        "Anh/chị vui lòng gửi đơn có chữ ký đến Ban Tiếp công dân tỉnh hoặc UBND {commune}. "
        "Thông tin người tố cáo được giữ bí mật.",
        nullptr},
    {R::OaLookup, -1,
        "Hồ sơ {code} của anh/chị đang được {agency} thẩm định, dự kiến trả kết quả ngày {due}.",
        nullptr},
    {R::OaLookup, -1,
        "Hồ sơ {code} đã có kết quả. Anh/chị mang giấy biên nhận và CCCD đến Trung tâm Phục vụ "
        "hành chính công {commune} để nhận, hoặc đăng ký nhận qua bưu điện.",
        nullptr},
    {R::OaLookup, -1,
        "Hồ sơ {code} đang chờ bổ sung giấy tờ. Anh/chị vui lòng kiểm tra thông báo trên Cổng "
        "Dịch vụ công và nộp bổ sung trước ngày {due}.",
        nullptr},
    {R::OaLookup, -1,
        "Trung tâm chưa tìm thấy hồ sơ {code} trên hệ thống. Anh/chị vui lòng kiểm tra lại mã "
        "trên giấy biên nhận giúp ạ.",
        nullptr},
    {R::OaPostal, -1,
        "Trung tâm đã ghi nhận đăng ký nhận kết quả qua dịch vụ bưu chính công ích. Bưu điện sẽ "
        "gọi số {phone} trước khi giao; cước phí theo bảng giá của Bưu điện.",
        nullptr},
    {R::OaRatingRequest, -1,
        "Anh/chị vui lòng đánh giá mức độ hài lòng với nội dung tư vấn: 1 - Rất hài lòng; 2 - "
        "Hài lòng; 3 - Chưa hài lòng.",
        nullptr},
    {R::OaClosing, -1,
        "Nếu còn vướng mắc, anh/chị cứ nhắn tin cho Trung tâm ạ. Chúc anh/chị một ngày tốt lành!",
        nullptr},
    {R::OaFile, -1,
        "Trung tâm gửi anh/chị mẫu tờ khai, anh/chị in ra điền đầy đủ và mang theo khi nộp hồ sơ.",
        "mau_to_khai.pdf"},
    {R::OaFile, -1, "Mẫu đơn đề nghị theo quy định, anh/chị tham khảo.", "mau_don_de_nghi.docx"},
};

} // namespace

TemplateTable templateTable()
{
    return {kTemplates, int(std::size(kTemplates))};
}

} // namespace Desk::Sim::Corpus
