/** Question schemas shared by the viewer form, the hotline form, the API and the socket handlers. */
import { z } from "zod/v4";
import { cleanText } from "../../platform/text.ts";
import {
  checkbox,
  CLIENT_TOKEN,
  normalizePhone,
  optionalText,
  recordId,
  text,
  tidy,
  VN_PHONE,
} from "../../platform/validation.ts";
import { AREA_MAX, NAME_MAX, notifyEmailProblem, questionTextOf, questionTextProblem } from "./ask-rules.ts";
import { CHANNELS } from "./channels.ts";
import { REJECT_NOTE_MAX, REJECT_REASONS } from "./state.ts";

export * from "./duplicates/schemas.ts";

/** The form that creates a channel's access token. */
export const channelTokenSchema = z.object({ name: text(100), channel: z.enum(CHANNELS, { error: "err.choice" }) });

/** An optional text that clients may also send as null; cleaned like every stored text (tidy). */
const str = (max: number) =>
  z
    .string({ error: "err.type" })
    .optional()
    .nullable()
    .transform((s) => tidy(s ?? ""))
    .pipe(z.string().max(max, "err.tooLong"));

export { TEXT_MAX, TEXT_MIN } from "./ask-rules.ts";

/** A question's text: cleaned (tidy), on one line (every run of white space one space). */
export const questionText = z
  .string({ error: "err.required" })
  .transform(questionTextOf)
  .superRefine((s, ctx) => {
    const problem = questionTextProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** An optional e-mail address to be told at, trimmed; "" when none. */
export const notifyEmail = z
  .string({ error: "err.email" })
  .optional()
  .nullable()
  .transform((s) => tidy(s ?? ""))
  .superRefine((s, ctx) => {
    const problem = notifyEmailProblem(s);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** The asker subscribes later, from the tracking page: an address is required. */
export const subscribeEmail = notifyEmail.refine((s) => s !== "", "err.required");

export const clientKey = z.string({ error: "err.required" }).regex(CLIENT_TOKEN, "err.clientKey");

export const submitQuestionSchema = z.object({
  text: questionText,
  name: str(NAME_MAX),
  phone: z
    .string({ error: "err.phone" })
    .optional()
    .nullable()
    .transform((s) => normalizePhone(s ?? ""))
    .refine((s) => s === "" || VN_PHONE.test(s), "err.phone"),
  area: str(AREA_MAX),
  publishName: z.union([checkbox, z.null()]).transform((v) => v === true),
  /**
   * Where the asker asks to be told of progress (routed, answered on air, answered in writing, closed):
   * an e-mail address (personal data, docs/PRIVACY.md), and/or an SMS to the phone given.
   */
  email: notifyEmail,
  /** Meaningful only with a phone: without one it is stored as false (intake-batch `newRows`). */
  notifyPhone: z.union([checkbox, z.null()]).transform((v) => v === true),
  /** The asker agrees that the agency answering contacts them (docs/PRIVACY.md); absent means no. */
  contactConsent: z.union([checkbox, z.null()]).transform((v) => v === true),
  clientKey,
  deviceId: z
    .string()
    .regex(CLIENT_TOKEN, "err.deviceId")
    .optional()
    .nullable()
    .transform((s) => s ?? null),
  /** For integration channels: the source's own id. */
  externalId: z
    .string()
    .max(200, "err.tooLong")
    .optional()
    .nullable()
    .transform((s) => (s ? cleanText(s) : null) || null),
  /**
   * Sent after the broadcast (the episode has ended, no notice issued yet) to be answered in writing: the only
   * questions an ended episode takes (intake-mode.ts).
   */
  writtenAnswer: z.union([checkbox, z.null()]).transform((v) => v === true),
  /** Only staff may set a channel other than web (e.g. hotline). */
  channel: z.enum(["web", "hotline"]).optional(),
});
export type SubmitQuestionInput = z.output<typeof submitQuestionSchema>;

const base = { questionId: recordId, version: z.coerce.number().int().min(1) };

export const questionActionSchema = z.discriminatedUnion("action", [
  z.object({ ...base, action: z.literal("approve") }),
  z.object({ ...base, action: z.literal("unapprove") }),
  z.object({ ...base, action: z.literal("on_air") }),
  z.object({ ...base, action: z.literal("back_to_queue") }),
  z.object({
    ...base,
    action: z.literal("answered_on_air"),
    speaker: text(200),
  }),
  z.object({ ...base, action: z.literal("route"), agencyId: z.string().min(1, "err.required").max(40) }),
  z.object({
    ...base,
    action: z.literal("reject"),
    reason: z.enum(REJECT_REASONS, { error: "err.choice" }),
    note: optionalText(REJECT_NOTE_MAX),
  }),
  z.object({ ...base, action: z.literal("restore") }),
  z.object({ ...base, action: z.literal("undo_reject") }),
  z.object({ ...base, action: z.literal("merge"), targetId: z.string().min(1, "err.required").max(40) }),
  z.object({ ...base, action: z.literal("edit"), summary: questionText }),
  z.object({
    ...base,
    action: z.literal("tag"),
    topics: z.array(text(40)).max(10, "err.tooMany"),
  }),
  z.object({ ...base, action: z.literal("priority"), priority: z.coerce.number().int().min(0).max(2) }),
  z.object({ ...base, action: z.literal("reorder"), studioOrder: z.coerce.number().finite() }),
]);
export type QuestionActionInput = z.output<typeof questionActionSchema>;
