/**
 * Presence: how many viewers watch an episode, and which staff have its
 * live queue open (operators, studio, committee). A node's own share is read
 * from Socket.IO's rooms (viewers in the episode's room on "/", staff in it
 * on "/staff"), so there is no second record to keep in step; with Redis every node publishes its share under the
 * episode's
 * hash (`ln:presence:<episodeId>`, one field per node, stamped), and the
 * totals are the sum of the fresh shares, so a node that dies drops out
 * after NODE_STALE_MS without anyone cleaning up after it.
 *
 * Every PRESENCE_MS each node sends the totals to its own sockets (local
 * emit, so several nodes do not send the same update twice), and only
 * when they changed. While Redis is unreachable a node counts its own share
 * only, and says so (`partial`).
 */
import { randomUUID } from "node:crypto";
import type { SessionUser } from "../../platform/auth.server.ts";
import { io, rooms } from "../../platform/realtime.server.ts";
import { redis, redisKey, viaRedis } from "../../platform/redis.server.ts";

export const PRESENCE_MS = 1000;
/** Viewers get the count less often: sending it is one write per viewer socket. */
export const VIEWER_COUNT_MS = 10_000;
export const NODE_STALE_MS = 5000;

export type StaffPresence = { userId: string; username: string; role: string };
/** `partial`: Redis is unreachable, so only this node's share is counted. */
export type Presence = { episodeId: string; viewers: number; staff: StaffPresence[]; partial?: true };

type Local = {
  nodeId: string;
  /** What staff were last sent, per episode. */
  lastSent: Map<string, string>;
  /** The viewer count viewers were last sent, and when. */
  viewersSent: Map<string, { viewers: number; at: number }>;
  timer: ReturnType<typeof setInterval> | null;
};
const local: Local = { nodeId: randomUUID(), lastSent: new Map(), viewersSent: new Map(), timer: null };

const key = (episodeId: string) => redisKey(`presence:${episodeId}`);
const EPISODE_ROOM = rooms.episode("");

/** The episodes this node has viewers or staff for (from the rooms Socket.IO keeps). */
function localEpisodes(): Set<string> {
  const server = io();
  const out = new Set<string>();
  if (!server) return out;
  for (const ns of ["/", "/staff"]) {
    for (const room of server.of(ns).adapter.rooms.keys())
      if (room.startsWith(EPISODE_ROOM)) out.add(room.slice(EPISODE_ROOM.length));
  }
  return out;
}

/** This node's viewers and staff of the episode. */
function localShare(episodeId: string): Share {
  const server = io();
  if (!server) return { viewers: 0, staff: [] };
  const room = rooms.episode(episodeId);
  const staffNs = server.of("/staff");
  const staff: StaffPresence[] = [];
  for (const id of staffNs.adapter.rooms.get(room) ?? []) {
    const u = staffNs.sockets.get(id)?.data.user as SessionUser | undefined;
    if (u) staff.push({ userId: u.id, username: u.username, role: u.role });
  }
  return { viewers: server.of("/").adapter.rooms.get(room)?.size ?? 0, staff };
}

function uniqueStaff(list: StaffPresence[]): StaffPresence[] {
  const byUser = new Map<string, StaffPresence>();
  for (const s of list) byUser.set(s.userId, s);
  return [...byUser.values()].sort((a, b) => a.username.localeCompare(b.username));
}

type Share = { viewers: number; staff: StaffPresence[] };

/** The episode's presence over every node (`mine`: this node's share, when the caller has read it). */
export async function presenceOf(episodeId: string, mine: Share = localShare(episodeId)): Promise<Presence> {
  const own = () => ({ episodeId, viewers: mine.viewers, staff: uniqueStaff(mine.staff) });
  if (!redis()) return own();
  const shares = await viaRedis(
    (r) => r.hGetAll(key(episodeId)),
    () => null,
  );
  if (!shares) return { ...own(), partial: true };
  let viewers = mine.viewers;
  const staff = [...mine.staff];
  const stale: string[] = [];
  const now = Date.now();
  for (const [node, raw] of Object.entries(shares)) {
    if (node === local.nodeId) continue;
    try {
      const s = JSON.parse(raw) as { at: number; viewers: number; staff: StaffPresence[] };
      if (now - s.at > NODE_STALE_MS) stale.push(node);
      else {
        viewers += s.viewers;
        staff.push(...s.staff);
      }
    } catch {
      stale.push(node);
    }
  }
  if (stale.length)
    await viaRedis(
      (r) => r.hDel(key(episodeId), stale),
      () => 0,
    );
  return { episodeId, viewers, staff: uniqueStaff(staff) };
}

/** Publishes this node's share of each episode (shares read once per round by the caller). */
async function publishShares(shares: Map<string, Share>) {
  if (!redis() || !shares.size) return;
  await viaRedis(
    async (r) => {
      const m = r.multi();
      const at = Date.now();
      for (const [ep, share] of shares) {
        if (!share.viewers && !share.staff.length) m.hDel(key(ep), local.nodeId);
        else {
          m.hSet(key(ep), local.nodeId, JSON.stringify({ at, ...share }));
          m.pExpire(key(ep), NODE_STALE_MS * 6);
        }
      }
      await m.exec();
    },
    () => undefined, // published again next round
  );
}

/**
 * One round: publish this node's share, then send changed totals to this
 * node's sockets: staff at once, viewers at most every VIEWER_COUNT_MS.
 */
export async function presenceTick(now = Date.now()) {
  const here = localEpisodes();
  const shares = new Map([...new Set([...here, ...local.lastSent.keys()])].map((ep) => [ep, localShare(ep)]));
  await publishShares(shares);
  const server = io();
  for (const [ep, share] of shares) {
    const p = await presenceOf(ep, share);
    const sig = JSON.stringify(p);
    if (local.lastSent.get(ep) !== sig) {
      if (here.has(ep)) local.lastSent.set(ep, sig);
      else local.lastSent.delete(ep);
      server?.of("/staff").local.to(rooms.episode(ep)).emit("episode:presence", p);
    }
    const v = local.viewersSent.get(ep);
    if (!here.has(ep)) local.viewersSent.delete(ep);
    else if (!v || (v.viewers !== p.viewers && now - v.at >= VIEWER_COUNT_MS)) {
      local.viewersSent.set(ep, { viewers: p.viewers, at: now });
      server?.of("/").local.to(rooms.episode(ep)).emit("episode:viewers", { episodeId: ep, viewers: p.viewers });
    }
  }
}

export function startPresence(log: (m: string) => void = console.error): () => Promise<void> {
  let running = false;
  local.timer = setInterval(() => {
    if (running) return;
    running = true;
    presenceTick()
      .catch((e) => log(`Presence update failed: ${(e as Error).message}`))
      .finally(() => (running = false));
  }, PRESENCE_MS);
  local.timer.unref();
  return async () => {
    if (local.timer) clearInterval(local.timer);
    local.timer = null;
    // Leave the shared totals at once rather than after NODE_STALE_MS.
    const r = redis();
    if (r) {
      const eps = new Set([...localEpisodes(), ...local.lastSent.keys()]);
      await Promise.all([...eps].map((ep) => r.hDel(key(ep), local.nodeId).catch(() => 0)));
    }
    local.lastSent.clear();
    local.viewersSent.clear();
  };
}
