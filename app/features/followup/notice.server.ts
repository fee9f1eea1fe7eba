/**
 * The conclusion notice (Thông báo kết luận): drafted by the lead committee,
 * prefilled with every routed question still unanswered (one task per
 * agency), submitted, issued by the Standing Committee. An issued notice is
 * changed only by recorded amendments.
 */
import { audit } from "../../platform/audit.server.ts";
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { can } from "../../platform/permissions.ts";
import { emitEpisodeStatus } from "../../platform/realtime.server.ts";
import { vnDateString as vnDate } from "../../platform/time.ts";
import { tidy } from "../../platform/validation.ts";
import { getProfile } from "../profile/index.server.ts";
import { isSigningAuthority } from "../profile/schemas.ts";
import { FollowUpError } from "./common.server.ts";
import { airedAt } from "./items.server.ts";
import { defaultTasksIntro } from "./notice-docx.server.ts";

const DAY = 86400_000;

export const noticeInclude = {
  episode: { include: { series: { include: { issuer: true } }, leadCommittee: true } },
  tasks: {
    orderBy: { position: "asc" as const },
    include: {
      leadAgency: { select: { id: true, code: true, name: true, shortName: true } },
      questions: {
        select: { id: true, trackingCode: true, summary: true, text: true, status: true, flags: true },
        orderBy: { createdAt: "asc" as const },
      },
      extensions: { where: { status: "approved" }, orderBy: { createdAt: "asc" as const } },
      reports: { orderBy: { createdAt: "asc" as const } },
    },
  },
  amendments: { orderBy: { createdAt: "asc" as const } },
};

/** A task's deadline unless the committee sets another: the profile's answerDays from today. */
export function defaultDueAt(now = new Date()): Date {
  return new Date(now.getTime() + (getProfile().followUp.answerDays ?? 30) * DAY);
}

/** A task made of questions: what the agency is asked to do with them (they are listed under it). */
export const TASK_FROM_QUESTIONS =
  "Xem xét, giải quyết và trả lời bằng văn bản các ý kiến, kiến nghị của cử tri, Nhân dân gửi đến Chương trình chưa được trả lời trực tiếp, nêu dưới đây.";

export function getNotice(episodeId: string) {
  return db().notice.findUnique({ where: { episodeId }, include: noticeInclude });
}
export type NoticeFull = NonNullable<Awaited<ReturnType<typeof getNotice>>>;

