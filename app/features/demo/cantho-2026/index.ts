/**
 * The second demo: the People's Council of the new thành phố Cần Thơ in 2026, after the 2025 arrangement
 * (two levels of local government). DEMONSTRATION DATA (see README.md in this folder): a sample of wards and
 * communes with their former names, placeholder signers, a made-up 2026 program.
 */
import type { DemoSet } from "../demo-set.ts";
import { accounts } from "./accounts.ts";
import { followUp } from "./followup.ts";
import { CANTHO_2026_PROFILE } from "./profile.ts";
import program from "./program.json";

export const CANTHO_2026: DemoSet = {
  key: "cantho-2026",
  folder: "app/features/demo/cantho-2026",
  profile: CANTHO_2026_PROFILE,
  program,
  accounts,
  episodeTimes: {
    "2026-04": { startsAt: "2026-04-23T20:00:00+07:00", status: "concluded" },
    "2026-05": { startsAt: "2026-05-28T20:00:00+07:00", status: "concluded" },
    "2026-06": { startsAt: "2026-06-25T20:00:00+07:00", status: "concluded" },
    "2026-07": { startsAt: "2026-07-23T20:00:00+07:00", status: "concluded" },
    "2026-08": { startsAt: "2026-08-27T20:00:00+07:00", status: "concluded" },
    "2026-09": { startsAt: "2026-09-24T20:00:00+07:00", status: "concluded" },
    "2026-10": { startsAt: "2026-10-22T20:00:00+07:00", status: "closed" },
    "2026-11": { startsAt: "2026-11-26T20:00:00+07:00", status: "closed" },
  },
  platforms: [
    { kind: "tv", label: "Sóng truyền hình Báo và Phát thanh, Truyền hình Cần Thơ", url: null },
    {
      kind: "youtube",
      label: "YouTube",
      url: "https://www.youtube.com/results?search_query=L%E1%BA%AFng+nghe+v%C3%A0+Trao+%C4%91%E1%BB%95i",
    },
    { kind: "website", label: "Website Báo và Phát thanh, Truyền hình Cần Thơ", url: null },
  ],
  live: {
    topic: "Rác thải, thoát nước, chiếu sáng công cộng ở các phường, xã sau sắp xếp đơn vị hành chính",
    summary:
      "Chương trình minh họa đang phát trực tiếp: người dân gửi câu hỏi qua trang này hoặc gọi đường dây nóng. " +
      "Có thể ghi tên phường, xã cũ: hệ thống hiểu cả tên trước ngày 01/7/2025.",
    leadCommittee: "BDOTHI",
    relatedResolutions: ["Nghị quyết về chỉnh trang đô thị, thoát nước và chiếu sáng công cộng (dữ liệu mẫu)"],
  },
  next: { topic: "Học phí và cơ sở vật chất trường học ở các xã, phường mới", leadCommittee: "BVHXH" },
  operator: "tongdai1",
  followUp,
  questions: [
    {
      text: "Hẻm 51 đường 3 Tháng 2, phường Xuân Khánh cũ, đèn đường hư cả tháng nay chưa ai sửa.",
      channel: "web",
      name: "Nguyễn Văn Bảy",
      area: "Ninh Kiều",
      then: "route",
      agency: "UBND-P-NINHKIEU",
    },
    { text: "rac thai sinh hoat o phuong Hung Loi cu khong co xe thu gom may ngay nay", channel: "web" },
    {
      text: "Tôi ở thị trấn Nàng Mau cũ, mưa lớn là ngập đường vào chợ, xin hỏi khi nào làm lại cống thoát nước?",
      channel: "hotline",
      name: "Trần Thị Lan",
      area: "Vị Thủy",
      then: "approve",
    },
    {
      text: "Sau khi nhập phường, giấy chứng nhận quyền sử dụng đất có phải làm thủ tục đổi lại không?",
      channel: "web",
      then: "route",
      agency: "SNNMT",
    },
    {
      text: "Đường đal trong ấp ở xã Vị Thắng cũ bị sạt lở một đoạn, xe máy đi rất nguy hiểm.",
      channel: "hotline",
      name: "Lê Văn Tư",
    },
    { text: "Thẻ bảo hiểm y tế của con tôi hết hạn, giờ làm lại ở đâu?", channel: "web", area: "Cái Răng" },
    {
      text: "Khu vực phường Tân An (mới) có kế hoạch nạo vét kênh thoát nước trước mùa mưa không?",
      channel: "web",
      then: "approve",
    },
  ],
};
