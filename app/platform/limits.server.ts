/**
 * Rate limits, one module for every transport (rate-limiter-flexible, fixed
 * windows): in Redis when configured (shared by every node), otherwise in
 * this process's memory. While Redis is unreachable each node counts in its
 * own memory (`viaRedis`): limits per node rather than none, and no question
 * refused for want of a counter.
 */
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getConfig } from "./config.server.ts";
import { RateLimited } from "./errors.ts";
import { redisKey, viaRedis, type Redis } from "./redis.server.ts";

/** Points per window (before RATE_LIMIT_SCALE) and the window in seconds. */
export const POLICIES = {
  submitPerIp: { points: 30, duration: 60 },
  submitPerDevice: { points: 6, duration: 60 },
  votePerIp: { points: 120, duration: 60 },
  votePerDevice: { points: 30, duration: 60 },
  /** Refused proofs of being a question's asker (a wrong secret or device), per address. */
  askerRefusedPerIp: { points: 30, duration: 60 },
} as const;
export type Policy = keyof typeof POLICIES;

function options(policy: Policy) {
  const p = POLICIES[policy];
  return {
    points: Math.max(1, Math.round(p.points * getConfig().rateLimitScale)),
    duration: p.duration,
    keyPrefix: redisKey(`rl:${policy}`),
  };
}

const inMemory = new Map<Policy, RateLimiterMemory>();
const inRedis = new WeakMap<Redis, Map<Policy, RateLimiterRedis>>();

function memoryLimiter(policy: Policy): RateLimiterMemory {
  let l = inMemory.get(policy);
  if (!l) inMemory.set(policy, (l = new RateLimiterMemory(options(policy))));
  return l;
}

function redisLimiter(client: Redis, policy: Policy): RateLimiterRedis {
  let byPolicy = inRedis.get(client);
  if (!byPolicy) inRedis.set(client, (byPolicy = new Map()));
  let l = byPolicy.get(policy);
  if (!l)
    byPolicy.set(
      policy,
      (l = new RateLimiterRedis({ ...options(policy), storeClient: client, useRedisPackage: true })),
    );
  return l;
}

/** 0 when allowed, otherwise the seconds to wait. */
async function consumeWith(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (e) {
    if (e instanceof RateLimiterRes) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw e;
  }
}

function consume(policy: Policy, key: string): Promise<number> {
  return viaRedis(
    (r) => consumeWith(redisLimiter(r, policy), key),
    () => consumeWith(memoryLimiter(policy), key),
  );
}

/** Counts one hit against every [policy, key]; throws RateLimited with the longest wait when any is exceeded. */
export async function enforce(checks: [Policy, string | null | undefined][]): Promise<void> {
  let wait = 0;
  for (const [policy, key] of checks) {
    if (key) wait = Math.max(wait, await consume(policy, key));
  }
  if (wait) throw new RateLimited(wait);
}
