/**
 * Socket.IO namespaces (docs/API.md):
 *   "/"       viewers: submit questions, follow their own, watch an episode and its public board
 *   "/staff"  signed-in staff: join an episode's live queue, catch up by seq, claim and act
 * Sockets carry signals; the database carries truth.
 */
import type { Server as HttpServer } from "node:http";
import { Server, type Socket } from "socket.io";
import {
  duplicateUseCases,
  questionUseCases as uc,
  startPresence,
  type Hold,
} from "../features/questions/index.server.ts";
import { userFromCookieHeader } from "../platform/auth.server.ts";
import { getConfig } from "../platform/config.server.ts";
import { clientAddress, contextOf, isOwnOrigin, type Context } from "../platform/context.server.ts";
import { can } from "../platform/permissions.ts";
import { rooms, setIo } from "../platform/realtime.server.ts";
import {
  closeRedisClient,
  connectRedis,
  onRedisBack,
  redisKey,
  subscribeWhenReady,
  watchRedis,
} from "../platform/redis.server.ts";
import { scaleBudget, socketBudget, STAFF_BUDGET, VIEWER_BUDGET, type Budget } from "./budget.server.ts";
import { errorAck } from "./respond.server.ts";

type Ack = (res: unknown) => void;
const ackOf = (a: unknown): Ack => (typeof a === "function" ? (a as Ack) : () => {});

/**
 * One event handler: resolves the context (`ctx` gives the socket's; staff
 * sockets re-read their session first, so a session that ended no longer
 * acts), calls the use case, and maps thrown errors to acks. Never crashes.
 */
function on(
  socket: Socket,
  event: string,
  ctx: () => Promise<Context>,
  fn: (ctx: Context, data: unknown, ack: Ack) => Promise<void>,
) {
  socket.on(event, async (raw: unknown, maybeAck: unknown) => {
    const ack = ackOf(typeof raw === "function" ? raw : maybeAck);
    try {
      await fn(await ctx(), typeof raw === "function" ? {} : raw, ack);
    } catch (e) {
      ack(errorAck(e));
    }
  });
}

/**
 * Every packet draws from the socket's budget before any work: over it, the
 * event is answered `429 rate_limited` (with `retryAfter` seconds) and not run;
 * a socket that keeps flooding is disconnected.
 */
function budgeted(socket: Socket, budget: Budget) {
  const b = socketBudget(scaleBudget(budget, getConfig().rateLimitScale));
  socket.use(([event, ...args], next) => {
    const wait = b.take(String(event));
    if (wait === 0) return next();
    const ack = args.at(-1);
    if (typeof ack === "function")
      ack({ ok: false, status: 429, error: "rate_limited", retryAfter: Math.ceil(wait / 1000) });
    if (b.flooding()) socket.disconnect(true);
  });
}

