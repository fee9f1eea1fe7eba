/**
 * Who owns the next step after a change, read from the change's audit event
 * (inside its transaction): the agency a question goes to, the lead Ban that
 * reviews an answer, the Standing Committee that signs a notice, the asker
 * who asked to be told. One function per entity; what is not a hand-off
 * (an edit, a tag) tells nobody.
 */
import type { AuditInput } from "../../platform/audit.server.ts";
import type { Tx } from "../../platform/db.server.ts";
import { vnDateString } from "../../platform/time.ts";
import type { NotificationType } from "./types.ts";

/** A recipient: staff by organization and role, the Standing Committee, or a question's askers. */
export type To = { agency: string } | { leadBanOf: string } | { standing: true } | { askersOf: string };

export type HandOff = {
  type: NotificationType;
  to: To[];
  episodeId: string | null;
  title: string;
  body?: string;
  /** The item's page for staff; the asker's link is the tracking page. */
  link: string;
};

type After = Record<string, unknown>;
const text = (v: unknown) => (typeof v === "string" ? v : "");
const short = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** " đến ngày dd/mm/yyyy" for a date the audit carries, or nothing. */
const until = (v: unknown) => {
  const d = v ? new Date(String(v)) : null;
  return d && !Number.isNaN(d.getTime()) ? ` đến ngày ${vnDateString(d)}` : "";
};

/**
 * An agency's request for more time goes to the lead Ban; the Ban's decision
 * back to the agency (an approval is audited once, as the decision, not also
 * as an "extend").
 */
function extensionHandOff(
  e: AuditInput,
  after: After,
  about: string,
  ban: To[],
  agencies: To[],
  links: { ban: string; agency: string },
): HandOff[] | null {
  const reason = text(after.reason);
  switch (e.action) {
    case "extension_request":
      return [
        {
          type: "extension_requested",
          to: ban,
          episodeId: null,
          title: `Đề nghị gia hạn${until(after.to)}: ${about}`,
          body: reason,
          link: links.ban,
        },
      ];
    case "extension_approve":
      return [
        {
          type: "extension_decided",
          to: agencies,
          episodeId: null,
          title: `Chấp thuận gia hạn${until(after.to)}: ${about}`,
          body: reason,
          link: links.agency,
        },
      ];
    case "extension_refuse":
      return [
        {
          type: "extension_decided",
          to: agencies,
          episodeId: null,
          title: `Không chấp thuận đề nghị gia hạn: ${about}${reason ? ` — Lý do: ${short(reason, 200)}` : ""}`,
          body: reason,
          link: links.agency,
        },
      ];
    default:
      return null;
  }
}

/** The question actions that hand off (the others, an edit or a tag, cost no query). */
const QUESTION_HAND_OFFS = new Set([
  "route",
  "rate",
  "answered_on_air",
  "answer_submitted",
  "answer_revision",
  "answer_approved",
  "progress",
  "return",
  "reopen",
  "close",
  "extend",
  "extension_request",
  "extension_approve",
  "extension_refuse",
]);

