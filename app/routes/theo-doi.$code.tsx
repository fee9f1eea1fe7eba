import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { rate } from "../features/followup/index.server.ts";
import { pageMetaT } from "../features/profile/index.ts";
import { AskerProofFields } from "../features/questions/components/asker-proof.tsx";
import { FormError, NotifySection, PersonalDataSection } from "../features/questions/components/asker-sections.tsx";
import {
  AskerError,
  personalData,
  publicStatus,
  subscribeAsker,
  withdrawPersonalData,
  type PersonalData,
} from "../features/questions/index.server.ts";
import { formatTrackingCode, normalizeTrackingCode } from "../features/questions/index.ts";
import { contextOfRequest } from "../platform/context.server.ts";
import { askedHere, askerSecretFor, deviceId, rememberAskerSecret } from "../platform/device.client.ts";
import { AppError, InvalidInput, RateLimited } from "../platform/errors.ts";
import { invalid, notFound } from "../platform/http.server.ts";
import { formatDateTime, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { getSocket, onViewersResync } from "../platform/socket.client.ts";
import type { FieldErrors } from "../platform/validation.ts";
// This page's texts (platform/i18n/dictionary.ts says why they are apart).
import "../platform/i18n/dictionary-tracking.ts";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMetaT(matches, "Theo dõi câu hỏi", "meta.tracking"),
  { name: "robots", content: "noindex" },
];

/** The asker's own answer is never cached, also as a page (Remix takes a document's headers from here). */
export const headers: HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const cache = actionHeaders.get("Cache-Control") ?? loaderHeaders.get("Cache-Control");
  return cache ? [["Cache-Control", cache]] : [];
};

/** Public: whoever holds the tracking code sees this (never personal data, the rating or another asker's code). */
export async function loader({ params }: LoaderFunctionArgs) {
  const code = normalizeTrackingCode(params.code ?? "");
  const q = code ? await publicStatus(code) : null;
  if (!q) throw new Response("Not found", { status: 404 });
  const ratingOpen = !!q.ratingOpenUntil && Date.now() <= Date.parse(q.ratingOpenUntil);
  return { q, ratingOpen };
}

type AskerResult =
  { ok: true; intent: string; personalData: PersonalData } | { ok: false; intent?: string; errors: FieldErrors };

