/**
 * The questions feature's door for client-safe code: statuses and tracking codes. Its UI is imported from
 * components/ directly (a barrel of components would put every component in every page's bundle).
 */
export { QUESTION_STATUSES, REJECT_NOTE_MAX, REJECT_REASONS, UNDO_REJECT_MS, canApply } from "./state.ts";
export { formatTrackingCode, normalizeTrackingCode } from "./tracking-format.ts";
export { CHANNELS, channelTokenSchema } from "./channels.ts";
export {
  THESAURUS_KINDS,
  thesaurusCandidateSchema,
  thesaurusEntrySchema,
  thesaurusUpdateSchema,
  type ThesaurusKind,
} from "./duplicates/schemas.ts";
