/** The notice's tasks and routed questions' deadlines: extensions, completion, honest closure. */
import { audit } from "../../platform/audit.server.ts";
import type { SessionUser } from "../../platform/auth.server.ts";
import { db, type Tx } from "../../platform/db.server.ts";
import { can } from "../../platform/permissions.ts";
import { tidy } from "../../platform/validation.ts";
import { changeQuestion } from "../questions/index.server.ts";
import { actorOf, FollowUpError, questionForCommittee } from "./common.server.ts";

/** A task's new deadline, also its questions'; the task keeps its first one. */
export async function moveTaskDeadline(
  tx: Tx,
  t: { id: string; dueAt: Date | null; originalDueAt: Date | null },
  toDate: Date,
) {
  await tx.task.update({ where: { id: t.id }, data: { dueAt: toDate, originalDueAt: t.originalDueAt ?? t.dueAt } });
  await tx.question.updateMany({ where: { taskId: t.id }, data: { dueAt: toDate } });
}

/** A question's new deadline as its update's data; the question keeps its first one. */
export const questionDeadline = (q: { dueAt: Date | null; originalDueAt: Date | null }, toDate: Date) => ({
  dueAt: toDate,
  originalDueAt: q.originalDueAt ?? q.dueAt,
});

/** The committee moves a deadline itself (an agency asks with requestExtension, extensions.server.ts). */
export async function extendDeadline(
  u: SessionUser,
  target: { questionId?: string; taskId?: string },
  toDate: Date,
  typed: string,
) {
  const reason = tidy(typed);
  if (!reason) throw new FollowUpError("invalid", 422, "reason");
  if (target.taskId) {
    const t = await db().task.findUnique({
      where: { id: target.taskId },
      include: { notice: { include: { episode: true } } },
    });
    if (!t) throw new FollowUpError("not-found", 404);
    if (!can(u, "followup:review", [t.notice.episode.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
    await db().$transaction(async (tx) => {
      await tx.deadlineExtension.create({
        data: { taskId: t.id, fromDate: t.dueAt, toDate, reason, actorLabel: u.username },
      });
      await moveTaskDeadline(tx, t, toDate);
      await audit(tx, {
        actor: { id: u.id, label: u.username },
        action: "extend",
        entity: "Task",
        entityId: t.id,
        before: { dueAt: t.dueAt },
        after: { dueAt: toDate, reason },
      });
    });
    return;
  }
  const q = await questionForCommittee(u, target.questionId!);
  await changeQuestion(q.id, actorOf(u), "extend", async (tx) => {
    await tx.deadlineExtension.create({
      data: { questionId: q.id, fromDate: q.dueAt, toDate, reason, actorLabel: u.username },
    });
    return { data: questionDeadline(q, toDate), detail: { from: q.dueAt, to: toDate, reason } };
  });
}

export async function completeTask(u: SessionUser, taskId: string, done: boolean, typed = "") {
  const reason = tidy(typed);
  const t = await db().task.findUnique({ where: { id: taskId }, include: { notice: { include: { episode: true } } } });
  if (!t) throw new FollowUpError("not-found", 404);
  if (!can(u, "followup:review", [t.notice.episode.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
  await db().$transaction(async (tx) => {
    await tx.task.update({
      where: { id: t.id },
      data: done
        ? { completedAt: new Date(), completedById: u.id, closedAt: null }
        : { completedAt: null, completedById: null },
    });
    await audit(tx, {
      actor: { id: u.id, label: u.username },
      action: done ? "complete" : "reopen",
      entity: "Task",
      entityId: t.id,
      before: { completedAt: t.completedAt },
      after: { done, reason },
    });
  });
}

export async function closeTask(u: SessionUser, taskId: string, typed: string) {
  const reason = tidy(typed);
  if (!reason) throw new FollowUpError("invalid", 422, "reason");
  const t = await db().task.findUnique({ where: { id: taskId }, include: { notice: { include: { episode: true } } } });
  if (!t) throw new FollowUpError("not-found", 404);
  if (!can(u, "followup:review", [t.notice.episode.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
  await db().$transaction(async (tx) => {
    await tx.task.update({ where: { id: t.id }, data: { closedAt: new Date(), closedReason: reason } });
    await audit(tx, {
      actor: { id: u.id, label: u.username },
      action: "close",
      entity: "Task",
      entityId: t.id,
      after: { reason },
    });
  });
}

/** A short written summary of what was answered on air, published with the question. */
