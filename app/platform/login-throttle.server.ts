/**
 * Sign-in throttling (OWASP ASVS 2.2.1), counted in the LoginThrottle table so
 * every node and restart sees the same counts:
 *
 * - per (account name, address): 5 failures in 24 h lock that name from that
 *   address for 15 min, doubling with each further failure up to 1 h;
 * - per address: 30 failures in 15 min lock the address for 15 min, whatever
 *   names it tries (password spraying).
 *
 * Nothing counts per account alone: failures from one address never lock the
 * owner out at another. The name is counted as typed, whether the account
 * exists or not, so a missing account is answered exactly as a real one.
 *
 * An attempt is counted before its password is checked (`beginAttempt`) and
 * given back when it succeeds (`signedIn`), so a burst of parallel requests
 * cannot all pass before the first failure is written.
 */
import type { Tx } from "./db.server.ts";
import { db } from "./db.server.ts";

const MINUTE = 60_000;

type Rule = { max: number; windowMs: number; lockMs: (failures: number) => number };

const PAIR: Rule = {
  max: 5,
  windowMs: 24 * 60 * MINUTE,
  lockMs: (failures) => Math.min(15 * MINUTE * 2 ** (failures - 5), 60 * MINUTE),
};
const ADDRESS: Rule = { max: 30, windowMs: 15 * MINUTE, lockMs: () => 15 * MINUTE };

/** Rows older than this (and not locked) are forgotten. */
const KEEP_MS = 24 * 60 * MINUTE;

type Counter = { key: string; rule: Rule; address: string; username: string | null };

/** An address keeps the former rows' key, `ip:<address>`; an address has no space, so a pair's key is unambiguous. */
function counters(address: string, username: string): Counter[] {
  return [
    { key: `ip:${address}`, rule: ADDRESS, address, username: null },
    { key: `user:${address} ${username}`, rule: PAIR, address, username },
  ];
}

/** Seconds until `until`, rounded up to whole minutes: the answer does not vary with the millisecond it was asked. */
function waitSeconds(until: Date, now: number): number {
  return Math.max(1, Math.ceil((until.getTime() - now) / MINUTE)) * 60;
}

/** An attempt that was counted: its counts, to lock on failure or give back on success. */
export type Attempt = { now: number; counted: { counter: Counter; failures: number }[] };

/**
 * Counts an attempt of `username` from `address`, or refuses it while either
 * is locked (`{ wait }` in seconds, no password to check).
 */
export async function beginAttempt(address: string, username: string): Promise<{ wait: number } | Attempt> {
  const now = Date.now();
  const list = counters(address, username);
  const rows = await db().loginThrottle.findMany({ where: { key: { in: list.map((c) => c.key) } } });
  const locks = rows.filter((r) => r.lockedUntil && r.lockedUntil.getTime() > now).map((r) => r.lockedUntil!);
  if (locks.length) return { wait: Math.max(...locks.map((l) => waitSeconds(l, now))) };

  const counted = await Promise.all(
    list.map(async (counter) => {
      const row = rows.find((r) => r.key === counter.key);
      if (row && row.windowStart.getTime() < now - counter.rule.windowMs) {
        // A new window; compare-and-set, so that of two attempts racing here only one resets it.
        await db().loginThrottle.updateMany({
          where: { key: counter.key, windowStart: row.windowStart },
          data: { failures: 0, windowStart: new Date(now), lockedUntil: null },
        });
      }
      const { failures } = await db().loginThrottle.upsert({
        where: { key: counter.key },
        create: {
          key: counter.key,
          address: counter.address,
          username: counter.username,
          failures: 1,
          windowStart: new Date(now),
        },
        update: { failures: { increment: 1 } },
        select: { failures: true },
      });
      return { counter, failures };
    }),
  );
  // A new window for the address: a moment to forget the rows nobody failed from for a day.
  if (counted[0].failures === 1) {
    await db().loginThrottle.deleteMany({
      where: {
        windowStart: { lt: new Date(now - KEEP_MS) },
        OR: [{ lockedUntil: null }, { lockedUntil: { lt: new Date(now) } }],
      },
    });
  }
  const attempt: Attempt = { now, counted };
  // Past a limit already (attempts racing in parallel): refused unchecked, and the lock is set.
  if (counted.some((c) => c.failures > c.counter.rule.max)) return { wait: await lockWhereDue(db(), attempt) };
  return attempt;
}

/** Sets the locks an attempt's counts call for; the wait in seconds, 0 when none. */
async function lockWhereDue(tx: Tx, attempt: Attempt): Promise<number> {
  let wait = 0;
  for (const { counter, failures } of attempt.counted) {
    if (failures < counter.rule.max) continue;
    const lockedUntil = new Date(attempt.now + counter.rule.lockMs(failures));
    await tx.loginThrottle.updateMany({ where: { key: counter.key }, data: { lockedUntil } }); // gone: nothing to lock
    wait = Math.max(wait, waitSeconds(lockedUntil, attempt.now));
  }
  return wait;
}

/** A failed attempt (counted already): the locks it calls for, in the caller's transaction; the wait, 0 when none. */
export function attemptFailed(tx: Tx, attempt: Attempt): Promise<number> {
  return lockWhereDue(tx, attempt);
}

/** A successful attempt: the name's failures from this address are forgotten, the address's count is given back. */
export async function attemptSucceeded(attempt: Attempt): Promise<void> {
  const [address, pair] = attempt.counted.map((c) => c.counter.key);
  await db().$transaction([
    db().loginThrottle.deleteMany({ where: { key: pair } }),
    db().loginThrottle.updateMany({
      where: { key: address, failures: { gt: 0 } },
      data: { failures: { decrement: 1 } },
    }),
  ]);
}

/** The account names locked out from at least one address now (the users page shows them). */
export async function lockedUsernames(): Promise<Set<string>> {
  const rows = await db().loginThrottle.findMany({
    where: { username: { not: null }, lockedUntil: { gt: new Date() } },
    select: { username: true },
    distinct: ["username"],
  });
  return new Set(rows.map((r) => r.username!));
}

/** Forgets an account name's failures from every address (a new password set by an administrator). */
export async function forgetFailures(tx: Tx, username: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { username } });
}
