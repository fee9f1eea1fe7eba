/**
 * The operators' actions (a state machine with optimistic versioning) and
 * the follow-up's changes of a question: row, history, audit and episode
 * event in one transaction, then signalled in the episode's order.
 */
import { audit, type AuditActor } from "../../platform/audit.server.ts";
import { db, type Tx } from "../../platform/db.server.ts";
import { invalidateDuplicates } from "./duplicates/service.server.ts";
import { recordVerdict } from "./duplicates/use-cases.server.ts";
import { withEpisodeLock } from "./episode-lock.server.ts";
import { appendEvent, emitEvents, showsOnBoard } from "./events.server.ts";
import { holderOf } from "./holds.server.ts";
import { QuestionError, staffView, type EpisodeEventOut, type Row, type StaffQuestion } from "./intake-batch.server.ts";
import { loadRow } from "./queries.server.ts";
import type { QuestionActionInput } from "./schemas.ts";
import { canApply, targetStatus, UNDO_REJECT_MS } from "./state.ts";

export type Actor = { id: string; username: string; role: string };

function historyEvent(
  tx: Tx,
  q: { id: string; status: string },
  actor: { id: string | null; username: string },
  type: string,
  toStatus: string | null,
  data: object,
) {
  return tx.questionEvent.create({
    data: {
      questionId: q.id,
      type,
      fromStatus: q.status,
      toStatus,
      actorId: actor.id,
      actorLabel: actor.username,
      data: JSON.stringify(data),
    },
  });
}

/**
 * The status a question had before its last reject, when `actorId` rejected it less than UNDO_REJECT_MS ago;
 * otherwise the reject stands ("undo-expired": the question can still be restored, to "new").
 */
