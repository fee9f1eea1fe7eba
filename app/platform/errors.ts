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

export const unauthenticated = () => new AppError("unauthenticated", 401);
export const forbidden = () => new AppError("forbidden", 403);
/** `code`: "not_found" on the JSON API's lookups; socket events have answered "not-found" (docs/API.md). */
export const notFound = (code = "not_found") => new AppError(code, 404);
