import { useEffect, useState } from "react";

/** Follows an episode's status live over the viewers' socket; catches up on every (re)connect. */
export function useEpisodeStatus(episodeId: string, initial: string): string {
  const [status, setStatus] = useState(initial);
  useEffect(() => setStatus(initial), [initial]);
  useEffect(() => {
    let cancelled = false;
    let cleanup = () => {};
    import("./socket.client.ts").then(({ getSocket }) => {
      if (cancelled) return;
      const socket = getSocket("/");
      const watch = () =>
        socket.emit("episode:watch", { episodeId }, (res: { ok: boolean; status?: string }) => {
          if (res?.ok && res.status) setStatus(res.status);
        });
      const onStatus = (p: { episodeId: string; status: string }) => {
        if (p.episodeId === episodeId) setStatus(p.status);
      };
      socket.on("connect", watch);
      socket.on("episode:status", onStatus);
      if (socket.connected) watch();
      cleanup = () => {
        socket.off("connect", watch);
        socket.off("episode:status", onStatus);
      };
    });
    return () => {
      cancelled = true;
      cleanup();
    };
  }, [episodeId]);
  return status;
}