async function statusBeforeReject(tx: Tx, questionId: string, actorId: string): Promise<string> {
  const last = await tx.questionEvent.findFirst({
    where: { questionId, type: "reject" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { fromStatus: true, actorId: true, createdAt: true },
  });
  if (!last || last.actorId !== actorId || Date.now() - last.createdAt.getTime() > UNDO_REJECT_MS || !last.fromStatus)
    throw new QuestionError("undo-expired", 409);
  return last.fromStatus;
}

/**
 * Applies one operator action. Exactly one of two simultaneous actions on
 * the same version succeeds; the other gets a 409 conflict with the
 * current question.
 */
export async function applyAction(actor: Actor, input: QuestionActionInput): Promise<StaffQuestion> {
  const q0 = await db().question.findUnique({ where: { id: input.questionId }, select: { episodeId: true } });
  if (!q0) throw new QuestionError("not-found", 404);
  const holder = await holderOf(input.questionId);
  if (holder && holder.userId !== actor.id) throw new QuestionError("held", 409, { holder: holder.username });

  return withEpisodeLock(q0.episodeId, async () => {
    const { events, board } = await db().$transaction(async (tx) => {
      const q = (await loadRow(tx, input.questionId))!;
      if (q.version !== input.version) throw new QuestionError("conflict", 409, { question: staffView(q) });
      if (!canApply(input.action, q.status))
        throw new QuestionError("illegal", 409, { status: q.status, action: input.action });
      let to = targetStatus(input.action, q.status);
      const data: Record<string, unknown> = { status: to, version: { increment: 1 } };
      const detail: Record<string, unknown> = {};
      const out: EpisodeEventOut[] = [];
      const touched: string[] = [];

      switch (input.action) {
        case "approve": {
          const last = await tx.question.aggregate({
            where: { episodeId: q.episodeId, status: "approved" },
            _max: { studioOrder: true },
          });
          data.studioOrder = (last._max.studioOrder ?? 0) + 1;
          break;
        }
        case "on_air": {
          // One question on air at a time: the previous one goes back to the queue.
          const current = await tx.question.findMany({
            where: { episodeId: q.episodeId, status: "on_air", NOT: { id: q.id } },
          });
          for (const c of current) {
            await tx.question.update({ where: { id: c.id }, data: { status: "approved", version: { increment: 1 } } });
            await historyEvent(tx, c, actor, "back_to_queue", "approved", { reason: "replaced" });
            touched.push(c.id);
          }
          break;
        }
        case "answered_on_air":
          data.answeredBy = input.speaker;
          detail.speaker = input.speaker;
          break;
        case "route": {
          const agency = await tx.organization.findUnique({ where: { id: input.agencyId } });
          if (!agency || !agency.active || agency.kind === "council") throw new QuestionError("invalid-agency", 422);
          data.agencyId = agency.id;
          detail.agencyCode = agency.code;
          detail.previous = q.agency?.code ?? null;
          break;
        }
        case "reject":
          data.rejectReason = input.reason;
          data.rejectNote = input.note;
          detail.reason = input.reason;
          detail.note = input.note;
          break;
        case "restore":
          data.rejectReason = null;
          data.rejectNote = "";
          break;
        case "undo_reject": {
          to = await statusBeforeReject(tx, q.id, actor.id);
          data.status = to;
          data.rejectReason = null;
          data.rejectNote = "";
          detail.reason = q.rejectReason;
          break;
        }
        case "merge": {
          const target = await tx.question.findUnique({ where: { id: input.targetId } });
          if (!target || target.id === q.id || target.episodeId !== q.episodeId || target.status === "merged") {
            throw new QuestionError("invalid-target", 422);
          }
          data.mergedIntoId = target.id;
          detail.into = target.trackingCode;
          // The duplicate ranking learns from the merge (duplicates/learning.ts).
          await recordVerdict(tx, { questionId: q.id, otherId: target.id, verdict: "merged", userId: actor.id });
          // Askers already merged into this one now follow the target too.
          const children = await tx.question.findMany({ where: { mergedIntoId: q.id } });
          for (const c of children) {
            await tx.question.update({
              where: { id: c.id },
              data: { mergedIntoId: target.id, version: { increment: 1 } },
            });
            touched.push(c.id);
          }
          await tx.question.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
          touched.push(target.id);
          break;
        }
        case "edit":
          data.summary = input.summary;
          detail.before = q.summary;
          detail.after = input.summary;
          break;
        case "tag":
          data.topics = JSON.stringify([...new Set(input.topics)]);
          detail.topics = input.topics;
          break;
        case "priority":
          data.priority = input.priority;
          detail.priority = input.priority;
          break;
        case "reorder":
          data.studioOrder = input.studioOrder;
          break;
      }

      const res = await tx.question.updateMany({ where: { id: q.id, version: q.version }, data: data as never });
      if (res.count !== 1)
        throw new QuestionError("conflict", 409, { question: staffView((await loadRow(tx, q.id))!) });
      if (input.action !== "reorder") {
        await historyEvent(tx, q, actor, input.action, to !== q.status ? to : null, detail);
      }
      await audit(tx, {
        actor: { id: actor.id, label: actor.username } satisfies AuditActor,
        action: input.action,
        entity: "Question",
        entityId: q.id,
        before: { status: q.status, version: q.version },
        after: { status: to, ...detail },
      });
      for (const id of [q.id, ...touched])
        out.push(await appendEvent(tx, q.episodeId, "question:updated", (await loadRow(tx, id))!));
      return { events: out, board: showsOnBoard(input.action, q.status, to) };
    });
    if (input.action === "merge") invalidateDuplicates();
    await emitEvents(q0.episodeId, events, { board });
    return events[0].question;
  });
}

/**
 * A follow-up change of one question (agency answer, committee approval,
 * return, reopen, closure): row update, history, audit and episode event in
 * one transaction, then emitted like any operator action.
 */
export async function changeQuestion(
  questionId: string,
  actor: { id: string | null; username: string },
  type: string,
  fn: (
    tx: Tx,
    q: Row,
  ) => Promise<{ data: Record<string, unknown>; toStatus?: string | null; detail?: Record<string, unknown> }>,
): Promise<StaffQuestion> {
  const q0 = await db().question.findUnique({ where: { id: questionId }, select: { episodeId: true } });
  if (!q0) throw new QuestionError("not-found", 404);
  return withEpisodeLock(q0.episodeId, async () => {
    const { event, board } = await db().$transaction(async (tx) => {
      const q = (await loadRow(tx, questionId))!;
      const { data, toStatus = null, detail = {} } = await fn(tx, q);
      await tx.question.update({
        where: { id: q.id },
        data: { ...data, ...(toStatus ? { status: toStatus } : {}), version: { increment: 1 } } as never,
      });
      await historyEvent(tx, q, actor, type, toStatus, detail);
      await audit(tx, {
        actor: { id: actor.id, label: actor.username },
        action: type,
        entity: "Question",
        entityId: q.id,
        before: { status: q.status },
        after: { status: toStatus ?? q.status, ...detail },
      });
      const board = showsOnBoard(type, q.status, toStatus ?? q.status);
      return { event: await appendEvent(tx, q.episodeId, "question:updated", (await loadRow(tx, q.id))!), board };
    });
    await emitEvents(q0.episodeId, [event], { board });
    return event.question;
  });
}
