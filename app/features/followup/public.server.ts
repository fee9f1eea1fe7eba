/**
 * What the public sees after an episode: the issued notice, each task's class and deadline, the published
 * answers, and the counts by class of the episode's items (its issued notice's tasks and the routed questions
 * no task covers), all from the one model (`followUpItems` + `summarize`), so they match the staff's figures.
 */
import { db } from "../../platform/db.server.ts";
import { richTextToHtml } from "../../platform/rich-text.server.ts";
import { attachmentsOf } from "./attachments.server.ts";
import { countAnsweredOnAir, followUpItems, summarize } from "./items.server.ts";

export async function publicResults(episodeId: string, now = new Date()) {
  // Independent reads, together: the page waits for the slowest, not for their sum.
  const [notice, answers, onAir, items, answeredOnAir] = await Promise.all([
    db().notice.findUnique({
      where: { episodeId },
      include: {
        tasks: {
          orderBy: { position: "asc" },
          include: { leadAgency: { select: { shortName: true } } },
        },
      },
    }),
    db().answer.findMany({
      where: { status: "approved", publishedAt: { not: null }, question: { episodeId } },
      include: {
        question: { select: { summary: true, name: true, publishName: true } },
        agency: { select: { shortName: true } },
      },
      orderBy: { publishedAt: "desc" },
    }),
    db().question.findMany({
      where: { episodeId, status: "answered_on_air", airSummary: { not: "" } },
      select: { id: true, summary: true, answeredBy: true, airSummary: true, name: true, publishName: true },
      orderBy: { updatedAt: "asc" },
    }),
    followUpItems({ episodeId, now }),
    countAnsweredOnAir({ episodeId }),
  ]);
  const issued = notice?.status === "issued" ? notice : null;
  const classOf = new Map(items.map((i) => [i.id, i.status]));
  const files = await attachmentsOf(answers.map((a) => ({ type: "answer", id: a.id })));
  return {
    notice: issued && { number: issued.number ?? "", issuedAt: issued.issuedAt?.toISOString() ?? null },
    tasks: issued
      ? issued.tasks.map((t) => ({
          id: t.id,
          content: t.content,
          agency: t.leadAgency.shortName,
          dueAt: t.dueAt?.toISOString() ?? null,
          // A task is started by its agency's report or by an answer to one of its questions (the item's class).
          status: classOf.get(t.id) ?? "not_started",
        }))
      : [],
    /** The episode's items by class: the same numbers as the dashboard's and the report's. */
    summary: summarize(items),
    /** Questions answered on air: counted beside the items. */
    answeredOnAir,
    answers: answers.map((a) => ({
      id: a.id,
      question: a.question.summary,
      author: a.question.publishName && a.question.name ? a.question.name : null,
      agency: a.agency.shortName,
      html: richTextToHtml(a.body),
      publishedAt: a.publishedAt!.toISOString(),
      files: files.get(a.id) ?? [],
    })),
    onAir: onAir.map((q) => ({
      id: q.id,
      question: q.summary,
      speaker: q.answeredBy,
      summary: q.airSummary,
      author: q.publishName && q.name ? q.name : null,
    })),
  };
}
