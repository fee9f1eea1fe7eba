/** What the public sees after an episode: the issued notice, each task's status and deadline, the published answers. */
import { db } from "../../platform/db.server.ts";
import { richTextToHtml } from "../../platform/rich-text.server.ts";
import { attachmentsOf } from "./attachments.server.ts";
import { followUpStatus } from "./status.ts";

export async function publicResults(episodeId: string, now = new Date()) {
  const notice = await db().notice.findUnique({
    where: { episodeId },
    include: {
      tasks: {
        orderBy: { position: "asc" },
        include: { leadAgency: { select: { shortName: true } }, _count: { select: { reports: true } } },
      },
    },
  });
  const answers = await db().answer.findMany({
    where: { status: "approved", publishedAt: { not: null }, question: { episodeId } },
    include: {
      question: { select: { summary: true, name: true, publishName: true } },
      agency: { select: { shortName: true } },
    },
    orderBy: { publishedAt: "desc" },
  });
  const issued = notice?.status === "issued" ? notice : null;
  const onAir = await db().question.findMany({
    where: { episodeId, status: "answered_on_air", airSummary: { not: "" } },
    select: { id: true, summary: true, answeredBy: true, airSummary: true, name: true, publishName: true },
    orderBy: { updatedAt: "asc" },
  });
  const files = await attachmentsOf(answers.map((a) => ({ type: "answer", id: a.id })));
  return {
    notice: issued && { number: issued.number ?? "", issuedAt: issued.issuedAt?.toISOString() ?? null },
    tasks: issued
      ? issued.tasks.map((t) => ({
          id: t.id,
          content: t.content,
          agency: t.leadAgency.shortName,
          dueAt: t.dueAt?.toISOString() ?? null,
          status: followUpStatus({
            dueAt: t.dueAt,
            completedAt: t.completedAt,
            closedAt: t.closedAt,
            started: t._count.reports > 0,
            now,
          }),
        }))
      : [],
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
