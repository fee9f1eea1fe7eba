/**
 * The questions feature's door for client-safe code: statuses and tracking codes, light enough for the
 * viewer's phone (no validation library: the forms' Zod schemas have their own door, schemas.ts). Its UI
 * is imported from components/ directly (a barrel of components would put every component in every page).
 */
export { QUESTION_STATUSES, REJECT_NOTE_MAX, REJECT_REASONS, UNDO_REJECT_MS, canApply } from "./state.ts";
export { intakeMode, sentForWrittenAnswer, WRITTEN_ANSWER_FLAG, type IntakeMode } from "./intake-mode.ts";
export { formatTrackingCode, normalizeTrackingCode } from "./tracking-format.ts";
export { CHANNELS } from "./channels.ts";
