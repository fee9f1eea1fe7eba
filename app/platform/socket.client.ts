import { io, type Socket } from "socket.io-client";

const sockets = new Map<string, Socket>();

/** One shared connection per namespace in the browser. */
export function getSocket(namespace: "/" | "/staff" = "/"): Socket {
  let s = sockets.get(namespace);
  if (!s) {
    s = io(namespace, { transports: ["websocket", "polling"], withCredentials: true });
    sockets.set(namespace, s);
  }
  return s;
}

/**
 * Runs `refetch` when the server says its link to the other nodes (Redis) is
 * back after an outage (`viewers:resync`): what they signalled meanwhile never
 * reached this page. Each page waits a random moment within the spread the
 * server gives, so thousands of pages do not ask at once. Returns the unsubscribe.
 */
export function onViewersResync(socket: Socket, refetch: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const handler = (p: { spreadMs?: number } | undefined) => {
    clearTimeout(timer);
    timer = setTimeout(refetch, Math.random() * Math.max(0, p?.spreadMs ?? 0));
  };
  socket.on("viewers:resync", handler);
  return () => {
    clearTimeout(timer);
    socket.off("viewers:resync", handler);
  };
}
