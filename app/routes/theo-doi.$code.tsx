import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { FollowUpError, rate } from "../features/followup/index.server.ts";
import { publicStatus } from "../features/questions/index.server.ts";
import { formatTrackingCode, normalizeTrackingCode } from "../features/questions/index.ts";
import { formatDateTime, useLang, useT } from "../platform/i18n/i18n.tsx";
import { getSocket, onViewersResync } from "../platform/socket.client.ts";

export const meta: MetaFunction = () => [
  { title: "Theo dõi câu hỏi · Lắng nghe và Trao đổi" },
  { name: "robots", content: "noindex" },
];

export async function loader({ params }: LoaderFunctionArgs) {
  const code = normalizeTrackingCode(params.code ?? "");
  const q = code ? await publicStatus(code) : null;
  if (!q) throw new Response("Not found", { status: 404 });
  return { q };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const code = normalizeTrackingCode(params.code ?? "");
  if (!code) throw new Response("Not found", { status: 404 });
  const form = await request.formData();
  const satisfied = form.get("satisfied");
  if (satisfied !== "yes" && satisfied !== "no")
    return Response.json({ ok: false, errors: { satisfied: ["err.choice"] } }, { status: 422 });
  try {
    await rate(code, { satisfied: satisfied === "yes", comment: String(form.get("comment") ?? "") });
  } catch (e) {
    if (e instanceof FollowUpError)
      return Response.json({ ok: false, errors: { _form: [`fu.err.${e.code}`] } }, { status: e.status });
    throw e;
  }
  return { ok: true };
}

export default function Tracking() {
  const { q } = useLoaderData<typeof loader>();
  const rated = useActionData<typeof action>() as { ok?: boolean } | undefined;
  const t = useT();
  const lang = useLang();
  const [status, setStatus] = useState(q.status);
  useEffect(() => setStatus(q.status), [q.status]);
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
          <span className="badge bg-brand-100 text-brand-800" data-testid="track-status">
            {t(`qstatus.${status}`)}
          </span>
        </dd>
        {q.mergedInto ? (
          <>
            <dt className="font-semibold">{t("track.merged")}</dt>
            <dd className="font-mono">{formatTrackingCode(q.mergedInto)}</dd>
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
            {q.agency} · {formatDateTime(lang, q.answer.publishedAt)}
          </p>
          <Form method="post" className="mt-3 border-t border-slate-200 pt-3">
            <p className="mb-1 text-sm font-semibold">{t("track.rate")}</p>
            {rated?.ok || q.rating ? (
              <p role="status" className="mb-1 text-sm text-green-700">
                {t("track.rated")}
              </p>
            ) : null}
            <div className="flex flex-wrap gap-2">
              <button
                type="submit"
                name="satisfied"
                value="yes"
                className="btn-secondary"
                aria-pressed={q.rating?.satisfied === true}
              >
                {t("track.satisfied")}
              </button>
              <button
                type="submit"
                name="satisfied"
                value="no"
                className="btn-secondary"
                aria-pressed={q.rating?.satisfied === false}
              >
                {t("track.notSatisfied")}
              </button>
            </div>
            <label className="mt-2 block text-sm">
              {t("track.comment")}
              <input name="comment" className="input" maxLength={1000} defaultValue={q.rating?.comment ?? ""} />
            </label>
          </Form>
        </section>
      ) : null}
      {q.answeredOnAir && q.answeredBy ? (
        <p className="card mb-4 text-sm">{t("track.answeredBy", { name: q.answeredBy })}</p>
      ) : null}
      <h2 className="mb-2 text-lg font-bold">{t("track.history")}</h2>
      <ol className="card grid gap-1 text-sm">
        {q.history.map((h, i) => (
          <li key={i} className="flex flex-wrap gap-2">
            <time dateTime={h.at} className="text-slate-600">
              {formatDateTime(lang, h.at)}
            </time>
            <span>{t(`qstatus.${h.status}`)}</span>
          </li>
        ))}
      </ol>
    </main>
  );
}
