/**
 * Operator holds ("claims"): one operator works on a question at a time.
 * A hold ends on release, when the holder's socket disconnects, or after
 * HOLD_MS without renewal. Kept in this process's memory (one node).
 */
export const HOLD_MS = 2 * 60_000;

export type Hold = { questionId: string; episodeId: string; userId: string; username: string; socketId: string | null; expiresAt: number };

type Store = { holds: Map<string, Hold> };
const store = ((globalThis as { __lnHolds?: Store }).__lnHolds ??= { holds: new Map() });

function live(h: Hold | undefined): Hold | null {
  if (!h) return null;
  if (h.expiresAt <= Date.now()) {
    store.holds.delete(h.questionId);
    return null;
  }
  return h;
}

export async function holderOf(questionId: string): Promise<Hold | null> {
  return live(store.holds.get(questionId));
}

/** Takes or renews the hold; fails when another user holds it. */
export async function claim(h: Omit<Hold, "expiresAt">): Promise<{ ok: true; hold: Hold } | { ok: false; holder: Hold }> {
  const cur = live(store.holds.get(h.questionId));
  if (cur && cur.userId !== h.userId) return { ok: false, holder: cur };
  const hold = { ...h, expiresAt: Date.now() + HOLD_MS };
  store.holds.set(h.questionId, hold);
  return { ok: true, hold };
}

export async function release(questionId: string, userId: string): Promise<Hold | null> {
  const cur = live(store.holds.get(questionId));
  if (!cur || cur.userId !== userId) return null;
  store.holds.delete(questionId);
  return cur;
}

export async function releaseSocket(socketId: string): Promise<Hold[]> {
  const out: Hold[] = [];
  for (const h of store.holds.values()) {
    if (h.socketId === socketId) {
      store.holds.delete(h.questionId);
      out.push(h);
    }
  }
  return out;
}

export async function holdsOf(episodeId: string): Promise<Hold[]> {
  return [...store.holds.values()].filter((h) => h.episodeId === episodeId && live(h));
}

/** Removes expired holds; returns them so their end can be announced. */
export async function sweep(): Promise<Hold[]> {
  const now = Date.now();
  const out: Hold[] = [];
  for (const h of store.holds.values()) {
    if (h.expiresAt <= now) {
      store.holds.delete(h.questionId);
      out.push(h);
    }
  }
  return out;
}