const holdView = uc.holdView;

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
    // The largest event a client sends is a question (2,000 characters): 64 KB is plenty.
    maxHttpBufferSize: 64 * 1024,
    // Only the app's own pages may open a socket (a page on another port of the same host is
    // same-site, so the session cookie would go along).
    allowRequest: (req, callback) => {
      const own = isOwnOrigin(req);
      callback(own ? null : "cross_origin", own);
    },
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
    io.adapter(createAdapter(pub, subscribeWhenReady(sub), { key: redisKey("socket.io") }));
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

  const announceHold = (h: Hold, holder: Hold | null) =>
    staff.to(rooms.episode(h.episodeId)).emit("question:hold", holdView(holder, h.questionId));

  // ------------------------------------------------------------ viewers
  io.of("/").on("connection", (socket) => {
    // A viewer has no session: the context is the client address, resolved once (proxy-aware).
    const viewer: Context = { user: null, ip: clientAddress(socket.request) };
    const ctx = async () => viewer;
    budgeted(socket, VIEWER_BUDGET);

    on(socket, "episode:watch", ctx, async (c, data, ack) => {
      const { episodeId, status } = await uc.watch(c, data);
      await socket.join([rooms.episode(episodeId), rooms.board(episodeId)]);
      ack({ ok: true, status });
    });

    on(socket, "question:submit", ctx, async (c, data, ack) => {
      // The viewers' namespace takes web questions only (no hotline entries).
      const { created, question: q, askerSecret } = await uc.submit(c, { ...(data as object), channel: undefined });
      await socket.join(rooms.question(q.id));
      ack({
        ok: true,
        status: created ? 201 : 200,
        id: q.id,
        trackingCode: q.trackingCode,
        questionStatus: q.status,
        createdAt: q.createdAt,
        askerSecret,
      });
    });

    on(socket, "questions:follow", ctx, async (c, data, ack) => {
      const rows = await uc.follow(c, data);
      await socket.join(rows.map((r) => rooms.question(r.id)));
      ack({ ok: true, questions: rows.map(({ id: _id, ...r }) => r) });
    });
  });

  // ------------------------------------------------------------ staff
  staff.use(async (socket, next) => {
    try {
      const ctx = await contextOf(socket.request);
      if (!ctx.user || !can(ctx.user, "staff:access")) return next(new Error("unauthenticated"));
      socket.data.ctx = ctx;
      socket.data.user = ctx.user; // presence lists the staff in an episode's room by it
      next();
    } catch (e) {
      next(e as Error);
    }
  });

  staff.on("connection", (socket) => {
    const first = socket.data.ctx as Context;
    const user = first.user!;
    budgeted(socket, STAFF_BUDGET);
    void socket.join([`user:${user.id}`, `session:${user.sessionId}`]);
    // An idle socket hears the queue until its session ends on its own: then it goes.
    const expiry = setTimeout(
      () => socket.disconnect(true),
      Math.min(Math.max(0, user.sessionExpiresAt.getTime() - Date.now()), 2 ** 31 - 1),
    );
    socket.on("disconnect", () => clearTimeout(expiry));
    socket.emit("hello", { user: { id: user.id, username: user.username, role: user.role } });
    /** The session is read again for every event: signed out, expired or deactivated, it acts no more. */
    const ctx = async (): Promise<Context> => {
      const current = await userFromCookieHeader(first.cookie);
      if (!current || current.sessionId !== user.sessionId) {
        socket.disconnect(true);
        return { ...first, user: null };
      }
      return { ...first, user: current };
    };

    on(socket, "episode:join", ctx, async (c, data, ack) => {
      ack({ ok: true, ...(await uc.joinConsole(c, data, (r) => Promise.resolve(socket.join(r)))) });
    });

    on(socket, "episode:leave", ctx, async (_c, data, ack) => {
      const id = uc.episodeOf(data);
      await Promise.all([socket.leave(rooms.episode(id)), socket.leave(rooms.personal(id))]);
      ack({ ok: true });
    });

    on(socket, "episode:sync", ctx, async (c, data, ack) => {
      ack({ ok: true, ...(await uc.sync(c, data)) });
    });

    on(socket, "question:claim", ctx, async (c, data, ack) => {
      const hold = await uc.claimQuestion(c, data, socket.id);
      announceHold(hold, hold);
      ack({ ok: true, ...holdView(hold, hold.questionId) });
    });

    on(socket, "question:release", ctx, async (c, data, ack) => {
      const h = await uc.releaseQuestion(c, data);
      if (h) announceHold(h, null);
      ack({ ok: true });
    });

    on(socket, "question:phone", ctx, async (c, data, ack) => {
      ack({ ok: true, ...(await uc.revealPhone(c, data)) });
    });

    on(socket, "question:action", ctx, async (c, data, ack) => {
      ack({ ok: true, question: await uc.act(c, data, { notFoundCode: "not-found" }) });
    });

    on(socket, "question:dismiss-duplicate", ctx, async (c, data, ack) => {
      ack({ ok: true, ...(await duplicateUseCases.dismissDuplicate(c, data)) });
    });

    socket.on("disconnect", () => {
      uc.releaseConsole(socket.id)
        .then((ended) => ended.forEach((h) => announceHold(h, null)))
        .catch((e) => console.error(`Releasing holds failed: ${(e as Error).message}`));
    });
  });

  const sweeper = setInterval(() => {
    uc.expireHolds()
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
