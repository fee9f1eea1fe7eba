/** The directory's forms: organizations and users. */
import { z } from "zod/v4";
import { ROLES } from "../../platform/permissions.ts";
import { checkbox, lines, optionalEmail, optionalId, optionalPhone, text } from "../../platform/validation.ts";
import { ORG_KINDS } from "./kinds.ts";

export * from "./kinds.ts";

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
