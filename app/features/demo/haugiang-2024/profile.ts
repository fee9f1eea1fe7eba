/** The demo's deployment profile: the People's Council of Hậu Giang province as it was in 2024. */
import type { ProfileInput } from "../../profile/schemas.ts";

export const DEMO_PROFILE: ProfileInput = {
  council: {
    name: "Hội đồng nhân dân tỉnh Hậu Giang",
    shortName: "HĐND tỉnh Hậu Giang",
    level: "province",
    standingCommittee: "Thường trực Hội đồng nhân dân tỉnh",
    office: "Văn phòng Đoàn ĐBQH và HĐND",
  },
  place: "Hậu Giang",
  header: ["HỘI ĐỒNG NHÂN DÂN", "TỈNH HẬU GIANG"],
  documents: {
    TB: {
      numberPattern: "{number}/TB-HĐND",
      signer: { onBehalf: "TM. Thường trực HĐND, KT. Chủ tịch", title: "Phó Chủ tịch", name: "Mã Thị Tươi" },
      recipients: [
        "Thường trực Tỉnh ủy (để báo cáo)",
        "Ủy ban nhân dân tỉnh",
        "Các Ban Hội đồng nhân dân tỉnh",
        "Đài Phát thanh và Truyền hình tỉnh",
      ],
    },
    BC: {
      numberPattern: "{number}/BC-HĐND",
      signer: { onBehalf: "TM. Ban", title: "Trưởng ban", name: "" },
    },
  },
  timeZone: "Asia/Ho_Chi_Minh",
  program: {
    name: "Lắng nghe và Trao đổi",
    siteName: "Lắng nghe",
    hotlines: ["0293 3 878 999"],
    watch: [{ label: "Sóng truyền hình Đài PT-TH Hậu Giang" }, { label: "YouTube" }, { label: "Fanpage" }],
  },
  site: { logo: "", colors: { primary: "#0a4b8c", accent: "#c8102e" }, languages: ["vi", "en"] },
  followUp: {},
};
