/** The directory's forms: organizations and users. */
import { z } from "zod/v4";
import { ROLES } from "../../platform/permissions.ts";
import { checkbox, lines, optionalEmail, optionalId, optionalPhone, text } from "../../platform/validation.ts";

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

export const organizationSchema = z.object({
  code: text(40).pipe(z.string().regex(/^[A-Z0-9][A-Z0-9_-]*$/, "err.code")),
  name: text(300),
  shortName: text(120),
  kind: z.enum(ORG_KINDS, { error: "err.choice" }),
  parentId: optionalId,
  email: optionalEmail,
  phone: optionalPhone,
  keywords: lines(300, 120),
  active: checkbox,
});

export const userSchema = z.object({
  username: text(64).pipe(z.string().regex(/^[a-z0-9._-]{3,64}$/, "err.username")),
  displayName: text(120),
  role: z.enum(ROLES, { error: "err.choice" }),
  organizationId: optionalId,
  active: checkbox,
  password: z
    .string()
    .optional()
    .transform((s) => s ?? "")
    .refine((s) => s === "" || s.length >= 10, "err.passwordShort"),
});
