/**
 * The second demo's deployment profile: the People's Council of the new thành phố Cần Thơ (2026), formed on
 * 1 July 2025 from the old Cần Thơ city and the provinces of Hậu Giang and Sóc Trăng (Nghị quyết
 * 202/2025/QH15). Demonstration data: the signers' names are placeholders, not the office holders, and the
 * hotline is a made-up number (see README.md in this folder).
 */
import type { ProfileInput } from "../../profile/schemas.ts";

export const CANTHO_2026_PROFILE: ProfileInput = {
  council: {
    name: "Hội đồng nhân dân thành phố Cần Thơ",
    shortName: "HĐND thành phố Cần Thơ",
    level: "province",
    standingCommittee: "Thường trực Hội đồng nhân dân thành phố",
    office: "Văn phòng Đoàn ĐBQH và HĐND thành phố",
  },
  place: "Cần Thơ",
  header: ["HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"],
  documents: {
    TB: {
      numberPattern: "{number}/TB-HĐND",
      // Placeholder name: a demo must not present a real office holder as the signer.
      signer: { onBehalf: "TM. Thường trực HĐND, KT. Chủ tịch", title: "Phó Chủ tịch", name: "Nguyễn Văn A" },
      recipients: [
        "Thường trực Thành ủy (để báo cáo)",
        "Ủy ban nhân dân thành phố",
        "Các Ban Hội đồng nhân dân thành phố",
        "Văn phòng Đoàn ĐBQH và HĐND thành phố",
        "Báo và Phát thanh, Truyền hình Cần Thơ",
      ],
    },
    BC: {
      numberPattern: "{number}/BC-HĐND",
      signer: { onBehalf: "TM. Ban", title: "Trưởng ban", name: "Trần Thị B" },
      recipients: ["Thường trực Hội đồng nhân dân thành phố (để báo cáo)", "Ủy ban nhân dân thành phố"],
    },
  },
  timeZone: "Asia/Ho_Chi_Minh",
  program: {
    name: "Lắng nghe và Trao đổi",
    siteName: "Lắng nghe - HĐND thành phố Cần Thơ",
    // Not a real line: 0292 is Cần Thơ's area code, the subscriber number is a placeholder.
    hotlines: ["0292 3 000 000"],
    watch: [
      { label: "Sóng truyền hình Báo và Phát thanh, Truyền hình Cần Thơ" },
      { label: "YouTube" },
      { label: "Website Báo và Phát thanh, Truyền hình Cần Thơ" },
    ],
  },
  site: { logo: "", colors: { primary: "#0f5e6b", accent: "#b45309" }, languages: ["vi", "en"] },
  followUp: { answerDays: 30, reminderDays: 7, retentionMonths: 12 },
};
