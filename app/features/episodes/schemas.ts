import { z } from "zod/v4";
import {
  checkbox,
  lines,
  localDateTime,
  localDay,
  optionalId,
  optionalLocalDate,
  optionalText,
  optionalUrl,
  recordForm,
  text,
} from "../../platform/validation.ts";
import { EPISODE_STATUSES, PERSON_ROLES, PLATFORM_KINDS } from "./statuses.ts";

export * from "./statuses.ts";

export const seriesSchema = z.object({
  planNumber: text(50),
  title: text(300),
  programName: text(200),
  issuedAt: localDay,
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
    durationMinutes: z.coerce
      .number({ error: "err.number" })
      .int("err.number")
      .min(10, "err.durationRange")
      .max(600, "err.durationRange"),
    hotlines: lines(5, 30),
    surveyReportText: optionalText(50_000),
    publicBoard: checkbox,
  })
  .superRefine((v, ctx) => {
    v.hotlines.forEach((h, i) => {
      if (!/^[0-9 .+()-]{3,30}$/.test(h))
        ctx.addIssue({ code: "custom", path: ["hotlines"], message: "err.phone", params: { i } });
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

/** Ticks a checklist item (done="true") or unticks it. */
export const checklistToggleSchema = recordForm.extend({
  done: z
    .string()
    .optional()
    .transform((v) => v === "true"),
});
