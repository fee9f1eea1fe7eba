/**
 * The questions feature's door for routes, the server and other features:
 * use cases and queries. Internals stay behind it.
 */
export { applyAction, changeQuestion, type Actor } from "./actions.server.ts";
export { board, boardView, vote } from "./board.server.ts";
export { presenterView } from "./presenter.server.ts";
export type { PresenterQuestion } from "./presenter.ts";
export { currentSeq, emitEvents, eventsAfter } from "./events.server.ts";
export { drainIntake, submitQuestion } from "./intake.server.ts";
export { QuestionError, staffView } from "./intake-batch.server.ts";
export type { EpisodeEventOut, StaffQuestion, SubmitContext, SubmitResult } from "./intake-batch.server.ts";
export { getQuestion, listQuestions, lookupTrackingCode, publicStatus } from "./queries.server.ts";
export {
  AskerError,
  askerProof,
  personalData,
  provenAsker,
  withdrawPersonalData,
  type AskerProof,
  type PersonalData,
} from "./asker.server.ts";
export { askerUnsubscribeUrl, subscribeAsker, unsubscribeAsker, unsubscribeTarget } from "./asker-notify.server.ts";
export { ratingOpenUntil } from "./rating-window.server.ts";
export * as questionUseCases from "./use-cases.server.ts";
export { startPresence } from "./presence.server.ts";
export type { Hold } from "./holds.server.ts";
export { createToken, listTokens, revokeToken } from "./channels.server.ts";
export { startIntakeWriter } from "./intake-writer.server.ts";
export { createRouter, type RoutingDecision, type RoutingOrg } from "./routing.ts";
export { invalidateRouter } from "./routing.server.ts";
export { newTrackingCode } from "./tracking.ts";
export * as duplicateUseCases from "./duplicates/use-cases.server.ts";
export { invalidateDuplicates } from "./duplicates/service.server.ts";
export { syncThesaurusSeed } from "./duplicates/thesaurus-seed.server.ts";
export * as thesaurusUseCases from "./duplicates/thesaurus.server.ts";
export { evaluateDuplicates, freshEpisodeSession, parseEvalRows, type EvalResult } from "./duplicates/eval.server.ts";
