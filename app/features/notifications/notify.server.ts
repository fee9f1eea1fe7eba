/**
 * Writes a hand-off's notifications in the change's own transaction: one row
 * per staff user who owns the next step (with the e-mail mode that user chose
 * for the type), one per asker who asked to be told. After the commit the
 * recipients' pages are signalled (one Socket.IO room per user, over every
 * node) and the outbox is woken to compose the e-mails.
 */
import { randomUUID } from "node:crypto";
import type { AuditInput } from "../../platform/audit.server.ts";
import { db, type Tx } from "../../platform/db.server.ts";
import { io } from "../../platform/realtime.server.ts";
import { handOffsOf, type HandOff, type To } from "./handoffs.server.ts";
import { ASKER_TYPES, defaultMailMode } from "./types.ts";

async function usersOf(tx: Tx, to: To[]) {
  const orgs = new Set<string>();
  let standing = false;
  for (const r of to) {
    if ("agency" in r) orgs.add(r.agency);
    else if ("leadBanOf" in r) {
      const e = await tx.episode.findUnique({ where: { id: r.leadBanOf }, select: { leadCommitteeId: true } });
      if (e) orgs.add(e.leadCommitteeId);
    } else if ("standing" in r) standing = true;
  }
  if (!orgs.size && !standing) return [];
  return tx.user.findMany({
    where: {
      active: true,
      OR: [
        ...(orgs.size ? [{ organizationId: { in: [...orgs] }, role: { in: ["agency", "committee"] } }] : []),
        ...(standing ? [{ role: "standing" }] : []),
      ],
    },
    select: { id: true, role: true, notificationPreferences: true },
  });
}

/** The questions whose askers are told of `questionId`: itself and those merged into it, when they asked. */
async function askersOf(tx: Tx, to: To[]) {
  const ids = to.flatMap((r) => ("askersOf" in r ? [r.askersOf] : []));
  if (!ids.length) return [];
  return tx.question.findMany({
    where: {
      OR: [{ id: { in: ids } }, { mergedIntoId: { in: ids } }],
      AND: [{ OR: [{ notifyEmail: { not: "" } }, { notifyPhone: true }] }],
    },
    select: { id: true, trackingCode: true },
  });
}

const pending = { ids: new Set<string>(), users: new Map<string, string>(), timer: null as NodeJS.Timeout | null };
let wake: () => void = () => {};

/** The outbox registers how to be woken when notifications were written. */
export function onNotified(fn: () => void) {
  wake = fn;
}

/** Wakes this node's outbox (say, deliveries an admin sent again); other nodes take them on their next pass. */
export const wakeOutbox = () => wake();

type Row = {
  id: string;
  userId: string | null;
  askerQuestionId: string | null;
  type: string;
  episodeId: string | null;
  title: string;
  body: string;
  link: string;
  mail: string;
};

async function write(tx: Tx, h: HandOff) {
  const row = (r: Pick<Row, "userId" | "askerQuestionId" | "link" | "mail">): Row => ({
    id: randomUUID(),
    type: h.type,
    episodeId: h.episodeId,
    title: h.title,
    body: h.body ?? "",
    ...r,
  });
  const rows: Row[] = (await usersOf(tx, h.to)).map((u) =>
    row({
      userId: u.id,
      askerQuestionId: null,
      link: h.link,
      mail: u.notificationPreferences.find((p) => p.type === h.type)?.mode ?? defaultMailMode(u.role, h.type),
    }),
  );
  if ((ASKER_TYPES as readonly string[]).includes(h.type))
    for (const q of await askersOf(tx, h.to))
      rows.push(row({ userId: null, askerQuestionId: q.id, link: `/theo-doi/${q.trackingCode}`, mail: "instant" }));
  if (!rows.length) return;
  await tx.notification.createMany({ data: rows });
  for (const r of rows) {
    pending.ids.add(r.id);
    if (r.userId) pending.users.set(r.id, r.userId);
  }
  schedule();
}

/** The audit listener: every audited change's hand-offs, written in its transaction. */
export async function notifyOnAudit(tx: Tx, e: AuditInput) {
  for (const h of await handOffsOf(tx, e)) await write(tx, h);
  if (e.entity === "Episode" && (e.after as { status?: string } | undefined)?.status === "ended") schedule();
}

function schedule(delay = 30) {
  if (pending.timer) return;
  pending.timer = setTimeout(() => void flush(), delay);
  pending.timer.unref?.();
}

/**
 * Signals the users whose notifications are in the database now: a change's
 * transaction may still be open (then it is tried again shortly) or rolled
 * back (then its rows never appear, and are forgotten after a few seconds).
 */
async function flush(attempt = 0) {
  pending.timer = null;
  const ids = [...pending.ids];
  wake();
  if (!ids.length) return;
  const found = new Set(
    (await db().notification.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((r) => r.id),
  );
  const users = new Set<string>();
  for (const id of ids) {
    if (!found.has(id) && attempt < 50) continue;
    pending.ids.delete(id);
    const u = pending.users.get(id);
    pending.users.delete(id);
    if (u && found.has(id)) users.add(u);
  }
  signalUsers([...users]);
  if (pending.ids.size) {
    pending.timer = setTimeout(() => void flush(attempt + 1), 100);
    pending.timer.unref?.();
  }
}

/** Tells each user's open pages that their notifications changed (they refetch; the database holds the truth). */
export function signalUsers(userIds: string[]) {
  const server = io();
  if (!server || !userIds.length) return;
  for (const id of userIds) server.of("/staff").to(`user:${id}`).emit("notifications:changed");
}
