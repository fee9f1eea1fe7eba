/**
 * An agency asks for more time on a routed question or a task it leads; the
 * lead Ban approves (the deadline moves exactly as the committee's own
 * extension moves it, in the same transaction) or refuses with a reason. One
 * open request per item; each request and decision is audited, and the
 * notifications follow from the audit (notifications/handoffs.server.ts).
 */
import { audit } from "../../platform/audit.server.ts";
import type { SessionUser } from "../../platform/auth.server.ts";
import { db, type Tx } from "../../platform/db.server.ts";
import { can } from "../../platform/permissions.ts";
import { tidy } from "../../platform/validation.ts";
import { changeQuestion } from "../questions/index.server.ts";
import { actorOf, FollowUpError } from "./common.server.ts";
import { moveTaskDeadline, questionDeadline } from "./tasks.server.ts";

export type ExtensionTarget = { questionId: string } | { taskId: string };

const itemWhere = (target: ExtensionTarget) =>
  "taskId" in target ? { taskId: target.taskId } : { questionId: target.questionId };

/** The item asked about, as the agency sees it: its agency, its deadline, and whether it is still open. */
async function itemOf(target: ExtensionTarget) {
  if ("taskId" in target) {
    const t = await db().task.findUnique({
      where: { id: target.taskId },
      include: { notice: { select: { status: true, episodeId: true } } },
    });
    if (!t) throw new FollowUpError("not-found", 404);
    const open = t.notice.status === "issued" && !t.completedAt && !t.closedAt;
    return { entity: "Task" as const, id: t.id, agencyId: t.leadAgencyId, dueAt: t.dueAt, open };
  }
  const q = await db().question.findUnique({ where: { id: target.questionId } });
  if (!q) throw new FollowUpError("not-found", 404);
  return { entity: "Question" as const, id: q.id, agencyId: q.agencyId, dueAt: q.dueAt, open: q.status === "routed" };
}

async function refuseSecond(tx: Tx, target: ExtensionTarget) {
  const open = await tx.deadlineExtension.findFirst({ where: { ...itemWhere(target), status: "requested" } });
  if (open) throw new FollowUpError("pending", 409);
}

/**
 * The agency (followup:answer for the question's agency, or the task's lead
 * agency) asks to move the deadline to `toDate` (after the current one), for
 * `typed` reason.
 */
export async function requestExtension(u: SessionUser, target: ExtensionTarget, toDate: Date, typed: string) {
  const reason = tidy(typed);
  const item = await itemOf(target);
  if (!can(u, "followup:answer", [item.agencyId])) throw new FollowUpError("forbidden", 403);
  if (!reason) throw new FollowUpError("invalid", 422, "reason");
  if (!item.open) throw new FollowUpError("illegal", 409);
  if (toDate.getTime() <= (item.dueAt ?? new Date()).getTime()) throw new FollowUpError("early", 422, "dueAt");
  await db().$transaction(async (tx) => {
    await refuseSecond(tx, target);
    await tx.deadlineExtension.create({
      data: {
        ...itemWhere(target),
        fromDate: item.dueAt,
        toDate,
        reason,
        actorLabel: u.username,
        status: "requested",
        requestedById: u.id,
      },
    });
    await audit(tx, {
      actor: { id: u.id, label: u.username },
      action: "extension_request",
      entity: item.entity,
      entityId: item.id,
      before: { dueAt: item.dueAt },
      after: { to: toDate.toISOString(), reason },
    });
  });
}

/** A deadline moved meanwhile (the committee's own extension) past the date asked: nothing to approve. */
function notBefore(current: Date | null, toDate: Date) {
  if (current && toDate.getTime() <= current.getTime()) throw new FollowUpError("early", 409);
}

/** The request, still open (claimed in `tx`, so two decisions cannot both pass), or 409. */
async function claim(tx: Tx, id: string, status: "approved" | "refused", u: SessionUser, note: string) {
  const { count } = await tx.deadlineExtension.updateMany({
    where: { id, status: "requested" },
    data: { status, decidedAt: new Date(), decisionNote: note, actorLabel: u.username },
  });
  if (!count) throw new FollowUpError("illegal", 409);
}

/**
 * The lead Ban (followup:review on the episode's lead committee) approves a
 * request, which extends the deadline as extendDeadline does, or refuses it
 * with `typed` reason (required). The decision's audit is the only one of the
 * change, so the agency is told once.
 */