async function episodeFor(u: SessionUser, episodeId: string, permission: "notice:draft" | "notice:issue") {
  const e = await db().episode.findUnique({ where: { id: episodeId }, include: { series: true } });
  if (!e) throw new FollowUpError("not-found", 404);
  if (!can(u, permission, [e.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
  return e;
}

export async function createDraft(u: SessionUser, episodeId: string) {
  const e = await episodeFor(u, episodeId, "notice:draft");
  if (!["ended", "concluded"].includes(e.status)) throw new FollowUpError("illegal", 409);
  const existing = await db().notice.findUnique({ where: { episodeId } });
  if (existing) return existing;
  const open = await db().question.findMany({
    where: {
      episodeId,
      status: "routed",
      agencyId: { not: null },
      OR: [{ answer: null }, { answer: { status: { not: "approved" } } }],
    },
    include: { agency: true },
    orderBy: { createdAt: "asc" },
  });
  const byAgency = new Map<string, typeof open>();
  for (const q of open) byAgency.set(q.agencyId!, [...(byAgency.get(q.agencyId!) ?? []), q]);
  const profile = getProfile();
  const standing = profile.council.standingCommittee;
  // The plan's signer, else the profile's default signer of notices.
  const signer = e.series.signerOnBehalf
    ? { name: e.series.signerName, title: e.series.signerTitle, onBehalf: e.series.signerOnBehalf }
    : profile.documents.TB.signer;
  const due = defaultDueAt();
  // The day it actually went on air (its status history), not the day it was scheduled for.
  const aired = (await airedAt([e.id])).get(e.id) ?? e.startsAt;
  return db().$transaction(async (tx) => {
    const n = await tx.notice.create({
      data: {
        episodeId,
        title: `Kết luận của ${standing} tại Chương trình “${e.series.programName}” về ${e.topic.charAt(0).toLowerCase()}${e.topic.slice(1)}`,
        place: e.series.place,
        grounds: [
          `Căn cứ Kế hoạch số ${e.series.planNumber} ngày ${vnDate(e.series.issuedAt, profile.timeZone)} của ${standing} ${e.series.title.charAt(0).toLowerCase()}${e.series.title.slice(1)};`,
          `Trên cơ sở kết quả Chương trình “${e.series.programName}” phát sóng trực tiếp ngày ${vnDate(aired, profile.timeZone)}, ${standing} kết luận như sau:`,
        ].join("\n"),
        conclusions: "",
        tasksIntro: defaultTasksIntro(),
        signerName: signer.name,
        signerTitle: signer.title,
        signerOnBehalf: signer.onBehalf,
        recipients: JSON.stringify([
          ...profile.documents.TB.recipients,
          ...[...byAgency.values()].map((qs) => qs[0].agency!.name),
          "Lưu: VT",
        ]),
        createdById: u.id,
        tasks: {
          create: [...byAgency.entries()].map(([agencyId, qs], i) => ({
            position: i,
            leadAgencyId: agencyId,
            // No count in the text: the questions are listed under the task, and the committee regroups them.
            content: TASK_FROM_QUESTIONS,
            dueAt: due,
            originalDueAt: due,
            questions: { connect: qs.map((q) => ({ id: q.id })) },
          })),
        },
      },
    });
    await audit(tx, {
      actor: { id: u.id, label: u.username },
      action: "create",
      entity: "Notice",
      entityId: n.id,
      after: { episodeId, tasks: byAgency.size },
    });
    return n;
  });
}

export async function noticeForEdit(u: SessionUser, noticeId: string) {
  const n = await db().notice.findUnique({ where: { id: noticeId }, include: { episode: true } });
  if (!n) throw new FollowUpError("not-found", 404);
  if (!can(u, "notice:draft", [n.episode.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
  if (n.status === "issued") throw new FollowUpError("illegal", 409);
  return n;
}

export async function updateDraft(
  u: SessionUser,
  noticeId: string,
  typed: { title: string; grounds: string; tasksIntro?: string; conclusions: string; recipients: string[] },
) {
  const input = {
    title: tidy(typed.title),
    grounds: tidy(typed.grounds),
    tasksIntro: tidy(typed.tasksIntro ?? ""),
    conclusions: tidy(typed.conclusions),
    recipients: typed.recipients.map(tidy).filter(Boolean),
  };
  const n = await noticeForEdit(u, noticeId);
  await db().$transaction(async (tx) => {
    await tx.notice.update({
      where: { id: n.id },
      data: { ...input, recipients: JSON.stringify(input.recipients), version: { increment: 1 } },
    });
    await audit(tx, {
      actor: { id: u.id, label: u.username },
      action: "update",
      entity: "Notice",
      entityId: n.id,
      before: { conclusions: n.conclusions },
      after: { conclusions: input.conclusions },
    });
  });
}

export async function saveTask(
  u: SessionUser,
  noticeId: string,
  taskId: string | null,
  typed: { content: string; leadAgencyId: string; coordinating: string[]; dueAt: Date | null },
) {
  const input = { ...typed, content: tidy(typed.content) };
  const n = await noticeForEdit(u, noticeId);
  await db().$transaction(async (tx) => {
    if (taskId) {
      const before = await tx.task.findFirstOrThrow({ where: { id: taskId, noticeId: n.id } });
      await tx.task.update({
        where: { id: taskId },
        data: { ...input, coordinating: JSON.stringify(input.coordinating), originalDueAt: input.dueAt },
      });
      await audit(tx, {
        actor: { id: u.id, label: u.username },
        action: "update",
        entity: "Task",
        entityId: taskId,
        before,
        after: input,
      });
    } else {
      const position = await tx.task.count({ where: { noticeId: n.id } });
      const t = await tx.task.create({
        data: {
          noticeId: n.id,
          position,
          ...input,
          coordinating: JSON.stringify(input.coordinating),
          originalDueAt: input.dueAt,
        },
      });
      await audit(tx, {
        actor: { id: u.id, label: u.username },
        action: "create",
        entity: "Task",
        entityId: t.id,
        after: input,
      });
    }
  });
}

export async function removeTask(u: SessionUser, noticeId: string, taskId: string) {
  const n = await noticeForEdit(u, noticeId);
  await db().$transaction(async (tx) => {
    const before = await tx.task.findFirstOrThrow({ where: { id: taskId, noticeId: n.id } });
    await tx.question.updateMany({ where: { taskId }, data: { taskId: null } });
    await tx.task.delete({ where: { id: taskId } });
    await audit(tx, {
      actor: { id: u.id, label: u.username },
      action: "delete",
      entity: "Task",
      entityId: taskId,
      before,
    });
  });
}

export async function submitNotice(u: SessionUser, noticeId: string) {
  const n = await noticeForEdit(u, noticeId);
  if (n.status !== "draft") throw new FollowUpError("illegal", 409);
  await db().$transaction(async (tx) => {
    await tx.notice.update({ where: { id: n.id }, data: { status: "submitted", version: { increment: 1 } } });
    await audit(tx, {
      actor: { id: u.id, label: u.username },
      action: "status",
      entity: "Notice",
      entityId: n.id,
      before: { status: "draft" },
      after: { status: "submitted" },
    });
  });
}

export async function issueNotice(
  u: SessionUser,
  noticeId: string,
  typed: {
    number: string;
    issuedAt: Date;
    place: string;
    signerName: string;
    signerTitle: string;
    signerOnBehalf: string;
  },
) {
  const input = {
    number: tidy(typed.number),
    issuedAt: typed.issuedAt,
    place: tidy(typed.place),
    signerName: tidy(typed.signerName),
    signerTitle: tidy(typed.signerTitle),
    signerOnBehalf: tidy(typed.signerOnBehalf),
  };
  const n = await db().notice.findUnique({ where: { id: noticeId }, include: { episode: true, tasks: true } });
  if (!n) throw new FollowUpError("not-found", 404);
  if (!can(u, "notice:issue", [n.episode.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
  if (n.status !== "submitted") throw new FollowUpError("illegal", 409);
  // Never issued unsigned: whoever calls this (form, API, script), the signer, title and authority are there.
  for (const field of ["signerName", "signerTitle", "signerOnBehalf"] as const)
    if (!input[field]) throw new FollowUpError("invalid", 422, field);
  if (!isSigningAuthority(input.signerOnBehalf)) throw new FollowUpError("invalid", 422, "signerOnBehalf");
  const dup = await db().notice.findFirst({ where: { number: input.number, NOT: { id: n.id } } });
  if (dup) throw new FollowUpError("invalid", 422, "number");
  await db().$transaction(async (tx) => {
    await tx.notice.update({ where: { id: n.id }, data: { ...input, status: "issued", version: { increment: 1 } } });
    // Questions taken over by a task get its deadline.
    for (const t of n.tasks) {
      await tx.question.updateMany({ where: { taskId: t.id }, data: { dueAt: t.dueAt, originalDueAt: t.dueAt } });
    }
    if (n.episode.status === "ended") {
      await tx.episode.update({ where: { id: n.episodeId }, data: { status: "concluded" } });
      await audit(tx, {
        actor: { id: u.id, label: u.username },
        action: "status",
        entity: "Episode",
        entityId: n.episodeId,
        before: { status: "ended" },
        after: { status: "concluded" },
      });
    }
    await audit(tx, {
      actor: { id: u.id, label: u.username },
      action: "issue",
      entity: "Notice",
      entityId: n.id,
      before: { status: n.status },
      after: input,
    });
  });
  if (n.episode.status === "ended") emitEpisodeStatus({ id: n.episodeId, status: "concluded" });
}
