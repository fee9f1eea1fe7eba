/** The bare baseline: Socket.IO on a plain HTTP server, acking or broadcasting at once (no app, no database). */
import { createServer } from "node:http";
import { Server } from "socket.io";

const http = createServer();
const io = new Server(http, { serveClient: false });
io.on("connection", (s) => {
  s.on("listen", (_: unknown, ack: (r: unknown) => void) => {
    void s.join("listeners");
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
