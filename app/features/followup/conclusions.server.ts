/**
 * The conclusions page's actions (lead committee, Standing Committee): the
 * notice from draft to issued and amended, the review of answers, and the
 * follow-up of each item. One use case per form intent, each reading its form
 * with the intent's schema (schemas.ts, shared with the page); each checks its
 * permission (FollowUpError) and writes in one transaction with its audit.
 */
import type { z } from "zod/v4";
import type { SessionUser } from "../../platform/auth.server.ts";
import { parseForm } from "../../platform/http.server.ts";
import { amendNotice } from "./amend.server.ts";
import { closeQuestion, reopenQuestion, reviewAnswer, setAirSummary } from "./answers.server.ts";
import { decideExtension } from "./extensions.server.ts";
import { regroupQuestion } from "./grouping.server.ts";
import { createDraft, issueNotice, removeTask, saveTask, submitNotice, updateDraft } from "./notice.server.ts";
import { remindNow } from "./reminders.server.ts";
import { conclusionsSchemas as forms } from "./schemas.ts";
import { closeTask, completeTask, extendDeadline } from "./tasks.server.ts";

type Ctx = { user: SessionUser; episodeId: string };
type Intent = (c: Ctx, f: FormData) => Promise<unknown>;
type Forms = typeof forms;

/** The form of one intent, read with the intent's schema. */
const read = <K extends keyof Forms>(intent: K, f: FormData) =>
  parseForm(forms[intent], f, intent) as z.output<Forms[K]>;

/** The item a follow-up form names: a notice's task or a routed question. */
const item = (i: { kind: "task" | "question"; itemId: string }) =>
  i.kind === "task" ? { taskId: i.itemId } : { questionId: i.itemId };

export const conclusionsIntents: Record<string, Intent> = {
  draft: ({ user, episodeId }) => createDraft(user, episodeId),
  save: ({ user }, f) => {
    const { noticeId, ...draft } = read("save", f);
    return updateDraft(user, noticeId, draft);
  },
  "task-save": ({ user }, f) => {
    const { noticeId, taskId, ...task } = read("task-save", f);
    return saveTask(user, noticeId, taskId, task);
  },
  group: ({ user }, f) => {
    const { noticeId, questionId, target } = read("group", f);
    return regroupQuestion(user, noticeId, questionId, target);
  },
  "task-remove": ({ user }, f) => {
    const i = read("task-remove", f);
    return removeTask(user, i.noticeId, i.taskId);
  },
  submit: ({ user }, f) => submitNotice(user, read("submit", f).noticeId),
  issue: ({ user }, f) => {
    const { noticeId, ...issue } = read("issue", f);
    return issueNotice(user, noticeId, issue);
  },
  amend: ({ user }, f) => {
    const { noticeId, ...amendment } = read("amend", f);
    return amendNotice(user, noticeId, amendment);
  },
  approve: ({ user }, f) => {
    const i = read("approve", f);
    return reviewAnswer(user, i.questionId, { decision: "approve", note: i.note });
  },
  revise: ({ user }, f) => {
    const i = read("revise", f);
    return reviewAnswer(user, i.questionId, { decision: "revise", note: i.note });
  },
  remind: ({ user }, f) => {
    const i = read("remind", f);
    return remindNow(user, item(i), i.message);
  },
  extend: ({ user }, f) => {
    const i = read("extend", f);
    return extendDeadline(user, item(i), i.dueAt, i.reason);
  },
  close: ({ user }, f) => {
    const i = read("close", f);
    return i.kind === "task" ? closeTask(user, i.itemId, i.reason) : closeQuestion(user, i.itemId, i.reason);
  },
  reopen: ({ user }, f) => {
    const i = read("reopen", f);
    return i.kind === "task" ? completeTask(user, i.itemId, false, i.reason) : reopenQuestion(user, i.itemId, i.reason);
  },
  complete: ({ user }, f) => completeTask(user, read("complete", f).itemId, true),
  "extension-approve": ({ user }, f) => {
    const i = read("extension-approve", f);
    return decideExtension(user, i.extensionId, "approve", i.note);
  },
  "extension-refuse": ({ user }, f) => {
    const i = read("extension-refuse", f);
    return decideExtension(user, i.extensionId, "refuse", i.note);
  },
  "air-summary": ({ user }, f) => {
    const i = read("air-summary", f);
    return setAirSummary(user, i.questionId, i.airSummary);
  },
};
