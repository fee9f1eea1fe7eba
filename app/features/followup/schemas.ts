/**
 * The follow-up's forms, one schema per intent, shared by the pages (checked in the browser) and the use
 * cases' callers (parseForm). The use cases keep their own rules (state, permission, rich text).
 */
import { z } from "zod/v4";
import {
  hiddenId,
  lines,
  manyValues,
  optionalId,
  optionalLocalDate,
  optionalText,
  requiredLocalDate,
  text,
} from "../../platform/validation.ts";

import { isSigningAuthority } from "../profile/schemas.ts";

const notice = z.object({ noticeId: hiddenId });
/** A follow-up item: a notice's task or a routed question. */
const item = z.object({
  kind: z.enum(["task", "question"], { error: "err.choice" }).default("question"),
  itemId: hiddenId,
});
const reason = text(2000);

export const conclusionsSchemas = {
  draft: z.object({}),
  save: notice.extend({
    title: optionalText(1000),
    grounds: optionalText(20_000),
    tasksIntro: optionalText(2000),
    conclusions: optionalText(100_000),
    recipients: lines(100, 500),
  }),
  "task-save": notice.extend({
    taskId: optionalId,
    content: text(10_000),
    leadAgencyId: text(40),
    coordinating: manyValues,
    dueAt: optionalLocalDate,
  }),
  "task-remove": notice.extend({ taskId: hiddenId }),
  /** Move a routed question of the draft to another task, to a new task of its own ("new"), or out ("" ). */
  group: notice.extend({ questionId: hiddenId, target: z.string().trim().max(40).default("") }),
  submit: notice,
  issue: notice.extend({
    number: text(60),
    issuedAt: requiredLocalDate,
    place: optionalText(200),
    // A notice is not issued unsigned: the signer, the title and the authority (TM./KT.) are required.
    signerName: text(200),
    signerTitle: text(200),
    signerOnBehalf: text(200).refine(isSigningAuthority, "err.authority"),
  }),
  amend: notice.extend({ reason, conclusions: optionalText(100_000) }),
  approve: z.object({ questionId: hiddenId, note: optionalText(4000) }),
  revise: z.object({ questionId: hiddenId, note: optionalText(4000) }),
  remind: item.extend({ message: text(4000) }),
  extend: item.extend({ dueAt: requiredLocalDate, reason }),
  close: item.extend({ reason }),
  reopen: item.extend({ reason }),
  complete: z.object({ itemId: hiddenId }),
  "air-summary": z.object({ questionId: hiddenId, airSummary: optionalText(4000) }),
  /** The lead Ban's decision on an agency's extension request (the note is required to refuse). */
  "extension-approve": z.object({ extensionId: hiddenId, note: optionalText(2000) }),
  "extension-refuse": z.object({ extensionId: hiddenId, note: optionalText(2000) }),
  "reveal-phone": z.object({ questionId: hiddenId }),
} as const;

/** An agency's answer (saved as a draft or submitted): Markdown, stored as typed; files come beside it. */
export const answerSchema = z.object({
  body: z
    .string()
    .optional()
    .transform((s) => s ?? "")
    .refine((s) => s.trim().length > 0, "err.required"),
});

/** A progress report: what was done, and how far (a whole percentage). */
export const progressSchema = z.object({
  text: text(4000),
  percent: z
    .string()
    .optional()
    .transform((s) => Number(s?.trim() || 0))
    .pipe(z.number({ error: "err.number" }).int("err.number").min(0, "err.percent").max(100, "err.percent")),
});

/** Giving a question back: not the agency's competence, and why. */
export const returnSchema = z.object({ reason });

/** An agency asks for more time: the new day (after the current deadline) and why. */
export const extensionRequestSchema = z.object({ dueAt: requiredLocalDate, reason });
