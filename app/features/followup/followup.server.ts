/**
 * After the broadcast: agencies answer routed questions, the lead committee
 * reviews and publishes, confirms completion, reopens, closes honestly,
 * extends deadlines; agencies report progress. Follow-up status is computed,
 * never stored.
 */
import sanitizeHtml from "sanitize-html";
import { audit } from "../../platform/audit.server.ts";
import type { SessionUser } from "../../platform/auth.server.ts";
import { db, type Tx } from "../../platform/db.server.ts";
import { ATTACHMENT_TYPES, detectType, removeStored, safeFileName, storeFile } from "../../platform/files.server.ts";
import { can } from "../../platform/permissions.ts";
import { changeQuestion, QuestionError } from "../questions/index.server.ts";
import { followUpStatus, isOverdue, type FollowUpStatus } from "./status.ts";

export type Upload = { name: string; bytes: Buffer };
type Stored = { fileName: string; stored: string; type: string; size: number };

/** Checks every file first (nothing is stored when one is refused), then stores them. */
async function storeAll(files: Upload[]): Promise<Stored[]> {
  const checked = files.map((f) => ({ f, ...detectType(f.name, f.bytes, ATTACHMENT_TYPES) }));
  const out: Stored[] = [];
  try {
    for (const c of checked)
      out.push({
        fileName: safeFileName(c.f.name),
        stored: await storeFile(c.f.bytes, c.ext),
        type: c.type,
        size: c.f.bytes.length,
      });
  } catch (e) {
    for (const s of out) await removeStored(s.stored);
    throw e;
  }
  return out;
}

/** Runs `fn`; if it fails, the files stored for it are removed again. */
async function withFiles<T>(files: Upload[], fn: (stored: Stored[]) => Promise<T>): Promise<T> {
  const stored = await storeAll(files);
  try {
    return await fn(stored);
  } catch (e) {
    for (const s of stored) await removeStored(s.stored);
    throw e;
  }
}

export class FollowUpError extends Error {
  constructor(
    public code: "forbidden" | "not-found" | "illegal" | "invalid",
    public status: number,
    public field?: string,
  ) {
    super(code);
  }
}

/** Safe formatting only: paragraphs, line breaks, bold, italic, lists, links. */
export function sanitizeAnswer(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a", "blockquote"],
    allowedAttributes: { a: ["href", "rel", "target"] },
    allowedSchemes: ["http", "https", "mailto"],
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer", target: "_blank" }) },
  }).trim();
}

/**
 * What an agency types becomes safe HTML: empty lines separate paragraphs,
 * lines starting with "- " make a list, **bold** and *italic* are kept,
 * web addresses become links. Everything else is text.
 */
