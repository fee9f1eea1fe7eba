/**
 * An agency answers one routed question: written answer (safe formatting), progress, a request for more time,
 * or "not our competence".
 * The asker shows only when they agreed to be contacted, the phone masked until an audited reveal.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { FileList } from "../features/followup/components/files.tsx";
import { ExtensionRequestFields, ProgressFields } from "../features/followup/components/followup-forms.tsx";
import {
  runFollowUp,
  addProgress,
  returnQuestion,
  saveAnswer,
  questionForAgency,
  attachmentsOf,
  openRequestsOf,
  requestExtension,
} from "../features/followup/index.server.ts";
import { answerSchema, extensionRequestSchema, progressSchema, returnSchema } from "../features/followup/schemas.ts";
import { Caller, type RevealData } from "../features/privacy/components/caller.tsx";
import { revealPhone } from "../features/privacy/index.server.ts";
import { assertCan, requirePermission } from "../platform/auth.server.ts";
import type { FormActionData } from "../platform/forms.ts";
import {
  filesOf,
  formIntent,
  FormInvalid,
  formResult,
  invalid,
  notFound,
  parseForm,
  readFormWithFiles,
} from "../platform/http.server.ts";
import { formatDate, formatShort, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { richTextToHtml } from "../platform/rich-text.server.ts";
import { FormMessage } from "../platform/ui/form.tsx";
import { SchemaForm } from "../platform/ui/schema-form.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "followup:answer");
  const q = await questionForAgency(user, params.id!);
  if (!q) throw notFound();
  assertCan(user, "followup:answer", [q.agencyId], request);
  const files = await attachmentsOf([
    ...(q.answer ? [{ type: "answer", id: q.answer.id }] : []),
    ...q.reports.map((r) => ({ type: "progress", id: r.id })),
  ]);
  const extension = (await openRequestsOf([q.id])).get(q.id) ?? null;
  return {
    /** The agency's open extension request, waiting for the lead Ban. */
    extension,
    q: {
      id: q.id,
      trackingCode: q.trackingCode,
      text: q.text,
      summary: q.summary,
      status: q.status,
      episode: q.episode.topic,
      dueAt: q.dueAt?.toISOString() ?? null,
      originalDueAt: q.originalDueAt?.toISOString() ?? null,
      task: q.task?.content ?? null,
      caller: q.caller,
    },
    answer: q.answer && {
      body: q.answer.body,
      html: richTextToHtml(q.answer.body),
      status: q.answer.status,
      reviewNote: q.answer.reviewNote,
      files: files.get(q.answer.id) ?? [],
    },
    reports: q.reports.map((r) => ({
      id: r.id,
      text: r.text,
      percent: r.percent,
      at: r.createdAt.toISOString(),
      by: r.authorLabel,
      files: files.get(r.id) ?? [],
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "followup:answer");
  let form: FormData;
  try {
    form = await readFormWithFiles(request, undefined, "files");
  } catch (e) {
    if (e instanceof FormInvalid) return invalid(e.errors, e.intent, undefined, e.status);
    throw e;
  }
  const intent = formIntent(form);
  if (intent === "reveal-phone")
    return formResult(intent, async () => ({ revealed: await revealPhone(user, { questionId: params.id }) }));
  return runFollowUp(intent, async () => {
    if (intent === "answer-save" || intent === "answer-submit") {
      const { body } = parseForm(answerSchema, form, intent); // Markdown, stored as typed
      await saveAnswer(user, params.id!, {
        body,
        submit: intent === "answer-submit",
        files: await filesOf(form, "files"),
      });
    } else if (intent === "progress") {
      const progress = parseForm(progressSchema, form, intent);
      await addProgress(user, { questionId: params.id! }, { ...progress, files: await filesOf(form, "files") });
    } else if (intent === "extension-request") {
      const { dueAt, reason } = parseForm(extensionRequestSchema, form, intent);
      await requestExtension(user, { questionId: params.id! }, dueAt, reason);
    } else if (intent === "return") {
      await returnQuestion(user, params.id!, parseForm(returnSchema, form, intent).reason);
      throw redirect("/quan-tri/hop-thu");
    }
    return { ok: true, intent };
  });
}

export default function AnswerPage() {
  const { q, answer, reports, extension } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as (RevealData & NonNullable<FormActionData>) | undefined;
  const t = useT();
  const fileErrors = data?.errors?.files?.map((e) => t(e)).join(" ");
  const lang = useLang();
  const tz = useTimeZone();
  const editable = q.status === "routed" && answer?.status !== "approved";
  return (
    <div>
      <p className="mb-1">
        <Link to="/quan-tri/hop-thu">← {t("inbox.title")}</Link>
      </p>
      <h1 className="mb-2 text-xl font-bold">
        {t("inbox.question")} <span className="font-mono">{q.trackingCode}</span>
      </h1>
      <div className="card mb-3">
        <p className="mb-2 whitespace-pre-line break-words">{q.summary}</p>
        {q.summary !== q.text ? (
          <p className="mb-2 text-sm text-slate-600">
            {t("console.original")}: {q.text}
          </p>
        ) : null}
        <p className="text-sm text-slate-600">{q.episode}</p>
        <div className="mt-2 border-t border-slate-200 pt-2">
          {q.caller ? (
            <Caller
              questionId={q.id}
              caller={q.caller}
              revealed={data?.revealed?.questionId === q.id ? data.revealed.phone : null}
            />
          ) : (
            <p className="text-sm text-slate-600" data-testid="no-caller">
              {t("privacy.noConsent")}
            </p>
          )}
        </div>
        {q.dueAt ? (
          <p className="text-sm">
            {t("ep.checklistDue")}: <strong>{formatDate(lang, q.dueAt, tz)}</strong>
            {q.originalDueAt && q.originalDueAt !== q.dueAt
              ? ` (${t("fu.originalDue")}: ${formatDate(lang, q.originalDueAt, tz)})`
              : ""}
          </p>
        ) : null}
        {q.task ? (
          <p className="text-sm">
            {t("fu.task")}: {q.task}
          </p>
        ) : null}
      </div>
      <FormMessage errors={data?.errors} ok={data?.ok ? t("common.saved") : undefined} />
      <section className="card mb-3" aria-labelledby="answer-h">
        <h2 id="answer-h" className="mb-2 font-bold">
          {t("fu.answer")}{" "}
          {answer ? (
            <span className="badge bg-slate-100" data-testid="answer-status">
              {t(`answer.${answer.status}`)}
            </span>
          ) : null}
        </h2>
        {answer?.reviewNote ? (
          <p className="mb-2 rounded bg-amber-50 p-2 text-sm">
            {t("fu.reviewNote")}: {answer.reviewNote}
          </p>
        ) : null}
        {editable ? (
          <SchemaForm
            schema={answerSchema}
            result={data}
            intent={["answer-save", "answer-submit"]}
            encType="multipart/form-data"
          >
            {(f) => (
              <>
                <label htmlFor="body" className="label">
                  {t("fu.answerText")}
                </label>
                <textarea
                  id="body"
                  name="body"
                  rows={8}
                  className="input"
                  defaultValue={answer?.body ?? ""}
                  aria-describedby={["body-help", f.aria("body")["aria-describedby"]].filter(Boolean).join(" ")}
                  aria-invalid={f.aria("body")["aria-invalid"]}
                />
                {f.error("body")}
                <p id="body-help" className="mt-1 text-xs text-slate-500">
                  {t("fu.answerHelp")}
                </p>
                {answer?.files.length ? <FileList files={answer.files} /> : null}
                <label className="mt-2 block text-sm">
                  {t("fu.attach")}
                  <input
                    type="file"
                    name="files"
                    multiple
                    className="input"
                    accept=".pdf,.doc,.docx,.xlsx,.png,.jpg,.jpeg"
                    aria-describedby={fileErrors ? "files-err" : undefined}
                  />
                </label>
                {fileErrors ? (
                  <p id="files-err" className="mt-1 text-sm text-red-700">
                    {fileErrors}
                  </p>
                ) : null}
                <div className="mt-2 flex gap-2">
                  <button type="submit" name="intent" value="answer-save" className="btn-secondary">
                    {t("fu.saveDraft")}
                  </button>
                  <button type="submit" name="intent" value="answer-submit" className="btn">
                    {t("fu.submitAnswer")}
                  </button>
                </div>
              </>
            )}
          </SchemaForm>
        ) : answer ? (
          <>
            <div className="prose max-w-none text-sm" dangerouslySetInnerHTML={{ __html: answer.html }} />
            <FileList files={answer.files} />
          </>
        ) : null}
      </section>
      <section className="card mb-3" aria-labelledby="progress-h">
        <h2 id="progress-h" className="mb-2 font-bold">
          {t("fu.progress")}
        </h2>
        <ol className="mb-2 grid gap-1 text-sm">
          {reports.map((r) => (
            <li key={r.id}>
              <span className="text-slate-500">
                {formatShort(lang, r.at, tz)} · {r.by} · {r.percent}%
              </span>{" "}
              — {r.text}
              <FileList files={r.files} />
            </li>
          ))}
        </ol>
        {q.status === "routed" ? (
          <SchemaForm
            schema={progressSchema}
            result={data}
            intent="progress"
            encType="multipart/form-data"
            className="flex flex-wrap items-end gap-2"
          >
            {(f) => (
              <>
                <label className="text-sm">
                  {t("fu.attach")}
                  <input type="file" name="files" multiple className="input" />
                  {fileErrors && data?.intent === "progress" ? (
                    <span className="mt-1 block text-sm text-red-700">{fileErrors}</span>
                  ) : null}
                </label>
                <ProgressFields f={f} />
                <button type="submit" name="intent" value="progress" className="btn-secondary">
                  {t("fu.report")}
                </button>
              </>
            )}
          </SchemaForm>
        ) : null}
      </section>
      {q.status === "routed" ? (
        <section className="card mb-3" aria-labelledby="extension-h">
          <h2 id="extension-h" className="mb-2 font-bold">
            {t("ext.title")}
          </h2>
          {extension ? (
            <p className="text-sm" data-testid="extension-pending">
              {t("ext.pending", { date: formatDate(lang, extension.to, tz) })} {t("fu.reason")}: {extension.reason}
            </p>
          ) : (
            <SchemaForm
              schema={extensionRequestSchema}
              result={data}
              intent="extension-request"
              className="flex flex-wrap items-end gap-2"
            >
              {(f) => <ExtensionRequestFields f={f} />}
            </SchemaForm>
          )}
        </section>
      ) : null}
      {q.status === "routed" ? (
        <section className="card" aria-labelledby="return-h">
          <h2 id="return-h" className="mb-2 font-bold">
            {t("fu.return")}
          </h2>
          <SchemaForm schema={returnSchema} result={data} intent="return" className="flex flex-wrap items-end gap-2">
            {(f) => (
              <>
                {f.input("reason", t("fu.returnReason"), { wide: true })}
                <button type="submit" name="intent" value="return" className="btn-danger">
                  {t("fu.returnButton")}
                </button>
              </>
            )}
          </SchemaForm>
        </section>
      ) : null}
    </div>
  );
}
