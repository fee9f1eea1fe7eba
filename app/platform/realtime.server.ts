/**
 * The Socket.IO server as seen by services: they commit first, then signal.
 */
import type { Server } from "socket.io";

let server: Server | undefined;

export function setIo(io: Server | undefined) {
  server = io;
}

export function io(): Server | undefined {
  return server;
}

export const rooms = {
  /** Staff who may see an episode's queue. */
  episode: (id: string) => `episode:${id}`,
  /** Of them, those who may also see callers' personal data (personal:view for the episode). */
  personal: (episodeId: string) => `personal:${episodeId}`,
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
