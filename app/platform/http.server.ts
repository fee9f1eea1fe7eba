import { randomBytes } from "node:crypto";
import { readFile, unlink } from "node:fs/promises";
import path from "node:path";
import {
  MaxPartSizeExceededError,
  NodeOnDiskFile,
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createFileUploadHandler as createFileUploadHandler,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { z } from "zod/v4";
import { getConfig } from "./config.server.ts";
import { AppError, fromDatabase, InvalidInput } from "./errors.ts";
import { parseSubmission, submittedValues } from "./forms.ts";
import { MAX_FILES } from "./request-guards.server.ts";
import type { FieldErrors } from "./validation.ts";

/** Only same-site paths, never "//host" or a scheme. */
export function safeRedirect(to: unknown, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}

export type ActionFailure = { ok: false; intent?: string; errors: FieldErrors; values?: Record<string, string> };

export function invalid(errors: FieldErrors, intent?: string, values?: Record<string, string>, status = 422) {
  return Response.json({ ok: false, intent, errors, values } satisfies ActionFailure, { status });
}

/**
 * Thrown by parseForm; formAction turns it into the route's action data (422), with the form's values to show again.
 */
export class FormInvalid extends InvalidInput {
  constructor(
    errors: FieldErrors,
    public intent?: string,
    public values?: Record<string, string>,
    status = 422,
  ) {
    super(errors, status);
  }
}

/**
 * Parses a form with its shared Zod schema, as the browser does before posting (Conform's parseWithZod,
 * platform/forms.ts); on failure throws FormInvalid with the field errors and the values sent (no password).
 */
export function parseForm<S extends z.ZodType>(schema: S, form: FormData, intent?: string): z.output<S> {
  const r = parseSubmission(schema, form);
  if (!r.ok) throw new FormInvalid(r.errors, intent, r.values, r.status);
  return r.data;
}

const intentField = z.object({ intent: z.string().trim().max(60) });
/** The `intent` a form posts (its submit button's name="intent" value), as Conform reads it: "" if none or unclear. */
export function formIntent(form: FormData): string {
  const r = parseSubmission(intentField, form);
  return r.ok ? r.data.intent : "";
}

/** A refusal of one field of a parsed form (a duplicate, a cycle), with the form's values to show again. */
export function refuseField(form: FormData, field: string, code: string, intent?: string, status = 409) {
  return invalid({ [field]: [code] }, intent, submittedValues(Object.fromEntries(form)), status);
}

/**
 * Wraps a route action so that validation failures come back as action data
 * (status 422, field errors), not as an error page: Remix sends thrown
 * Responses to the ErrorBoundary.
 */
export function formAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return (...args: A): Promise<R | Response> => formResult(undefined, () => fn(...args));
}

/**
 * Runs a form's use case and maps its typed errors, the one mapping for Remix actions: field errors
 * (422, or the status they carry, e.g. 413) and refusals such as 409 come back as action data for
 * the form named `intent`; 403 and 404 are thrown as pages.
 */
export async function formResult<T>(intent: string | undefined, fn: () => Promise<T>): Promise<T | Response> {
  try {
    return await fn();
  } catch (raw) {
    const e = fromDatabase(raw);
    if (e instanceof FormInvalid) return invalid(e.errors, e.intent ?? intent, e.values, e.status);
    if (e instanceof InvalidInput) return invalid(e.errors, intent, undefined, e.status);
    if (e instanceof AppError) {
      if (e.status === 403)
        throw new Response("Không có quyền truy cập / Forbidden", { status: 403, statusText: "Forbidden" });
      if (e.status === 404) throw notFound();
      return invalid({ _form: [e.code] }, intent, undefined, e.status);
    }
    throw e;
  }
}

export function notFound(): Response {
  return new Response("Not found", { status: 404 });
}

/** Where files are streamed while a form is read, before a use case keeps or refuses them. */
const incomingDir = () => path.join(getConfig().uploadDir, ".incoming");
/** A file a use case has not taken by then is removed anyway. */
const INCOMING_TTL_MS = 10 * 60_000;

/**
 * Reads a form that may carry files: each file is streamed to disk with its
 * size enforced while reading (at most UPLOAD_MAX_MB, at most MAX_FILES of
 * them), text fields stay small (the route's body limit). An oversized or
 * extra file is a 413 with a field error. `filesOf` takes the files.
 */
export async function readFormWithFiles(request: Request, intent?: string, field = "file"): Promise<FormData> {
  if (!(request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return request.formData();
  const onDisk: NodeOnDiskFile[] = [];
  const fileHandler = createFileUploadHandler({
    directory: incomingDir(),
    maxPartSize: getConfig().uploadMaxBytes,
    file: () => randomBytes(16).toString("hex"),
    avoidFileConflicts: false,
  });
  const counted: UploadHandler = async (part) => {
    if (!part.filename) return undefined;
    if (onDisk.length >= MAX_FILES) throw new FormInvalid({ [field]: ["err.tooManyFiles"] }, intent, undefined, 413);
    const f = await fileHandler(part);
    if (f instanceof NodeOnDiskFile) {
      f.name = part.filename; // the disk's name is random; the user's is shown and stored
      onDisk.push(f);
    }
    return f;
  };
  const forget = () => Promise.all(onDisk.map((f) => f.remove().catch(() => {})));
  try {
    const form = await parseMultipartFormData(
      request,
      composeUploadHandlers(counted, createMemoryUploadHandler({ maxPartSize: 256 * 1024 })),
    );
    setTimeout(() => void forget(), INCOMING_TTL_MS).unref();
    return form;
  } catch (e) {
    await forget();
    if (e instanceof MaxPartSizeExceededError)
      throw new FormInvalid({ [field]: ["err.fileSize"] }, intent, undefined, 413);
    // The multipart parser's words for a body it cannot read (a file name that breaks its header, a cut body).
    if (
      e instanceof Error &&
      !(e instanceof FormInvalid) &&
      /malformed|multipart|boundary|content-disposition|unexpected end/i.test(e.message)
    )
      throw new FormInvalid({ [field]: ["err.malformedForm"] }, intent, undefined, 400);
    throw e;
  }
}

/** The non-empty files of a form field, read from where they were streamed (and removed there). */
export async function filesOf(form: FormData, name: string): Promise<{ name: string; bytes: Buffer }[]> {
  const out: { name: string; bytes: Buffer }[] = [];
  for (const f of form.getAll(name) as unknown[]) {
    if (f instanceof NodeOnDiskFile) {
      if (f.size > 0) out.push({ name: f.name, bytes: await readFile(f.getFilePath()) });
      await unlink(f.getFilePath()).catch(() => {});
    } else if (f instanceof File && f.size > 0) out.push({ name: f.name, bytes: Buffer.from(await f.arrayBuffer()) });
  }
  return out;
}

/** The use case a form's `intent` names in a table of them (own keys only), or undefined. */
export function intentOf<T>(table: Record<string, T>, intent: string): T | undefined {
  return Object.hasOwn(table, intent) ? table[intent] : undefined;
}