async function forQuestion(tx: Tx, e: AuditInput, after: After): Promise<HandOff[]> {
  if (!QUESTION_HAND_OFFS.has(e.action)) return [];
  const q = await tx.question.findUnique({
    where: { id: e.entityId },
    select: { id: true, episodeId: true, summary: true, agencyId: true, trackingCode: true, status: true },
  });
  if (!q) return [];
  const about = `“${short(q.summary)}” (${q.trackingCode})`;
  const agencyLink = `/quan-tri/hop-thu/${q.id}`;
  const banLink = `/quan-tri/chuong-trinh/${q.episodeId}/ket-luan`;
  const base = { episodeId: q.episodeId };
  const agency = q.agencyId ? [{ agency: q.agencyId }] : [];
  const asker = { askersOf: q.id };
  const reason = text(after.reason) || text(after.note);
  const extension = extensionHandOff(e, after, about, [{ leadBanOf: q.episodeId }], agency, {
    ban: banLink,
    agency: agencyLink,
  });
  if (extension) return extension.map((h) => ({ ...h, ...base }));
  switch (e.action) {
    case "route":
      return q.status === "routed"
        ? [
            {
              ...base,
              type: "routed",
              to: [...agency, asker],
              title: `Ý kiến cử tri chuyển đến: ${about}`,
              link: agencyLink,
            },
          ]
        : [];
    case "rate":
      // The Ban decides whether the item is reopened; the agency sees why it may be.
      return after.satisfied === false
        ? [
            {
              ...base,
              type: "not_satisfied",
              to: [{ leadBanOf: q.episodeId }, ...agency],
              title: `Người hỏi chưa hài lòng với trả lời: ${about}`,
              link: banLink,
            },
          ]
        : [];
    case "answered_on_air":
      return [
        { ...base, type: "answered_on_air", to: [asker], title: `Đã trả lời trên sóng: ${about}`, link: banLink },
      ];
    case "answer_submitted":
      return [
        {
          ...base,
          type: "answer_submitted",
          to: [{ leadBanOf: q.episodeId }],
          title: `Cơ quan gửi trả lời: ${about}`,
          link: banLink,
        },
      ];
    case "answer_revision":
      return [
        {
          ...base,
          type: "answer_returned",
          to: agency,
          title: `Trả lời cần hoàn thiện: ${about}`,
          body: reason,
          link: agencyLink,
        },
      ];
    case "answer_approved":
      return [
        {
          ...base,
          type: "answer_published",
          to: [...agency, asker],
          title: `Trả lời đã công khai: ${about}`,
          link: agencyLink,
        },
      ];
    case "progress":
      return [
        {
          ...base,
          type: "progress_reported",
          to: [{ leadBanOf: q.episodeId }],
          title: `Báo cáo tiến độ: ${about}`,
          link: banLink,
        },
      ];
    case "return":
      return [
        {
          ...base,
          type: "agency_returned",
          to: [{ leadBanOf: q.episodeId }],
          title: `Cơ quan trả lại ý kiến (không thuộc thẩm quyền): ${about}`,
          body: reason,
          link: banLink,
        },
      ];
    case "reopen":
      return [
        {
          ...base,
          type: "reopened",
          to: agency,
          title: `Mở lại để xử lý tiếp: ${about}`,
          body: reason,
          link: agencyLink,
        },
      ];
    case "close":
      return [
        {
          ...base,
          type: "closed",
          to: [...agency, asker],
          title: `Kết thúc theo dõi: ${about}`,
          body: reason,
          link: agencyLink,
        },
      ];
    case "extend":
      return [
        {
          ...base,
          type: "extension_decided",
          to: agency,
          title: `Gia hạn${until(after.to)}: ${about}`,
          body: reason,
          link: agencyLink,
        },
      ];
    default:
      return [];
  }
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
    for (const id of [t.leadAgencyId, ...(JSON.parse(t.coordinating || "[]") as string[])]) {
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

async function forTask(tx: Tx, e: AuditInput, after: After): Promise<HandOff[]> {
  const t = await tx.task.findUnique({
    where: { id: e.entityId },
    select: { content: true, leadAgencyId: true, coordinating: true, notice: { select: { episodeId: true } } },
  });
  if (!t) return [];
  const about = `nhiệm vụ “${short(t.content)}”`;
  const base = { episodeId: t.notice.episodeId, link: "/quan-tri/hop-thu" };
  const agencies = [t.leadAgencyId, ...(JSON.parse(t.coordinating || "[]") as string[])]
    .filter((id): id is string => !!id)
    .map((agency) => ({ agency }));
  const reason = text(after.reason);
  const banLink = `/quan-tri/chuong-trinh/${t.notice.episodeId}/ket-luan`;
  const extension = extensionHandOff(e, after, about, [{ leadBanOf: t.notice.episodeId }], agencies, {
    ban: banLink,
    agency: base.link,
  });
  if (extension) return extension.map((h) => ({ ...h, episodeId: base.episodeId }));
  switch (e.action) {
    case "progress":
      return [
        {
          ...base,
          type: "progress_reported",
          to: [{ leadBanOf: t.notice.episodeId }],
          title: `Báo cáo tiến độ ${about}`,
          link: banLink,
        },
      ];
    case "extend":
      return [
        {
          ...base,
          type: "extension_decided",
          to: agencies,
          title: `Gia hạn ${about}${until(after.dueAt)}`,
          body: reason,
        },
      ];
    case "complete":
      return [{ ...base, type: "closed", to: agencies, title: `Xác nhận hoàn thành ${about}` }];
    case "reopen":
      return [{ ...base, type: "reopened", to: agencies, title: `Mở lại ${about}`, body: reason }];
    case "close":
      return [{ ...base, type: "closed", to: agencies, title: `Kết thúc theo dõi ${about}`, body: reason }];
    default:
      return [];
  }
}

async function forReminder(tx: Tx, e: AuditInput, after: After): Promise<HandOff[]> {
  const agency = text(after.agencyId);
  if (e.action !== "create" || !agency) return [];
  // The episode the reminded item comes from (the notifications page filters by it).
  const episodeId = text(after.questionId)
    ? (await tx.question.findUnique({ where: { id: text(after.questionId) }, select: { episodeId: true } }))?.episodeId
    : text(after.taskId)
      ? (
          await tx.task.findUnique({
            where: { id: text(after.taskId) },
            select: { notice: { select: { episodeId: true } } },
          })
        )?.notice.episodeId
      : undefined;
  return [
    {
      type: "reminder",
      to: [{ agency }],
      episodeId: episodeId ?? null,
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
