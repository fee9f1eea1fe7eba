/** The after-broadcast demo of the Hậu Giang 2024 profile: an episode on vocational training and jobs (sample data). */
import type { DemoFollowUp } from "../demo-set.ts";

export const followUp: DemoFollowUp = {
  topic: "Chính sách hỗ trợ người lao động mất việc làm và tìm việc làm mới (dữ liệu mẫu)",
  leadCommittee: "BVHXH",
  noticeNumber: "12",
  conclusions:
    "Thường trực HĐND tỉnh ghi nhận sự phối hợp của các sở, ngành tại Chương trình; các ý kiến của cử tri, Nhân dân chưa được trả lời trực tiếp được giao cơ quan có thẩm quyền xem xét, trả lời bằng văn bản.",
  tasks: [
    {
      content: "Rà soát, thống kê số lao động mất việc làm tại các khu công nghiệp để có giải pháp hỗ trợ kịp thời.",
      lead: "SLDTBXH",
      coordinating: ["BQLKCN", "BHXH"],
      questions: ["Số lao động mất việc tại Khu công nghiệp Tân Phú Thạnh được hỗ trợ thế nào"],
    },
    {
      content: "Trả lời các ý kiến về chế độ học nghề, hỗ trợ tiền ăn, đi lại cho lao động nông thôn.",
      lead: "SLDTBXH",
      coordinating: ["TTDVVL"],
      questions: [
        "Mức hỗ trợ tiền ăn, đi lại khi học nghề ngắn hạn",
        "Thủ tục đăng ký học nghề cho lao động trên 40 tuổi",
      ],
      report: "Đã trả lời 01/02 ý kiến; đang phối hợp Trung tâm Dịch vụ việc làm trả lời ý kiến còn lại.",
    },
    {
      content: "Giải quyết dứt điểm việc chậm chi trả trợ cấp thất nghiệp cho người lao động.",
      lead: "SLDTBXH",
      coordinating: ["BHXH"],
      questions: ["Hồ sơ trợ cấp thất nghiệp nộp đã 02 tháng chưa được chi trả"],
      report: "Đã rà soát 35 hồ sơ tồn đọng, đang phối hợp Bảo hiểm xã hội tỉnh xử lý.",
    },
    {
      content: "Công khai danh sách doanh nghiệp được cấp phép đưa người lao động đi làm việc ở nước ngoài.",
      lead: "SLDTBXH",
      questions: ["Làm sao biết công ty xuất khẩu lao động nào được cấp phép"],
      report: "Đã đăng tải danh sách trên Cổng thông tin điện tử của Sở.",
    },
    {
      content: "Tổ chức phiên giao dịch việc làm lưu động tại các huyện.",
      lead: "TTDVVL",
      coordinating: ["SLDTBXH"],
      report: "Đã tổ chức 03 phiên giao dịch việc làm lưu động tại Long Mỹ, Phụng Hiệp, Vị Thủy.",
    },
    {
      content: "Xem xét đề nghị xây dựng nhà ở xã hội cho công nhân tại Khu công nghiệp Sông Hậu.",
      lead: "BQLKCN",
      coordinating: ["SXD"],
      closedReason:
        "Khu đất dự kiến chưa có trong quy hoạch sử dụng đất được duyệt; sẽ xem xét khi điều chỉnh quy hoạch.",
    },
  ],
  answer:
    "Sở Lao động - Thương binh và Xã hội trả lời như sau:\n\n- Lao động nông thôn học nghề trình độ sơ cấp được hỗ trợ tiền ăn 30.000 đồng/ngày thực học;\n- Hỗ trợ tiền đi lại 200.000 đồng/người/khóa học nếu học xa nơi cư trú từ 15 km trở lên.",
  revisionNote: "Đề nghị nêu rõ thời gian hoàn thành chi trả và số hồ sơ còn tồn.",
  uncovered: { summary: "Điều kiện vay vốn giải quyết việc làm tại Ngân hàng Chính sách xã hội", agency: "SLDTBXH" },
  onAir: {
    summary: "Chính sách hỗ trợ người lao động tìm việc làm mới",
    answeredBy: "Giám đốc Sở Lao động - Thương binh và Xã hội",
    airSummary: "Người lao động đăng ký tại Trung tâm Dịch vụ việc làm được tư vấn, giới thiệu việc làm miễn phí.",
  },
};
