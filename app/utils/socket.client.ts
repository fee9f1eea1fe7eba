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
