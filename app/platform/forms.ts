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

const isPlain = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === "object" && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/**
 * A payload's text values by the names the form gave them ("council.name", which Conform nests), not a
 * file's nor a repeated field's several values.
 */
export function formValues(payload: unknown, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  if (!isPlain(payload)) return out;
  for (const [k, v] of Object.entries(payload)) {
    const name = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out[name] = v;
    else if (isPlain(v)) formValues(v, name, out);
  }
  return out;
}

/** The submitted text values to show again: formValues, never a password. */
export function submittedValues(payload: unknown): Record<string, string> {
  const out = formValues(payload);
  for (const k of Object.keys(out)) if (SECRET.has(k.split(".").pop()!)) delete out[k];
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

/** The field an error is shown on: a list's own field for an item's error ("keywords[3]" on "keywords"). */
export function fieldOf(name: string): string {
  return name.replace(/\[.*$/, "") || "_form";
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
