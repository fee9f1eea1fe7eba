/**
 * The after-broadcast demo (DemoFollowUp): an episode that aired three weeks ago, its issued conclusion notice
 * with one task in each class, questions the tasks cover (an approved answer, one awaiting review, one returned
 * for rework), a routed question no task covers, one answered on air, and ratings. Dates are relative to the
 * seeding day, so the classes hold whenever the demo starts. Written in one transaction, with an audit record.
 */
import { SYSTEM_ACTOR, audit } from "../../platform/audit.server.ts";
import { db, type Tx } from "../../platform/db.server.ts";
import { createEpisode } from "../episodes/index.server.ts";
import { defaultTasksIntro } from "../followup/index.server.ts";
import { getProfile } from "../profile/index.server.ts";
import { documentNumber } from "../profile/schemas.ts";
import { newTrackingCode } from "../questions/index.server.ts";
import type { DemoSet } from "./demo-set.ts";

/** The demo's follow-up is audited as the use cases audit it, so the notifications follow (never e-mailed). */
const demoAudit = (tx: Tx, entity: string, entityId: string, action: string, after: Record<string, unknown>) =>
  audit(tx, { actor: SYSTEM_ACTOR, action, entity, entityId, after });

const DAY = 86400_000;

export async function seedFollowUp(
  set: DemoSet,
  o: {
    seriesId: string;
    org: (code: string) => string;
    users: Map<string, string>;
    now: Date;
    platforms: DemoSet["platforms"];
  },
) {
  const f = set.followUp;
  const { now, org } = o;
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  // 20:00 in Vietnam, three weeks ago.
  const day = at(-21);
  const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 13, 0));
  const ep = await createEpisode(
    SYSTEM_ACTOR,
    {
      seriesId: o.seriesId,
      topic: f.topic,
      summary: "",
      leadCommitteeId: org(f.leadCommittee),
      relatedResolutions: [],
      startsAt,
      durationMinutes: 60,
      hotlines: set.profile.program.hotlines ?? [],
      surveyReportText: "",
      publicBoard: true,
    },
    { status: "concluded", platforms: o.platforms },
  );
  const profile = getProfile();
  const committee = [...o.users.entries()].find(
    ([u]) => set.accounts.find((a) => a.username === u)?.org === f.leadCommittee,
  );
  const plan = set.program.plan;
  const orgNames = new Map(
    (await db().organization.findMany({ select: { id: true, name: true } })).map((x) => [x.id, x.name]),
  );
  const leads = [...new Set([...f.tasks.map((t) => t.lead), f.uncovered.agency])];

  await db().$transaction(async (tx) => {
    // Its history: it went on air at its start.
    await tx.auditEvent.create({
      data: {
        actorId: SYSTEM_ACTOR.id,
        actorLabel: SYSTEM_ACTOR.label,
        action: "status",
        entity: "Episode",
        entityId: ep.id,
        before: JSON.stringify({ status: "planned" }),
        after: JSON.stringify({ status: "live" }),
        createdAt: startsAt,
      },
    });
    let minute = 0;
    const question = (summary: string, agency: string, data: Record<string, unknown> = {}) =>
      tx.question.create({
        data: {
          episodeId: ep.id,
          trackingCode: newTrackingCode(),
          channel: minute % 2 ? "hotline" : "web",
          // As the asker put it; the summary is the staff's wording (the notice prints only the latter).
          text: `Cho tôi hỏi: ${summary.charAt(0).toLowerCase()}${summary.slice(1)}?`,
          summary,
          agencyId: org(agency),
          status: "routed",
          createdAt: new Date(startsAt.getTime() + ++minute * 60_000),
          ...data,
        },
      });
    const notice = await tx.notice.create({
      data: {
        episodeId: ep.id,
        status: "issued",
        number: documentNumber(profile, "TB", f.noticeNumber),
        issuedAt: at(-14),
        place: plan.place,
        title: `Kết luận của ${profile.council.standingCommittee} tại Chương trình “${plan.programName}” về ${f.topic.charAt(0).toLowerCase()}${f.topic.slice(1)}`,
        grounds: `Trên cơ sở kết quả Chương trình “${plan.programName}” phát sóng trực tiếp, ${profile.council.standingCommittee} kết luận như sau:`,
        conclusions: f.conclusions,
        tasksIntro: defaultTasksIntro(),
        signerName: plan.signer.name,
        signerTitle: plan.signer.title,
        signerOnBehalf: plan.signer.on_behalf,
        recipients: JSON.stringify([
          ...profile.documents.TB.recipients,
          ...leads.map((c) => orgNames.get(org(c))!),
          "Lưu: VT",
        ]),
      },
    });
    // One task in each class, in the classes' order.
    const shape = [
      { due: 20 },
      { due: 10 },
      { due: -5 },
      { due: -3, completed: -6 },
      { due: -12, completed: -2 },
      { due: 15, closed: -4 },
    ];
    for (const [i, t] of f.tasks.entries()) {
      const s = shape[i];
      const task = await tx.task.create({
        data: {
          noticeId: notice.id,
          position: i,
          content: t.content,
          leadAgencyId: org(t.lead),
          coordinating: JSON.stringify((t.coordinating ?? []).map(org)),
          dueAt: at(s.due),
          originalDueAt: at(s.due),
          completedAt: s.completed ? at(s.completed) : null,
          completedById: s.completed ? (committee?.[1] ?? null) : null,
          closedAt: s.closed ? at(s.closed) : null,
          closedReason: t.closedReason ?? "",
        },
      });
      if (t.report)
        await tx.progressReport.create({
          data: {
            taskId: task.id,
            agencyId: org(t.lead),
            text: t.report,
            percent: s.completed ? 100 : 50,
            authorLabel: "demo",
            createdAt: at(Math.min(-1, (s.completed ?? 0) - 1)),
          },
        });
      for (const [k, summary] of (t.questions ?? []).entries()) {
        const q = await question(summary, t.lead, { taskId: task.id, dueAt: at(s.due), originalDueAt: at(s.due) });
        // The in-progress task: one answer approved and published (rated satisfied), one awaiting review.
        // The overdue task: its answer returned for rework. A done task's answer: approved, rated not satisfied.
        const answer =
          i === 1 && k === 0
            ? { status: "approved", rating: true }
            : i === 1
              ? { status: "submitted" }
              : i === 2
                ? { status: "revision" }
                : i === 3
                  ? { status: "approved", rating: false }
                  : null;
        if (!answer) continue;
        await tx.answer.create({
          data: {
            questionId: q.id,
            agencyId: org(t.lead),
            body: f.answer,
            status: answer.status,
            reviewNote: answer.status === "revision" ? f.revisionNote : "",
            submittedAt: at(-3),
            reviewedAt: answer.status === "approved" || answer.status === "revision" ? at(-2) : null,
            publishedAt: answer.status === "approved" ? at(-2) : null,
          },
        });
        if (answer.status === "approved")
          await tx.question.update({ where: { id: q.id }, data: { status: "answered", completedAt: at(-2) } });
        // Audited as the use cases do, so the demo's users find these hand-offs in their notifications.
        const handOff = { submitted: "answer_submitted", revision: "answer_revision" }[answer.status];
        if (handOff)
          await demoAudit(tx, "Question", q.id, handOff, {
            demo: true,
            note: answer.status === "revision" ? f.revisionNote : "",
          });
        if (answer.rating === false) await demoAudit(tx, "Question", q.id, "rate", { satisfied: false });
        if (answer.rating !== undefined)
          await tx.rating.create({
            data: {
              questionId: q.id,
              trackingCode: q.trackingCode,
              satisfied: answer.rating,
              comment: answer.rating ? "" : "Chưa nêu rõ thời gian thực hiện.",
            },
          });
      }
    }
    // Routed without a task (routed after the notice was drafted): an item of its own, its answer awaiting review.
    const uncovered = await question(f.uncovered.summary, f.uncovered.agency, { dueAt: at(8), originalDueAt: at(8) });
    await tx.answer.create({
      data: {
        questionId: uncovered.id,
        agencyId: org(f.uncovered.agency),
        body: f.answer,
        status: "submitted",
        submittedAt: at(-1),
      },
    });
    await demoAudit(tx, "Question", uncovered.id, "answer_submitted", { demo: true });
    await question(f.onAir.summary, f.uncovered.agency, {
      status: "answered_on_air",
      answeredBy: f.onAir.answeredBy,
      airSummary: f.onAir.airSummary,
    });
    await demoAudit(tx, "Notice", notice.id, "create", { demo: true, episodeId: ep.id, tasks: f.tasks.length });
    // Issued: each agency is told of its own tasks, as when the Standing Committee issues one.
    await demoAudit(tx, "Notice", notice.id, "issue", { demo: true });
  });
  return ep;
}
