/**
 * The tracking pages' texts (a question's history, its answer and rating, the asker's personal data,
 * channels and reject reasons): loaded by the tracking pages (routes/theo-doi.*) and by the staff texts,
 * so the other public pages do not download them. See dictionary.ts.
 */
import { registerTexts } from "./dictionary.ts";

export const viTracking = {
  "episode.status": "Trạng thái",
  "common.yes": "Có",
  "common.no": "Không",
  "reject.spam": "Tin rác, quảng cáo",
  "reject.offensive": "Ngôn từ không phù hợp",
  "reject.out_of_scope": "Không thuộc phạm vi chương trình",
  "track.title": "Theo dõi câu hỏi",
  "track.episode": "Chương trình",
  "track.history": "Quá trình xử lý",
  "track.merged": "Gộp câu hỏi",
  "track.mergedNote":
    "Câu hỏi của bạn đã được gộp với một câu hỏi có cùng nội dung. Trạng thái và nội dung trả lời ở trang này là của câu hỏi đã gộp.",
  "track.agency": "Cơ quan giải quyết",
  "track.rejectReason": "Lý do",
  "channel.web": "Trang web",
  "channel.hotline": "Đường dây nóng",
  "channel.fanpage": "Fanpage",
  "channel.youtube": "YouTube",
  "channel.email": "Thư điện tử",
  "channel.switchboard": "Tổng đài",
  "channel.zalo": "Zalo",
  "channel.other": "Khác",
  "track.answer": "Trả lời của cơ quan có thẩm quyền",
  "track.rate": "Bạn có hài lòng với nội dung trả lời?",
  "track.satisfied": "Hài lòng",
  "track.notSatisfied": "Chưa hài lòng",
  "track.comment": "Ý kiến thêm (không bắt buộc)",
  "track.rated": "Cảm ơn bạn đã đánh giá.",
  "track.rateHelp": "Chỉ người gửi câu hỏi được đánh giá; có thể thay đổi đánh giá đến {until}.",
  "track.rateClosed": "Đã hết thời hạn đánh giá câu trả lời này (đến {until}).",
  "asker.title": "Dữ liệu cá nhân của người gửi câu hỏi",
  "asker.help":
    "Theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân, người gửi câu hỏi có quyền biết dữ liệu cá nhân nào đang được lưu giữ và yêu cầu xóa dữ liệu đó. Chỉ người gửi câu hỏi xem được phần này; mã theo dõi không đủ để xem.",
  "asker.secret": "Mã bí mật",
  "asker.secretHelp":
    "Mã bí mật được cấp một lần khi bạn gửi câu hỏi, khác với mã theo dõi; chỉ bạn được biết. Trên thiết bị đã gửi câu hỏi, trang tự điền mã này.",
  "asker.show": "Xem dữ liệu cá nhân",
  "asker.withdraw": "Rút lại và xóa dữ liệu cá nhân",
  "asker.withdrawHelp":
    "Khi xóa, họ tên, số điện thoại, địa bàn và mã định danh thiết bị bị xóa khỏi hệ thống; cán bộ tiếp nhận không còn liên hệ lại được với bạn. Câu hỏi vẫn được theo dõi, trả lời theo mã theo dõi. Việc xóa không thể hoàn tác.",
  "asker.withdrawn": "Dữ liệu cá nhân đã được xóa theo yêu cầu của bạn lúc {at}.",
  "asker.name": "Họ tên",
  "asker.phone": "Số điện thoại",
  "asker.area": "Địa bàn",
  "asker.publishName": "Đồng ý công khai họ tên",
  "asker.device": "Mã định danh thiết bị",
  "asker.deviceHeld":
    "Có lưu giữ (mã ngẫu nhiên do trình duyệt của bạn tạo ra, dùng để nhận biết thiết bị đã gửi câu hỏi)",
  "asker.channel": "Kênh gửi câu hỏi",
  "asker.rating": "Đánh giá của bạn",
  "asker.none": "Không lưu giữ",
  "asker.err.not-asker":
    "Không xác minh được người gửi câu hỏi: mã bí mật không đúng, hoặc đây không phải thiết bị đã gửi câu hỏi.",
  "asker.err.not-answered": "Câu hỏi chưa có trả lời được công khai để đánh giá.",
  "asker.err.rating-closed": "Đã hết thời hạn đánh giá câu trả lời này.",
  "asker.err.rateLimited": "Bạn thử quá nhiều lần. Vui lòng thử lại sau ít phút.",
  "track.answeredBy": "Đã được trả lời trên sóng: {name}",
  "meta.lookup":
    "Tra cứu câu hỏi đã gửi chương trình “{program}” bằng mã theo dõi: trạng thái, cơ quan trả lời và nội dung trả lời.",
  "meta.tracking":
    "Trạng thái câu hỏi gửi chương trình “{program}”, cơ quan được giao trả lời và nội dung trả lời khi đã công khai.",
  "notify.subscribeHelp":
    "Nhập địa chỉ thư điện tử để được thông báo khi câu hỏi được chuyển đến cơ quan có trách nhiệm, khi được trả lời trực tiếp trên sóng, khi có văn bản trả lời được công bố và khi câu hỏi được khép lại. Mỗi thông báo có đường dẫn theo dõi câu hỏi và đường dẫn hủy nhận thông báo chỉ bằng một lần bấm.",
  "notify.subscribe": "Nhận thông báo",
  "notify.subscribed": "Đã đăng ký nhận thông báo qua thư điện tử.",
  "notify.already": "Bạn đang nhận thông báo về câu hỏi này qua thư điện tử.",
  "asker.email": "Thư điện tử nhận thông báo",
  "asker.notifyPhone": "Nhận thông báo qua SMS",
} as const;

registerTexts(viTracking);