/**
 * The asker's forms: rate the answer, see the personal data held, withdraw it, ask to be told by e-mail.
 * Each proves the asker with the secret (typed or pasted; filled in by the page on the device that asked) or
 * the device id; without JavaScript the typed secret is enough. The answer is the asker's own data: never
 * cached, and never the secret itself.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const ctx = await contextOfRequest(request);
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "rate");
  const proof = { trackingCode: params.code ?? "", secret: form.get("secret"), deviceId: form.get("deviceId") };
  try {
    let shown: PersonalData;
    if (intent === "rate") {
      await rate(ctx, { ...proof, satisfied: form.get("satisfied"), comment: form.get("comment") });
      shown = await personalData(ctx, proof);
    } else if (intent === "show") shown = await personalData(ctx, proof);
    else if (intent === "withdraw") shown = await withdrawPersonalData(ctx, proof);
    else if (intent === "subscribe") shown = await subscribeAsker(ctx, { ...proof, email: form.get("email") });
    else return invalid({ _form: ["err.choice"] }, intent);
    return Response.json({ ok: true, intent, personalData: shown } satisfies AskerResult, {
      headers: { "Cache-Control": "no-store" },
    });
  } catch (e) {
    // Refusals are messages on the form that was sent (4xx), never an error page.
    if (e instanceof AskerError)
      return invalid(
        { [e.code === "not-asker" ? "secret" : "_form"]: [`asker.err.${e.code}`] },
        intent,
        undefined,
        e.status,
      );
    if (e instanceof RateLimited) return invalid({ _form: ["asker.err.rateLimited"] }, intent, undefined, 429);
    if (e instanceof InvalidInput) return invalid(e.errors, intent);
    if (e instanceof AppError && e.status === 404) throw notFound();
    throw e;
  }
}

export default function Tracking() {
  const { q, ratingOpen } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as AskerResult | undefined;
  const fetcher = useFetcher<typeof action>();
  const auto = fetcher.data as AskerResult | undefined;
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  const [status, setStatus] = useState(q.status);
  useEffect(() => setStatus(q.status), [q.status]);

  // What this device knows of the asker (JavaScript only): the secret kept from the submit answer or from a
  // private link (#bi-mat=…, which the browser never sends), and the device id when the question was asked here.
  const [known, setKnown] = useState<{ secret: string | null; deviceId: string | null }>({
    secret: null,
    deviceId: null,
  });
  const { submit } = fetcher;
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    const fragment = /(?:^#|&)bi-mat=([A-Za-z0-9_-]{22})(?:&|$)/.exec(window.location.hash);
    if (fragment) {
      rememberAskerSecret(q.trackingCode, fragment[1]);
      // The secret leaves the address bar (and the history), so that the address can be shared safely.
      window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    }
    const secret = askerSecretFor(q.trackingCode);
    const device = askedHere(q.trackingCode) ? deviceId() : null;
    setKnown({ secret, deviceId: device });
    // The asker's own data shows by itself on the device that asked (once per question).
    if ((secret || device) && shownFor.current !== q.trackingCode) {
      shownFor.current = q.trackingCode;
      submit({ intent: "show", secret: secret ?? "", deviceId: device ?? "" }, { method: "post" });
    }
  }, [q.trackingCode, submit]);

  useEffect(() => {
    const socket = getSocket("/");
    // The answer carries the current status: a reconnect or a resync catches up on what was missed.
    const follow = () =>
      socket.emit(
        "questions:follow",
        { trackingCodes: [q.trackingCode] },
        (res: { ok: boolean; questions?: { trackingCode: string; status: string }[] }) => {
          const now = res?.ok ? res.questions?.find((x) => x.trackingCode === q.trackingCode) : undefined;
          if (now) setStatus(now.status);
        },
      );
    const onStatus = (p: { trackingCode: string; status: string }) =>
      p.trackingCode === q.trackingCode && setStatus(p.status);
    socket.on("connect", follow);
    socket.on("question:status", onStatus);
    const stopResync = onViewersResync(socket, follow);
    if (socket.connected) follow();
    return () => {
      stopResync();
      socket.off("connect", follow);
      socket.off("question:status", onStatus);
    };
  }, [q.trackingCode]);

  // The latest of what the asker did on this page, or else what the page loaded by itself.
  const mine = result?.ok ? result.personalData : auto?.ok ? auto.personalData : null;
  const errorsOf = (intents: string[]) =>
    result && !result.ok && intents.includes(result.intent ?? "") ? result.errors : {};
  const rateErrors = errorsOf(["rate"]);
  const dataErrors = errorsOf(["show", "withdraw"]);
  const notifyErrors = errorsOf(["subscribe"]);

  return (
    <main id="main" className="mx-auto max-w-2xl px-3 py-4">
      <h1 className="mb-1 text-2xl font-bold">{t("track.title")}</h1>
      <p className="mb-3 font-mono text-lg" data-testid="tracking-code">
        {formatTrackingCode(q.trackingCode)}
      </p>
      <div className="card mb-4">
        <p className="mb-2 whitespace-pre-line break-words">{q.text}</p>
        <p className="text-sm text-slate-600">
          {t("track.episode")}: <Link to={`/chuong-trinh/${q.episode.id}`}>{q.episode.topic}</Link>
        </p>
      </div>
      <dl className="card mb-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-2">
        <dt className="font-semibold">{t("episode.status")}</dt>
        <dd>
          <span className="badge bg-brand-100 text-brand-800" aria-live="polite" data-testid="track-status">
            {t(`qstatus.${status}`)}
          </span>
        </dd>
        {q.merged ? (
          <>
            <dt className="font-semibold">{t("track.merged")}</dt>
            <dd data-testid="track-merged">{t("track.mergedNote")}</dd>
          </>
        ) : null}
        {q.agency ? (
          <>
            <dt className="font-semibold">{t("track.agency")}</dt>
            <dd>{q.agency}</dd>
          </>
        ) : null}
        {q.rejectReason ? (
          <>
            <dt className="font-semibold">{t("track.rejectReason")}</dt>
            <dd>
              {t(`reject.${q.rejectReason}`)}
              {q.rejectNote ? `: ${q.rejectNote}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      {q.answer ? (
        <section className="card mb-4" aria-labelledby="answer-h" data-testid="published-answer">
          <h2 id="answer-h" className="mb-2 text-lg font-bold">
            {t("track.answer")}
          </h2>
          <div className="prose max-w-none" dangerouslySetInnerHTML={{ __html: q.answer.html }} />
          <p className="mt-2 text-xs text-slate-500">
            {q.agency} · {formatDateTime(lang, q.answer.publishedAt, tz)}
          </p>
          {ratingOpen ? (
            <Form method="post" className="mt-3 border-t border-slate-200 pt-3" data-testid="rate-form">
              <input type="hidden" name="intent" value="rate" />
              <p className="mb-1 text-sm font-semibold">{t("track.rate")}</p>
              <p className="mb-1 text-xs text-slate-500">
                {t("track.rateHelp", { until: formatDateTime(lang, q.ratingOpenUntil!, tz) })}
              </p>
              {result?.ok && result.intent === "rate" ? (
                <p role="status" className="mb-1 text-sm text-green-700">
                  {t("track.rated")}
                </p>
              ) : null}
              <FormError errors={rateErrors} />
              <AskerProofFields id="rate-secret" known={known} proven={!!mine} error={rateErrors.secret} />
              <label className="mt-2 block text-sm">
                {t("track.comment")}
                <input
                  name="comment"
                  className="input"
                  maxLength={1000}
                  defaultValue={mine?.rating?.comment ?? ""}
                  key={mine?.rating?.ratedAt ?? "none"}
                />
              </label>
              <div className="mt-2 flex flex-wrap gap-2">
                <button
                  type="submit"
                  name="satisfied"
                  value="yes"
                  className="btn-secondary"
                  aria-pressed={mine?.rating?.satisfied === true}
                >
                  {t("track.satisfied")}
                </button>
                <button
                  type="submit"
                  name="satisfied"
                  value="no"
                  className="btn-secondary"
                  aria-pressed={mine?.rating?.satisfied === false}
                >
                  {t("track.notSatisfied")}
                </button>
              </div>
            </Form>
          ) : (
            <p className="mt-3 border-t border-slate-200 pt-3 text-sm text-slate-600">
              {t("track.rateClosed", { until: formatDateTime(lang, q.ratingOpenUntil!, tz) })}
            </p>
          )}
        </section>
      ) : null}
      {q.answeredOnAir && q.answeredBy ? (
        <p className="card mb-4 text-sm">{t("track.answeredBy", { name: q.answeredBy })}</p>
      ) : null}
      <h2 className="mb-2 text-lg font-bold">{t("track.history")}</h2>
      <ol className="card mb-4 grid gap-1 text-sm">
        {q.history.map((h, i) => (
          <li key={i} className="flex flex-wrap gap-2">
            <time dateTime={h.at} className="text-slate-600">
              {formatDateTime(lang, h.at, tz)}
            </time>
            <span>{t(`qstatus.${h.status}`)}</span>
          </li>
        ))}
      </ol>

      <NotifySection
        mine={mine}
        known={known}
        errors={notifyErrors}
        subscribed={!!(result?.ok && result.intent === "subscribe")}
      />

      <PersonalDataSection mine={mine} known={known} errors={dataErrors} />
    </main>
  );
}
