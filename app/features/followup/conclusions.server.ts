/**
 * The conclusions page's actions (lead committee, Standing Committee): the
 * notice from draft to issued and amended, the review of answers, and the
 * follow-up of each item. One use case per form intent; each checks its
 * permission (FollowUpError) and writes in one transaction with its audit.
 */
import type { SessionUser } from "../../platform/auth.server.ts";
import { InvalidInput } from "../../platform/errors.ts";
import { parseLocalDateTime } from "../../platform/validation.ts";
import { closeQuestion, reopenQuestion, reviewAnswer, setAirSummary } from "./answers.server.ts";
import {
  amendNotice,
  createDraft,
  issueNotice,
  removeTask,
  saveTask,
  submitNotice,
  updateDraft,
} from "./notice.server.ts";
import { remindNow } from "./reminders.server.ts";
import { closeTask, completeTask, extendDeadline } from "./tasks.server.ts";

type Ctx = { user: SessionUser; episodeId: string };
type Intent = (c: Ctx, f: FormData) => Promise<unknown>;

const str = (f: FormData, k: string) => String(f.get(k) ?? "").trim();
const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);
const day = (s: string) => (s ? parseLocalDateTime(`${s}T00:00`) : null);
/** The item a follow-up form names: a notice's task or a routed question. */
const item = (f: FormData) => ({ [str(f, "kind") === "task" ? "taskId" : "questionId"]: str(f, "itemId") });
const isTask = (f: FormData) => str(f, "kind") === "task";

export const conclusionsIntents: Record<string, Intent> = {
  draft: ({ user, episodeId }) => createDraft(user, episodeId),
  save: ({ user }, f) =>
    updateDraft(user, str(f, "noticeId"), {
      title: str(f, "title"),
      grounds: str(f, "grounds"),
      conclusions: str(f, "conclusions"),
      recipients: lines(str(f, "recipients")),
    }),
  async "task-save"({ user }, f) {
    const content = str(f, "content");
    if (!content || !str(f, "leadAgencyId")) throw new InvalidInput({ content: ["err.required"] });
    await saveTask(user, str(f, "noticeId"), str(f, "taskId") || null, {
      content,
      leadAgencyId: str(f, "leadAgencyId"),
      coordinating: f.getAll("coordinating").map(String),
      dueAt: day(str(f, "dueAt")),
    });
  },
  "task-remove": ({ user }, f) => removeTask(user, str(f, "noticeId"), str(f, "taskId")),
  submit: ({ user }, f) => submitNotice(user, str(f, "noticeId")),
  async issue({ user }, f) {
    const issuedAt = day(str(f, "issuedAt"));
    if (!str(f, "number") || !issuedAt) {
      throw new InvalidInput({
        number: str(f, "number") ? [] : ["err.required"],
        issuedAt: issuedAt ? [] : ["err.date"],
      });
    }
    await issueNotice(user, str(f, "noticeId"), {
      number: str(f, "number"),
      issuedAt,
      place: str(f, "place"),
      signerName: str(f, "signerName"),
      signerTitle: str(f, "signerTitle"),
      signerOnBehalf: str(f, "signerOnBehalf"),
    });
  },
  amend: ({ user }, f) =>
    amendNotice(user, str(f, "noticeId"), { reason: str(f, "reason"), conclusions: str(f, "conclusions") }),
  approve: ({ user }, f) => reviewAnswer(user, str(f, "questionId"), { decision: "approve", note: str(f, "note") }),
  revise: ({ user }, f) => reviewAnswer(user, str(f, "questionId"), { decision: "revise", note: str(f, "note") }),
  remind: ({ user }, f) => remindNow(user, item(f), str(f, "message")),
  async extend({ user }, f) {
    const to = day(str(f, "dueAt"));
    if (!to) throw new InvalidInput({ dueAt: ["err.date"] });
    await extendDeadline(user, item(f), to, str(f, "reason"));
  },
  close: ({ user }, f) =>
    isTask(f)
      ? closeTask(user, str(f, "itemId"), str(f, "reason"))
      : closeQuestion(user, str(f, "itemId"), str(f, "reason")),
  reopen: ({ user }, f) =>
    isTask(f)
      ? completeTask(user, str(f, "itemId"), false, str(f, "reason"))
      : reopenQuestion(user, str(f, "itemId"), str(f, "reason")),
  complete: ({ user }, f) => completeTask(user, str(f, "itemId"), true),
  "air-summary": ({ user }, f) => setAirSummary(user, str(f, "questionId"), str(f, "airSummary")),
};
