/**
 * Agencies answer routed questions and report progress; the lead committee
 * reviews and publishes, returns, reopens or closes honestly (askers rate: ratings.server.ts).
 */
import { audit } from "../../platform/audit.server.ts";
import type { SessionUser } from "../../platform/auth.server.ts";
import { db, type Tx } from "../../platform/db.server.ts";
import { can } from "../../platform/permissions.ts";
import { normalizeRichText, richTextToPlain } from "../../platform/rich-text.server.ts";
import { tidy } from "../../platform/validation.ts";
import { changeQuestion } from "../questions/index.server.ts";
import {
  actorOf,
  FollowUpError,
  questionForAgency,
  questionForCommittee,
  withFiles,
  type Stored,
  type Upload,
} from "./common.server.ts";

export async function saveAnswer(
  u: SessionUser,
  questionId: string,
  input: { body: string; submit: boolean; files?: Upload[] },
) {
  const q = await questionForAgency(u, questionId);
  if (q.status !== "routed") throw new FollowUpError("illegal", 409);
  if (q.answer && q.answer.status === "approved") throw new FollowUpError("illegal", 409);
  const body = normalizeRichText(input.body); // Markdown as typed (platform/rich-text.server.ts)
  if (!richTextToPlain(body).trim()) throw new FollowUpError("invalid", 422, "body");
  const status = input.submit ? "submitted" : "draft";
  await withFiles(input.files ?? [], (stored) =>
    changeQuestion(q.id, actorOf(u), input.submit ? "answer_submitted" : "answer_draft", async (tx) => {
      const a = await tx.answer.upsert({
        where: { questionId: q.id },
        create: {
          questionId: q.id,
          agencyId: q.agencyId!,
          body,
          status,
          authorId: u.id,
          submittedAt: input.submit ? new Date() : null,
        },
        update: {
          body,
          status,
          authorId: u.id,
          submittedAt: input.submit ? new Date() : undefined,
          version: { increment: 1 },
        },
      });
      for (const s of stored)
        await tx.attachment.create({ data: { ownerType: "answer", ownerId: a.id, ...s, createdById: u.id } });
      return { data: {}, detail: { status, attachments: stored.length } };
    }),
  );
}

/** "Not our competence": back to the operators and the committee for re-routing; counted per agency. */
export async function returnQuestion(u: SessionUser, questionId: string, typed: string) {
  const reason = tidy(typed);
  const q = await questionForAgency(u, questionId);
  if (q.status !== "routed") throw new FollowUpError("illegal", 409);
  if (!reason) throw new FollowUpError("invalid", 422, "reason");
  const org = await db().organization.findUniqueOrThrow({ where: { id: q.agencyId! } });
  await changeQuestion(q.id, actorOf(u), "return", async (tx) => {
    await tx.answer.deleteMany({ where: { questionId: q.id, status: { not: "approved" } } });
    return {
      data: { agencyId: null, taskId: null },
      toStatus: "new",
      detail: { agencyCode: org.code, reason },
    };
  });
}

