/** An issued notice is not edited in place: each change is an amendment, recorded with its reason. */
import { audit } from "../../platform/audit.server.ts";
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { can } from "../../platform/permissions.ts";
import { tidy } from "../../platform/validation.ts";
import { FollowUpError } from "./common.server.ts";

/** Changes to an issued notice: recorded with a reason, what changed, who and when. */
export async function amendNotice(
  u: SessionUser,
  noticeId: string,
  typed: { reason: string; conclusions?: string; recipients?: string[]; taskId?: string; taskContent?: string },
) {
  const input = {
    reason: tidy(typed.reason),
    conclusions: typed.conclusions === undefined ? undefined : tidy(typed.conclusions),
    recipients: typed.recipients?.map(tidy).filter(Boolean),
    taskId: typed.taskId,
    taskContent: typed.taskContent === undefined ? undefined : tidy(typed.taskContent),
  };
  const n = await db().notice.findUnique({ where: { id: noticeId }, include: { episode: true } });
  if (!n) throw new FollowUpError("not-found", 404);
  if (!can(u, "notice:issue", [n.episode.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
  if (n.status !== "issued") throw new FollowUpError("illegal", 409);
  if (!input.reason) throw new FollowUpError("invalid", 422, "reason");
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  await db().$transaction(async (tx) => {
    if (input.conclusions !== undefined && input.conclusions !== n.conclusions)
      changes.conclusions = { before: n.conclusions, after: input.conclusions };
    if (input.recipients) changes.recipients = { before: JSON.parse(n.recipients), after: input.recipients };
    if (input.taskId && input.taskContent) {
      const t = await tx.task.findFirstOrThrow({ where: { id: input.taskId, noticeId: n.id } });
      changes[`task:${t.id}`] = { before: t.content, after: input.taskContent };
      await tx.task.update({ where: { id: t.id }, data: { content: input.taskContent } });
    }
    await tx.notice.update({
      where: { id: n.id },
      data: {
        conclusions: input.conclusions ?? undefined,
        recipients: input.recipients ? JSON.stringify(input.recipients) : undefined,
        version: { increment: 1 },
      },
    });
    await tx.noticeAmendment.create({
      data: {
        noticeId: n.id,
        actorId: u.id,
        actorLabel: u.username,
        reason: input.reason,
        changes: JSON.stringify(changes),
      },
    });
    await audit(tx, {
      actor: { id: u.id, label: u.username },
      action: "amend",
      entity: "Notice",
      entityId: n.id,
      after: { reason: input.reason, changes },
    });
  });
}
