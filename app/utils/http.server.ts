import { z } from "zod";
import { fieldErrors, formObject, type FieldErrors } from "../schemas/common.ts";

/** Only same-site paths, never "//host" or a scheme. */
export function safeRedirect(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}

export type ActionFailure = { ok: false; intent?: string; errors: FieldErrors; values?: Record<string, string> };

export function invalid(errors: FieldErrors, intent?: string, values?: Record<string, string>, status = 422) {
  return Response.json({ ok: false, intent, errors, values } satisfies ActionFailure, { status });
}

/** Parses a form with a Zod schema; on failure throws a 422 with field errors (the route's action data). */
export function parseForm<S extends z.ZodTypeAny>(schema: S, form: FormData, intent?: string): z.output<S> {
  const values = formObject(form);
  const r = schema.safeParse(values);
  if (!r.success) {
    delete values.password;
    throw invalid(fieldErrors(r.error), intent, values);
  }
  return r.data;
}

export function notFound(): Response {
  return new Response("Not found", { status: 404 });
}
