/**
 * Per-episode serialization in this process: whatever takes a sequence
 * number for an episode's events runs in the episode's order, so events are
 * signalled in the order they were committed.
 */

/** Per episode, the tail of its queue of lock sections. */
const locks = new Map<string, Promise<unknown>>();
/** Per episode, the lock sections other than intake batches, queued or running (see flush). */
const others = new Map<string, number>();

/**
 * Runs `fn` after every earlier call for the same episode has finished (in
 * this process). Whatever takes a sequence number for an episode's events
 * runs in it, so events are signalled in the order they were committed.
 */
export function withEpisodeLock<T>(episodeId: string, fn: () => Promise<T>): Promise<T> {
  others.set(episodeId, (others.get(episodeId) ?? 0) + 1);
  return inEpisodeOrder(episodeId, fn).finally(() => {
    const left = (others.get(episodeId) ?? 1) - 1;
    if (left) others.set(episodeId, left);
    else others.delete(episodeId);
  });
}

export function inEpisodeOrder<T>(episodeId: string, fn: () => Promise<T>): Promise<T> {
  const prev = locks.get(episodeId) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  const tail = next.catch(() => {});
  locks.set(episodeId, tail);
  void tail.then(() => {
    if (locks.get(episodeId) === tail) locks.delete(episodeId);
  });
  return next;
}

/** Whether a lock section other than an intake batch waits for or holds the episode (see intake's flush). */
export function othersWaiting(episodeId: string): boolean {
  return !!others.get(episodeId);
}

/** The running and queued sections' tails (graceful shutdown waits for them). */
export function pendingSections(): Promise<unknown>[] {
  return [...locks.values()];
}
