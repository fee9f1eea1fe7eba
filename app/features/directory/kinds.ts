/** The kinds of organization and of place (client-safe, no validation library). */
/**
 * Kinds of organization. `local` is the UBND that answers for local matters in a place: since July 2025 a
 * commune, ward or special zone (before, a district). `public_service` is a đơn vị sự nghiệp công lập.
 */
export const ORG_KINDS = [
  "council",
  "government",
  "department",
  "agency",
  "local",
  "public_service",
  "utility",
  "media",
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/**
 * Kinds of place (Place.kind), each written before the name as people write it ("phường Ninh Kiều").
 * "" is a place whose file gives no kind: its name is matched as written.
 */
export const PLACE_KINDS = ["xa", "phuong", "dac_khu", "thi_tran", "huyen", "quan", "thi_xa", "thanh_pho"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
/** The word written before a place's name, by kind. */
export const PLACE_KIND_WORD: Record<PlaceKind, string> = {
  xa: "xã",
  phuong: "phường",
  dac_khu: "đặc khu",
  thi_tran: "thị trấn",
  huyen: "huyện",
  quan: "quận",
  thi_xa: "thị xã",
  thanh_pho: "thành phố",
};
