/** What is followed: every task of the issued notice and every routed question, with its computed follow-up status. */
import { db } from "../../platform/db.server.ts";
import { daysLate, FOLLOW_UP_STATUSES, followUpStatus, isOverdue, type FollowUpStatus } from "./status.ts";

type Agency = { id: string; code: string; shortName: string };

export type FollowUpItem = {
  kind: "question" | "task";
  id: string;
  episodeId: string;
  title: string;
  agency: Agency | null;
  /** Coordinating agencies (cơ quan phối hợp) of a task; none for a question. */
  coordinating: Agency[];
  dueAt: string | null;
  originalDueAt: string | null;
  completedAt: string | null;
  closedAt: string | null;
  closedReason: string;
  /** The one class of the five (or closed) the item is reported in. */
  status: FollowUpStatus;
  overdue: boolean;
  /** Whole days late: of an overdue open item as of now, of an item completed late at its completion; else null. */
  daysLate: number | null;
  /** The latest progress the agency reported (kết quả thực hiện), "" when none. */
  result: string;
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
      reports: { select: { text: true }, orderBy: { createdAt: "desc" }, take: 1 },
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
      reports: { select: { text: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
    orderBy: [{ dueAt: "asc" }, { position: "asc" }],
  });
  const coordinatingIds = new Set(tasks.flatMap((t) => JSON.parse(t.coordinating) as string[]));
  const orgs = new Map(
    (
      await db().organization.findMany({
        where: { id: { in: [...coordinatingIds] } },
        select: { id: true, code: true, shortName: true },
      })
    ).map((o) => [o.id, o]),
  );
  const late = (i: { dueAt: Date | null; completedAt: Date | null; closedAt: Date | null }, overdue: boolean) => {
    if (!i.dueAt || i.closedAt) return null;
    if (i.completedAt) return daysLate(i.dueAt, i.completedAt) > 0 ? daysLate(i.dueAt, i.completedAt) : null;
    return overdue ? daysLate(i.dueAt, now) : null;
  };
  const common = (i: {
    dueAt: Date | null;
    originalDueAt: Date | null;
    completedAt: Date | null;
    closedAt: Date | null;
    closedReason: string;
    reports: { text: string }[];
  }) => ({
    dueAt: i.dueAt?.toISOString() ?? null,
    originalDueAt: i.originalDueAt?.toISOString() ?? null,
    completedAt: i.completedAt?.toISOString() ?? null,
    closedAt: i.closedAt?.toISOString() ?? null,
    closedReason: i.closedReason,
    result: i.reports[0]?.text ?? "",
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
      coordinating: [],
      ...common(q),
      status: q.status === "answered_on_air" ? "done_on_time" : followUpStatus(input),
      overdue: isOverdue(input),
      daysLate: late(q, isOverdue(input)),
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
      coordinating: (JSON.parse(t.coordinating) as string[]).flatMap((id) => orgs.get(id) ?? []),
      ...common(t),
      status: followUpStatus(input),
      overdue: isOverdue(input),
      daysLate: late(t, isOverdue(input)),
    });
  }
  return items;
}

export type FollowUpSummary = { total: number; overdue: number } & Record<FollowUpStatus, number>;

/** The counts by class of a set of items: the one summary every dashboard, page, report and export shows. */
export function summarize(items: Pick<FollowUpItem, "status" | "overdue">[]): FollowUpSummary {
  const s = { total: items.length, overdue: 0 } as FollowUpSummary;
  for (const c of FOLLOW_UP_STATUSES) s[c] = 0;
  for (const i of items) {
    s[i.status]++;
    if (i.overdue) s.overdue++;
  }
  return s;
}
