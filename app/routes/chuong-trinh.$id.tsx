import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "../features/episodes/components/episode.tsx";
import { useEpisodeLive } from "../features/episodes/components/use-episode-status.ts";
import { EpisodeResults } from "../features/followup/components/episode-results.tsx";
import { pageMeta, useBrand } from "../features/profile/index.ts";
import { AskForm, type AskResult } from "../features/questions/components/ask.tsx";
import { Board } from "../features/questions/components/board.tsx";
import { intakeMode } from "../features/questions/index.ts";
import { AppError, fromDatabase, InvalidInput, RateLimited } from "../platform/errors.ts";
import { formatDateTime, formatNumber, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";

/** The asker's own answer is never cached, also as a page (Remix takes a document's headers from here). */
export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const cache = actionHeaders.get("Cache-Control") ?? loaderHeaders.get("Cache-Control");
  return cache ? [["Cache-Control", cache]] : [];
};

/**
 * The server side of this page, imported by its loader and action only. The page is the one a viewer opens
 * on a phone: imported at the top, each `*.server.ts` module would leave in the browser's build an empty
 * stand-in of its own, each a request more before the page answers (bench/README.md, the phone page).
 */
const serverSide = () =>
  Promise.all([
    import("../features/episodes/index.server.ts"),
    import("../features/followup/index.server.ts"),
    import("../features/questions/index.server.ts"),
    import("../platform/context.server.ts"),
  ]).then(([episodes, followup, questions, context]) => ({
    ...episodes,
    ...followup,
    ...questions,
    ...context,
  }));

export async function loader({ params }: LoaderFunctionArgs) {
  const { getEpisode, publicEpisode, board, publicResults } = await serverSide();
  const e = await getEpisode(params.id ?? "");
  if (!e) throw new Response("Not found", { status: 404 });
  const [boardItems, results] = await Promise.all([e.publicBoard ? board(e.id) : null, publicResults(e.id)]);
  return {
    episode: publicEpisode(e),
    // The board as the server has it: shown before (and without) JavaScript, live after.
    board: boardItems,
    results,
    // The client key of the question form when it is posted without JavaScript (one per page view).
    formKey: crypto.randomUUID().replaceAll("-", ""),
  };
}

const ASK_FIELDS = ["text", "name", "phone", "area", "email", "clientKey"] as const;

