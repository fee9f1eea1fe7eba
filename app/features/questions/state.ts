/**
 * The question state machine, shared by the server (which enforces it) and
 * the consoles (which offer only legal actions). See docs/API.md.
 */
export const QUESTION_STATUSES = [
  "new",
  "approved",
  "on_air",
  "answered_on_air",
  "routed",
  "answered",
  "closed",
  "rejected",
  "merged",
] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const REJECT_REASONS = ["spam", "offensive", "out_of_scope"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** How long after a reject its operator may undo it (the console offers it for 10 s; the rest is for the network). */
export const UNDO_REJECT_MS = 30_000;
/** The longest note an operator may add to a reject. */
export const REJECT_NOTE_MAX = 500;

/** Actions that move a question from one status to another. */
export const TRANSITIONS = {
  approve: { from: ["new", "routed"], to: "approved" },
  unapprove: { from: ["approved"], to: "new" },
  on_air: { from: ["approved"], to: "on_air" },
  back_to_queue: { from: ["on_air"], to: "approved" },
  answered_on_air: { from: ["on_air"], to: "answered_on_air" },
  route: { from: ["new", "approved", "routed"], to: "routed" },
  reject: { from: ["new", "approved", "routed"], to: "rejected" },
  restore: { from: ["rejected"], to: "new" },
  /**
   * The rejecting operator takes the reject back within UNDO_REJECT_MS: the question returns to the status it had
   * before (read from its history; "new" is only what the table says).
   */
  undo_reject: { from: ["rejected"], to: "new" },
  merge: { from: ["new", "approved", "routed", "rejected"], to: "merged" },
} as const satisfies Record<string, { from: readonly QuestionStatus[]; to: QuestionStatus }>;
export type TransitionAction = keyof typeof TRANSITIONS;

/** Actions that change a question without moving it. */
export const EDITS = ["edit", "tag", "priority", "reorder"] as const;
export type EditAction = (typeof EDITS)[number];
export type QuestionAction = TransitionAction | EditAction;

const TERMINAL: QuestionStatus[] = ["merged"];

/** The statuses the public board shows. */
export const BOARD_STATUSES: readonly string[] = ["approved", "on_air", "answered_on_air"] satisfies QuestionStatus[];

export function canApply(action: QuestionAction, status: string): boolean {
  if (action in TRANSITIONS)
    return (TRANSITIONS[action as TransitionAction].from as readonly string[]).includes(status);
  if (action === "reorder") return status === "approved";
  return !TERMINAL.includes(status as QuestionStatus);
}

export function targetStatus(action: QuestionAction, status: string): string {
  return action in TRANSITIONS ? TRANSITIONS[action as TransitionAction].to : status;
}

/** What the asker sees for each status. */
export const PUBLIC_STATUS_KEYS: Record<QuestionStatus, string> = {
  new: "qstatus.new",
  approved: "qstatus.approved",
  on_air: "qstatus.on_air",
  answered_on_air: "qstatus.answered_on_air",
  routed: "qstatus.routed",
  answered: "qstatus.answered",
  closed: "qstatus.closed",
  rejected: "qstatus.rejected",
  merged: "qstatus.merged",
};
