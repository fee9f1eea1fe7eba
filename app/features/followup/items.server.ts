/**
 * What is followed after a broadcast, defined once. An item is
 *   - a task of an issued conclusion notice, or
 *   - a routed question (routed, answered in writing or closed, with an agency) that no task of an issued
 *     notice covers.
 * Questions a task covers are its progress, not items of their own; a question answered on air is counted
 * as answered on air, never as a follow-up item. Each item is in exactly one class (`followUpStatus`).
 * The dashboard, the public page, the report, the exports and the reminders all read these items.
 */
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
  /** A task's questions: how many, how many have an approved written answer, and each (for its agency's work). */
  linked?: {
    total: number;
    answered: number;
    questions: { id: string; summary: string; answerStatus: string | null }[];
  };
  questionStatus?: string;
  answerStatus?: string | null;
  trackingCode?: string;
  notSatisfied?: number;
};

export type ItemScope = {
  agencyId?: string;
  episodeId?: string;
  episodeIds?: string[];
  /** Episodes that aired in this period (from their status history). */
  from?: Date;
  to?: Date;
  now?: Date;
};

/**
 * When each episode actually went on air: the first change of its status to "live" in the audit log, else
 * its scheduled start (an episode marked ended without ever being live). Takes an episode's id, or ids or
 * episodes; answers a map from each id.
 */
