/** The follow-up feature's door (server): notice, tasks, answers, reviews, ratings, reminders, stats, documents. */
export { attachmentsOf, mayDownload } from "./attachments.server.ts";
export { defaultTasksIntro, noticeDocument, noticeDocx, noticeFileName, noticeParts } from "./notice-docx.server.ts";
export { followUpReport } from "./report.server.ts";
export { runFollowUp } from "./errors.server.ts";
export { exportFile } from "./exports.server.ts";
export {
  addProgress,
  closeQuestion,
  reopenQuestion,
  returnQuestion,
  reviewAnswer,
  saveAnswer,
  setAirSummary,
} from "./answers.server.ts";
export { FollowUpError } from "./common.server.ts";
export { rate } from "./ratings.server.ts";
export { airedAt, followUpItems, summarize, type FollowUpItem } from "./items.server.ts";
export { closeTask, completeTask, extendDeadline } from "./tasks.server.ts";
export { amendNotice } from "./amend.server.ts";
export {
  createDraft,
  getNotice,
  issueNotice,
  removeTask,
  saveTask,
  submitNotice,
  updateDraft,
} from "./notice.server.ts";
export {
  answeredOnAir,
  answersToReview,
  inboxOf,
  markInboxRead,
  questionForAgency,
  transparencyEpisodes,
} from "./pages.server.ts";
export { publicResults } from "./public.server.ts";
export { remindNow, startReminderScheduler } from "./reminders.server.ts";
export { dashboard, waitingOn } from "./stats.server.ts";
export { conclusionsIntents } from "./conclusions.server.ts";
export { conclusionsPage } from "./conclusions-page.server.ts";
export {
  decideExtension,
  openExtensionRequests,
  openRequestsOf,
  requestExtension,
  type ExtensionRequestView,
} from "./extensions.server.ts";
