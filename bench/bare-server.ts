/**
 * The bare baseline: Socket.IO on a plain HTTP server, acking or
 * broadcasting at once (no app, no database). With REDIS_URL it uses the
 * same Redis adapter as the app, for the cross-node figure.
 */
import { createServer } from "node:http";
import { Server } from "socket.io";

const http = createServer();
const io = new Server(http, { serveClient: false });
if (process.env.REDIS_URL) {
  const { createAdapter } = await import("@socket.io/redis-adapter");
  const { createClient } = await import("redis");
  const pub = createClient({ url: process.env.REDIS_URL });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
}
io.on("connection", (s) => {
  s.on("listen", (_: unknown, ack: (r: unknown) => void) => {
    void s.join("listeners");
    ack({ ok: true });
  });
  // What a viewer does on the app: join the episode's rooms.
  s.on("watch", (_: unknown, ack: (r: unknown) => void) => {
    void s.join(["episode", "board"]);
    ack({ ok: true });
  });
  s.on("submit", (payload: { t: number }, ack: (r: unknown) => void) => {
    io.to("listeners").emit("created", { t: payload.t });
    ack({ ok: true });
  });
});
http.listen(0, "127.0.0.1", () => {
  const a = http.address();
  console.log(`bare listening on ${typeof a === "object" && a ? a.port : 0}`);
});
process.on("SIGTERM", () => process.exit(0));
