/**
 * The Redis connection, when REDIS_URL is configured (several nodes); otherwise null and state stays in memory.
 *
 * A Redis outage must not stop a live show: the database holds every question
 * and action, Redis only what the nodes share for coordination. So while
 * Redis is unreachable, `viaRedis` runs each caller's fallback (this node's
 * own rate-limit counters, its own share of presence, no holds) instead of
 * failing the request or queueing it until Redis returns; the outage is
 * logged once when it starts and once when it ends, and `onRedisBack`
 * callbacks run when it ends (consoles are told to catch up on what other
 * nodes signalled meanwhile).
 */
import { createClient, ErrorReply } from "redis";
import { getConfig } from "./config.server.ts";

export type Redis = ReturnType<typeof createClient>;

/** A Redis key or channel of this deployment (REDIS_PREFIX, "ln:" by default). */
export const redisKey = (name: string) => `${getConfig().redisPrefix}${name}`;
type State = { down: Map<string, number>; back: Set<() => void>; retryAt: number };
const state: State = { down: new Map(), back: new Set(), retryAt: 0 };
/** The app's client: undefined before initRedis, null without REDIS_URL. */
let client: Redis | null | undefined;

/** The app's own client, as the log names it (the Socket.IO adapter's two have their own labels). */
const APP_CLIENT = "Redis";

/** Rejects when `p` has not settled within `ms`. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** How long a Redis command may take before the caller falls back (a partition sends no reset). */
export const REDIS_TIMEOUT_MS = 1000;
/** After a command failed or timed out, callers fall back at once for this long before Redis is tried again. */
export const REDIS_RETRY_MS = 2000;

/** How long a node waits for Redis when it starts; then it starts without it and connects when it can. */
export const REDIS_BOOT_WAIT_MS = 2000;

export async function initRedis(url: string | undefined): Promise<Redis | null> {
  if (!url) return (client = null);
  if (client) return client;
  // Without the offline queue a command issued during an outage fails at once instead of waiting for Redis.
  const c = createClient({ url, disableOfflineQueue: true });
  watchRedis(c, APP_CLIENT);
  await connectRedis(c);
  return (client = c);
}

/**
 * Connects, waiting at most REDIS_BOOT_WAIT_MS: a node (re)started during a
 * Redis outage starts without it (logged by watchRedis) and the client
 * keeps trying in the background.
 */
export async function connectRedis(client: Redis): Promise<void> {
  await withTimeout(client.connect(), REDIS_BOOT_WAIT_MS).catch(() => {});
}

/**
 * The client a subscriber's owner (the Socket.IO adapter) should hold: its
 * SUBSCRIBE and PSUBSCRIBE wait for the first connection. node-redis 4 sends
 * a subscription made before the client ever connected twice when it does
 * connect (once from its offline queue, once when it restores its listeners),
 * and the extra reply crashes the process ("Cannot destructure property
 * 'resolve'", node-redis #2626): a node started during a Redis outage died
 * when Redis came. Once connected, node-redis restores subscriptions itself.
 */
export function subscribeWhenReady(client: Redis): Redis {
  const waiting: (() => void)[] = [];
  client.on("ready", () => waiting.splice(0).forEach((run) => run()));
  const deferred = new Set<PropertyKey>(["subscribe", "SUBSCRIBE", "pSubscribe", "PSUBSCRIBE"]);
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      if (!deferred.has(prop)) return value.bind(target);
      return (...args: unknown[]) => {
        if (target.isReady) return value.apply(target, args);
        return new Promise((resolve, reject) =>
          waiting.push(() => Promise.resolve(value.apply(target, args)).then(resolve, reject)),
        );
      };
    },
  });
}

/** Closes a client: QUIT when connected; otherwise stops its reconnecting. */
export async function closeRedisClient(client: Redis): Promise<void> {
  if (client.isReady) await client.quit().catch(() => {});
  else if (client.isOpen) await client.disconnect().catch(() => {});
}

export function redis(): Redis | null {
  return client ?? null;
}

export async function closeRedis() {
  const c = client;
  client = undefined;
  if (c) await closeRedisClient(c);
}

/** Runs `fn` whenever a Redis connection comes back after an outage; returns a function that stops it. */
export function onRedisBack(fn: () => void): () => void {
  state.back.add(fn);
  return () => state.back.delete(fn);
}

function markDown(label: string, why: string) {
  if (state.down.has(label)) return;
  state.down.set(label, Date.now());
  console.error(`${label} unreachable (${why}): carrying on without it until it is back`);
}

/**
 * Logs a client's outage once (it retries every half second, and each retry
 * would otherwise log an error) and its return; on return, runs the
 * onRedisBack callbacks. Used for the app's client and the adapter's two.
 */
export function watchRedis(client: Redis, label: string) {
  client.on("error", (e: Error) => markDown(label, e.message));
  client.on("ready", () => markBack(label));
}

function markBack(label: string) {
  const since = state.down.get(label);
  if (since === undefined) return;
  state.down.delete(label);
  if (label === APP_CLIENT) state.retryAt = 0;
  console.error(`${label} is back after ${((Date.now() - since) / 1000).toFixed(1)} s`);
  for (const fn of state.back) {
    try {
      fn();
    } catch (e) {
      console.error(`After Redis came back: ${(e as Error).message}`);
    }
  }
}

/**
 * Runs `op` on Redis; when Redis is configured but unreachable (not
 * connected, the connection drops, or no answer within REDIS_TIMEOUT_MS, or
 * `timeoutMs` for an operation of many commands),
 * returns `fallback()` instead, and keeps doing so without asking Redis for
 * REDIS_RETRY_MS. An error Redis itself replies (a script's, a wrong type)
 * is a bug, not an outage, and is thrown.
 */
export async function viaRedis<T>(
  op: (r: Redis) => Promise<T>,
  fallback: () => T | Promise<T>,
  opts: { timeoutMs?: number } = {},
): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? REDIS_TIMEOUT_MS;
  const r = redis();
  if (!r) return fallback();
  if (!r.isReady) {
    markDown(APP_CLIENT, "not connected");
    return fallback();
  }
  // A command just failed or timed out: do not make every request wait REDIS_TIMEOUT_MS for it.
  if (Date.now() < state.retryAt) return fallback();
  try {
    const out = await withTimeout(op(r), timeoutMs);
    markBack(APP_CLIENT); // it answers again after timing out (the connection itself never dropped)
    return out;
  } catch (e) {
    if (e instanceof ErrorReply) throw e;
    state.retryAt = Date.now() + REDIS_RETRY_MS;
    markDown(APP_CLIENT, (e as Error).message);
    return fallback();
  }
}

/** For /healthz: null without Redis; otherwise whether this node reaches it now. */
export function redisHealth(): "ok" | "unreachable" | null {
  const r = redis();
  if (!r) return null;
  return r.isReady && !state.down.has(APP_CLIENT) ? "ok" : "unreachable";
}
