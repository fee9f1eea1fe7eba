import { z } from "zod/v4";
import { ROLES } from "../../platform/permissions.ts";
import {
  checkbox, lines, localDateTime, optionalEmail, optionalId, optionalLocalDate, optionalPhone, optionalText, optionalUrl, requiredIfMissing, text,
} from "../../platform/validation.ts";

export const EPISODE_STATUSES = ["planned", "live", "ended", "concluded", "closed"] as const;
export type EpisodeStatus = (typeof EPISODE_STATUSES)[number];

/** Allowed status moves. Going back one step corrects a mistaken click. */
export const EPISODE_TRANSITIONS: Record<EpisodeStatus, EpisodeStatus[]> = {
  planned: ["live"],
  live: ["ended", "planned"],
  ended: ["concluded", "live"],
  concluded: ["closed", "ended"],
  closed: ["concluded"],
};

export const ORG_KINDS = ["council", "government", "department", "agency", "local", "utility", "media"] as const;
export const PLATFORM_KINDS = ["tv", "youtube", "fanpage", "website", "radio", "other"] as const;
export const PERSON_ROLES = ["speaker", "guest", "host"] as const;

export const loginSchema = z.object({
  username: text(64),
  password: z.string(requiredIfMissing).min(1, "err.required").max(256, "err.tooLong"),
  redirectTo: z.string().optional(),
});

export const PASSWORD_MIN = 10;
export const newPassword = z
  .string(requiredIfMissing)
  .min(PASSWORD_MIN, "err.passwordShort")
  .max(256, "err.tooLong");

export const changePasswordSchema = z
  .object({
    current: z.string(requiredIfMissing).min(1, "err.required"),
    next: newPassword,
    confirm: z.string(requiredIfMissing),
  })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], message: "err.passwordMismatch" });

export const seriesSchema = z.object({
  planNumber: text(50),
  title: text(300),
  programName: text(200),
  issuedAt: localDateTime,
  place: optionalText(100),
  issuerId: optionalId,
  signerName: optionalText(100),
  signerTitle: optionalText(100),
  signerOnBehalf: optionalText(200),
});

export const episodeSchema = z
  .object({
    seriesId: text(40),
    topic: text(500, 5),
    summary: optionalText(5000),
    leadCommitteeId: text(40),
    relatedResolutions: lines(30, 300),
    startsAt: localDateTime,
    durationMinutes: z.coerce.number({ error: "err.number" }).int("err.number").min(10, "err.durationRange").max(600, "err.durationRange"),
    hotlines: lines(5, 30),
    surveyReportText: optionalText(50_000),
    publicBoard: checkbox,
  })
  .superRefine((v, ctx) => {
    v.hotlines.forEach((h, i) => {
      if (!/^[0-9 .+()-]{3,30}$/.test(h)) ctx.addIssue({ code: "custom", path: ["hotlines"], message: "err.phone", params: { i } });
    });
  });

export const episodeStatusSchema = z.object({ status: z.enum(EPISODE_STATUSES, { error: "err.choice" }) });

export const platformSchema = z.object({
  kind: z.enum(PLATFORM_KINDS, { error: "err.choice" }),
  label: text(100),
  url: optionalUrl,
});

export const personSchema = z.object({
  role: z.enum(PERSON_ROLES, { error: "err.choice" }),
  name: text(120),
  title: optionalText(200),
  organizationId: optionalId,
});

export const checklistItemSchema = z.object({
  title: text(500),
  ownerOrgId: optionalId,
  ownerName: optionalText(120),
  dueAt: optionalLocalDate,
  note: optionalText(2000),
});

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