/**
 * The question form posted without JavaScript: the same use case as the socket and the API. The answer is the
 * asker's own (the secret, or the values typed): never cached.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const { contextOfRequest, questionUseCases } = await serverSide();
  const ctx = await contextOfRequest(request);
  const form = await request.formData();
  const values = Object.fromEntries(ASK_FIELDS.map((k) => [k, String(form.get(k) ?? "")]));
  const noStore = { "Cache-Control": "no-store" };
  const refused = (errors: Record<string, string[]>, status: number) =>
    Response.json({ ok: false, errors, values } satisfies AskResult, { status, headers: noStore });
  try {
    const { question, askerSecret } = await questionUseCases.submit(ctx, {
      ...values,
      publishName: form.get("publishName") === "on",
      contactConsent: form.get("contactConsent") === "on",
      notifyPhone: form.get("notifyPhone") === "on",
      // The form's written-answer mode (the broadcast has ended): the only questions an ended episode takes.
      writtenAnswer: form.get("writtenAnswer") === "on",
      episodeId: params.id ?? "",
    });
    return Response.json({ ok: true, trackingCode: question.trackingCode, askerSecret } satisfies AskResult, {
      headers: noStore,
    });
  } catch (raw) {
    const e = fromDatabase(raw);
    if (e instanceof InvalidInput) return refused(e.errors, 422);
    if (e instanceof RateLimited) return refused({ _form: ["ask.rateLimitedNoJs"] }, 429);
    if (e instanceof AppError && e.status === 404) throw new Response("Not found", { status: 404 });
    // The broadcast ended while the form was open: the page comes back in its written-answer mode, the text kept.
    if (e instanceof AppError && e.code === "written-answer-only") return refused({ _form: ["ask.writtenOnly"] }, 409);
    if (e instanceof AppError && e.status === 409) return refused({ _form: ["ask.closed"] }, 409);
    throw e;
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, data?.episode.topic, data?.episode.summary || data?.episode.topic || "");

export default function EpisodePage() {
  const { episode: e, board: boardItems, results, formKey } = useLoaderData<typeof loader>();
  const asked = useActionData<typeof action>() as AskResult | undefined;
  const t = useT();
  // An episode without its own platforms: where the program is always watched (the profile's).
  const brand = useBrand();
  const platforms = e.platforms.length
    ? e.platforms
    : (brand?.watch ?? []).map((w) => ({ kind: "other", label: w.label, url: w.url || null }));
  const lang = useLang();
  const tz = useTimeZone();
  const { status, viewers } = useEpisodeLive(e.id, e.status);
  // Followed live: when the broadcast ends, the same form (what is typed kept) turns to a written answer.
  const mode = intakeMode(status);
  return (
    <main id="main" className="mx-auto max-w-3xl px-3 py-4">
      <p className="mb-1 text-sm text-slate-600">
        {e.series.programName} · {t("episode.plan")} {e.series.planNumber}
      </p>
      <h1 className="mb-2 text-2xl font-bold leading-snug">{e.topic}</h1>
      <div className="mb-4 flex flex-wrap items-center gap-2" data-testid="episode-status">
        <StatusBadge status={status} />
        {status === "live" && viewers ? (
          <span className="text-sm text-slate-600" data-testid="viewer-count">
            {t("presence.live", { n: formatNumber(lang, viewers) })}
          </span>
        ) : null}
      </div>
      {e.summary ? <p className="mb-4 whitespace-pre-line">{e.summary}</p> : null}
      {mode !== "closed" ? <AskForm episodeId={e.id} formKey={formKey} result={asked} mode={mode} /> : null}
      {boardItems ? <Board episodeId={e.id} initial={boardItems} /> : null}

      <dl className="card mb-4 grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("episode.time")}</dt>
        <dd>
          <time dateTime={e.startsAt}>{formatDateTime(lang, e.startsAt, tz)}</time> · {e.durationMinutes}{" "}
          {t("episode.minutes")}
        </dd>
        <dt className="font-semibold">{t("episode.committee")}</dt>
        <dd>{e.leadCommittee.name}</dd>
        {e.hotlines.length ? (
          <>
            <dt className="font-semibold">{t("episode.hotline")}</dt>
            <dd className="flex flex-wrap gap-2">
              {e.hotlines.map((h) => (
                <a
                  key={h}
                  href={`tel:${h.replace(/[^0-9+]/g, "")}`}
                  className="btn"
                  aria-label={`${t("episode.callHotline")} ${h}`}
                >
                  ☎ {h}
                </a>
              ))}
            </dd>
          </>
        ) : null}
        {e.relatedResolutions.length ? (
          <>
            <dt className="font-semibold">{t("episode.resolutions")}</dt>
            <dd>
              <ul className="list-disc pl-5">
                {e.relatedResolutions.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>

      {platforms.length ? (
        <section aria-labelledby="watch-h" className="mb-4">
          <h2 id="watch-h" className="mb-2 text-lg font-bold">
            {t("episode.watch")}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2" data-testid="platforms">
            {platforms.map((p) => (
              <li key={p.label + p.kind} className="card flex items-center justify-between gap-2">
                <span>
                  <span className="block text-xs uppercase text-slate-500">{t(`platform.${p.kind}`)}</span>
                  <span className="font-medium">{p.label}</span>
                </span>
                {p.url ? (
                  <a href={p.url} className="btn-secondary" rel="noopener noreferrer" target="_blank">
                    {t("episode.openLink")}
                  </a>
                ) : (
                  <span className="text-sm text-slate-500">{t("episode.noLink")}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {e.people.length ? (
        <section aria-labelledby="people-h" className="mb-4">
          <h2 id="people-h" className="mb-2 text-lg font-bold">
            {t("episode.people")}
          </h2>
          <ul className="card grid gap-1">
            {e.people.map((p) => (
              <li key={p.name + p.role}>
                <span className="text-sm text-slate-500">{t(`person.${p.role}`)}:</span> {p.name}
                {p.title ? `, ${p.title}` : ""}
                {p.organization ? ` (${p.organization})` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EpisodeResults episodeId={e.id} results={results} />
      <p>
        <a href={`/lich.ics?chuong-trinh=${encodeURIComponent(e.id)}`} className="btn-secondary">
          {t("episode.addToCalendar")}
        </a>
      </p>
    </main>
  );
}
