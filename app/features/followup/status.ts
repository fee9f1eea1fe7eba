/**
 * Follow-up status of a task or routed question, in the classification
 * officials use when reporting on conclusions (theo dõi, đôn đốc):
 *   chưa thực hiện · đang thực hiện trong hạn · đang thực hiện quá hạn ·
 *   hoàn thành đúng hạn · hoàn thành quá hạn
 * plus an honest end state: closed as not resolvable, with a reason.
 *
 * A deadline is a day: work completed any time on the due day (in the
 * deployment's time zone, the profile's) is on time. Only the committee's confirmation completes an item.
 */
import { translate } from "../../platform/i18n/dictionary.ts";
import { currentTimeZone, endOfLocalDay } from "../../platform/time.ts";

export const FOLLOW_UP_STATUSES = [
  "not_started",
  "in_progress",
  "in_progress_overdue",
  "done_on_time",
  "done_late",
  "closed_unresolvable",
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The last instant of the due day in the deployment's time zone. */
export function endOfDueDay(due: Date, tz = currentTimeZone()): Date {
  return endOfLocalDay(due, tz);
}

export type FollowUpInput = {
  /** The current deadline (after any extension). */
  dueAt: Date | null;
  /** When the committee confirmed completion; null when open (or reopened). */
  completedAt: Date | null;
  /** When it was closed as not resolvable. */
  closedAt?: Date | null;
  /** Any progress report, answer draft or answer submitted by the agency. */
  started: boolean;
  now: Date;
};

export function followUpStatus(i: FollowUpInput): FollowUpStatus {
  if (i.closedAt) return "closed_unresolvable";
  const deadline = i.dueAt ? endOfDueDay(i.dueAt) : null;
  if (i.completedAt) return !deadline || i.completedAt <= deadline ? "done_on_time" : "done_late";
  if (!i.started) return "not_started";
  return deadline && i.now > deadline ? "in_progress_overdue" : "in_progress";
}

/** Overdue and still open (also for items not started). */
export function isOverdue(i: FollowUpInput): boolean {
  if (i.closedAt || i.completedAt || !i.dueAt) return false;
  return i.now > endOfDueDay(i.dueAt);
}

/** Whole days from the due day's end to `now` (positive when late). */
export function daysLate(dueAt: Date, at: Date): number {
  return Math.floor((at.getTime() - endOfDueDay(dueAt).getTime()) / 86400_000) + 1;
}

/** The class's Vietnamese label, as documents, exports and e-mails print it. */
export function followUpLabel(status: FollowUpStatus): string {
  return translate("vi", `fu.${status}`);
}
