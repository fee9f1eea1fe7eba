/** Socket.IO clients for the integration tests: each socket its own connection, closed by `closeAll`. */
import { io as connect, type Socket } from "socket.io-client";

export function socketOpener(baseUrl: () => string) {
  const sockets: Socket[] = [];
  /**
   * `headers`: a cookie string, or the handshake's headers. Sockets to one URL would otherwise share the first one's
   * headers.
   */
  const open = (ns: string, headers?: string | Record<string, string>, opts: Record<string, unknown> = {}): Socket => {
    const extraHeaders = typeof headers === "string" ? { cookie: headers } : (headers ?? {});
    const s = connect(baseUrl() + ns, {
      transports: ["websocket"],
      extraHeaders,
      reconnection: false,
      forceNew: true,
      ...opts,
    });
    sockets.push(s);
    return s;
  };
  const closeAll = () => sockets.forEach((s) => s.close());
  return { open, closeAll };
}

/** Resolves once the socket is connected (at once if it is); rejects with the server's refusal. */
export const connected = (s: Socket) =>
  s.connected
    ? Promise.resolve()
    : new Promise<void>((resolve, reject) => {
        s.once("connect", () => resolve());
        s.once("connect_error", (e) => reject(e));
      });
