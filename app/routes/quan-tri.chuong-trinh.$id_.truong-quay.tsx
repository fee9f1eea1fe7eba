/**
 * The studio screen (second monitor, large type): the approved queue in
 * order, the question on air, "answered on air" with the speaker.
 * Keyboard: ↑/↓ choose, Alt+↑/Alt+↓ move, Enter puts on air; rows can be dragged. The producer may view the
 * queue by viewers' votes; putting a question on air while another is on air asks first.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useMemo, useState } from "react";
import { getEpisode } from "../features/episodes/index.server.ts";
import { PresenceBar } from "../features/questions/components/presence.tsx";
import { useQueue } from "../features/questions/components/use-queue.ts";
import type { StaffQuestion as QueueItem } from "../features/questions/index.server.ts";
import { requirePermission, assertCan } from "../platform/auth.server.ts";
import { notFound } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "studio:view");
  const e = await getEpisode(params.id!);
  if (!e) throw notFound();
  assertCan(user, "studio:view", [e.leadCommitteeId], request);
  return {
    episode: { id: e.id, topic: e.topic },
    speakers: e.people.filter((p) => p.role !== "host").map((p) => [p.name, p.title].filter(Boolean).join(", ")),
  };
}

export default function Studio() {
  const { episode, speakers } = useLoaderData<typeof loader>();
  const t = useT();
  const { questions, act, connected, presence } = useQueue(episode.id);
  const [focus, setFocus] = useState(0);
  const [speaker, setSpeaker] = useState(speakers[0] ?? "");
  const [msg, setMsg] = useState<string | null>(null);
  const [drag, setDrag] = useState<string | null>(null);
  const [byVotes, setByVotes] = useState(false);
  /** A question waiting for the producer to confirm that it replaces the one on air. */
  const [replacing, setReplacing] = useState<QueueItem | null>(null);

  const queue = useMemo(
    () =>
      [...questions.values()]
        .filter((q) => q.status === "approved")
        .sort((a, b) =>
          byVotes
            ? (b.votes ?? 0) - (a.votes ?? 0) || (a.studioOrder ?? 0) - (b.studioOrder ?? 0)
            : (a.studioOrder ?? 0) - (b.studioOrder ?? 0),
        ),
    [questions, byVotes],
  );
  const onAir = useMemo(() => [...questions.values()].find((q) => q.status === "on_air"), [questions]);
  const answered = [...questions.values()].filter((q) => q.status === "answered_on_air").length;

  async function run(input: Record<string, unknown>) {
    const ack = await act(input);
    setMsg(ack.ok ? null : t(`console.err.${ack.error ?? "internal"}`, { holder: "" }));
    return ack.ok;
  }
  /** On air at once when nothing is; otherwise only after the producer confirms the replacement. */
  function putOnAir(q: QueueItem) {
    if (onAir) setReplacing(q);
    else void run({ questionId: q.id, version: q.version, action: "on_air" });
  }
  /** Moves queue[from] to position `to` by giving it an order between its new neighbours. */
  async function move(from: number, to: number) {
    if (byVotes || to < 0 || to >= queue.length || from === to) return;
    const rest = queue.filter((_, i) => i !== from);
    const before = rest[to - 1]?.studioOrder ?? (rest[0]?.studioOrder ?? 1) - 1;
    const after = rest[to]?.studioOrder ?? (rest[rest.length - 1]?.studioOrder ?? 0) + 1;
    const q = queue[from];
    if (
      await run({
        questionId: q.id,
        version: q.version,
        action: "reorder",
        studioOrder: to === 0 ? after - 1 : to >= rest.length ? before + 1 : (before + after) / 2,
      })
    )
      setFocus(to);
  }

  return (
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- arrow keys move through the items
    <div
      className="text-lg"
      onKeyDown={(e) => {
        if (!queue.length) return;
        if (e.key === "ArrowDown" || e.key === "ArrowUp") {
          e.preventDefault();
          const d = e.key === "ArrowDown" ? 1 : -1;
          if (e.altKey) void move(focus, focus + d);
          else setFocus((f) => Math.min(queue.length - 1, Math.max(0, f + d)));
        } else if (
          e.key === "Enter" &&
          (e.target as HTMLElement).tagName !== "BUTTON" &&
          (e.target as HTMLElement).tagName !== "SELECT"
        ) {
          const q = queue[focus];
          if (q) putOnAir(q);
        }
      }}
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("studio.title")}</h1>
        <div className="flex items-center gap-2 text-sm">
          <span className={`badge ${connected ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}>
            {connected ? t("console.online") : t("console.offline")}
          </span>
          <span className="badge bg-slate-100">{t("studio.answered", { n: answered })}</span>
          <Link to={`/quan-tri/chuong-trinh/${episode.id}/tiep-nhan`} className="btn-secondary">
            {t("console.title")}
          </Link>
          <Link to={`/quan-tri/chuong-trinh/${episode.id}/dan-chuong-trinh`} className="btn-secondary">
            {t("studio.presenter")}
          </Link>
        </div>
      </div>
      <div className="mb-3">
        <PresenceBar presence={presence} />
      </div>
      {msg ? (
        <p role="alert" className="mb-2 rounded bg-red-50 p-2 text-base text-red-800">
          {msg}
        </p>
      ) : null}
      <section aria-labelledby="onair-h" className="mb-4 rounded-lg bg-live p-4 text-white" data-testid="on-air">
        <h2 id="onair-h" className="mb-2 text-base font-bold uppercase">
          {t("studio.onAir")}
        </h2>
        {onAir ? (
          <>
            <p className="mb-3 text-3xl font-semibold leading-snug">{onAir.summary}</p>
            <div className="flex flex-wrap items-center gap-2 text-base">
              <label htmlFor="speaker" className="font-semibold">
                {t("studio.speaker")}
              </label>
              <select
                id="speaker"
                className="input w-auto text-slate-900"
                value={speaker}
                onChange={(e) => setSpeaker(e.target.value)}
              >
                {speakers.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="btn bg-white text-live"
                disabled={!speaker}
                onClick={() =>
                  run({ questionId: onAir.id, version: onAir.version, action: "answered_on_air", speaker })
                }
              >
                {t("studio.markAnswered")}
              </button>
              <button
                type="button"
                className="btn border-white bg-transparent"
                onClick={() => run({ questionId: onAir.id, version: onAir.version, action: "back_to_queue" })}
              >
                {t("studio.backToQueue")}
              </button>
            </div>
          </>
        ) : (
          <p className="text-xl">{t("studio.nothing")}</p>
        )}
      </section>
      <section aria-labelledby="queue-h">
        <h2 id="queue-h" className="mb-1 text-xl font-bold">
          {t("studio.queue")} ({queue.length})
        </h2>
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <p className="text-sm text-slate-600">{byVotes ? t("studio.sortedByVotes") : t("studio.keys")}</p>
          <button
            type="button"
            className="btn-secondary text-sm"
            aria-pressed={byVotes}
            data-testid="sort-votes"
            onClick={() => setByVotes((v) => !v)}
          >
            {byVotes ? t("studio.sortStudio") : t("studio.sortVotes")}
          </button>
        </div>
        {replacing && onAir ? (
          <div
            role="alertdialog"
            aria-labelledby="replace-q"
            className="mb-2 rounded border-2 border-live bg-red-50 p-3"
          >
            <p id="replace-q" className="mb-2 text-base">
              {t("studio.replaceAsk", { current: onAir.summary, next: replacing.summary })}
            </p>
            <span className="flex gap-2">
              <button
                type="button"
                className="btn bg-live"
                // eslint-disable-next-line jsx-a11y/no-autofocus -- the decision the producer has to make now
                autoFocus
                onClick={() => {
                  const q = replacing;
                  setReplacing(null);
                  void run({ questionId: q.id, version: q.version, action: "on_air" });
                }}
              >
                {t("studio.replace")}
              </button>
              <button type="button" className="btn-secondary" onClick={() => setReplacing(null)}>
                {t("common.cancel")}
              </button>
            </span>
          </div>
        ) : null}
        <ol className="grid gap-2" data-testid="studio-queue">
          {queue.map((q, i) => (
            <li
              key={q.id}
              draggable={!byVotes}
              onDragStart={() => setDrag(q.id)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={() => {
                const from = queue.findIndex((x) => x.id === drag);
                if (from >= 0) void move(from, i);
                setDrag(null);
              }}
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a focused item moves by keyboard
              tabIndex={0}
              onFocus={() => setFocus(i)}
              aria-current={focus === i}
              className={`flex items-start gap-3 rounded-lg border-2 bg-white p-3 ${focus === i ? "border-brand-600" : "border-slate-200"}`}
            >
              <span className="w-8 shrink-0 text-2xl font-bold text-slate-400">{i + 1}</span>
              <span className="flex-1 text-2xl leading-snug">
                {q.summary}
                {q.votes ? <span className="ml-2 text-base text-slate-500">▲ {q.votes}</span> : null}
              </span>
              <span className="flex shrink-0 flex-col gap-1">
                <button type="button" className="btn bg-live" onClick={() => putOnAir(q)}>
                  {t("studio.putOnAir")}
                </button>
                <span className={`flex gap-1 ${byVotes ? "hidden" : ""}`}>
                  <button
                    type="button"
                    className="btn-secondary"
                    aria-label={t("studio.up")}
                    onClick={() => move(i, i - 1)}
                    disabled={i === 0}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn-secondary"
                    aria-label={t("studio.down")}
                    onClick={() => move(i, i + 1)}
                    disabled={i === queue.length - 1}
                  >
                    ↓
                  </button>
                </span>
              </span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
