/**
 * The hand-offs of a question or a task, as data: for each audited action,
 * the notification's type, who receives it, its title and which page it
 * opens. The extension rules are shared by both; handoffs.server.ts applies
 * them.
 */
import { vnDateString } from "../../platform/time.ts";
import type { NotificationType } from "./types.ts";

/** A recipient: staff by organization and role, the Standing Committee, or a question's askers. */
export type To = { agency: string } | { leadBanOf: string } | { standing: true } | { askersOf: string };

export type After = Record<string, unknown>;

/** What a rule needs to know of the item the change is about. */
export type Subject = {
  /** How the item is named in a title: “summary” (code), or nhiệm vụ “content”. */
  about: string;
  ban: To[];
  agencies: To[];
  /** The askers to tell (questions only). */
  asker: To[];
  links: { ban: string; agency: string };
  status?: string;
};

export type Rule = {
  type: NotificationType;
  to: (s: Subject) => To[];
  title: (about: string, after: After) => string;
  /** Whether the reason (or note) the audit carries goes into the body. */
  withReason?: boolean;
  link: "ban" | "agency";
  /** Some actions hand off only in some cases (a route that reached an agency, a "not satisfied" rating). */
  when?: (after: After, s: Subject) => boolean;
};

export const text = (v: unknown) => (typeof v === "string" ? v : "");
export const short = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** " đến ngày dd/mm/yyyy" for a date the audit carries, or nothing. */
export const until = (v: unknown) => {
  const d = v ? new Date(String(v)) : null;
  return d && !Number.isNaN(d.getTime()) ? ` đến ngày ${vnDateString(d)}` : "";
};

const ban = (s: Subject) => s.ban;
const agencies = (s: Subject) => s.agencies;
const agenciesAndAsker = (s: Subject) => [...s.agencies, ...s.asker];

/**
 * An agency's request for more time goes to the lead Ban; the Ban's decision
 * back to the agency (an approval is audited once, as the decision, not also
 * as an "extend").
 */
const EXTENSION_RULES: Record<string, Rule> = {
  extension_request: {
    type: "extension_requested",
    to: ban,
    title: (about, after) => `Đề nghị gia hạn${until(after.to)}: ${about}`,
    withReason: true,
    link: "ban",
  },
  extension_approve: {
    type: "extension_decided",
    to: agencies,
    title: (about, after) => `Chấp thuận gia hạn${until(after.to)}: ${about}`,
    withReason: true,
    link: "agency",
  },
  extension_refuse: {
    type: "extension_decided",
    to: agencies,
    title: (about, after) => {
      const reason = text(after.reason);
      return `Không chấp thuận đề nghị gia hạn: ${about}${reason ? ` — Lý do: ${short(reason, 200)}` : ""}`;
    },
    withReason: true,
    link: "agency",
  },
};

export const QUESTION_RULES: Record<string, Rule> = {
  ...EXTENSION_RULES,
  route: {
    type: "routed",
    to: agenciesAndAsker,
    title: (about) => `Ý kiến cử tri chuyển đến: ${about}`,
    link: "agency",
    when: (_after, s) => s.status === "routed",
  },
  // The Ban decides whether the item is reopened; the agency sees why it may be.
  rate: {
    type: "not_satisfied",
    to: (s) => [...s.ban, ...s.agencies],
    title: (about) => `Người hỏi chưa hài lòng với trả lời: ${about}`,
    link: "ban",
    when: (after) => after.satisfied === false,
  },
  answered_on_air: {
    type: "answered_on_air",
    to: (s) => s.asker,
    title: (about) => `Đã trả lời trên sóng: ${about}`,
    link: "ban",
  },
  answer_submitted: {
    type: "answer_submitted",
    to: ban,
    title: (about) => `Cơ quan gửi trả lời: ${about}`,
    link: "ban",
  },
  answer_revision: {
    type: "answer_returned",
    to: agencies,
    title: (about) => `Trả lời cần hoàn thiện: ${about}`,
    withReason: true,
    link: "agency",
  },
  answer_approved: {
    type: "answer_published",
    to: agenciesAndAsker,
    title: (about) => `Trả lời đã công khai: ${about}`,
    link: "agency",
  },
  progress: { type: "progress_reported", to: ban, title: (about) => `Báo cáo tiến độ: ${about}`, link: "ban" },
  return: {
    type: "agency_returned",
    to: ban,
    title: (about) => `Cơ quan trả lại ý kiến (không thuộc thẩm quyền): ${about}`,
    withReason: true,
    link: "ban",
  },
  reopen: {
    type: "reopened",
    to: agencies,
    title: (about) => `Mở lại để xử lý tiếp: ${about}`,
    withReason: true,
    link: "agency",
  },
  close: {
    type: "closed",
    to: agenciesAndAsker,
    title: (about) => `Kết thúc theo dõi: ${about}`,
    withReason: true,
    link: "agency",
  },
  extend: {
    type: "extension_decided",
    to: agencies,
    title: (about, after) => `Gia hạn${until(after.to)}: ${about}`,
    withReason: true,
    link: "agency",
  },
};

export const TASK_RULES: Record<string, Rule> = {
  ...EXTENSION_RULES,
  progress: { type: "progress_reported", to: ban, title: (about) => `Báo cáo tiến độ ${about}`, link: "ban" },
  extend: {
    type: "extension_decided",
    to: agencies,
    title: (about, after) => `Gia hạn ${about}${until(after.dueAt)}`,
    withReason: true,
    link: "agency",
  },
  complete: { type: "closed", to: agencies, title: (about) => `Xác nhận hoàn thành ${about}`, link: "agency" },
  reopen: { type: "reopened", to: agencies, title: (about) => `Mở lại ${about}`, withReason: true, link: "agency" },
  close: {
    type: "closed",
    to: agencies,
    title: (about) => `Kết thúc theo dõi ${about}`,
    withReason: true,
    link: "agency",
  },
};
