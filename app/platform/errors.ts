/**
 * Typed errors that use cases throw. Each transport maps them in one place
 * (app/api/respond.server.ts for the JSON API and socket acks): the status,
 * a machine-readable code, details, and field errors for 422.
 */
import type { FieldErrors } from "./validation.ts";

export class AppError extends Error {
  constructor(
    public code: string,
    public status: number,
    public detail: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

/** 422 with field errors (dictionary keys), as the forms and the API report them. */
export class InvalidInput extends AppError {
  constructor(
    public errors: FieldErrors,
    status = 422,
  ) {
    super("invalid", status);
  }
}

/** 429: wait `retryAfter` seconds. */
export class RateLimited extends AppError {
  constructor(public retryAfter: number) {
    super("rate_limited", 429, { retryAfter });
  }
}

/** A field refused for what is already stored: a duplicate code, a cycle (`code` is a dictionary key). */
export class FieldConflict extends Error {
  constructor(
    public field: string,
    public code: string,
  ) {
    super(`${field}: ${code}`);
  }
}

export const unauthenticated = () => new AppError("unauthenticated", 401);
export const forbidden = () => new AppError("forbidden", 403);
/** `code`: "not_found" on the JSON API's lookups; socket events have answered "not-found" (docs/API.md). */
export const notFound = (code = "not_found") => new AppError(code, 404);

/**
 * The database's refusals of a client's bogus input, as typed errors: a record
 * that is not there (P2025) is 404, a reference to one that is not there
 * (P2003) a 422, a duplicate (P2002) a 409. Every transport's mapping calls
 * this first, so a bogus id in a form or a body is never a 500. Anything else
 * is returned as it is.
 */
export function fromDatabase(e: unknown): unknown {
  const code = (e as { name?: string; code?: unknown } | null)?.code;
  if ((e as { name?: string } | null)?.name !== "PrismaClientKnownRequestError" || typeof code !== "string") return e;
  if (code === "P2025") return notFound();
  if (code === "P2003") return new InvalidInput({ _form: ["err.reference"] });
  if (code === "P2002") return new AppError("conflict", 409);
  return e;
}
