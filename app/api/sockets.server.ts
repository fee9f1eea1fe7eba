/**
 * Socket.IO namespaces (docs/API.md):
 *   "/"       viewers: submit questions, follow their own, watch an episode and its public board
 *   "/staff"  signed-in staff: join an episode's live queue, catch up by seq, claim and act
 * Sockets carry signals; the database carries truth.
 */
import type { Server as HttpServer } from "node:http";
import { Server, type Socket } from "socket.io";
import { z } from "zod/v4";
import { db } from "../platform/db.server.ts";
import { fieldErrors, recordId } from "../platform/validation.ts";
import { questionActionSchema, submitQuestionSchema } from "../features/questions/schemas.ts";
import { userFromCookieHeader, type SessionUser } from "../platform/auth.server.ts";
import { can } from "../platform/permissions.ts";
import { claim, holdsOf, release, releaseSocket, sweep, type Hold } from "../features/questions/holds.server.ts";
import { applyAction, currentSeq, eventsAfter, QuestionError, submitQuestion } from "../features/questions/index.server.ts";
import { normalizeTrackingCode } from "../features/questions/tracking.ts";
import { hitAll, LIMITS, scaled } from "../platform/limits.server.ts";
import { episodeStatus } from "../features/episodes/episodes.server.ts";
import { presenceOf, startPresence } from "../features/questions/presence.server.ts";
import { rooms, setIo } from "../platform/realtime.server.ts";
import { closeRedisClient, connectRedis, onRedisBack, watchRedis } from "../platform/redis.server.ts";

const episodeRef = z.object({ episodeId: recordId });
/** One object schema, not an intersection: `.and()` parses the input twice and merges the results. */
const submitOnSocket = submitQuestionSchema.extend({ episodeId: recordId });
const questionRef = z.object({ questionId: recordId });
// Schemas are built once, here: never per connection (a Zod schema holds kilobytes, and it would
// be kept for as long as the socket's handler).
const followRef = z.object({ trackingCodes: z.array(z.string().max(20)).max(50) });
const syncRef = episodeRef.extend({ afterSeq: z.number().int().min(0) });
type Ack = (res: unknown) => void;
const ackOf = (a: unknown): Ack => (typeof a === "function" ? (a as Ack) : () => {});

function errorAck(e: unknown) {
  if (e instanceof QuestionError) return { ok: false, status: e.status, error: e.code, ...e.detail };
  console.error(e);
  return { ok: false, status: 500, error: "internal" };
}

/** Wraps a handler: parse errors and thrown errors become acks, never crashes. */
function on<T>(socket: Socket, event: string, schema: z.ZodType<T, unknown>, fn: (data: T, ack: Ack) => Promise<void>) {
  socket.on(event, async (raw: unknown, maybeAck: unknown) => {
    const ack = ackOf(typeof raw === "function" ? raw : maybeAck);
    const parsed = schema.safeParse(typeof raw === "function" ? {} : raw);
    if (!parsed.success) return ack({ ok: false, status: 422, error: "invalid", errors: fieldErrors(parsed.error) });
    try {
      await fn(parsed.data, ack);
    } catch (e) {
      ack(errorAck(e));
    }
  });
}

function holdView(h: Hold | null, questionId: string) {
  return { questionId, holder: h ? { userId: h.userId, username: h.username, expiresAt: new Date(h.expiresAt).toISOString() } : null };
}

/** After Redis comes back, how long before the consoles are told to catch up. */
export const RESYNC_DELAY_MS = 500;
/** Viewers' pages refetch within this spread after Redis comes back (thousands of them). */
export const VIEWER_RESYNC_SPREAD_MS = 30_000;

/**
 * With Redis, Socket.IO's Redis adapter (pub/sub) carries every emit to the
 * clients of every node; what a client missed is read from the database
 * (episode:sync), so the adapter need not replay anything.
 */
