/**
 * Fixed-window rate limits: in Redis when configured (shared by every
 * node), otherwise in this process's memory. While Redis is unreachable
 * each node counts in its own memory (limits per node rather than none, and
 * no question refused for want of a counter).
 */
import { getConfig } from "./config.server.ts";
import { viaRedis, type Redis } from "./redis.server.ts";

type Window = { count: number; resetAt: number };
const store = new Map<string, Window>();

export const LIMITS = {
  submitPerIp: { limit: 30, windowMs: 60_000 },
  submitPerDevice: { limit: 6, windowMs: 60_000 },
  votePerIp: { limit: 120, windowMs: 60_000 },
  votePerDevice: { limit: 30, windowMs: 60_000 },
} as const;

type Result = { ok: true } | { ok: false; retryAfter: number };

function hitMemory(key: string, limit: number, windowMs: number): Result {
  const now = Date.now();
  let w = store.get(key);
  if (!w || w.resetAt <= now) {
    w = { count: 0, resetAt: now + windowMs };
    store.set(key, w);
  }
  w.count++;
  if (store.size > 100_000) for (const [k, v] of store) if (v.resetAt <= now) store.delete(k);
  if (w.count > limit) return { ok: false, retryAfter: Math.max(1, Math.ceil((w.resetAt - now) / 1000)) };
  return { ok: true };
}

async function hitRedis(r: Redis, key: string, limit: number, windowMs: number): Promise<Result> {
  const k = `ln:rl:${key}`;
  const [count, ttl] = (await r.multi().incr(k).pTTL(k).exec()) as [number, number];
  if (ttl < 0) await r.pExpire(k, windowMs);
  if (count > limit) return { ok: false, retryAfter: Math.max(1, Math.ceil((ttl > 0 ? ttl : windowMs) / 1000)) };
  return { ok: true };
}

export function hit(key: string, limit: number, windowMs: number): Promise<Result> {
  return viaRedis((r) => hitRedis(r, key, limit, windowMs), () => hitMemory(key, limit, windowMs));
}

/** Every limit must allow; otherwise the longest wait. */
export async function hitAll(checks: [string, { limit: number; windowMs: number }][]): Promise<Result> {
  let wait = 0;
  for (const [key, l] of checks) {
    const r = await hit(key, l.limit, l.windowMs);
    if (!r.ok) wait = Math.max(wait, r.retryAfter);
  }
  return wait ? { ok: false, retryAfter: wait } : { ok: true };
}

/** A limit multiplied by RATE_LIMIT_SCALE (configuration). */
export function scaled(l: { limit: number; windowMs: number }) {
  return { limit: Math.max(1, Math.round(l.limit * getConfig().rateLimitScale)), windowMs: l.windowMs };
}
