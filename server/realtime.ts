/** Socket.IO namespaces: "/" for viewers, "/staff" for signed-in staff. */
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { z } from "zod";
import { db } from "../app/db.server.ts";
import { userFromCookieHeader, type SessionUser } from "../app/services/auth.server.ts";
import { can } from "../app/services/permissions.ts";
import { rooms, setIo } from "../app/services/realtime.server.ts";

const joinSchema = z.object({ episodeId: z.string().min(1).max(40) });
type Ack = (res: unknown) => void;
const ackOf = (a: unknown): Ack => (typeof a === "function" ? (a as Ack) : () => {});

export function createRealtime(httpServer: HttpServer) {
  const io = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    pingInterval: 20_000,
    pingTimeout: 20_000,
  });

  // Viewers: anonymous; they may follow an episode's status.
  io.of("/").on("connection", (socket) => {
    socket.on("episode:watch", async (raw, ack) => {
      const parsed = joinSchema.safeParse(raw);
      if (!parsed.success) return ackOf(ack)({ ok: false, error: "invalid" });
      const e = await db().episode.findUnique({ where: { id: parsed.data.episodeId }, select: { id: true, status: true } });
      if (!e) return ackOf(ack)({ ok: false, error: "not-found" });
      await socket.join(rooms.episode(e.id));
      ackOf(ack)({ ok: true, status: e.status });
    });
  });

  // Staff: a valid session cookie is required to connect at all.
  const staff = io.of("/staff");
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
    socket.on("episode:join", async (raw, ack) => {
      const parsed = joinSchema.safeParse(raw);
      if (!parsed.success) return ackOf(ack)({ ok: false, error: "invalid" });
      const e = await db().episode.findUnique({ where: { id: parsed.data.episodeId }, select: { id: true, status: true } });
      if (!e) return ackOf(ack)({ ok: false, error: "not-found" });
      await socket.join(rooms.episode(e.id));
      ackOf(ack)({ ok: true, status: e.status });
    });
    socket.on("episode:leave", async (raw, ack) => {
      const parsed = joinSchema.safeParse(raw);
      if (parsed.success) await socket.leave(rooms.episode(parsed.data.episodeId));
      ackOf(ack)({ ok: parsed.success });
    });
  });

  setIo(io);
  return io;
}
