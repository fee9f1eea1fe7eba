/**
 * Retention (docs/PRIVACY.md): the asker's personal data (name, phone,
 * area, the e-mail to be told at, device id) of an item is erased
 * PERSONAL_DATA_RETENTION_MONTHS after the item is finished. The question, its summary, its answer and
 * its history stay, without personal data.
 *
 * When an item is finished:
 * - a routed question: when the Ban approved its answer (`completedAt`,
 *   status "answered") or closed it as not resolvable (`closedAt`, status
 *   "closed"); while it is open (also after a reopening) it is kept;
 * - a question that never went to an agency (answered on air, rejected,
 *   or left in the queue): when its episode's broadcast ended, once the
 *   episode is over (ended, concluded or closed);
 * - a question merged into another: with the question it was merged into.
 *
 * Safe on several nodes and when run twice: each row is erased by a
 * conditional update (only while it still holds personal data), so a row
 * is erased, and listed in an audit record, by exactly one run.
 */
import { audit, SYSTEM_ACTOR } from "../../platform/audit.server.ts";
import { getConfig } from "../../platform/config.server.ts";
import { db } from "../../platform/db.server.ts";
import { retentionMonths } from "../profile/index.server.ts";
import { ERASED_PERSONAL_DATA, HAS_PERSONAL_DATA } from "./erase.ts";

/** Statuses of questions that never went to follow-up: finished with their broadcast. */
const NOT_FOLLOWED = ["new", "approved", "on_air", "answered_on_air", "rejected"];
/** Episode statuses after the broadcast. */
const OVER = ["ended", "concluded", "closed"];
/** At most this many questions per run (one transaction, one audit record); the scheduler runs again for more. */
export const ERASE_BATCH = 200;

/** `now` minus `months` calendar months (the 31st of a shorter month becomes its last day). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

export type Finishable = {
  status: string;
  completedAt: Date | null;
  closedAt: Date | null;
  episode: { status: string; startsAt: Date; durationMinutes: number };
};

/** When an item was finished (see above), or null while it is open. A merged question: pass its target. */
export function finishedAt(q: Finishable): Date | null {
  if (q.status === "answered") return q.completedAt;
  if (q.status === "closed") return q.closedAt;
  if ((NOT_FOLLOWED.includes(q.status) || q.status === "merged") && OVER.includes(q.episode.status))
    return new Date(q.episode.startsAt.getTime() + q.episode.durationMinutes * 60_000);
  return null;
}

/** Items finished before `cutoff`, as a filter the database can use (the broadcast's end is checked in code). */
function finishedBefore(cutoff: Date) {
  return {
    OR: [
      { status: "answered", completedAt: { lt: cutoff } },
      { status: "closed", closedAt: { lt: cutoff } },
      { status: { in: NOT_FOLLOWED }, episode: { status: { in: OVER }, startsAt: { lt: cutoff } } },
    ],
  };
}

const FINISH_FIELDS = {
  status: true,
  completedAt: true,
  closedAt: true,
  episode: { select: { status: true, startsAt: true, durationMinutes: true } },
} as const;

/** The questions due for erasure at `cutoff` that still hold personal data (at most `limit`), read page by page. */
async function dueForErasure(cutoff: Date, limit: number) {
  const where = {
    AND: [
      HAS_PERSONAL_DATA,
      {
        OR: [
          finishedBefore(cutoff),
          { status: "merged", mergedInto: finishedBefore(cutoff) },
          // Merged into a question that no longer exists: finished with its broadcast.
          { status: "merged", mergedIntoId: null, episode: { status: { in: OVER }, startsAt: { lt: cutoff } } },
        ],
      },
    ],
  };
  const select = {
    id: true,
    trackingCode: true,
    updatedAt: true,
    ...FINISH_FIELDS,
    mergedInto: { select: FINISH_FIELDS },
  };
  const out: { id: string; trackingCode: string; updatedAt: Date }[] = [];
  const PAGE = 1000;
  for (let after: string | undefined; out.length < limit;) {
    const page = await db().question.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      select,
      orderBy: { id: "asc" },
      take: PAGE,
    });
    for (const q of page) {
      const at = finishedAt(q.status === "merged" && q.mergedInto ? q.mergedInto : q);
      if (at !== null && at < cutoff) out.push(q);
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1].id;
  }
  return out.slice(0, limit);
}

export type ErasureRun = { count: number; ids: string[]; trackingCodes: string[]; cutoff: Date; more: boolean };

/**
 * Erases the personal data of the items finished more than `months` (PERSONAL_DATA_RETENTION_MONTHS) before
 * `now`: on the question (name, phone, area, the e-mail to be told at and the SMS consent, device id), in the
 * episode's event log, and the votes cast on it (device ids). Writes one audit record ("personal-erase", by
 * "system") listing what this run erased, in the same transaction. At most ERASE_BATCH questions per run:
 * `more` says another run has work left.
 */
export async function erasePersonalData(
  opts: { now?: Date; months?: number; batch?: number } = {},
): Promise<ErasureRun> {
  const now = opts.now ?? new Date();
  const months = opts.months ?? retentionMonths();
  const batch = opts.batch ?? ERASE_BATCH;
  const cutoff = monthsBefore(now, months);
  const due = await dueForErasure(cutoff, batch + 1);
  const more = due.length > batch;
  const chosen = due.slice(0, batch);
  if (!chosen.length) return { count: 0, ids: [], trackingCodes: [], cutoff, more: false };
  const erased = await db().$transaction(
    async (tx) => {
      const done: { id: string; trackingCode: string }[] = [];
      for (const q of chosen) {
        // Only while it still holds personal data: another run (another node) may have erased it meanwhile.
        const r = await tx.question.updateMany({
          where: { id: q.id, ...HAS_PERSONAL_DATA },
          // The item did not change for its readers: its updatedAt stays.
          data: { ...ERASED_PERSONAL_DATA, updatedAt: q.updatedAt },
        });
        if (r.count) done.push({ id: q.id, trackingCode: q.trackingCode });
      }
      if (!done.length) return done;
      const ids = done.map((d) => d.id);
      await tx.vote.deleteMany({ where: { questionId: { in: ids } } });
      // The episode's event log (what consoles catch up from) never holds askers (eventPayload): nothing to erase.
      await audit(tx, {
        actor: SYSTEM_ACTOR,
        action: "personal-erase",
        entity: "PersonalData",
        entityId: "retention",
        after: {
          months,
          cutoff: cutoff.toISOString(),
          count: done.length,
          ids,
          trackingCodes: done.map((d) => d.trackingCode),
        },
      });
      return done;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return {
    count: erased.length,
    ids: erased.map((e) => e.id),
    trackingCodes: erased.map((e) => e.trackingCode),
    cutoff,
    more,
  };
}

/**
 * Runs the erasure every PERSONAL_DATA_ERASE_INTERVAL_HOURS (and a minute after start), run after run
 * while a backlog remains. 0: this process runs none.
 */
export function startRetentionScheduler(log: (msg: string) => void): () => void {
  const every = getConfig().personalDataEraseIntervalHours * 3600_000;
  if (!every) return () => {};
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (let more = true; more && !stopped;) {
        const r = await erasePersonalData();
        if (r.count) log(`Personal data erased (retention): ${r.count} question(s)`);
        more = r.more && r.count > 0;
      }
    } catch (e) {
      log(`Personal data erasure failed: ${(e as Error).message}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 60_000);
  const timer = setInterval(tick, every);
  first.unref();
  timer.unref();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(timer);
  };
}
