/**
 * After the broadcast, for the lead committee and the Standing Committee:
 * the conclusion notice (draft → submitted → issued, then amendments), the
 * answers waiting for review, the agencies' extension requests, and the
 * follow-up of every item.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { getEpisode } from "../features/episodes/index.server.ts";
import { FileList } from "../features/followup/components/files.tsx";
import {
  AirSummaryForm,
  ExtensionDecisionForm,
  ItemActions,
  LinkedQuestions,
  ReviewForm,
} from "../features/followup/components/followup-forms.tsx";
import { FollowUpBadge } from "../features/followup/components/followup.tsx";
import { NoticeSection } from "../features/followup/components/notice-section.tsx";
import { conclusionsIntents, conclusionsPage, runFollowUp } from "../features/followup/index.server.ts";
import { conclusionsSchemas } from "../features/followup/schemas.ts";
import { Caller, type RevealData } from "../features/privacy/components/caller.tsx";
import { revealPhone } from "../features/privacy/index.server.ts";
import { assertCan, requirePermission } from "../platform/auth.server.ts";
import type { FormActionData } from "../platform/forms.ts";
import { formIntent, formResult, invalid, notFound, intentOf, parseForm } from "../platform/http.server.ts";
import { formatDate, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { FormMessage } from "../platform/ui/form.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "followup:review");
  const e = await getEpisode(params.id!);
  if (!e) throw notFound();
  assertCan(user, "followup:review", [e.leadCommitteeId], request);
  return conclusionsPage(user, e);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "followup:review");
  const form = await request.formData();
  const intent = formIntent(form);
  // The full phone number of an asker, recorded in the audit log (personal:view within the episode's lead Ban).
  if (intent === "reveal-phone")
    return formResult(intent, async () => ({
      revealed: await revealPhone(user, parseForm(conclusionsSchemas["reveal-phone"], form, intent)),
    }));
  const run = intentOf(conclusionsIntents, intent);
  if (!run) return invalid({ intent: ["err.choice"] }, intent, undefined, 400);
  return formResult(intent, () =>
    runFollowUp(intent, async () => {
      await run({ user, episodeId: params.id! }, form);
      return { ok: true, intent };
    }),
  );
}

export default function Conclusions() {
  const {
    episode,
    notice: n,
    pending,
    items,
    agencies,
    canDraft,
    canIssue,
    onAir,
    requests,
    callers,
  } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as (RevealData & NonNullable<FormActionData>) | undefined;
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">{t("notice.page")}</h1>
      <p className="mb-3 text-slate-600">{episode.topic}</p>
      <FormMessage errors={data?.errors} ok={data?.ok ? t("common.saved") : undefined} />

      <NoticeSection
        episode={episode}
        n={n}
        agencies={agencies}
        canDraft={canDraft}
        canIssue={canIssue}
        result={data}
      />

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
              <ReviewForm questionId={p.questionId} result={data} />
            </li>
          ))}
        </ul>
      </section>

      {requests.length ? (
        <section className="card mb-4" aria-labelledby="ext-h">
          <h2 id="ext-h" className="mb-2 text-lg font-bold">
            {t("ext.open")} ({requests.length})
          </h2>
          <ul className="grid gap-3" data-testid="extension-requests">
            {requests.map((r) => (
              <li key={r.id} className="rounded border border-slate-200 p-2">
                <p className="text-sm text-slate-600">
                  {t(r.kind === "task" ? "inbox.task" : "inbox.question")} · {r.agency} · {r.by}
                </p>
                <p className="mb-1 font-medium">{r.title}</p>
                <p className="text-sm">
                  {r.from ? `${t("ext.current")}: ${formatDate(lang, r.from, tz)} · ` : ""}
                  {t("ext.asked")}: <strong>{formatDate(lang, r.to, tz)}</strong>
                </p>
                <p className="mb-2 text-sm">
                  {t("fu.reason")}: {r.reason}
                </p>
                <ExtensionDecisionForm extensionId={r.id} result={data} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {onAir.length ? (
        <section className="card mb-4" aria-labelledby="air-h">
          <h2 id="air-h" className="mb-2 text-lg font-bold">
            {t("fu.onAirTitle")}
          </h2>
          <ul className="grid gap-2">
            {onAir.map((q) => (
              <li key={q.id}>
                <AirSummaryForm q={q} result={data} />
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
                    {t("ep.checklistDue")}: {formatDate(lang, i.dueAt, tz)}
                  </span>
                ) : null}
                {i.originalDueAt && i.dueAt !== i.originalDueAt ? (
                  <span className="text-xs text-slate-500">
                    {t("fu.originalDue")}: {formatDate(lang, i.originalDueAt, tz)}
                  </span>
                ) : null}
                {i.notSatisfied ? (
                  <span className="badge bg-red-100 text-red-800">{t("fu.notSatisfied", { n: i.notSatisfied })}</span>
                ) : null}
              </div>
              <p className="mb-1 text-sm">{i.title}</p>
              {i.linked ? <LinkedQuestions questions={i.linked.questions} result={data} /> : null}
              {i.kind === "question" && callers[i.id] ? (
                <div className="mb-1">
                  <Caller
                    questionId={i.id}
                    caller={callers[i.id]}
                    revealed={data?.revealed?.questionId === i.id ? data.revealed.phone : null}
                  />
                </div>
              ) : null}
              <details>
                <summary className="cursor-pointer text-sm text-brand-700">{t("common.actions")}</summary>
                <ItemActions i={i} result={data} />
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
