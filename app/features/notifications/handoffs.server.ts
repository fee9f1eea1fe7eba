/**
 * Who owns the next step after a change, read from the change's audit event
 * (inside its transaction): the agency a question goes to, the lead Ban that
 * reviews an answer, the Standing Committee that signs a notice, the asker
 * who asked to be told. Questions and tasks follow the tables in
 * handoff-rules.ts; notices and reminders are read here. What is not a
 * hand-off (an edit, a tag) tells nobody.
 */
import type { AuditInput } from "../../platform/audit.server.ts";
import type { Tx } from "../../platform/db.server.ts";
import { vnDateString } from "../../platform/time.ts";
import {
  type After,
  QUESTION_RULES,
  type Rule,
  short,
  type Subject,
  TASK_RULES,
  text,
  type To,
} from "./handoff-rules.ts";
import type { NotificationType } from "./types.ts";

export type { To };

export type HandOff = {
  type: NotificationType;
  to: To[];
  episodeId: string | null;
  title: string;
  body?: string;
  /** The item's page for staff; the asker's link is the tracking page. */
  link: string;
};

function apply(rule: Rule | undefined, s: Subject, after: After, episodeId: string): HandOff[] {
  if (!rule || (rule.when && !rule.when(after, s))) return [];
  const reason = text(after.reason) || text(after.note);
  return [
    {
      type: rule.type,
      to: rule.to(s),
      episodeId,
      title: rule.title(s.about, after),
      ...(rule.withReason ? { body: reason } : {}),
      link: s.links[rule.link],
    },
  ];
}

const coordinating = (json: string | null) => JSON.parse(json || "[]") as string[];

async function forQuestion(tx: Tx, e: AuditInput, after: After): Promise<HandOff[]> {
  // The question actions that do not hand off (an edit, a tag) cost no query.
  if (!Object.hasOwn(QUESTION_RULES, e.action)) return [];
  const q = await tx.question.findUnique({
    where: { id: e.entityId },
    select: { id: true, episodeId: true, summary: true, agencyId: true, trackingCode: true, status: true },
  });
  if (!q) return [];
  const subject: Subject = {
    about: `“${short(q.summary)}” (${q.trackingCode})`,
    ban: [{ leadBanOf: q.episodeId }],
    agencies: q.agencyId ? [{ agency: q.agencyId }] : [],
    asker: [{ askersOf: q.id }],
    links: { ban: `/quan-tri/chuong-trinh/${q.episodeId}/ket-luan`, agency: `/quan-tri/hop-thu/${q.id}` },
    status: q.status,
  };
  return apply(QUESTION_RULES[e.action], subject, after, q.episodeId);
}

async function forTask(tx: Tx, e: AuditInput, after: After): Promise<HandOff[]> {
  if (!Object.hasOwn(TASK_RULES, e.action)) return [];
  const t = await tx.task.findUnique({
    where: { id: e.entityId },
    select: { content: true, leadAgencyId: true, coordinating: true, notice: { select: { episodeId: true } } },
  });
  if (!t) return [];
  const episodeId = t.notice.episodeId;
  const subject: Subject = {
    about: `nhiệm vụ “${short(t.content)}”`,
    ban: [{ leadBanOf: episodeId }],
    agencies: [t.leadAgencyId, ...coordinating(t.coordinating)]
      .filter((id): id is string => !!id)
      .map((agency) => ({ agency })),
    asker: [],
    links: { ban: `/quan-tri/chuong-trinh/${episodeId}/ket-luan`, agency: "/quan-tri/hop-thu" },
  };
  return apply(TASK_RULES[e.action], subject, after, episodeId);
}

async function forNotice(tx: Tx, e: AuditInput, after: After): Promise<HandOff[]> {
  const n = await tx.notice.findUnique({
    where: { id: e.entityId },
    select: { episodeId: true, number: true, episode: { select: { topic: true } }, tasks: true },
  });
  if (!n) return [];
  const link = `/quan-tri/chuong-trinh/${n.episodeId}/ket-luan`;
  const base = { episodeId: n.episodeId, link };
  if (e.action === "status" && after.status === "submitted")
    return [
      {
        ...base,
        type: "notice_submitted",
        to: [{ standing: true }],
        title: `Dự thảo thông báo kết luận trình ký: ${n.episode.topic}`,
      },
    ];
  if (e.action !== "issue") return [];
  const out: HandOff[] = [
    { ...base, type: "notice_issued", to: [{ leadBanOf: n.episodeId }], title: `Đã ban hành Thông báo số ${n.number}` },
  ];
  // Each agency gets its own list: the tasks it leads or coordinates, with their deadlines.
  const byAgency = new Map<string, string[]>();
  for (const t of n.tasks) {
    const line = `${short(t.content, 200)}${t.dueAt ? ` (hạn ${vnDateString(t.dueAt)})` : ""}`;
    for (const id of [t.leadAgencyId, ...coordinating(t.coordinating)]) {
      if (!id) continue;
      byAgency.set(id, [...(byAgency.get(id) ?? []), id === t.leadAgencyId ? line : `${line} — phối hợp`]);
    }
  }
  for (const [agency, lines] of byAgency)
    out.push({
      ...base,
      type: "notice_issued",
      to: [{ agency }],
      title: `Thông báo kết luận số ${n.number}: ${lines.length} nhiệm vụ giao cho đơn vị`,
      body: lines.map((l) => `- ${l}`).join("\n"),
      link: "/quan-tri/hop-thu",
    });
  return out;
}

/** The episode a reminded question or task comes from (the notifications page filters by it). */
async function episodeOfReminded(tx: Tx, after: After): Promise<string | null> {
  const questionId = text(after.questionId);
  if (questionId)
    return (
      (await tx.question.findUnique({ where: { id: questionId }, select: { episodeId: true } }))?.episodeId ?? null
    );
  const taskId = text(after.taskId);
  if (!taskId) return null;
  const task = await tx.task.findUnique({ where: { id: taskId }, select: { notice: { select: { episodeId: true } } } });
  return task?.notice.episodeId ?? null;
}

async function forReminder(tx: Tx, e: AuditInput, after: After): Promise<HandOff[]> {
  const agency = text(after.agencyId);
  if (e.action !== "create" || !agency) return [];
  return [
    {
      type: "reminder",
      to: [{ agency }],
      episodeId: await episodeOfReminded(tx, after),
      title: text(after.kind) === "manual" ? "Đôn đốc thực hiện" : "Nhắc hạn thực hiện",
      body: text(after.message),
      link: text(after.link) || "/quan-tri/hop-thu",
    },
  ];
}

/** The hand-offs an audited change makes (none for most changes). */
export async function handOffsOf(tx: Tx, e: AuditInput): Promise<HandOff[]> {
  const after = (e.after && typeof e.after === "object" ? e.after : {}) as After;
  switch (e.entity) {
    case "Question":
      return forQuestion(tx, e, after);
    case "Notice":
      return forNotice(tx, e, after);
    case "Task":
      return forTask(tx, e, after);
    case "Reminder":
      return forReminder(tx, e, after);
    default:
      return [];
  }
}
