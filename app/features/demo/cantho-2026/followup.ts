/** The after-broadcast demo of the Cần Thơ 2026 profile: an episode on urban order and construction (sample data). */
import type { DemoFollowUp } from "../demo-set.ts";

export const followUp: DemoFollowUp = {
  topic: "Trật tự xây dựng và chỉnh trang đô thị ở các phường sau sắp xếp (dữ liệu mẫu)",
  leadCommittee: "BDOTHI",
  noticeNumber: "08",
  conclusions:
    "Thường trực HĐND thành phố ghi nhận ý kiến của cử tri, Nhân dân tại Chương trình; các nội dung chưa được trả lời trực tiếp được giao cơ quan có thẩm quyền xem xét, giải quyết và trả lời bằng văn bản.",
  tasks: [
    {
      content: "Rà soát các công trình xây dựng không phép trên tuyến đường Mậu Thân và báo cáo biện pháp xử lý.",
      lead: "SXD",
      coordinating: ["UBND-P-NINHKIEU", "UBND-P-TANAN"],
      questions: ["Công trình xây dựng lấn chiếm vỉa hè trên đường Mậu Thân"],
    },
    {
      content: "Trả lời ý kiến về thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ sau khi sắp xếp phường.",
      lead: "SXD",
      coordinating: ["TTPVHCC"],
      questions: [
        "Nộp hồ sơ cấp phép xây dựng nhà ở tại đâu sau khi nhập phường",
        "Thời gian giải quyết hồ sơ cấp phép xây dựng",
      ],
      report: "Đã trả lời 01/02 ý kiến; đang phối hợp Trung tâm Phục vụ hành chính công hoàn thiện hướng dẫn.",
    },
    {
      content: "Khắc phục tình trạng ngập nước tại khu dân cư Hưng Phú sau mưa lớn.",
      lead: "SXD",
      coordinating: ["CTN"],
      questions: ["Khu dân cư Hưng Phú ngập sâu mỗi khi mưa lớn"],
      report: "Đã khảo sát hiện trạng cống thoát nước, đang lập phương án nạo vét.",
    },
    {
      content: "Công khai quy hoạch chi tiết khu đô thị mới Cồn Khương.",
      lead: "SXD",
      questions: ["Người dân xem quy hoạch khu đô thị Cồn Khương ở đâu"],
      report: "Đã công khai quy hoạch tại trụ sở UBND phường Ninh Kiều và trên Cổng thông tin điện tử.",
    },
    {
      content: "Chỉnh trang vỉa hè, lắp đặt đèn chiếu sáng các tuyến hẻm tại phường Ninh Kiều.",
      lead: "UBND-P-NINHKIEU",
      coordinating: ["SXD"],
      report: "Đã hoàn thành chỉnh trang 12 tuyến hẻm.",
    },
    {
      content: "Xem xét di dời trạm biến áp nằm giữa hẻm 132 đường 3 Tháng 2.",
      lead: "PCCT",
      coordinating: ["UBND-P-NINHKIEU"],
      closedReason: "Không có vị trí thay thế đảm bảo an toàn lưới điện; đã giải thích với cử tri.",
    },
  ],
  answer:
    "Sở Xây dựng trả lời như sau:\n\n- Hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ nộp tại Trung tâm Phục vụ hành chính công thành phố hoặc trực tuyến;\n- Thời hạn giải quyết không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.",
  revisionNote: "Đề nghị nêu rõ thời gian thực hiện nạo vét và kinh phí.",
  uncovered: { summary: "Cấp phép sửa chữa nhà ở trong hẻm nhỏ", agency: "SXD" },
  onAir: {
    summary: "Xử lý vi phạm trật tự xây dựng ở các phường mới",
    answeredBy: "Giám đốc Sở Xây dựng",
    airSummary: "Các phường tăng cường kiểm tra, xử lý vi phạm ngay từ khi phát sinh.",
  },
};
