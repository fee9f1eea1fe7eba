/**
 * What the follow-up pages read: the Ban's review queue, the agency's question and inbox, the public transparency list.
 */
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { callerView } from "../privacy/index.server.ts";

/** Answers submitted by agencies and waiting for the Ban's review, oldest first. */
export function answersToReview(episodeId: string) {
  return db().answer.findMany({
    where: { status: "submitted", question: { episodeId } },
    include: { question: true, agency: true },
    orderBy: { submittedAt: "asc" },
  });
}

/** Questions answered on air (the studio's summary of each answer is edited on the follow-up page). */
export function answeredOnAir(episodeId: string) {
  return db().question.findMany({
    where: { episodeId, status: "answered_on_air" },
    orderBy: { updatedAt: "asc" },
    select: { id: true, summary: true, answeredBy: true, airSummary: true },
  });
}

/**
 * One routed question as its agency works on it: the answer, progress reports, the episode and the task; the
 * asker only as `user` may see them (`caller`: null for an agency unless the asker agreed to be contacted), so
 * no name, phone or area reaches the page otherwise, and never the e-mail the asker is told at or its
 * unsubscribe token (docs/PRIVACY.md).
 */
export async function questionForAgency(user: SessionUser, id: string) {
  const q = await db().question.findUnique({
    where: { id },
    include: {
      answer: true,
      reports: { orderBy: { createdAt: "asc" } },
      episode: { select: { topic: true, leadCommitteeId: true } },
      task: { select: { content: true } },
    },
  });
  if (!q) return null;
  const { name, phone, area, deviceId, notifyEmail, notifyPhone, notifyToken, ...rest } = q;
  return { ...rest, caller: callerView(user, { ...q, leadCommitteeId: q.episode.leadCommitteeId }) };
}

/** An organization's inbox (reminders), newest first. */
export async function inboxOf(organizationId: string | null) {
  if (!organizationId) return [];
  const rows = await db().inboxMessage.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return rows.map((m) => ({
    id: m.id,
    subject: m.subject,
    body: m.body,
    at: m.createdAt.toISOString(),
    read: !!m.readAt,
  }));
}

/** Marks an organization's inbox read. */
export async function markInboxRead(organizationId: string | null) {
  if (!organizationId) return;
  await db().inboxMessage.updateMany({ where: { organizationId, readAt: null }, data: { readAt: new Date() } });
}

/** Episodes with something public to show: an issued notice, or a published answer. */
export function transparencyEpisodes() {
  return db().episode.findMany({
    where: { OR: [{ notice: { status: "issued" } }, { questions: { some: { answer: { status: "approved" } } } }] },
    orderBy: { startsAt: "desc" },
    select: { id: true, topic: true, notice: { select: { number: true, status: true } } },
  });
}
