/**
 * The agency's workspace: routed questions and tasks with deadlines, overdue marks, filters; a task's progress
 * and, for the task's lead agency, a request for more time; the inbox of reminders.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod/v4";
import { ExtensionRequestFields, ProgressFields } from "../features/followup/components/followup-forms.tsx";
import { FollowUpBadge } from "../features/followup/components/followup.tsx";
import {
  inboxOf,
  markInboxRead,
  addProgress,
  followUpItems,
  openRequestsOf,
  requestExtension,
  runFollowUp,
} from "../features/followup/index.server.ts";
import { extensionRequestSchema, progressSchema } from "../features/followup/schemas.ts";
import { requirePermission } from "../platform/auth.server.ts";
import type { FormActionData } from "../platform/forms.ts";
import { formIntent, invalid, parseForm } from "../platform/http.server.ts";
import { formatDate, formatShort, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { SchemaForm } from "../platform/ui/schema-form.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "followup:answer");
  const items = user.organizationId ? await followUpItems({ agencyId: user.organizationId }) : [];
  const requests = await openRequestsOf(items.filter((i) => i.kind === "task").map((i) => i.id));
  return {
    items,
    inbox: await inboxOf(user.organizationId),
    /** The tasks this agency leads may get a request for more time (one open at a time). */
    orgId: user.organizationId,
    extensions: Object.fromEntries(requests),
  };
}

const taskId = z.string().trim().min(1, "err.required").max(64);
const taskProgressSchema = progressSchema.extend({ taskId });
const taskExtensionSchema = extensionRequestSchema.extend({ taskId });

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "followup:answer");
  const form = await request.formData();
  const intent = formIntent(form);
  if (intent === "read") {
    if (user.organizationId) await markInboxRead(user.organizationId);
    return { ok: true };
  }
  if (intent === "extension-request")
    return runFollowUp(intent, async () => {
      const { taskId, dueAt, reason } = parseForm(taskExtensionSchema, form, intent);
      await requestExtension(user, { taskId }, dueAt, reason);
      return { ok: true };
    });
  if (intent !== "progress") return invalid({ _form: ["err.choice"] }, intent);
  return runFollowUp(intent, async () => {
    const { taskId, ...input } = parseForm(taskProgressSchema, form, intent);
    await addProgress(user, { taskId }, input);
    return { ok: true };
  });
}

export default function AgencyInbox() {
  const { items, inbox, orgId, extensions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormActionData | undefined;
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  const [params, setParams] = useSearchParams();
  const filter = params.get("loc") ?? "open";
  const shown = items.filter((i) =>
    filter === "all"
      ? true
      : filter === "overdue"
        ? i.overdue
        : filter === "done"
          ? i.status.startsWith("done") || i.status === "closed_unresolvable"
          : !(i.status.startsWith("done") || i.status === "closed_unresolvable"),
  );
  const unread = inbox.filter((m) => !m.read).length;
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("inbox.title")}</h1>
      <div className="mb-3 flex flex-wrap gap-2" role="group" aria-label={t("inbox.filter")}>
        {["open", "overdue", "done", "all"].map((f) => (
          <button
            key={f}
            type="button"
            onClick={() => setParams({ loc: f })}
            aria-pressed={filter === f}
            className={filter === f ? "btn" : "btn-secondary"}
          >
            {t(`inbox.f.${f}`)}
          </button>
        ))}
      </div>
      <ul className="mb-6 grid gap-2" data-testid="agency-items">
        {shown.map((i) => (
          <li key={i.kind + i.id} className={`card ${i.overdue ? "border-red-300" : ""}`}>
            <div className="mb-1 flex flex-wrap items-center gap-2 text-sm">
              <FollowUpBadge status={i.status} />
              <span className="badge bg-slate-100">{t(i.kind === "task" ? "inbox.task" : "inbox.question")}</span>
              {i.dueAt ? (
                <span className={i.overdue ? "font-semibold text-red-700" : ""}>
                  {t("ep.checklistDue")}: {formatDate(lang, i.dueAt, tz)}
                  {i.overdue ? ` (${t("ep.overdue")})` : ""}
                </span>
              ) : null}
              {i.originalDueAt && i.dueAt && i.originalDueAt !== i.dueAt ? (
                <span className="text-xs text-slate-600">
                  {t("fu.originalDue")}: {formatDate(lang, i.originalDueAt, tz)}
                </span>
              ) : null}
              {i.answerStatus ? <span className="text-xs">{t(`answer.${i.answerStatus}`)}</span> : null}
            </div>
            {i.kind === "question" ? (
              <Link to={`/quan-tri/hop-thu/${i.id}`} className="font-medium">
                {i.title}
              </Link>
            ) : (
              <>
                <p className="font-medium">{i.title}</p>
                {i.linked?.questions.length ? (
                  <ul className="mt-1 grid gap-1 text-sm" aria-label={t("inbox.linked")}>
                    {i.linked.questions.map((q) => (
                      <li key={q.id}>
                        <Link to={`/quan-tri/hop-thu/${q.id}`}>{q.summary}</Link>
                        {q.answerStatus ? (
                          <span className="ml-2 text-xs text-slate-600">{t(`answer.${q.answerStatus}`)}</span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                <SchemaForm
                  schema={taskProgressSchema}
                  result={result}
                  intent="progress"
                  match={{ taskId: i.id }}
                  className="mt-2 flex flex-wrap items-end gap-2"
                >
                  {(f) => (
                    <>
                      <input type="hidden" name="intent" value="progress" />
                      <input type="hidden" name="taskId" value={i.id} />
                      <ProgressFields f={f} />
                      {f.error("taskId")}
                      <button type="submit" className="btn-secondary">
                        {t("fu.report")}
                      </button>
                    </>
                  )}
                </SchemaForm>
                {i.agency?.id === orgId && !(i.status.startsWith("done") || i.status === "closed_unresolvable") ? (
                  extensions[i.id] ? (
                    <p className="mt-2 text-sm" data-testid="extension-pending">
                      {t("ext.pending", { date: formatDate(lang, extensions[i.id].to, tz) })}
                    </p>
                  ) : (
                    <SchemaForm
                      schema={taskExtensionSchema}
                      result={result}
                      intent="extension-request"
                      match={{ taskId: i.id }}
                      className="mt-2 flex flex-wrap items-end gap-2"
                      aria-label={t("ext.title")}
                    >
                      {(f) => (
                        <>
                          <input type="hidden" name="taskId" value={i.id} />
                          <ExtensionRequestFields f={f} />
                          {f.error("taskId")}
                        </>
                      )}
                    </SchemaForm>
                  )
                ) : null}
              </>
            )}
          </li>
        ))}
        {shown.length === 0 ? <li className="text-sm text-slate-600">{t("common.empty")}</li> : null}
      </ul>
      <h2 className="mb-2 text-lg font-bold">
        {t("inbox.messages")} {unread ? <span className="badge bg-red-100 text-red-800">{unread}</span> : null}
      </h2>
      {unread ? (
        <Form method="post" className="mb-2">
          <input type="hidden" name="intent" value="read" />
          <button className="btn-secondary" type="submit">
            {t("inbox.markRead")}
          </button>
        </Form>
      ) : null}
      <ul className="grid gap-1" data-testid="inbox-messages">
        {inbox.map((m) => (
          <li
            key={m.id}
            className={`rounded border p-2 text-sm ${m.read ? "border-slate-200" : "border-brand-600 bg-brand-50"}`}
          >
            <strong>{m.subject}</strong> · <span className="text-slate-600">{formatShort(lang, m.at, tz)}</span>
            <p>{m.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
