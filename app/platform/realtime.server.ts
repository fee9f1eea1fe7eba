/**
 * The Socket.IO server as seen by services: they commit first, then signal.
 * Held on globalThis because the custom server and the Remix bundle each
 * load this module.
 */
import type { Server } from "socket.io";

type Holder = { __lnIo?: Server };
const holder = globalThis as Holder;

export function setIo(io: Server | undefined) {
  holder.__lnIo = io;
}

export function io(): Server | undefined {
  return holder.__lnIo;
}

export const rooms = {
  episode: (id: string) => `episode:${id}`,
  board: (episodeId: string) => `board:${episodeId}`,
  question: (id: string) => `question:${id}`,
};

/** Tells viewers and staff watching an episode that its status changed. */
export function emitEpisodeStatus(e: { id: string; status: string; updatedAt?: Date }) {
  const server = io();
  if (!server) return;
  const payload = { episodeId: e.id, status: e.status, at: new Date().toISOString() };
  server.of("/").to(rooms.episode(e.id)).emit("episode:status", payload);
  server.of("/staff").to(rooms.episode(e.id)).emit("episode:status", payload);
}