export async function airedAt(episodes: string | (string | { id: string })[]): Promise<Map<string, Date>> {
  const episodeIds = (Array.isArray(episodes) ? episodes : [episodes]).map((e) => (typeof e === "string" ? e : e.id));
  const out = new Map<string, Date>();
  if (!episodeIds.length) return out;
  const live = await db().auditEvent.findMany({
    where: { entity: "Episode", action: "status", entityId: { in: episodeIds }, after: { contains: '"live"' } },
    select: { entityId: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  for (const e of live) if (!out.has(e.entityId)) out.set(e.entityId, e.createdAt);
  const rest = episodeIds.filter((id) => !out.has(id));
  if (rest.length)
    for (const e of await db().episode.findMany({ where: { id: { in: rest } }, select: { id: true, startsAt: true } }))
      out.set(e.id, e.startsAt);
  return out;
}

/** The episodes a scope covers, or undefined for all of them. */
export async function scopeEpisodes(s: ItemScope): Promise<string[] | undefined> {
  let ids = s.episodeId ? [s.episodeId] : s.episodeIds;
  if (!s.from && !s.to) return ids;
  if (!ids) ids = (await db().episode.findMany({ select: { id: true } })).map((e) => e.id);
  const aired = await airedAt(ids);
  return ids.filter((id) => {
    const at = aired.get(id);
    return !!at && (!s.from || at >= s.from) && (!s.to || at <= s.to);
  });
}

const agencySelect = { select: { id: true, code: true, shortName: true } } as const;
const latestReport = { select: { text: true }, orderBy: { createdAt: "desc" }, take: 1 } as const;

export async function followUpItems(opts: ItemScope = {}): Promise<FollowUpItem[]> {
  const now = opts.now ?? new Date();
  const episodes = await scopeEpisodes(opts);
  const inEpisodes = episodes ? { in: episodes } : undefined;
  const questions = await db().question.findMany({
    where: {
      episodeId: inEpisodes,
      agencyId: opts.agencyId ?? { not: null },
      status: { in: ["routed", "answered", "closed"] },
      // Covered by a task of an issued notice: progress of that task, not an item.
      OR: [{ taskId: null }, { task: { notice: { status: { not: "issued" } } } }],
    },
    include: {
      agency: agencySelect,
      answer: { select: { status: true } },
      _count: { select: { reports: true } },
      reports: latestReport,
      ratings: { select: { satisfied: true } },
    },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
  });
  const tasks = await db().task.findMany({
    where: {
      notice: { status: "issued", episodeId: inEpisodes },
      ...(opts.agencyId
        ? { OR: [{ leadAgencyId: opts.agencyId }, { coordinating: { contains: opts.agencyId } }] }
        : {}),
    },
    include: {
      leadAgency: agencySelect,
      notice: { select: { episodeId: true } },
      _count: { select: { reports: true } },
      reports: latestReport,
      questions: {
        select: {
          id: true,
          summary: true,
          answer: { select: { status: true } },
          _count: { select: { reports: true } },
          ratings: { select: { satisfied: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
    orderBy: [{ dueAt: "asc" }, { position: "asc" }],
  });
  const coordinatingIds = new Set(tasks.flatMap((t) => JSON.parse(t.coordinating) as string[]));
  const orgs = new Map(
    (await db().organization.findMany({ where: { id: { in: [...coordinatingIds] } }, ...agencySelect })).map((o) => [
      o.id,
      o,
    ]),
  );

  const classify = (i: Dated & { started: boolean }) => {
    const input = { ...i, now };
    const overdue = isOverdue(input);
    let late: number | null = null;
    if (i.dueAt && !i.closedAt) {
      if (i.completedAt) late = daysLate(i.dueAt, i.completedAt) > 0 ? daysLate(i.dueAt, i.completedAt) : null;
      else if (overdue) late = daysLate(i.dueAt, now);
    }
    return {
      dueAt: i.dueAt?.toISOString() ?? null,
      originalDueAt: i.originalDueAt?.toISOString() ?? null,
      completedAt: i.completedAt?.toISOString() ?? null,
      closedAt: i.closedAt?.toISOString() ?? null,
      closedReason: i.closedReason,
      status: followUpStatus(input),
      overdue,
      daysLate: late,
    };
  };

  const items: FollowUpItem[] = [];
  for (const q of questions) {
    items.push({
      kind: "question",
      id: q.id,
      episodeId: q.episodeId,
      title: q.summary,
      agency: q.agency,
      coordinating: [],
      ...classify({ ...q, started: q._count.reports > 0 || (!!q.answer && q.answer.status !== "draft") }),
      result: q.reports[0]?.text ?? "",
      questionStatus: q.status,
      answerStatus: q.answer?.status ?? null,
      trackingCode: q.trackingCode,
      notSatisfied: q.ratings.filter((r) => !r.satisfied).length,
    });
  }
  for (const t of tasks) {
    const answered = t.questions.filter((q) => q.answer?.status === "approved").length;
    // Any report on the task or on one of its questions, or any answer sent to the committee, is work begun.
    const started =
      t._count.reports > 0 ||
      t.questions.some((q) => q._count.reports > 0 || (!!q.answer && q.answer.status !== "draft"));
    items.push({
      kind: "task",
      id: t.id,
      episodeId: t.notice.episodeId,
      title: t.content,
      agency: t.leadAgency,
      coordinating: (JSON.parse(t.coordinating) as string[]).flatMap((id) => orgs.get(id) ?? []),
      ...classify({ ...t, started }),
      result: t.reports[0]?.text ?? "",
      linked: {
        total: t.questions.length,
        answered,
        questions: t.questions.map((q) => ({ id: q.id, summary: q.summary, answerStatus: q.answer?.status ?? null })),
      },
      // The askers of its questions who are not satisfied with their answers: the committee sees them on the task.
      notSatisfied: t.questions.reduce((n, q) => n + q.ratings.filter((r) => !r.satisfied).length, 0),
    });
  }
  return items;
}

type Dated = {
  dueAt: Date | null;
  originalDueAt: Date | null;
  completedAt: Date | null;
  closedAt: Date | null;
  closedReason: string;
};

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

/** Questions answered on air in the scope: counted beside the items, never as items. */
export async function countAnsweredOnAir(opts: ItemScope = {}): Promise<number> {
  const episodes = await scopeEpisodes(opts);
  return db().question.count({
    where: {
      status: "answered_on_air",
      episodeId: episodes ? { in: episodes } : undefined,
      agencyId: opts.agencyId,
    },
  });
}
