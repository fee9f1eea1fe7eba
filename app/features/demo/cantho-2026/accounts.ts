/**
 * The accounts proposed for the Cần Thơ 2026 demo, in the shape of DEMO_ACCOUNTS (demo.server.ts); `org` is
 * a code from organizations.csv in this folder. The seeding gives them all the demo password.
 */
import type { DemoAccount } from "../demo-set.ts";

export const accounts: DemoAccount[] = [
  { username: "admin", email: "admin@cantho.example", displayName: "Quản trị hệ thống", role: "admin", org: "VPDDBQH" },
  {
    username: "thuongtruc",
    email: "thuongtruc@cantho.example",
    displayName: "Thường trực HĐND thành phố",
    role: "standing",
    org: "TTHDND",
  },
  {
    username: "ban.vhxh",
    email: "ban.vhxh@cantho.example",
    displayName: "Ban Văn hóa - Xã hội",
    role: "committee",
    org: "BVHXH",
  },
  {
    username: "ban.ktns",
    email: "ban.ktns@cantho.example",
    displayName: "Ban Kinh tế - Ngân sách",
    role: "committee",
    org: "BKTNS",
  },
  {
    username: "ban.dothi",
    email: "ban.dothi@cantho.example",
    displayName: "Ban Đô thị",
    role: "committee",
    org: "BDOTHI",
  },
  {
    username: "ban.phapche",
    email: "ban.phapche@cantho.example",
    displayName: "Ban Pháp chế",
    role: "committee",
    org: "BPC",
  },
  {
    username: "tongdai1",
    email: "tongdai1@cantho.example",
    displayName: "Tổng đài viên 1",
    role: "operator",
    org: "VPDDBQH",
  },
  {
    username: "tongdai2",
    email: "tongdai2@cantho.example",
    displayName: "Tổng đài viên 2",
    role: "operator",
    org: "VPDDBQH",
  },
  { username: "so.noivu", email: "so.noivu@cantho.example", displayName: "Sở Nội vụ", role: "agency", org: "SNV" },
  {
    username: "so.nnmt",
    email: "so.nnmt@cantho.example",
    displayName: "Sở Nông nghiệp và Môi trường",
    role: "agency",
    org: "SNNMT",
  },
  {
    username: "so.xaydung",
    email: "so.xaydung@cantho.example",
    displayName: "Sở Xây dựng",
    role: "agency",
    org: "SXD",
  },
  {
    username: "so.gddt",
    email: "so.gddt@cantho.example",
    displayName: "Sở Giáo dục và Đào tạo",
    role: "agency",
    org: "SGDDT",
  },
  { username: "so.yte", email: "so.yte@cantho.example", displayName: "Sở Y tế", role: "agency", org: "SYT" },
  {
    username: "p.ninhkieu",
    email: "p.ninhkieu@cantho.example",
    displayName: "UBND phường Ninh Kiều",
    role: "agency",
    org: "UBND-P-NINHKIEU",
  },
  {
    username: "x.vithuy",
    email: "x.vithuy@cantho.example",
    displayName: "UBND xã Vị Thủy",
    role: "agency",
    org: "UBND-X-VITHUY",
  },
  {
    username: "p.phuloi",
    email: "p.phuloi@cantho.example",
    displayName: "UBND phường Phú Lợi",
    role: "agency",
    org: "UBND-P-PHULOI",
  },
];