export function textToHtml(text: string): string {
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const inline = (s: string) =>
    esc(s)
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/(^|[^*])\*(?!\s)(.+?)\*(?!\*)/g, "$1<em>$2</em>")
      .replace(/\bhttps?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`);
  return text
    .replace(/\r\n/g, "\n")
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split("\n");
      if (lines.every((l) => /^\s*[-•]\s+/.test(l)))
        return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-•]\s+/, ""))}</li>`).join("")}</ul>`;
      return `<p>${lines.map(inline).join("<br>")}</p>`;
    })
    .join("");
}

const actorOf = (u: SessionUser) => ({ id: u.id, username: u.username });

async function questionForAgency(u: SessionUser, questionId: string) {
  const q = await db().question.findUnique({ where: { id: questionId }, include: { answer: true } });
  if (!q) throw new FollowUpError("not-found", 404);
  if (!can(u, "followup:answer", [q.agencyId])) throw new FollowUpError("forbidden", 403);
  return q;
}

async function questionForCommittee(u: SessionUser, questionId: string) {
  const q = await db().question.findUnique({
    where: { id: questionId },
    include: { answer: true, episode: { select: { leadCommitteeId: true } } },
  });
  if (!q) throw new FollowUpError("not-found", 404);
  if (!can(u, "followup:review", [q.episode.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
  return q;
}

// ------------------------------------------------------------- agency side

export async function saveAnswer(
  u: SessionUser,
  questionId: string,
  input: { body: string; submit: boolean; files?: Upload[] },
) {
  const q = await questionForAgency(u, questionId);
  if (q.status !== "routed") throw new FollowUpError("illegal", 409);
  if (q.answer && q.answer.status === "approved") throw new FollowUpError("illegal", 409);
  const body = sanitizeAnswer(input.body);
  if (!body.replace(/<[^>]+>/g, "").trim()) throw new FollowUpError("invalid", 422, "body");
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
export async function returnQuestion(u: SessionUser, questionId: string, reason: string) {
  const q = await questionForAgency(u, questionId);
  if (q.status !== "routed") throw new FollowUpError("illegal", 409);
  if (!reason.trim()) throw new FollowUpError("invalid", 422, "reason");
  const org = await db().organization.findUniqueOrThrow({ where: { id: q.agencyId! } });
  await changeQuestion(q.id, actorOf(u), "return", async (tx) => {
    await tx.answer.deleteMany({ where: { questionId: q.id, status: { not: "approved" } } });
    return {
      data: { agencyId: null, taskId: null },
      toStatus: "new",
      detail: { agencyCode: org.code, reason: reason.trim() },
    };
  });
}

export async function addProgress(
  u: SessionUser,
  target: { questionId?: string; taskId?: string },
  input: { text: string; percent: number; files?: Upload[] },
) {
  if (!input.text.trim()) throw new FollowUpError("invalid", 422, "text");
  if (target.taskId) {
    const t = await db().task.findUnique({ where: { id: target.taskId } });
    if (!t) throw new FollowUpError("not-found", 404);
    const coordinating = JSON.parse(t.coordinating) as string[];
    if (!can(u, "followup:answer", [t.leadAgencyId, ...coordinating])) throw new FollowUpError("forbidden", 403);
    await withFiles(input.files ?? [], (stored) =>
      db().$transaction(async (tx) => {
        const r = await tx.progressReport.create({
          data: {
            taskId: t.id,
            agencyId: u.organizationId!,
            text: input.text.trim(),
            percent: input.percent,
            authorId: u.id,
            authorLabel: u.username,
          },
        });
        for (const s of stored)
          await tx.attachment.create({ data: { ownerType: "progress", ownerId: r.id, ...s, createdById: u.id } });
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
      const r = await tx.progressReport.create({
        data: {
          questionId: q.id,
          agencyId: q.agencyId!,
          text: input.text.trim(),
          percent: input.percent,
          authorId: u.id,
          authorLabel: u.username,
        },
      });
      for (const s of stored)
        await tx.attachment.create({ data: { ownerType: "progress", ownerId: r.id, ...s, createdById: u.id } });
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
            ? { status: "approved", reviewNote: input.note, reviewedById: u.id, reviewedAt: now, publishedAt: now }
            : { status: "revision", reviewNote: input.note, reviewedById: u.id, reviewedAt: now },
      });
      return input.decision === "approve"
        ? { data: { completedAt: now }, toStatus: "answered", detail: { note: input.note } }
        : { data: {}, detail: { note: input.note } };
    },
  );
}

export async function reopenQuestion(u: SessionUser, questionId: string, reason: string) {
  const q = await questionForCommittee(u, questionId);
  if (!["answered", "closed"].includes(q.status)) throw new FollowUpError("illegal", 409);
  if (!reason.trim()) throw new FollowUpError("invalid", 422, "reason");
  await changeQuestion(q.id, actorOf(u), "reopen", async (tx) => {
    await tx.answer.updateMany({
      where: { questionId: q.id },
      data: { status: "revision", reviewNote: reason.trim(), publishedAt: null },
    });
    return {
      data: { completedAt: null, closedAt: null, closedReason: "" },
      toStatus: "routed",
      detail: { reason: reason.trim() },
    };
  });
}

export async function closeQuestion(u: SessionUser, questionId: string, reason: string) {
  const q = await questionForCommittee(u, questionId);
  if (q.status !== "routed") throw new FollowUpError("illegal", 409);
  if (!reason.trim()) throw new FollowUpError("invalid", 422, "reason");
  await changeQuestion(q.id, actorOf(u), "close", async () => ({
    data: { closedAt: new Date(), closedReason: reason.trim() },
    toStatus: "closed",
    detail: { reason: reason.trim() },
  }));
}

/** A deadline moves only with a reason; the original deadline is kept. */
export async function extendDeadline(
  u: SessionUser,
  target: { questionId?: string; taskId?: string },
  toDate: Date,
  reason: string,
) {
  if (!reason.trim()) throw new FollowUpError("invalid", 422, "reason");
  if (target.taskId) {
    const t = await db().task.findUnique({
      where: { id: target.taskId },
      include: { notice: { include: { episode: true } } },
    });
    if (!t) throw new FollowUpError("not-found", 404);
    if (!can(u, "followup:review", [t.notice.episode.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
    await db().$transaction(async (tx) => {
      await tx.deadlineExtension.create({
        data: { taskId: t.id, fromDate: t.dueAt, toDate, reason: reason.trim(), actorLabel: u.username },
      });
      await tx.task.update({ where: { id: t.id }, data: { dueAt: toDate, originalDueAt: t.originalDueAt ?? t.dueAt } });
      await tx.question.updateMany({ where: { taskId: t.id }, data: { dueAt: toDate } });
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
      data: { questionId: q.id, fromDate: q.dueAt, toDate, reason: reason.trim(), actorLabel: u.username },
    });
    return {
      data: { dueAt: toDate, originalDueAt: q.originalDueAt ?? q.dueAt },
      detail: { from: q.dueAt, to: toDate, reason: reason.trim() },
    };
  });
}

export async function completeTask(u: SessionUser, taskId: string, done: boolean, reason = "") {
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

export async function closeTask(u: SessionUser, taskId: string, reason: string) {
  if (!reason.trim()) throw new FollowUpError("invalid", 422, "reason");
  const t = await db().task.findUnique({ where: { id: taskId }, include: { notice: { include: { episode: true } } } });
  if (!t) throw new FollowUpError("not-found", 404);
  if (!can(u, "followup:review", [t.notice.episode.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
  await db().$transaction(async (tx) => {
    await tx.task.update({ where: { id: t.id }, data: { closedAt: new Date(), closedReason: reason.trim() } });
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
export async function setAirSummary(u: SessionUser, questionId: string, summary: string) {
  const q = await questionForCommittee(u, questionId);
  if (q.status !== "answered_on_air") throw new FollowUpError("illegal", 409);
  await changeQuestion(q.id, actorOf(u), "air_summary", async () => ({
    data: { airSummary: summary.trim().slice(0, 4000) },
    detail: {},
  }));
}

// ------------------------------------------------------------- asker's rating

export async function rate(trackingCode: string, input: { satisfied: boolean; comment: string }) {
  const q = await db().question.findUnique({
    where: { trackingCode },
    include: { mergedInto: { include: { answer: true } }, answer: true },
  });
  if (!q) throw new FollowUpError("not-found", 404);
  const target = q.mergedInto ?? q;
  const answer = q.mergedInto ? q.mergedInto.answer : q.answer;
  if (!answer?.publishedAt) throw new FollowUpError("illegal", 409);
  await db().$transaction(async (tx: Tx) => {
    await tx.rating.upsert({
      where: { trackingCode },
      create: {
        questionId: target.id,
        trackingCode,
        satisfied: input.satisfied,
        comment: input.comment.trim().slice(0, 1000),
      },
      update: { satisfied: input.satisfied, comment: input.comment.trim().slice(0, 1000), createdAt: new Date() },
    });
    await audit(tx, {
      actor: { id: null, label: "asker" },
      action: "rate",
      entity: "Question",
      entityId: target.id,
      after: { satisfied: input.satisfied },
    });
  });
}

// ------------------------------------------------------------- follow-up views

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

export { QuestionError };
