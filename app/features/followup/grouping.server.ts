/**
 * The committee's grouping of a draft notice's questions into tasks (createDraft groups them by agency first),
 * and the routed questions no task covers, which the grouping offers.
 */
import { audit } from "../../platform/audit.server.ts";
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { FollowUpError } from "./common.server.ts";
import { defaultDueAt, noticeForEdit, TASK_FROM_QUESTIONS } from "./notice.server.ts";

/**
 * The committee's grouping of the draft's questions into tasks: a routed question of the episode moves to
 * another task of the draft (`target` its id), to a new task of its own ("new", led by the question's agency,
 * due the profile's default), or out of every task (""): then it is followed on its own.
 */
export async function regroupQuestion(u: SessionUser, noticeId: string, questionId: string, target: string) {
  const n = await noticeForEdit(u, noticeId);
  const q = await db().question.findUnique({ where: { id: questionId } });
  if (!q || q.episodeId !== n.episodeId) throw new FollowUpError("not-found", 404);
  if (q.status !== "routed" || !q.agencyId) throw new FollowUpError("illegal", 409);
  await db().$transaction(async (tx) => {
    let taskId: string | null = null;
    if (target === "new") {
      const due = defaultDueAt();
      const t = await tx.task.create({
        data: {
          noticeId: n.id,
          position: await tx.task.count({ where: { noticeId: n.id } }),
          content: TASK_FROM_QUESTIONS,
          leadAgencyId: q.agencyId!,
          dueAt: due,
          originalDueAt: due,
        },
      });
      taskId = t.id;
      await audit(tx, { actor: { id: u.id, label: u.username }, action: "create", entity: "Task", entityId: t.id });
    } else if (target) {
      const t = await tx.task.findFirst({ where: { id: target, noticeId: n.id } });
      if (!t) throw new FollowUpError("invalid", 422, "target");
      taskId = t.id;
    }
    await tx.question.update({ where: { id: q.id }, data: { taskId } });
    await audit(tx, {
      actor: { id: u.id, label: u.username },
      action: "group",
      entity: "Question",
      entityId: q.id,
      before: { taskId: q.taskId },
      after: { taskId },
    });
  });
}

/** The episode's routed questions that no task of its notice covers (the draft's grouping offers them). */
export function looseQuestions(episodeId: string) {
  return db().question.findMany({
    where: { episodeId, status: "routed", agencyId: { not: null }, taskId: null },
    select: { id: true, summary: true, flags: true, agency: { select: { shortName: true } } },
    orderBy: { createdAt: "asc" },
  });
}
