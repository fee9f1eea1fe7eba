/**
 * After the broadcast, for the lead committee and the Standing Committee:
 * the conclusion notice (draft → submitted → issued, then amendments), the
 * answers waiting for review, and the follow-up of every item.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { routableAgencies } from "../features/directory/index.server.ts";
import { getEpisode } from "../features/episodes/index.server.ts";
import { FileList } from "../features/followup/components/files.tsx";
import { FollowUpBadge } from "../features/followup/components/followup.tsx";
import {
  remindNow,
  amendNotice,
  createDraft,
  getNotice,
  issueNotice,
  removeTask,
  saveTask,
  submitNotice,
  updateDraft,
  closeQuestion,
  closeTask,
  completeTask,
  extendDeadline,
  followUpItems,
  reopenQuestion,
  reviewAnswer,
  answeredOnAir,
  answersToReview,
  attachmentsOf,
  setAirSummary,
  runFollowUp,
} from "../features/followup/index.server.ts";
import { assertCan, requirePermission } from "../platform/auth.server.ts";
import { invalid, notFound } from "../platform/http.server.ts";
import { formatDate, useLang, useT } from "../platform/i18n/i18n.tsx";
import { can } from "../platform/permissions.ts";
import { richTextToHtml } from "../platform/rich-text.server.ts";
import { FormMessage } from "../platform/ui/form.tsx";
import { parseLocalDateTime, toLocalInput } from "../platform/validation.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "followup:review");
  const e = await getEpisode(params.id!);
  if (!e) throw notFound();
  assertCan(user, "followup:review", [e.leadCommitteeId], request);
  const [n, items, pending, agencies] = await Promise.all([
    getNotice(e.id),
    followUpItems({ episodeId: e.id }),
    answersToReview(e.id),
    routableAgencies(),
  ]);
  const files = await attachmentsOf(pending.map((a) => ({ type: "answer", id: a.id })));
  const onAir = await answeredOnAir(e.id);
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
        questions: t.questions.length,
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
    items,
  };
}

const str = (f: FormData, k: string) => String(f.get(k) ?? "").trim();
const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);
const day = (s: string) => (s ? parseLocalDateTime(`${s}T00:00`) : null);

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "followup:review");
  const f = await request.formData();
  const intent = str(f, "intent");
  const noticeId = str(f, "noticeId");
  return runFollowUp(intent, async () => {
    switch (intent) {
      case "draft":
        await createDraft(user, params.id!);
        break;
      case "save":
        await updateDraft(user, noticeId, {
          title: str(f, "title"),
          grounds: str(f, "grounds"),
          conclusions: str(f, "conclusions"),
          recipients: lines(str(f, "recipients")),
        });
        break;
      case "task-save": {
        const content = str(f, "content");
        if (!content || !str(f, "leadAgencyId")) return invalid({ content: ["err.required"] }, intent);
        await saveTask(user, noticeId, str(f, "taskId") || null, {
          content,
          leadAgencyId: str(f, "leadAgencyId"),
          coordinating: f.getAll("coordinating").map(String),
          dueAt: day(str(f, "dueAt")),
        });
        break;
      }
      case "task-remove":
        await removeTask(user, noticeId, str(f, "taskId"));
        break;
      case "submit":
        await submitNotice(user, noticeId);
        break;
      case "issue": {
        const issuedAt = day(str(f, "issuedAt"));
        if (!str(f, "number") || !issuedAt)
          return invalid(
            { number: str(f, "number") ? [] : ["err.required"], issuedAt: issuedAt ? [] : ["err.date"] },
            intent,
          );
        await issueNotice(user, noticeId, {
          number: str(f, "number"),
          issuedAt,
          place: str(f, "place"),
          signerName: str(f, "signerName"),
          signerTitle: str(f, "signerTitle"),
          signerOnBehalf: str(f, "signerOnBehalf"),
        });
        break;
      }
      case "amend":
        await amendNotice(user, noticeId, { reason: str(f, "reason"), conclusions: str(f, "conclusions") });
        break;
      case "approve":
      case "revise":
        await reviewAnswer(user, str(f, "questionId"), { decision: intent, note: str(f, "note") });
        break;
      case "remind":
        await remindNow(
          user,
          { [str(f, "kind") === "task" ? "taskId" : "questionId"]: str(f, "itemId") },
          str(f, "message"),
        );
        break;
      case "extend": {
        const to = day(str(f, "dueAt"));
        if (!to) return invalid({ dueAt: ["err.date"] }, intent);
        await extendDeadline(
          user,
          { [str(f, "kind") === "task" ? "taskId" : "questionId"]: str(f, "itemId") },
          to,
          str(f, "reason"),
        );
        break;
      }
      case "close":
        if (str(f, "kind") === "task") await closeTask(user, str(f, "itemId"), str(f, "reason"));
        else await closeQuestion(user, str(f, "itemId"), str(f, "reason"));
        break;
      case "reopen":
        if (str(f, "kind") === "task") await completeTask(user, str(f, "itemId"), false, str(f, "reason"));
        else await reopenQuestion(user, str(f, "itemId"), str(f, "reason"));
        break;
      case "complete":
        await completeTask(user, str(f, "itemId"), true);
        break;
      case "air-summary":
        await setAirSummary(user, str(f, "questionId"), str(f, "airSummary"));
        break;
      default:
        return invalid({ intent: ["err.choice"] }, intent, undefined, 400);
    }
    return { ok: true, intent };
  });
}

export default function Conclusions() {
  const { episode, notice: n, pending, items, agencies, canDraft, canIssue, onAir } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as { ok?: boolean; errors?: Record<string, string[]> } | undefined;
  const t = useT();
  const lang = useLang();
  const editable = n && n.status !== "issued" && canDraft;
  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">{t("notice.page")}</h1>
      <p className="mb-3 text-slate-600">{episode.topic}</p>
      <FormMessage errors={data?.errors} ok={data?.ok ? t("common.saved") : undefined} />

      <section className="card mb-4" aria-labelledby="notice-h">
        <h2 id="notice-h" className="mb-2 text-lg font-bold">
          {t("notice.title")}{" "}
          {n ? (
            <span className="badge bg-slate-100" data-testid="notice-status">
              {t(`notice.status.${n.status}`)}
            </span>
          ) : null}
        </h2>
        {!n ? (
          canDraft ? (
            <Form method="post">
              <input type="hidden" name="intent" value="draft" />
              <button className="btn" type="submit">
                {t("notice.createDraft")}
              </button>
              <p className="mt-1 text-sm text-slate-600">{t("notice.createHelp")}</p>
            </Form>
          ) : (
            <p>{t("common.empty")}</p>
          )
        ) : (
          <>
            <div className="mb-3 flex flex-wrap gap-2">
              <a className="btn-secondary" href={`/chuong-trinh/${episode.id}/thong-bao.docx`}>
                {t("notice.docx")}
              </a>
              <a
                className="btn-secondary"
                href={`/chuong-trinh/${episode.id}/thong-bao`}
                target="_blank"
                rel="noreferrer"
              >
                {t("notice.print")}
              </a>
            </div>
            <Form method="post">
              <input type="hidden" name="noticeId" value={n.id} />
              <fieldset disabled={!editable} className="grid gap-2">
                <label className="text-sm">
                  {t("notice.summary")}
                  <input name="title" className="input" defaultValue={n.title} />
                </label>
                <label className="text-sm">
                  {t("notice.grounds")}
                  <textarea name="grounds" rows={3} className="input" defaultValue={n.grounds} />
                </label>
                <label className="text-sm">
                  {t("notice.conclusions")}
                  <textarea name="conclusions" rows={6} className="input" defaultValue={n.conclusions} />
                </label>
                <label className="text-sm">
                  {t("notice.recipients")}
                  <textarea name="recipients" rows={4} className="input" defaultValue={n.recipients} />
                </label>
                {editable ? (
                  <div>
                    <button type="submit" name="intent" value="save" className="btn-secondary">
                      {t("common.save")}
                    </button>
                  </div>
                ) : null}
              </fieldset>
            </Form>
            <h3 className="mt-3 font-semibold">{t("notice.tasks")}</h3>
            <ol className="grid gap-2" data-testid="notice-tasks">
              {n.tasks.map((task) => (
                <li key={task.id} className="rounded border border-slate-200 p-2">
                  <Form method="post" className="grid gap-2 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end">
                    <input type="hidden" name="noticeId" value={n.id} />
                    <input type="hidden" name="taskId" value={task.id} />
                    <fieldset disabled={!editable} className="contents">
                      <label className="text-sm">
                        {t("notice.taskContent")} ({task.questions} {t("notice.linked")})
                        <textarea name="content" rows={2} className="input" defaultValue={task.content} />
                      </label>
                      <label className="text-sm">
                        {t("notice.lead")}
                        <select name="leadAgencyId" className="input" defaultValue={task.leadAgencyId}>
                          {agencies.map((a) => (
                            <option key={a.id} value={a.id}>
                              {a.shortName}
                            </option>
                          ))}
                        </select>
                      </label>
                      <label className="text-sm">
                        {t("ep.checklistDue")}
                        <input type="date" name="dueAt" className="input" defaultValue={task.dueAt} />
                      </label>
                      <label className="text-sm sm:col-span-3">
                        {t("notice.coordinating")}
                        <select name="coordinating" multiple className="input h-20" defaultValue={task.coordinating}>
                          {agencies.map((a) => (
                            <option key={a.id} value={a.id}>
                              {a.shortName}
                            </option>
                          ))}
                        </select>
                      </label>
                      {editable ? (
                        <span className="flex gap-1">
                          <button className="btn-secondary" name="intent" value="task-save" type="submit">
                            {t("common.save")}
                          </button>
                          <button className="btn-danger" name="intent" value="task-remove" type="submit">
                            ×
                          </button>
                        </span>
                      ) : null}
                    </fieldset>
                  </Form>
                </li>
              ))}
            </ol>
            {editable ? (
              <Form method="post" className="mt-2 grid gap-2 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end">
                <input type="hidden" name="noticeId" value={n.id} />
                <label className="text-sm">
                  {t("notice.newTask")}
                  <textarea name="content" rows={2} className="input" />
                </label>
                <label className="text-sm">
                  {t("notice.lead")}
                  <select name="leadAgencyId" className="input">
                    {agencies.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.shortName}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="text-sm">
                  {t("ep.checklistDue")}
                  <input type="date" name="dueAt" className="input" />
                </label>
                <button className="btn-secondary" name="intent" value="task-save" type="submit">
                  {t("common.add")}
                </button>
              </Form>
            ) : null}
            {n.status === "draft" && canDraft ? (
              <Form method="post" className="mt-3">
                <input type="hidden" name="noticeId" value={n.id} />
                <button className="btn" name="intent" value="submit" type="submit">
                  {t("notice.submit")}
                </button>
              </Form>
            ) : null}
            {n.status === "submitted" && canIssue ? (
              <Form method="post" className="mt-3 grid gap-2 rounded border border-brand-600 p-3 sm:grid-cols-3">
                <input type="hidden" name="noticeId" value={n.id} />
                <label className="text-sm">
                  {t("notice.number")}
                  <input name="number" className="input" placeholder="35/TB-HĐND" />
                </label>
                <label className="text-sm">
                  {t("notice.issuedAt")}
                  <input type="date" name="issuedAt" className="input" />
                </label>
                <label className="text-sm">
                  {t("series.place")}
                  <input name="place" className="input" defaultValue={n.place} />
                </label>
                <label className="text-sm">
                  {t("series.signerOnBehalf")}
                  <input name="signerOnBehalf" className="input" defaultValue={n.signerOnBehalf} />
                </label>
                <label className="text-sm">
                  {t("series.signerTitle")}
                  <input name="signerTitle" className="input" defaultValue={n.signerTitle} />
                </label>
                <label className="text-sm">
                  {t("series.signerName")}
                  <input name="signerName" className="input" defaultValue={n.signerName} />
                </label>
                <div>
                  <button className="btn" name="intent" value="issue" type="submit">
                    {t("notice.issue")}
                  </button>
                </div>
              </Form>
            ) : null}
            {n.status === "issued" ? (
              <>
                <p className="mt-2 text-sm">
                  {t("notice.number")}: <strong>{n.number}</strong> · {n.issuedAt ? formatDate(lang, n.issuedAt) : ""}
                </p>
                {n.amendments.length ? (
                  <ul className="mt-2 text-sm">
                    {n.amendments.map((a) => (
                      <li key={a.id}>
                        {formatDate(lang, a.at)} · {a.by}: {a.reason}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {canIssue ? (
                  <Form method="post" className="mt-2 grid gap-2">
                    <input type="hidden" name="noticeId" value={n.id} />
                    <label className="text-sm">
                      {t("notice.conclusions")}
                      <textarea name="conclusions" rows={4} className="input" defaultValue={n.conclusions} />
                    </label>
                    <label className="text-sm">
                      {t("notice.amendReason")}
                      <input name="reason" className="input" />
                    </label>
                    <div>
                      <button className="btn-secondary" name="intent" value="amend" type="submit">
                        {t("notice.amend")}
                      </button>
                    </div>
                  </Form>
                ) : null}
              </>
            ) : null}
          </>
        )}
      </section>

      <section className="card mb-4" aria-labelledby="review-h">
        <h2 id="review-h" className="mb-2 text-lg font-bold">
          {t("fu.toReview")} ({pending.length})
        </h2>
        <ul className="grid gap-3" data-testid="to-review">
          {pending.map((p) => (
            <li key={p.questionId} className="rounded border border-slate-200 p-2">
              <p className="text-sm text-slate-600">
                <span className="font-mono">{p.trackingCode}</span> · {p.agency}
              </p>
              <p className="mb-1 font-medium">{p.question}</p>
              <div
                className="prose mb-2 max-w-none rounded bg-slate-50 p-2 text-sm"
                dangerouslySetInnerHTML={{ __html: p.html }}
              />
              <FileList files={p.files} />
              <Form method="post" className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="questionId" value={p.questionId} />
                <label className="min-w-0 flex-1 text-sm">
                  {t("fu.reviewNote")}
                  <input name="note" className="input" />
                </label>
                <button className="btn" name="intent" value="approve" type="submit">
                  {t("fu.approve")}
                </button>
                <button className="btn-secondary" name="intent" value="revise" type="submit">
                  {t("fu.revise")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      </section>

      {onAir.length ? (
        <section className="card mb-4" aria-labelledby="air-h">
          <h2 id="air-h" className="mb-2 text-lg font-bold">
            {t("fu.onAirTitle")}
          </h2>
          <ul className="grid gap-2">
            {onAir.map((q) => (
              <li key={q.id}>
                <Form method="post" className="grid gap-1">
                  <input type="hidden" name="questionId" value={q.id} />
                  <p className="text-sm font-medium">
                    {q.summary} <span className="text-slate-500">· {q.answeredBy}</span>
                  </p>
                  <textarea
                    name="airSummary"
                    rows={2}
                    className="input"
                    defaultValue={q.airSummary}
                    aria-label={t("fu.airSummary")}
                    placeholder={t("fu.airSummary")}
                  />
                  <div>
                    <button className="btn-secondary" name="intent" value="air-summary" type="submit">
                      {t("common.save")}
                    </button>
                  </div>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card" aria-labelledby="fu-h">
        <h2 id="fu-h" className="mb-2 text-lg font-bold">
          {t("fu.title")}
        </h2>
        <ul className="grid gap-2" data-testid="followup">
          {items.map((i) => (
            <li
              key={i.kind + i.id}
              className={`rounded border p-2 ${i.overdue ? "border-red-300" : "border-slate-200"}`}
            >
              <div className="mb-1 flex flex-wrap items-center gap-2 text-sm">
                <FollowUpBadge status={i.status} />
                <span>{i.agency?.shortName}</span>
                {i.dueAt ? (
                  <span>
                    {t("ep.checklistDue")}: {formatDate(lang, i.dueAt)}
                  </span>
                ) : null}
                {i.originalDueAt && i.dueAt !== i.originalDueAt ? (
                  <span className="text-xs text-slate-500">
                    {t("fu.originalDue")}: {formatDate(lang, i.originalDueAt)}
                  </span>
                ) : null}
                {i.notSatisfied ? (
                  <span className="badge bg-red-100 text-red-800">{t("fu.notSatisfied", { n: i.notSatisfied })}</span>
                ) : null}
              </div>
              <p className="mb-1 text-sm">{i.title}</p>
              <details>
                <summary className="cursor-pointer text-sm text-brand-700">{t("common.actions")}</summary>
                <div className="mt-2 grid gap-2">
                  {[
                    ["remind", "message"],
                    ["extend", "reason"],
                    ["close", "reason"],
                    ["reopen", "reason"],
                  ].map(([intent, field]) => (
                    <Form key={intent} method="post" className="flex flex-wrap items-end gap-2">
                      <input type="hidden" name="kind" value={i.kind} />
                      <input type="hidden" name="itemId" value={i.id} />
                      {intent === "extend" ? (
                        <label className="text-sm">
                          {t("fu.newDue")}
                          <input type="date" name="dueAt" className="input" />
                        </label>
                      ) : null}
                      <label className="min-w-0 flex-1 text-sm">
                        {t(`fu.${field}`)}
                        <input name={field} className="input" />
                      </label>
                      <button className="btn-secondary" name="intent" value={intent} type="submit">
                        {t(`fu.${intent}`)}
                      </button>
                    </Form>
                  ))}
                  {i.kind === "task" ? (
                    <Form method="post">
                      <input type="hidden" name="itemId" value={i.id} />
                      <button className="btn" name="intent" value="complete" type="submit">
                        {t("fu.complete")}
                      </button>
                    </Form>
                  ) : null}
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>
      <p className="mt-3">
        <Link to={`/quan-tri/chuong-trinh/${episode.id}`}>← {t("ep.edit")}</Link>
      </p>
    </div>
  );
}
