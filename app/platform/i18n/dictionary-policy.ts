/**
 * The privacy policy page's texts (and the console's personal-data controls beside them): loaded by the
 * policy page (routes/chinh-sach-du-lieu.tsx) and by the staff texts, so the other public pages do not
 * download the policy's prose. See dictionary.ts.
 */
import { registerTexts } from "./dictionary.ts";

export const viPolicy = {
  "privacy.hotline.consent": "Người gọi đồng ý để cơ quan trả lời liên hệ qua số điện thoại này",
  "privacy.caller": "Người hỏi",
  "privacy.phone": "Số điện thoại",
  "privacy.noPhone": "không cung cấp",
  "privacy.anonymous": "không để lại họ tên, số điện thoại, địa bàn",
  "privacy.reveal": "Xem số điện thoại",
  "privacy.revealHelp": "Mỗi lần xem số điện thoại đầy đủ đều được ghi vào nhật ký thao tác.",
  "privacy.consentYes": "Đồng ý để cơ quan trả lời liên hệ",
  "privacy.consentNo": "Không đồng ý để cơ quan trả lời liên hệ",
  "privacy.noConsent":
    "Người hỏi không đồng ý để cơ quan liên hệ trực tiếp, nên thông tin cá nhân của người hỏi không được cung cấp. Cơ quan trả lời bằng văn bản trên hệ thống.",
  "privacy.exportPersonal": "Kèm dữ liệu cá nhân (họ tên, số điện thoại, địa bàn)",
  "privacy.exportPersonalHelp":
    "Chỉ kèm dữ liệu của các chương trình bạn được giao xem; mỗi lần xuất đều được ghi vào nhật ký thao tác.",
  "privacy.title": "Chính sách xử lý dữ liệu cá nhân",
  "privacy.meta":
    "Chương trình “{program}” thu thập dữ liệu cá nhân nào, để làm gì, ai được xem, lưu trong bao lâu và xóa như thế nào, theo Nghị định số 13/2023/NĐ-CP.",
  "privacy.intro":
    "Chương trình “{program}” do {standing} tổ chức. Khi bạn gửi câu hỏi trên trang này, qua đường dây nóng hoặc các kênh khác của Chương trình, dữ liệu cá nhân của bạn được xử lý theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân, như sau.",
  "privacy.h.what": "1. Dữ liệu được thu thập",
  "privacy.what.1":
    "Họ tên, số điện thoại, địa bàn (xã, phường), địa chỉ thư điện tử để nhận thông báo: đều không bắt buộc; bạn có thể gửi câu hỏi mà không cung cấp.",
  "privacy.what.2": "Nội dung câu hỏi, ý kiến của bạn.",
  "privacy.what.3":
    "Một mã thiết bị ngẫu nhiên do trình duyệt tạo ra, không gắn với danh tính của bạn, dùng để chống gửi trùng và giới hạn số lần gửi câu hỏi, bình chọn.",
  "privacy.what.4": "Địa chỉ IP chỉ được dùng tạm thời để giới hạn số lần gửi, không được lưu cùng câu hỏi.",
  "privacy.h.why": "2. Mục đích xử lý",
  "privacy.why.1":
    "Liên hệ với bạn để làm rõ câu hỏi hoặc thông tin về câu trả lời; nếu bạn đăng ký, gửi thông báo về tiến độ giải quyết câu hỏi qua thư điện tử hoặc tin nhắn SMS (mỗi thông báo có đường dẫn hủy nhận thông báo).",
  "privacy.why.2": "Chuyển câu hỏi đến cơ quan có thẩm quyền trả lời và theo dõi, đôn đốc việc trả lời.",
  "privacy.why.3":
    "Dữ liệu cá nhân không được dùng vào mục đích khác và không được cung cấp cho tổ chức, cá nhân nào ngoài những người nêu tại mục 3.",
  "privacy.h.who": "3. Ai được xem",
  "privacy.who.1": "Tổng đài viên của Chương trình, trong giờ phát sóng, để tiếp nhận và phân loại câu hỏi.",
  "privacy.who.2": "Ban của {councilShort} chủ trì Chương trình, trong thời gian theo dõi việc trả lời.",
  "privacy.who.3":
    "Cơ quan được giao trả lời chỉ được xem họ tên, địa bàn và số điện thoại của bạn khi bạn đồng ý để cơ quan liên hệ; nếu không, cơ quan chỉ thấy nội dung câu hỏi.",
  "privacy.who.4":
    "Số điện thoại và địa chỉ thư điện tử luôn được che một phần trên màn hình. Mỗi lần xem số đầy đủ hoặc xuất dữ liệu cá nhân ra tệp đều được ghi vào nhật ký thao tác: ai, khi nào, câu hỏi nào.",
  "privacy.who.5":
    "Họ tên chỉ được công khai cùng câu hỏi khi bạn chọn “Đồng ý công khai họ tên”. Số điện thoại không bao giờ được công khai.",
  "privacy.h.howLong": "4. Thời hạn lưu trữ và việc xóa dữ liệu",
  "privacy.howLong.1":
    "Dữ liệu cá nhân của một câu hỏi được lưu {months} tháng kể từ khi câu hỏi được giải quyết xong: câu trả lời được Ban HĐND duyệt, hoặc hồ sơ được đóng. Câu hỏi không chuyển cơ quan (đã trả lời trên sóng, không được chọn, bị từ chối) được tính từ khi kết thúc buổi phát sóng; câu hỏi được gộp vào câu hỏi khác được tính theo câu hỏi đó.",
  "privacy.howLong.2":
    "Hết thời hạn, hệ thống tự động xóa họ tên, số điện thoại, địa bàn, địa chỉ thư điện tử và mã thiết bị; mỗi lần xóa đều được ghi vào nhật ký thao tác. Nội dung câu hỏi và câu trả lời đã công khai vẫn được giữ, không kèm dữ liệu cá nhân.",
  "privacy.howLong.3":
    "Bản sao lưu có dữ liệu cá nhân được hủy khi quá thời hạn lưu trữ. Nếu phải khôi phục hệ thống từ một bản sao lưu cũ, dữ liệu đã hết hạn sẽ được xóa lại ở lần xóa tự động kế tiếp.",
  "privacy.h.rights": "5. Quyền của bạn",
  "privacy.rights.1":
    "Bạn có quyền được biết về việc xử lý dữ liệu cá nhân của mình, đồng ý hoặc không đồng ý, rút lại sự đồng ý, yêu cầu xem, chỉnh sửa, xóa dữ liệu và các quyền khác theo Nghị định số 13/2023/NĐ-CP.",
  "privacy.rights.2":
    "Nếu bạn gửi câu hỏi trên trang này, bạn có thể tự xem và rút lại (xóa) họ tên, số điện thoại, địa bàn, địa chỉ thư điện tử của mình ngay trên trang theo dõi câu hỏi, bằng mã bí mật được cấp khi gửi. Với các yêu cầu khác, hoặc nếu bạn hỏi qua đường dây nóng, vui lòng liên hệ đường dây nóng của Chương trình hoặc {office}, kèm mã theo dõi câu hỏi của bạn.",
} as const;

registerTexts(viPolicy);
