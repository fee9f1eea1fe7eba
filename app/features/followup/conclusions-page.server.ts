import type { SessionUser } from "../../platform/auth.server.ts";
import { can } from "../../platform/permissions.ts";
import { richTextToHtml } from "../../platform/rich-text.server.ts";
import { toLocalInput } from "../../platform/validation.ts";
import { routableAgencies } from "../directory/index.server.ts";
import type { EpisodeView } from "../episodes/index.server.ts";
import { callersOf } from "../privacy/index.server.ts";
import { sentForWrittenAnswer } from "../questions/index.ts";
import { attachmentsOf } from "./attachments.server.ts";
import { openExtensionRequests } from "./extensions.server.ts";
import { looseQuestions } from "./grouping.server.ts";
import { followUpItems } from "./items.server.ts";
import { defaultDueAt, getNotice } from "./notice.server.ts";
import { answeredOnAir, answersToReview } from "./pages.server.ts";

/** What the conclusions page shows of an episode: its notice, the answers to review, the items followed. */
export async function conclusionsPage(user: SessionUser, e: EpisodeView) {
  const [n, items, pending, agencies] = await Promise.all([
    getNotice(e.id),
    followUpItems({ episodeId: e.id }),
    answersToReview(e.id),
    routableAgencies(),
  ]);
  const files = await attachmentsOf(pending.map((a) => ({ type: "answer", id: a.id })));
  const onAir = await answeredOnAir(e.id);
  const requests = await openExtensionRequests([e.id]);
  // The askers of the questions followed, for those who hold personal:view for this episode (the lead Ban,
  // the admin): the phone masked until an audited reveal. Nobody else gets any (docs/PRIVACY.md).
  const callers = await callersOf(
    user,
    items.filter((i) => i.kind === "question").map((i) => i.id),
  );
  return {
    episode: { id: e.id, topic: e.topic, status: e.status },
    canDraft: can(user, "notice:draft", [e.leadCommitteeId]),
    canIssue: can(user, "notice:issue", [e.leadCommitteeId]),
    agencies: agencies.map(({ id, shortName }) => ({ id, shortName })),
    notice: n && {
      id: n.id,
      status: n.status,
      number: n.number,
      title: n.title,
      grounds: n.grounds,
      tasksIntro: n.tasksIntro,
      /** A new task's deadline as the form offers it: the profile's answerDays from today. */
      defaultDueAt: toLocalInput(defaultDueAt()).slice(0, 10),
      conclusions: n.conclusions,
      recipients: (JSON.parse(n.recipients) as string[]).join("\n"),
      place: n.place,
      signerName: n.signerName,
      signerTitle: n.signerTitle,
      signerOnBehalf: n.signerOnBehalf,
      issuedAt: n.issuedAt?.toISOString() ?? null,
      tasks: n.tasks.map((t) => ({
        id: t.id,
        content: t.content,
        leadAgencyId: t.leadAgencyId,
        leadAgency: t.leadAgency.shortName,
        coordinating: JSON.parse(t.coordinating) as string[],
        dueAt: t.dueAt ? toLocalInput(t.dueAt).slice(0, 10) : "",
        questions: t.questions.map((q) => ({
          id: q.id,
          summary: q.summary,
          written: sentForWrittenAnswer(q.flags),
        })),
      })),
      loose: (await looseQuestions(e.id)).map((q) => ({
        id: q.id,
        summary: q.summary,
        agency: q.agency?.shortName ?? "",
        // Sent after the broadcast, for a written answer.
        written: sentForWrittenAnswer(q.flags),
      })),
      amendments: n.amendments.map((a) => ({
        id: a.id,
        reason: a.reason,
        by: a.actorLabel,
        at: a.createdAt.toISOString(),
      })),
    },
    pending: pending.map((a) => ({
      questionId: a.questionId,
      trackingCode: a.question.trackingCode,
      question: a.question.summary,
      agency: a.agency.shortName,
      html: richTextToHtml(a.body),
      files: files.get(a.id) ?? [],
    })),
    onAir,
    /** The agencies' open extension requests, for the Ban to approve or refuse. */
    requests,
    items,
    callers: Object.fromEntries(callers),
  };
}

export type ConclusionsView = Awaited<ReturnType<typeof conclusionsPage>>;