export async function createRealtime(httpServer: HttpServer, opts: { redisUrl?: string } = {}) {
  const io = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    pingInterval: 20_000,
    pingTimeout: 20_000,
  });
  let closeAdapter = async () => {};
  if (opts.redisUrl) {
    const { createAdapter } = await import("@socket.io/redis-adapter");
    const { createClient } = await import("redis");
    const pub = createClient({ url: opts.redisUrl });
    const sub = pub.duplicate();
    // While Redis is down, emits still reach this node's clients; what the other nodes' clients
    // miss, they fetch when it is back (onRedisBack below). The publisher keeps its offline queue,
    // so the adapter's unawaited publishes wait for Redis instead of failing one by one.
    watchRedis(pub, "Redis (adapter, publish)");
    watchRedis(sub, "Redis (adapter, subscribe)");
    await Promise.all([connectRedis(pub), connectRedis(sub)]);
    io.adapter(createAdapter(pub, sub));
    // Redis pub/sub keeps nothing for a node that was cut off: when Redis is back, this node's
    // consoles catch up from the database (episode:sync from their last seq), and viewers' pages
    // refetch what they show. Several clients come back one after the other, and the subscriber
    // must have resubscribed: one signal, a moment after the last of them.
    let resync: ReturnType<typeof setTimeout> | undefined;
    const stopResync = onRedisBack(() => {
      clearTimeout(resync);
      resync = setTimeout(() => {
        io.of("/staff").local.emit("episode:resync");
        // Askers' statuses and the public board changed on other nodes meanwhile, too.
        io.of("/").local.emit("viewers:resync", { spreadMs: VIEWER_RESYNC_SPREAD_MS });
      }, RESYNC_DELAY_MS);
    });
    closeAdapter = async () => {
      stopResync();
      clearTimeout(resync);
      await Promise.all([closeRedisClient(pub), closeRedisClient(sub)]);
    };
  }
  const staff = io.of("/staff");

  const announceHold = (h: Hold, holder: Hold | null) => staff.to(rooms.episode(h.episodeId)).emit("question:hold", holdView(holder, h.questionId));

  // ------------------------------------------------------------ viewers
  io.of("/").on("connection", (socket) => {
    const ip = socket.handshake.address;

    on(socket, "episode:watch", episodeRef, async ({ episodeId }, ack) => {
      const status = await episodeStatus(episodeId);
      if (!status) return ack({ ok: false, status: 404, error: "not-found" });
      await socket.join([rooms.episode(episodeId), rooms.board(episodeId)]);
      ack({ ok: true, status });
    });

    on(socket, "question:submit", submitOnSocket, async (input, ack) => {
      const checks: Parameters<typeof hitAll>[0] = [[`submit:ip:${ip}`, scaled(LIMITS.submitPerIp)]];
      if (input.deviceId) checks.push([`submit:dev:${input.deviceId}`, scaled(LIMITS.submitPerDevice)]);
      const r = await hitAll(checks);
      if (!r.ok) return ack({ ok: false, status: 429, error: "rate_limited", retryAfter: r.retryAfter });
      const { created, question: q } = await submitQuestion(input.episodeId, { ...input, channel: undefined }, { channel: "web", actorLabel: "viewer" });
      await socket.join(rooms.question(q.id));
      ack({ ok: true, status: created ? 201 : 200, id: q.id, trackingCode: q.trackingCode, questionStatus: q.status, createdAt: q.createdAt });
    });

    on(socket, "questions:follow", followRef, async ({ trackingCodes }, ack) => {
      const codes = trackingCodes.map(normalizeTrackingCode).filter((c): c is string => !!c);
      const rows = await db().question.findMany({
        where: { trackingCode: { in: codes } },
        select: { id: true, trackingCode: true, status: true, mergedIntoId: true, agency: { select: { shortName: true } }, mergedInto: { select: { status: true, trackingCode: true, agency: { select: { shortName: true } } } } },
      });
      await socket.join(rows.map((r) => rooms.question(r.id)));
      ack({
        ok: true,
        questions: rows.map((r) => ({
          trackingCode: r.trackingCode,
          status: r.mergedInto ? r.mergedInto.status : r.status,
          mergedInto: r.mergedInto?.trackingCode ?? null,
          agency: (r.mergedInto?.agency ?? r.agency)?.shortName ?? null,
        })),
      });
    });
  });

  // ------------------------------------------------------------ staff
  staff.use(async (socket, next) => {
    try {
      const user = await userFromCookieHeader(socket.handshake.headers.cookie);
      if (!user || !can(user, "staff:access")) return next(new Error("unauthenticated"));
      socket.data.user = user;
      next();
    } catch (e) {
      next(e as Error);
    }
  });

  staff.on("connection", (socket) => {
    const user = socket.data.user as SessionUser;
    void socket.join([`user:${user.id}`, `session:${user.sessionId}`]);
    socket.emit("hello", { user: { id: user.id, username: user.username, role: user.role } });

    on(socket, "episode:join", episodeRef, async ({ episodeId }, ack) => {
      const e = await db().episode.findUnique({ where: { id: episodeId }, select: { id: true, status: true, lastSeq: true } });
      if (!e) return ack({ ok: false, status: 404, error: "not-found" });
      await socket.join(rooms.episode(e.id));
      const holds = can(user, "question:view") ? (await holdsOf(e.id)).map((h) => holdView(h, h.questionId)) : [];
      ack({ ok: true, status: e.status, seq: e.lastSeq, holds, presence: await presenceOf(e.id) });
    });

    on(socket, "episode:leave", episodeRef, async ({ episodeId }, ack) => {
      await socket.leave(rooms.episode(episodeId));
      ack({ ok: true });
    });

    on(socket, "episode:sync", syncRef, async ({ episodeId, afterSeq }, ack) => {
      if (!can(user, "question:view")) return ack({ ok: false, status: 403, error: "forbidden" });
      const seq = await currentSeq(episodeId);
      if (seq === null) return ack({ ok: false, status: 404, error: "not-found" });
      const events = await eventsAfter(episodeId, afterSeq);
      ack({ ok: true, seq, events, more: events.length > 0 && events[events.length - 1].seq < seq });
    });

    on(socket, "question:claim", questionRef, async ({ questionId }, ack) => {
      if (!can(user, "question:triage")) return ack({ ok: false, status: 403, error: "forbidden" });
      const q = await db().question.findUnique({ where: { id: questionId }, select: { episodeId: true } });
      if (!q) return ack({ ok: false, status: 404, error: "not-found" });
      const r = await claim({ questionId, episodeId: q.episodeId, userId: user.id, username: user.username, socketId: socket.id });
      if ("unavailable" in r) return ack({ ok: false, status: 503, error: "holds-unavailable" });
      if (!r.ok) return ack({ ok: false, status: 409, error: "held", holder: holdView(r.holder, questionId).holder });
      announceHold(r.hold, r.hold);
      ack({ ok: true, ...holdView(r.hold, questionId) });
    });

    on(socket, "question:release", questionRef, async ({ questionId }, ack) => {
      const h = await release(questionId, user.id);
      if (h) announceHold(h, null);
      ack({ ok: true });
    });

    socket.on("question:action", async (raw: unknown, maybeAck: unknown) => {
      const ack = ackOf(maybeAck);
      const parsed = questionActionSchema.safeParse(raw);
      if (!parsed.success) return ack({ ok: false, status: 422, error: "invalid", errors: fieldErrors(parsed.error) });
      try {
        const q = await db().question.findUnique({ where: { id: parsed.data.questionId }, select: { episode: { select: { leadCommitteeId: true } } } });
        if (!q) return ack({ ok: false, status: 404, error: "not-found" });
        if (!can(user, "question:triage", [q.episode.leadCommitteeId])) return ack({ ok: false, status: 403, error: "forbidden" });
        const question = await applyAction({ id: user.id, username: user.username, role: user.role }, parsed.data);
        ack({ ok: true, question });
      } catch (e) {
        ack(errorAck(e));
      }
    });

    socket.on("disconnect", () => {
      releaseSocket(socket.id)
        .then((ended) => ended.forEach((h) => announceHold(h, null)))
        .catch((e) => console.error(`Releasing holds failed: ${(e as Error).message}`));
    });
  });

  const sweeper = setInterval(() => {
    sweep()
      .then((ended) => ended.forEach((h) => announceHold(h, null)))
      .catch((e) => console.error(`Hold sweep failed: ${(e as Error).message}`));
  }, 5_000);
  sweeper.unref();
  io.engine.on("close", () => clearInterval(sweeper));

  const stopPresence = startPresence((m) => console.error(m));
  setIo(io);
  const close = async () => {
    setIo(undefined);
    await closeAdapter();
  };
  return { io, closeAdapter: close, stopPresence };
}
