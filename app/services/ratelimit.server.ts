/**
 * Fixed-window rate limits kept in this process's memory.
 * `hit(key, limit, windowMs)` → allowed, or the seconds to wait.
 */
import { getConfig } from "../config.server.ts";

type Window = { count: number; resetAt: number };
const store = ((globalThis as { __lnRate?: Map<string, Window> }).__lnRate ??= new Map());

export const LIMITS = {
  submitPerIp: { limit: 30, windowMs: 60_000 },
  submitPerDevice: { limit: 6, windowMs: 60_000 },
  votePerIp: { limit: 120, windowMs: 60_000 },
  votePerDevice: { limit: 30, windowMs: 60_000 },
} as const;

export function hit(key: string, limit: number, windowMs: number): { ok: true } | { ok: false; retryAfter: number } {
  const now = Date.now();
  let w = store.get(key);
  if (!w || w.resetAt <= now) {
    w = { count: 0, resetAt: now + windowMs };
    store.set(key, w);
  }
  w.count++;
  if (w.count > limit) return { ok: false, retryAfter: Math.max(1, Math.ceil((w.resetAt - now) / 1000)) };
  if (store.size > 100_000) for (const [k, v] of store) if (v.resetAt <= now) store.delete(k);
  return { ok: true };
}

/** Both limits must allow; returns the longer wait otherwise. */
export function hitAll(checks: [string, { limit: number; windowMs: number }][]): { ok: true } | { ok: false; retryAfter: number } {
  let wait = 0;
  for (const [key, l] of checks) {
    const r = hit(key, l.limit, l.windowMs);
    if (!r.ok) wait = Math.max(wait, r.retryAfter);
  }
  return wait ? { ok: false, retryAfter: wait } : { ok: true };
}

/** A limit multiplied by RATE_LIMIT_SCALE (configuration). */
export function scaled(l: { limit: number; windowMs: number }) {
  return { limit: Math.max(1, Math.round(l.limit * getConfig().rateLimitScale)), windowMs: l.windowMs };
}
