/**
 * Zod helpers shared by client and server. Error messages are dictionary
 * keys ("err.*"), translated where they are shown; APIs return the keys.
 */
import { z } from "zod/v4";
export { CLIENT_TOKEN, normalizePhone, tidy, VN_PHONE } from "./fields.ts";
import { InvalidInput } from "./errors.ts";
import { normalizePhone, tidy, VN_PHONE } from "./fields.ts";
import { cleanText } from "./text.ts";
import { currentTimeZone, localInputValue, zonedParts, zonedTimeToInstant } from "./time.ts";

/** The id of a stored record (episode, question) as clients send it. */
export const recordId = z.string().min(1).max(40);
/** A form that names one record (remove, revoke, toggle …) by a hidden `id`. */
export const recordForm = z.object({
  id: z.string({ error: "err.choice" }).min(1, "err.choice").max(40, "err.choice"),
});

/** A string field's own error: "err.required" when it is missing; Zod's default for a wrong type. */
export const requiredIfMissing = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "err.required" : undefined),
};

/** A required text field, cleaned (tidy); its length is counted after cleaning. */
export const text = (max: number, min = 1) =>
  z
    .string({ error: "err.required" })
    .transform(tidy)
    .superRefine((s, ctx) => {
      if (s.length === 0) ctx.addIssue({ code: "custom", message: "err.required" });
      else if (s.length < min) ctx.addIssue({ code: "custom", message: "err.tooShort" });
      else if (s.length > max) ctx.addIssue({ code: "custom", message: "err.tooLong" });
    });

/** An optional text field, cleaned (tidy): "" when missing. */
export const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => tidy(s ?? ""))
    .pipe(z.string().max(max, "err.tooLong"));

export const optionalId = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() ? s.trim() : null));

export const checkbox = z
  .union([
    z.literal("on"),
    z.literal("true"),
    z.literal("1"),
    z.literal("false"),
    z.literal("0"),
    z.literal(""),
    z.boolean(),
  ])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true" || v === "1");

export const optionalPhone = z
  .string()
  .optional()
  .transform((s) => normalizePhone(s ?? ""))
  .refine((s) => s === "" || VN_PHONE.test(s), "err.phone");

const emailFormat = z.string().email();
export const optionalEmail = z
  .string()
  .optional()
  .transform((s) => tidy(s ?? ""))
  .refine((s) => s === "" || emailFormat.safeParse(s).success, "err.email");

export const optionalUrl = z
  .string()
  .optional()
  .transform((s) => tidy(s ?? ""))
  .refine((s) => s === "" || /^https?:\/\/[^\s]+$/i.test(s), "err.url");

/** A local date-time from <input type="datetime-local">, read in the deployment's time zone (the profile's). */
export function parseLocalDateTime(s: string, tz = currentTimeZone()): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, se] = m.map(Number) as unknown as number[];
  // Reject impossible dates such as 2024-02-31.
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  if (h > 23 || mi > 59 || (se || 0) > 59) return null;
  const date = zonedTimeToInstant({ year: y, month: mo, day: d, hour: h, minute: mi, second: se || 0 }, tz);
  return zonedParts(date, tz).day === d ? date : null;
}
/** The value of an <input type="datetime-local"> for an instant, in the deployment's time zone. */
export function toLocalInput(date: Date | string, tz = currentTimeZone()): string {
  return localInputValue(date, tz);
}
/** A required local date-time (<input type="datetime-local">). */
export const localDateTime = z.string(requiredIfMissing).transform((s, ctx) => localMoment(s, ctx));
/** A required day (<input type="date">, or a date-time), read as its local midnight. */
export const localDay = z
  .string(requiredIfMissing)
  .transform((s, ctx) => localMoment(/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(s) ? `${s.trim()}T00:00` : s, ctx));
function localMoment(s: string, ctx: z.RefinementCtx) {
  const d = parseLocalDateTime(s);
  if (!d) {
    ctx.addIssue({ code: "custom", message: s.trim() ? "err.datetime" : "err.required" });
    return z.NEVER;
  }
  return d;
}
export const optionalLocalDate = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (!s || !s.trim()) return null;
    const d = parseLocalDateTime(s.length === 10 ? `${s}T00:00` : s);
    if (!d) {
      ctx.addIssue({ code: "custom", message: "err.date" });
      return z.NEVER;
    }
    return d;
  });

/** A required day (<input type="date">): "err.date" when missing or impossible. */
export const requiredLocalDate = optionalLocalDate.pipe(z.date({ error: "err.date" }));

/** The values of a field that may repeat (a multiple select): one value or several, as a list. */
export const manyValues = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

/** A hidden field naming a record; an unknown one is the use case's 404. */
export const hiddenId = z
  .string()
  .optional()
  .transform((s) => (s ?? "").trim());

/** Lines of a textarea → cleaned (tidy), non-empty strings. */
export const lines = (maxItems: number, maxLen: number) =>
  z
    .string()
    .optional()
    .transform((s) =>
      cleanText(s ?? "")
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().max(maxLen, "err.tooLong")).max(maxItems, "err.tooMany"));

export type FieldErrors = Record<string, string[]>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses input with a schema; on failure throws InvalidInput (422) with field errors. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw new InvalidInput(fieldErrors(r.error));
  return r.data;
}
