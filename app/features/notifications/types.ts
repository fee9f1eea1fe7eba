/**
 * The hand-offs a notification tells of, with their Vietnamese (and English)
 * names, and how each role receives them by e-mail unless it chose otherwise.
 * Client-safe: the preferences form and the notifications page read it.
 */
import type { Role } from "../../platform/permissions.ts";

export const NOTIFICATION_TYPES = [
  "routed",
  "agency_returned",
  "notice_submitted",
  "notice_issued",
  "answer_submitted",
  "answer_returned",
  "answer_published",
  "answered_on_air",
  "not_satisfied",
  "progress_reported",
  "extension_requested",
  "extension_decided",
  "reminder",
  "reopened",
  "closed",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** What the asker of a question may be told of (by e-mail, and by SMS through the gateway webhooks). */
export const ASKER_TYPES = ["routed", "answered_on_air", "answer_published", "closed"] as const;

export const TYPE_LABELS: Record<NotificationType, { vi: string; en: string }> = {
  routed: { vi: "Chuyển đến cơ quan", en: "Routed to an agency" },
  agency_returned: { vi: "Cơ quan trả lại (không thuộc thẩm quyền)", en: "Returned by the agency" },
  notice_submitted: { vi: "Dự thảo thông báo kết luận trình ký", en: "Notice draft submitted" },
  notice_issued: { vi: "Thông báo kết luận đã ban hành", en: "Notice issued" },
  answer_submitted: { vi: "Cơ quan gửi trả lời", en: "Answer submitted" },
  answer_returned: { vi: "Trả lời bị trả lại để hoàn thiện", en: "Answer returned for rework" },
  answer_published: { vi: "Trả lời đã được công khai", en: "Answer published" },
  answered_on_air: { vi: "Đã trả lời trên sóng", en: "Answered on air" },
  not_satisfied: { vi: "Người hỏi chưa hài lòng với trả lời", en: "The asker is not satisfied" },
  progress_reported: { vi: "Báo cáo tiến độ", en: "Progress reported" },
  extension_requested: { vi: "Đề nghị gia hạn", en: "Extension requested" },
  extension_decided: { vi: "Gia hạn thời hạn", en: "Deadline extended" },
  reminder: { vi: "Nhắc hạn, đôn đốc", en: "Reminder" },
  reopened: { vi: "Mở lại để xử lý tiếp", en: "Reopened" },
  closed: { vi: "Kết thúc theo dõi", en: "Closed" },
};

/** The types that reach each role (handoffs.server.ts): the settings page offers these. */
const ROLE_TYPES: Record<string, readonly NotificationType[]> = {
  agency: [
    "routed",
    "notice_issued",
    "answer_returned",
    "answer_published",
    "not_satisfied",
    "extension_decided",
    "reminder",
    "reopened",
    "closed",
  ],
  committee: [
    "agency_returned",
    "notice_issued",
    "answer_submitted",
    "not_satisfied",
    "progress_reported",
    "extension_requested",
  ],
  standing: ["notice_submitted"],
};
export function typesFor(role: string): readonly NotificationType[] {
  return ROLE_TYPES[role] ?? [];
}

export const MAIL_MODES = ["instant", "digest", "off"] as const;
export type MailMode = (typeof MAIL_MODES)[number];
export const MAIL_MODE_LABELS: Record<MailMode, { vi: string; en: string }> = {
  instant: { vi: "Gửi ngay", en: "At once" },
  digest: { vi: "Tổng hợp hằng ngày", en: "Daily digest" },
  off: { vi: "Không gửi thư", en: "Off" },
};

/**
 * Defaults per role: agencies get their work at once; the committee and the
 * Standing Committee at once for what waits on them, reminders and progress in
 * the digest; operators and the admin in the app only.
 */
export function defaultMailMode(role: Role | string, type: NotificationType): MailMode {
  if (role === "agency") return "instant";
  if (role === "committee" || role === "standing")
    return type === "progress_reported" || type === "reminder" ? "digest" : "instant";
  return "off";
}

export type NotificationView = {
  id: string;
  type: NotificationType;
  typeLabel: string;
  title: string;
  body: string;
  link: string;
  episodeId: string | null;
  createdAt: string;
  read: boolean;
};

/** A delivery's states and channels (the delivery log filters by them). */
export const DELIVERY_STATUSES = ["pending", "sent", "failed"] as const;
export const DELIVERY_CHANNELS = ["email", "webhook"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
