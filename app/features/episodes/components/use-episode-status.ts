import { useEffect, useState } from "react";
import { withSocket } from "../../../platform/socket-lazy.ts";

/**
 * Follows an episode live over the viewers' socket: its status (caught up on
 * every reconnect) and how many people are watching it now, over every node
 * (null until the first update).
 */
export function useEpisodeLive(episodeId: string, initial: string): { status: string; viewers: number | null } {
  const [status, setStatus] = useState(initial);
  const [viewers, setViewers] = useState<number | null>(null);
  useEffect(() => setStatus(initial), [initial]);
  useEffect(
    () =>
      withSocket("/", (socket) => {
        const watch = () =>
          socket.emit("episode:watch", { episodeId }, (res: { ok: boolean; status?: string }) => {
            if (res?.ok && res.status) setStatus(res.status);
          });
        const onStatus = (p: { episodeId: string; status: string }) => {
          if (p.episodeId === episodeId) setStatus(p.status);
        };
        const onViewers = (p: { episodeId: string; viewers: number }) => {
          if (p.episodeId === episodeId) setViewers(p.viewers);
        };
        socket.on("connect", watch);
        socket.on("episode:status", onStatus);
        socket.on("episode:viewers", onViewers);
        if (socket.connected) watch();
        return () => {
          socket.off("connect", watch);
          socket.off("episode:status", onStatus);
          socket.off("episode:viewers", onViewers);
        };
      }),
    [episodeId],
  );
  return { status, viewers };
}
