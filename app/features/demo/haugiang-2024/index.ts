/**
 * The default demo: the People's Council of Hậu Giang province as it was in 2024, with the program of plan
 * 02/KH-TT (seed 003), its directory (organizations.csv, places.csv: district UBNDs and their communes, from
 * before the 2025 arrangement) and accounts for every role.
 */
import type { DemoSet } from "../demo-set.ts";
import { followUp } from "./followup.ts";
import { DEMO_PROFILE } from "./profile.ts";
import program from "./program.json";

export const HAUGIANG_2024: DemoSet = {
  key: "haugiang-2024",
  folder: "app/features/demo/haugiang-2024",
  profile: DEMO_PROFILE,
  program,
  accounts: [
    {
      username: "admin",
      email: "admin@haugiang.example",
      displayName: "Quản trị hệ thống",
      role: "admin",
      org: "VPDDBQH",
    },
    {
      username: "thuongtruc",
      email: "thuongtruc@haugiang.example",
      displayName: "Thường trực HĐND tỉnh",
      role: "standing",
      org: "TTHDND",
    },
    {
      username: "ban.vhxh",
      email: "ban.vhxh@haugiang.example",
      displayName: "Ban Văn hóa - Xã hội",
      role: "committee",
      org: "BVHXH",
    },
    {
      username: "ban.ktns",
      email: "ban.ktns@haugiang.example",
      displayName: "Ban Kinh tế - Ngân sách",
      role: "committee",
      org: "BKTNS",
    },
    {
      username: "tongdai1",
      email: "tongdai1@haugiang.example",
      displayName: "Tổng đài viên 1",
      role: "operator",
      org: "VPDDBQH",
    },
    {
      username: "tongdai2",
      email: "tongdai2@haugiang.example",
      displayName: "Tổng đài viên 2",
      role: "operator",
      org: "VPDDBQH",
    },
    {
      username: "so.ldtbxh",
      email: "so.ldtbxh@haugiang.example",
      displayName: "Sở Lao động - Thương binh và Xã hội",
      role: "agency",
      org: "SLDTBXH",
    },
    {
      username: "bql.kcn",
      email: "bql.kcn@haugiang.example",
      displayName: "Ban Quản lý các khu công nghiệp",
      role: "agency",
      org: "BQLKCN",
    },
  ],
  episodeTimes: {
    "2024-05": { startsAt: "2024-05-23T20:00:00+07:00", status: "closed" },
    "2024-07": { startsAt: "2024-07-25T20:00:00+07:00", status: "concluded" },
    "2024-10": { startsAt: "2024-10-24T20:00:00+07:00", status: "concluded" },
  },
  platforms: [
    { kind: "tv", label: "Sóng truyền hình Đài PT-TH Hậu Giang", url: null },
    {
      kind: "youtube",
      label: "YouTube",
      url: "https://www.youtube.com/results?search_query=L%E1%BA%AFng+nghe+v%C3%A0+Trao+%C4%91%E1%BB%95i",
    },
    {
      kind: "fanpage",
      label: "Fanpage",
      url: "https://www.facebook.com/search/top?q=L%E1%BA%AFng%20nghe%20v%C3%A0%20Trao%20%C4%91%E1%BB%95i",
    },
    { kind: "website", label: "Website Đài PT-TH", url: null },
  ],
  live: {
    topic: "Chính sách hỗ trợ học nghề, giải quyết việc làm cho lao động nông thôn",
    summary:
      "Chương trình minh họa đang phát trực tiếp: cử tri, Nhân dân gửi câu hỏi qua trang này hoặc gọi đường dây nóng.",
    leadCommittee: "BVHXH",
    relatedResolutions: ["Nghị quyết về chính sách hỗ trợ đào tạo nghề cho lao động nông thôn (dữ liệu mẫu)"],
  },
  next: { topic: "Thu hút đầu tư vào các khu, cụm công nghiệp và nhà ở cho công nhân", leadCommittee: "BKTNS" },
  operator: "tongdai1",
  followUp,
  questions: [
    {
      text: "Lao động nông thôn trên 40 tuổi muốn học nghề sửa xe máy ngắn hạn, có được hỗ trợ tiền ăn, tiền đi lại không?",
      channel: "web",
      name: "Nguyễn Văn Tám",
      area: "Vị Thủy",
      then: "approve",
    },
    {
      text: "Con tôi học xong lớp 12 muốn học nghề điện công nghiệp thì đăng ký ở đâu, có được miễn học phí không?",
      channel: "hotline",
      name: "Trần Thị Mai",
      area: "Phụng Hiệp",
      then: "approve",
    },
    {
      text: "Khi nào có phiên giao dịch việc làm tiếp theo tại Vị Thanh?",
      channel: "web",
      then: "route",
      agency: "TTDVVL",
    },
    {
      text: "Muốn đi xuất khẩu lao động Nhật Bản thì làm sao biết công ty nào được cấp phép, tránh bị lừa?",
      channel: "web",
      area: "Long Mỹ",
      then: "route",
      agency: "SLDTBXH",
    },
    {
      text: "Người khuyết tật có được học nghề miễn phí và được giới thiệu việc làm không?",
      channel: "hotline",
      name: "Lê Văn Hùng",
    },
    { text: "cho em hoi hoc nghe han o dau o hau giang co truong nao day khong a", channel: "web" },
    { text: "Sổ bảo hiểm xã hội của tôi bị sai ngày sinh thì điều chỉnh ở đâu?", channel: "web", area: "Châu Thành A" },
    {
      text: "Con tôi đi làm việc ở Hàn Quốc theo chương trình EPS, muốn vay vốn ngân hàng chính sách thì cần giấy tờ gì?",
      channel: "hotline",
      name: "Phạm Thị Hoa",
    },
  ],
};
