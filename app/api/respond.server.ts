/**
 * The one mapping from typed errors to responses: JSON for the HTTP API,
 * acknowledgements for socket events (`{ ok: false, status, error, errors? }`,
 * docs/API.md). Anything else is logged and answered 500 without details.
 */
import type { Response } from "express";
import { AppError, fromDatabase, InvalidInput, RateLimited } from "../platform/errors.ts";

/** The JSON body and status of a typed error, or null for an unexpected one. */
function shape(raw: unknown): { status: number; body: Record<string, unknown> } | null {
  const e = fromDatabase(raw);
  if (e instanceof InvalidInput) return { status: 422, body: { errors: e.errors } };
  if (e instanceof AppError) return { status: e.status, body: { error: e.code, ...e.detail } };
  return null;
}

/** Sends a typed error as JSON (with Retry-After for 429); rethrows anything else (the API's 500 handler). */
export function sendError(res: Response, e: unknown): void {
  const s = shape(e);
  if (!s) throw e;
  if (e instanceof RateLimited) res.setHeader("Retry-After", String(e.retryAfter));
  res.status(s.status).json(s.body);
}

/** A socket acknowledgement for an error. */
export function errorAck(raw: unknown): Record<string, unknown> {
  const e = fromDatabase(raw);
  if (e instanceof InvalidInput) return { ok: false, status: 422, error: "invalid", errors: e.errors };
  const s = shape(e);
  if (s) return { ok: false, status: s.status, ...s.body };
  console.error(e);
  return { ok: false, status: 500, error: "internal" };
}