export async function decideExtension(
  u: SessionUser,
  extensionId: string,
  decision: "approve" | "refuse",
  typed: string,
) {
  const note = tidy(typed);
  const x = await db().deadlineExtension.findUnique({
    where: { id: extensionId },
    include: { task: { include: { notice: { include: { episode: true } } } } },
  });
  if (!x) throw new FollowUpError("not-found", 404);
  const q = x.questionId
    ? await db().question.findUnique({
        where: { id: x.questionId },
        include: { episode: { select: { leadCommitteeId: true } } },
      })
    : null;
  const committee = x.task?.notice.episode.leadCommitteeId ?? q?.episode.leadCommitteeId;
  if (!committee) throw new FollowUpError("not-found", 404);
  if (!can(u, "followup:review", [committee])) throw new FollowUpError("forbidden", 403);
  if (x.status !== "requested") throw new FollowUpError("illegal", 409);
  if (decision === "refuse" && !note) throw new FollowUpError("invalid", 422, "note");
  const actor = { id: u.id, label: u.username };
  const entity = x.task ? ("Task" as const) : ("Question" as const);
  const entityId = x.task?.id ?? q!.id;
  const after = { to: x.toDate.toISOString(), reason: note };

  if (decision === "refuse") {
    await db().$transaction(async (tx) => {
      await claim(tx, x.id, "refused", u, note);
      await audit(tx, { actor, action: "extension_refuse", entity, entityId, after });
    });
    return;
  }
  if (x.task) {
    const t = x.task;
    await db().$transaction(async (tx) => {
      await claim(tx, x.id, "approved", u, note);
      notBefore(t.dueAt, x.toDate);
      await tx.deadlineExtension.update({ where: { id: x.id }, data: { fromDate: t.dueAt } });
      await moveTaskDeadline(tx, t, x.toDate);
      await audit(tx, { actor, action: "extension_approve", entity, entityId, before: { dueAt: t.dueAt }, after });
    });
    return;
  }
  // A question's change goes through the questions feature (its history, its live event), audited as the approval.
  await changeQuestion(q!.id, actorOf(u), "extension_approve", async (tx) => {
    await claim(tx, x.id, "approved", u, note);
    const now = await tx.question.findUniqueOrThrow({ where: { id: q!.id } });
    notBefore(now.dueAt, x.toDate);
    await tx.deadlineExtension.update({ where: { id: x.id }, data: { fromDate: now.dueAt } });
    return { data: questionDeadline(now, x.toDate), detail: { from: now.dueAt, ...after } };
  });
}

export type ExtensionRequestView = {
  id: string;
  kind: "task" | "question";
  itemId: string;
  title: string;
  agency: string;
  episodeId: string;
  from: string | null;
  to: string;
  reason: string;
  by: string;
  at: string;
};

/** The open requests of these episodes (all when none given), oldest first. */
export async function openExtensionRequests(episodeIds?: string[]): Promise<ExtensionRequestView[]> {
  const questions = episodeIds
    ? await db().question.findMany({ where: { episodeId: { in: episodeIds } }, select: { id: true } })
    : null;
  const rows = await db().deadlineExtension.findMany({
    where: {
      status: "requested",
      OR: [
        { task: episodeIds ? { notice: { episodeId: { in: episodeIds } } } : { isNot: null } },
        { questionId: questions ? { in: questions.map((q) => q.id) } : { not: null } },
      ],
    },
    include: { task: { include: { notice: { select: { episodeId: true } }, leadAgency: true } } },
    orderBy: { createdAt: "asc" },
  });
  const asked = await db().question.findMany({
    where: { id: { in: rows.map((r) => r.questionId).filter((id): id is string => !!id) } },
    select: { id: true, summary: true, episodeId: true, agency: { select: { shortName: true } } },
  });
  const byId = new Map(asked.map((q) => [q.id, q]));
  return rows.flatMap((r) => {
    const q = r.questionId ? byId.get(r.questionId) : undefined;
    const item = r.task
      ? {
          kind: "task" as const,
          itemId: r.task.id,
          title: r.task.content,
          agency: r.task.leadAgency.shortName,
          episodeId: r.task.notice.episodeId,
        }
      : q
        ? {
            kind: "question" as const,
            itemId: q.id,
            title: q.summary,
            agency: q.agency?.shortName ?? "",
            episodeId: q.episodeId,
          }
        : null;
    if (!item) return [];
    return [
      {
        id: r.id,
        ...item,
        from: r.fromDate?.toISOString() ?? null,
        to: r.toDate.toISOString(),
        reason: r.reason,
        by: r.actorLabel,
        at: r.createdAt.toISOString(),
      },
    ];
  });
}

/** The open request of each of these items (by task or question id): its new date and reason. */
export async function openRequestsOf(ids: string[]) {
  const rows = await db().deadlineExtension.findMany({
    where: { status: "requested", OR: [{ taskId: { in: ids } }, { questionId: { in: ids } }] },
  });
  return new Map(
    rows.map((r) => [r.taskId ?? r.questionId ?? "", { to: r.toDate.toISOString(), reason: r.reason }] as const),
  );
}