export async function addProgress(
  u: SessionUser,
  target: { questionId?: string; taskId?: string },
  input: { text: string; percent: number; files?: Upload[] },
) {
  const text = tidy(input.text);
  if (!text) throw new FollowUpError("invalid", 422, "text");
  // A whole percentage; a form's "abc" or "1e309" is a field error, never a database error.
  if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
    throw new FollowUpError("invalid", 422, "percent");
  /** The report on a task or a question, with its files. */
  const report = async (
    tx: Tx,
    on: { taskId: string; agencyId: string } | { questionId: string; agencyId: string },
    stored: Stored[],
  ) => {
    const r = await tx.progressReport.create({
      data: { ...on, text, percent: input.percent, authorId: u.id, authorLabel: u.username },
    });
    for (const s of stored)
      await tx.attachment.create({ data: { ownerType: "progress", ownerId: r.id, ...s, createdById: u.id } });
    return r;
  };
  if (target.taskId) {
    const t = await db().task.findUnique({ where: { id: target.taskId } });
    if (!t) throw new FollowUpError("not-found", 404);
    const coordinating = JSON.parse(t.coordinating) as string[];
    if (!can(u, "followup:answer", [t.leadAgencyId, ...coordinating])) throw new FollowUpError("forbidden", 403);
    await withFiles(input.files ?? [], (stored) =>
      db().$transaction(async (tx) => {
        const r = await report(tx, { taskId: t.id, agencyId: u.organizationId! }, stored);
        await audit(tx, {
          actor: { id: u.id, label: u.username },
          action: "progress",
          entity: "Task",
          entityId: t.id,
          after: r,
        });
      }),
    );
    return;
  }
  const q = await questionForAgency(u, target.questionId!);
  await withFiles(input.files ?? [], (stored) =>
    changeQuestion(q.id, actorOf(u), "progress", async (tx) => {
      await report(tx, { questionId: q.id, agencyId: q.agencyId! }, stored);
      return { data: {}, detail: { percent: input.percent } };
    }),
  );
}

// ------------------------------------------------------------- committee side

/** Approves (publishes, and confirms completion) or sends back for revision. */
export async function reviewAnswer(
  u: SessionUser,
  questionId: string,
  input: { decision: "approve" | "revise"; note: string },
) {
  const note = tidy(input.note);
  const q = await questionForCommittee(u, questionId);
  if (!q.answer || q.answer.status !== "submitted") throw new FollowUpError("illegal", 409);
  const now = new Date();
  await changeQuestion(
    q.id,
    actorOf(u),
    input.decision === "approve" ? "answer_approved" : "answer_revision",
    async (tx) => {
      await tx.answer.update({
        where: { questionId: q.id },
        data:
          input.decision === "approve"
            ? { status: "approved", reviewNote: note, reviewedById: u.id, reviewedAt: now, publishedAt: now }
            : { status: "revision", reviewNote: note, reviewedById: u.id, reviewedAt: now },
      });
      return input.decision === "approve"
        ? { data: { completedAt: now }, toStatus: "answered", detail: { note } }
        : { data: {}, detail: { note } };
    },
  );
}

export async function reopenQuestion(u: SessionUser, questionId: string, typed: string) {
  const reason = tidy(typed);
  const q = await questionForCommittee(u, questionId);
  if (!["answered", "closed"].includes(q.status)) throw new FollowUpError("illegal", 409);
  if (!reason) throw new FollowUpError("invalid", 422, "reason");
  await changeQuestion(q.id, actorOf(u), "reopen", async (tx) => {
    await tx.answer.updateMany({
      where: { questionId: q.id },
      data: { status: "revision", reviewNote: reason, publishedAt: null },
    });
    // A question of a task the committee had confirmed done: the task is open again until it confirms anew.
    if (q.taskId)
      await tx.task.updateMany({ where: { id: q.taskId, completedAt: { not: null } }, data: { completedAt: null } });
    return {
      data: { completedAt: null, closedAt: null, closedReason: "" },
      toStatus: "routed",
      detail: { reason },
    };
  });
}

export async function closeQuestion(u: SessionUser, questionId: string, typed: string) {
  const reason = tidy(typed);
  const q = await questionForCommittee(u, questionId);
  if (q.status !== "routed") throw new FollowUpError("illegal", 409);
  if (!reason) throw new FollowUpError("invalid", 422, "reason");
  await changeQuestion(q.id, actorOf(u), "close", async () => ({
    data: { closedAt: new Date(), closedReason: reason },
    toStatus: "closed",
    detail: { reason },
  }));
}

/** A deadline moves only with a reason; the original deadline is kept. */
export async function setAirSummary(u: SessionUser, questionId: string, summary: string) {
  const q = await questionForCommittee(u, questionId);
  if (q.status !== "answered_on_air") throw new FollowUpError("illegal", 409);
  await changeQuestion(q.id, actorOf(u), "air_summary", async () => ({
    data: { airSummary: tidy(summary.trim().slice(0, 4000)) },
    detail: {},
  }));
}
