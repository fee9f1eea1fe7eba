/**
 * The accounts proposed for the Cần Thơ 2026 demo, in the shape of DEMO_ACCOUNTS (demo.server.ts); `org` is
 * a code from organizations.csv in this folder. The seeding gives them all the demo password.
 */
import type { Role } from "../../../platform/permissions.ts";

export const accounts: { username: string; displayName: string; role: Role; org?: string }[] = [
  { username: "admin", displayName: "Quản trị hệ thống", role: "admin", org: "VPDDBQH" },
  { username: "thuongtruc", displayName: "Thường trực HĐND thành phố", role: "standing", org: "TTHDND" },
  { username: "ban.vhxh", displayName: "Ban Văn hóa - Xã hội", role: "committee", org: "BVHXH" },
  { username: "ban.ktns", displayName: "Ban Kinh tế - Ngân sách", role: "committee", org: "BKTNS" },
  { username: "ban.dothi", displayName: "Ban Đô thị", role: "committee", org: "BDOTHI" },
  { username: "ban.phapche", displayName: "Ban Pháp chế", role: "committee", org: "BPC" },
  { username: "tongdai1", displayName: "Tổng đài viên 1", role: "operator", org: "VPDDBQH" },
  { username: "tongdai2", displayName: "Tổng đài viên 2", role: "operator", org: "VPDDBQH" },
  { username: "so.noivu", displayName: "Sở Nội vụ", role: "agency", org: "SNV" },
  { username: "so.nnmt", displayName: "Sở Nông nghiệp và Môi trường", role: "agency", org: "SNNMT" },
  { username: "so.xaydung", displayName: "Sở Xây dựng", role: "agency", org: "SXD" },
  { username: "so.gddt", displayName: "Sở Giáo dục và Đào tạo", role: "agency", org: "SGDDT" },
  { username: "so.yte", displayName: "Sở Y tế", role: "agency", org: "SYT" },
  { username: "p.ninhkieu", displayName: "UBND phường Ninh Kiều", role: "agency", org: "UBND-P-NINHKIEU" },
  { username: "x.vithuy", displayName: "UBND xã Vị Thủy", role: "agency", org: "UBND-X-VITHUY" },
  { username: "p.phuloi", displayName: "UBND phường Phú Lợi", role: "agency", org: "UBND-P-PHULOI" },
];
