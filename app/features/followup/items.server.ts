/** What is followed: every task of the issued notice and every routed question, with its computed follow-up status. */
import { db } from "../../platform/db.server.ts";
import { followUpStatus, isOverdue, type FollowUpStatus } from "./status.ts";

export type FollowUpItem = {
  kind: "question" | "task";
  id: string;
  episodeId: string;
  title: string;
  agency: { id: string; code: string; shortName: string } | null;
  dueAt: string | null;
  originalDueAt: string | null;
  status: FollowUpStatus;
  overdue: boolean;
  questionStatus?: string;
  answerStatus?: string | null;
  trackingCode?: string;
  notSatisfied?: number;
};

export async function followUpItems(
  opts: { agencyId?: string; episodeId?: string; now?: Date } = {},
): Promise<FollowUpItem[]> {
  const now = opts.now ?? new Date();
  const questions = await db().question.findMany({
    where: {
      episodeId: opts.episodeId,
      agencyId: opts.agencyId,
      OR: [
        { status: { in: ["routed", "answered", "closed"] } },
        { agencyId: { not: null }, status: "answered_on_air" },
      ],
      NOT: { agencyId: null },
    },
    include: {
      agency: { select: { id: true, code: true, shortName: true } },
      answer: { select: { status: true } },
      _count: { select: { reports: true } },
      ratings: { select: { satisfied: true } },
    },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
  });
  const tasks = await db().task.findMany({
    where: {
      notice: { status: "issued", episodeId: opts.episodeId },
      ...(opts.agencyId
        ? { OR: [{ leadAgencyId: opts.agencyId }, { coordinating: { contains: opts.agencyId } }] }
        : {}),
    },
    include: {
      leadAgency: { select: { id: true, code: true, shortName: true } },
      notice: { select: { episodeId: true } },
      _count: { select: { reports: true } },
    },
    orderBy: [{ dueAt: "asc" }, { position: "asc" }],
  });
  const items: FollowUpItem[] = [];
  for (const q of questions) {
    const input = {
      dueAt: q.dueAt,
      completedAt: q.completedAt,
      closedAt: q.closedAt,
      started: q._count.reports > 0 || !!q.answer,
      now,
    };
    items.push({
      kind: "question",
      id: q.id,
      episodeId: q.episodeId,
      title: q.summary,
      agency: q.agency,
      dueAt: q.dueAt?.toISOString() ?? null,
      originalDueAt: q.originalDueAt?.toISOString() ?? null,
      status: q.status === "answered_on_air" ? "done_on_time" : followUpStatus(input),
      overdue: isOverdue(input),
      questionStatus: q.status,
      answerStatus: q.answer?.status ?? null,
      trackingCode: q.trackingCode,
      notSatisfied: q.ratings.filter((r) => !r.satisfied).length,
    });
  }
  for (const t of tasks) {
    const input = {
      dueAt: t.dueAt,
      completedAt: t.completedAt,
      closedAt: t.closedAt,
      started: t._count.reports > 0,
      now,
    };
    items.push({
      kind: "task",
      id: t.id,
      episodeId: t.notice.episodeId,
      title: t.content,
      agency: t.leadAgency,
      dueAt: t.dueAt?.toISOString() ?? null,
      originalDueAt: t.originalDueAt?.toISOString() ?? null,
      status: followUpStatus(input),
      overdue: isOverdue(input),
    });
  }
  return items;
}
