/**
 * How a form's submission is read, the same on the server (parseForm) and in the browser (useSchemaForm):
 * Conform's parseWithZod with the form's shared Zod schema. Conform reads the names (repeated names become
 * arrays, "a.b" and "a[0]" nest) and names each error by its field; the messages are the schema's
 * dictionary keys ("err.*"). A form-wide error is "_form".
 *
 * Conform's automatic coercion is off: the shared schemas coerce the strings themselves (validation.ts:
 * `text` tidies and counts, `checkbox` reads "on", `z.coerce.number`), as the JSON API sends them too, and
 * Conform's wrapping loses the optionality of a field whose `.optional()` sits inside a transform's pipe.
 */
import type { Submission, SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod/v4";
import type { FieldErrors } from "./validation.ts";

/** Fields whose values are never sent back to the page. */
const SECRET = new Set(["password", "current", "next", "confirm"]);

export type Parsed<T> =
  { ok: true; data: T } | { ok: false; errors: FieldErrors; values: Record<string, string>; status: number };

/** Conform's errors (by field name, "" for the form) as the app's: "_form" for the form, no empty entries. */
export function toFieldErrors(error: Record<string, string[] | null> | null | undefined): FieldErrors {
  const out: FieldErrors = {};
  for (const [name, messages] of Object.entries(error ?? {}))
    if (messages?.length) (out[name || "_form"] ??= []).push(...messages);
  return out;
}

/** The submitted text values to show again: top-level strings only, never a password. */
export function submittedValues(payload: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (payload && typeof payload === "object")
    for (const [k, v] of Object.entries(payload)) if (typeof v === "string" && !SECRET.has(k)) out[k] = v;
  return out;
}

/** Conform's submission of a form, read with its schema: in the browser (useSchemaForm) and on the server. */
export function submissionOf<S extends z.ZodType>(schema: S, form: FormData) {
  return parseWithZod(form, { schema, async: false, disableAutoCoercion: true });
}

/** Parses a submitted form with its schema, as Conform reads it. */
export function parseSubmission<S extends z.ZodType>(schema: S, form: FormData): Parsed<z.output<S>> {
  let submission: Submission<z.input<S>, string[], z.output<S>>;
  try {
    submission = submissionOf(schema, form);
  } catch {
    // Conform's own fields ("__intent__", "__state__") carrying what Conform did not write.
    return { ok: false, errors: { _form: ["err.malformedForm"] }, values: {}, status: 400 };
  }
  if (submission.status === "success") return { ok: true, data: submission.value as z.output<S> };
  const errors = toFieldErrors(submission.error);
  return {
    ok: false,
    errors: Object.keys(errors).length ? errors : { _form: ["err.malformedForm"] },
    values: submittedValues(submission.payload),
    status: Object.keys(errors).length ? 422 : 400,
  };
}

/** The top-level field an error belongs to ("keywords[3]" and "a.b" to "keywords" and "a"). */
export function fieldOf(name: string): string {
  return /^[^.[]*/.exec(name)![0] || "_form";
}

/** A route's action data for one form, as Conform's last result: the server's errors and the values sent. */
export type FormActionData = {
  ok?: boolean;
  intent?: string;
  errors?: FieldErrors;
  values?: Record<string, string>;
} | null;

/**
 * The action data as the last result of the form posting `intent` (one of them, for a form with several
 * buttons); `match` tells one form of a list from the others by the values it posts (its hidden ids).
 */
export function lastResultOf(
  data: FormActionData | undefined,
  intent?: string | readonly string[],
  match?: Record<string, string>,
): SubmissionResult | undefined {
  if (!data) return undefined;
  const intents = typeof intent === "string" ? [intent] : intent;
  if (intents && data.intent !== undefined && !intents.includes(data.intent)) return undefined;
  const error: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(data.errors ?? {})) error[name === "_form" ? "" : name] = messages;
  if (!Object.keys(error).length) return { status: "success", error: {} };
  if (match && Object.entries(match).some(([k, v]) => data.values?.[k] !== v)) return undefined;
  return { status: "error", error, initialValue: data.values ?? undefined };
}
