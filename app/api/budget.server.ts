/**
 * A socket's event budget: token buckets kept in the socket itself, checked
 * before any parsing or database work. Each event type has its own bucket, and
 * every packet also draws from the socket's overall bucket, so unknown events
 * are budgeted too. A socket that keeps emitting past its budget is
 * disconnected. (Limits shared across sockets and nodes, such as submissions
 * per address, are the use cases' `enforce` in platform/limits.server.ts.)
 */

/** Tokens refill at `rate` per second up to `burst`. */
export type Bucket = { rate: number; burst: number };

export type Budget = {
  /** Every packet of the socket, whatever its event. */
  overall: Bucket;
  /** Per event; events not listed draw from `overall` only. */
  events: Record<string, Bucket>;
  /** Refusals within `window` ms after which the socket is disconnected. */
  disconnectAfter: { refusals: number; windowMs: number };
};

/** A viewer's phone: a few events a minute in normal use (watch, submit, follow after reconnecting). */
export const VIEWER_BUDGET: Budget = {
  overall: { rate: 5, burst: 40 },
  events: {
    "episode:watch": { rate: 1, burst: 5 },
    // A phone's offline queue is sent at once on reconnecting: as many as its address may send in a minute.
    "question:submit": { rate: 0.5, burst: 30 },
    "questions:follow": { rate: 0.5, burst: 5 },
  },
  disconnectAfter: { refusals: 50, windowMs: 10_000 },
};

/** An operator's console: bursts of claims and actions while triaging, catch-ups after a reconnect. */
export const STAFF_BUDGET: Budget = {
  overall: { rate: 50, burst: 200 },
  events: {
    "episode:join": { rate: 2, burst: 10 },
    "episode:leave": { rate: 2, burst: 10 },
    // A console catches up on every gap in the seq (bursts of questions over several nodes): each is
    // one bounded read, and a console runs one at a time.
    "episode:sync": { rate: 20, burst: 100 },
    "question:claim": { rate: 10, burst: 30 },
    "question:release": { rate: 10, burst: 30 },
    "question:phone": { rate: 2, burst: 10 },
    "question:action": { rate: 10, burst: 30 },
    "question:dismiss-duplicate": { rate: 5, burst: 20 },
  },
  disconnectAfter: { refusals: 100, windowMs: 10_000 },
};

/**
 * A budget with every bucket's rate and burst multiplied by `k` (RATE_LIMIT_SCALE multiplies every rate
 * limit: a load test, or a very large audience behind one address). When the socket is disconnected is kept.
 */
export function scaleBudget(budget: Budget, k: number): Budget {
  if (k === 1) return budget;
  const scale = (b: Bucket): Bucket => ({ rate: b.rate * k, burst: Math.max(1, Math.round(b.burst * k)) });
  return {
    overall: scale(budget.overall),
    events: Object.fromEntries(Object.entries(budget.events).map(([e, b]) => [e, scale(b)])),
    disconnectAfter: budget.disconnectAfter,
  };
}

type State = { tokens: number; at: number };

/** One socket's buckets. `take(event)` answers whether the event may run, and how long to wait if not. */
export function socketBudget(budget: Budget, now: () => number = Date.now) {
  const states = new Map<string, State>();
  let refusals: number[] = [];

  const draw = (key: string, b: Bucket, t: number): number => {
    const s = states.get(key) ?? { tokens: b.burst, at: t };
    s.tokens = Math.min(b.burst, s.tokens + ((t - s.at) / 1000) * b.rate);
    s.at = t;
    states.set(key, s);
    if (s.tokens >= 1) return 0;
    return Math.ceil(((1 - s.tokens) / b.rate) * 1000);
  };

  return {
    /** 0 when the event may run (its tokens are spent), else the milliseconds until it could. */
    take(event: string): number {
      const t = now();
      const perEvent = budget.events[event];
      const waitAll = draw("*", budget.overall, t);
      const waitEvent = perEvent ? draw(event, perEvent, t) : 0;
      const wait = Math.max(waitAll, waitEvent);
      if (wait === 0) {
        states.get("*")!.tokens -= 1;
        if (perEvent) states.get(event)!.tokens -= 1;
        return 0;
      }
      refusals.push(t);
      return wait;
    },
    /** Has the socket kept flooding past its budget (too many refusals lately)? */
    flooding(): boolean {
      const t = now();
      refusals = refusals.filter((r) => t - r < budget.disconnectAfter.windowMs);
      return refusals.length >= budget.disconnectAfter.refusals;
    },
  };
}
