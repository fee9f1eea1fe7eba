/**
 * Operator holds ("claims"): one operator works on a question at a time.
 * A hold ends on release, when the holder's socket disconnects, or after
 * HOLD_SECONDS without renewal (claiming again renews it). In Redis when configured (every node sees the
 * same holds), otherwise in this process's memory.
 *
 * While Redis is unreachable nobody can know who holds what across the
 * nodes: a claim is refused as unavailable (503), every question reads as
 * free, and the operators' actions go on, guarded by the question's version
 * (two operators acting on one version: the second gets a conflict). Holds
 * taken before the outage expire by themselves.
 */
import { getConfig } from "../../platform/config.server.ts";
import { redis, redisKey, viaRedis } from "../../platform/redis.server.ts";

/** How long a hold lasts without renewal (HOLD_SECONDS, 2 minutes by default). */
const holdMs = () => getConfig().holdMs;
const SWEEP_TIMEOUT_MS = 30_000;

export type Hold = {
  questionId: string;
  episodeId: string;
  userId: string;
  username: string;
  socketId: string | null;
  expiresAt: number;
};

// ---------------------------------------------------------------- memory

type Store = { holds: Map<string, Hold> };
const store: Store = { holds: new Map() };

function live(h: Hold | undefined): Hold | null {
  if (!h) return null;
  if (h.expiresAt <= Date.now()) {
    store.holds.delete(h.questionId);
    return null;
  }
  return h;
}

// ---------------------------------------------------------------- redis

const K = {
  hold: (q: string) => redisKey(`hold:${q}`),
  episode: (e: string) => redisKey(`holds:ep:${e}`),
  socket: (s: string) => redisKey(`holds:sock:${s}`),
};

// Claim atomically: take it when free or already ours, renew the expiry.
const CLAIM = `
local cur = redis.call('GET', KEYS[1])
if cur then
  local h = cjson.decode(cur)
  if h.userId ~= ARGV[2] then return cur end
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
return false`;
// Release only our own hold.
const RELEASE = `
local cur = redis.call('GET', KEYS[1])
if not cur then return false end
local h = cjson.decode(cur)
if h.userId ~= ARGV[1] then return false end
redis.call('DEL', KEYS[1])
return cur`;

// ---------------------------------------------------------------- API

export async function holderOf(questionId: string): Promise<Hold | null> {
  if (!redis()) return live(store.holds.get(questionId));
  const v = await viaRedis(
    (r) => r.get(K.hold(questionId)),
    () => null,
  );
  return v ? (JSON.parse(v) as Hold) : null;
}

export type ClaimResult = { ok: true; hold: Hold } | { ok: false; holder: Hold } | { ok: false; unavailable: true };

/** Takes or renews the hold; fails when another user holds it, or when holds are unavailable (Redis unreachable). */
export async function claim(h: Omit<Hold, "expiresAt">): Promise<ClaimResult> {
  const ttl = holdMs();
  const hold: Hold = { ...h, expiresAt: Date.now() + ttl };
  if (!redis()) {
    const cur = live(store.holds.get(h.questionId));
    if (cur && cur.userId !== h.userId) return { ok: false, holder: cur };
    store.holds.set(h.questionId, hold);
    return { ok: true, hold };
  }
  return viaRedis<ClaimResult>(
    async (r) => {
      const other = (await r.eval(CLAIM, {
        keys: [K.hold(h.questionId)],
        arguments: [JSON.stringify(hold), h.userId, String(ttl)],
      })) as string | null;
      if (other) return { ok: false, holder: JSON.parse(other) as Hold };
      await r
        .multi()
        .sAdd(K.episode(h.episodeId), h.questionId)
        .sAdd(K.socket(h.socketId ?? "-"), h.questionId)
        .pExpire(K.socket(h.socketId ?? "-"), 24 * 3600_000)
        .exec();
      return { ok: true, hold };
    },
    () => ({ ok: false, unavailable: true }),
  );
}

export async function release(questionId: string, userId: string): Promise<Hold | null> {
  if (!redis()) {
    const cur = live(store.holds.get(questionId));
    if (!cur || cur.userId !== userId) return null;
    store.holds.delete(questionId);
    return cur;
  }
  return viaRedis(
    async (r) => {
      const v = (await r.eval(RELEASE, { keys: [K.hold(questionId)], arguments: [userId] })) as string | null;
      if (!v) return null;
      const h = JSON.parse(v) as Hold;
      await r.sRem(K.episode(h.episodeId), questionId);
      return h;
    },
    () => null, // it expires by itself
  );
}

export async function releaseSocket(socketId: string): Promise<Hold[]> {
  if (!redis()) {
    const out: Hold[] = [];
    for (const h of store.holds.values()) {
      if (h.socketId === socketId) {
        store.holds.delete(h.questionId);
        out.push(h);
      }
    }
    return out;
  }
  return viaRedis(
    async (r) => {
      const ids = await r.sMembers(K.socket(socketId));
      const out: Hold[] = [];
      for (const q of ids) {
        const v = await r.get(K.hold(q));
        const h = v ? (JSON.parse(v) as Hold) : null;
        if (h && h.socketId === socketId) {
          await r.del(K.hold(q));
          await r.sRem(K.episode(h.episodeId), q);
          out.push(h);
        }
      }
      await r.del(K.socket(socketId));
      return out;
    },
    () => [], // they expire by themselves
  );
}

export async function holdsOf(episodeId: string): Promise<Hold[]> {
  if (!redis()) return [...store.holds.values()].filter((h) => h.episodeId === episodeId && live(h));
  return viaRedis(
    async (r) => {
      const ids = await r.sMembers(K.episode(episodeId));
      if (!ids.length) return [];
      const vals = await r.mGet(ids.map(K.hold));
      return vals.filter((v): v is string => !!v).map((v) => JSON.parse(v) as Hold);
    },
    () => [],
  );
}

/**
 * Ends expired holds and returns them so their end can be announced.
 * With Redis the keys expire by themselves; the episode sets tell which
 * holds have gone (whichever node sweeps first announces them).
 */
export async function sweep(): Promise<Hold[]> {
  const now = Date.now();
  if (!redis()) {
    const out: Hold[] = [];
    for (const h of store.holds.values()) {
      if (h.expiresAt <= now) {
        store.holds.delete(h.questionId);
        out.push(h);
      }
    }
    return out;
  }
  // Whatever a sweep cut short by an outage missed, the next one finds.
  const out: Hold[] = [];
  await viaRedis(
    async (r) => {
      for await (const key of r.scanIterator({ MATCH: `${K.episode("")}*`, COUNT: 100 })) {
        const episodeId = key.slice(K.episode("").length);
        for (const q of await r.sMembers(key)) {
          if (!(await r.exists(K.hold(q))) && (await r.sRem(key, q))) {
            out.push({ questionId: q, episodeId, userId: "", username: "", socketId: null, expiresAt: now });
          }
        }
      }
    },
    () => undefined,
    { timeoutMs: SWEEP_TIMEOUT_MS }, // many round trips, in the background: only a real outage should stop it
  );
  return out;
}
