/**
 * The operators' console: hotline entry (keyboard first), the live queue
 * with filters and counters, and the detail of one question with routing
 * and duplicate suggestions. Opening a question claims it.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect, useMemo, useState } from "react";
import { routableAgencies } from "../features/directory/index.server.ts";
import { getEpisode } from "../features/episodes/index.server.ts";
import { DuplicateBadge, useDuplicateFlags } from "../features/questions/components/duplicate-badge.tsx";
import { FlagBadges } from "../features/questions/components/flag-badges.tsx";
import { HotlineForm } from "../features/questions/components/hotline-form.tsx";
import { PresenceBar } from "../features/questions/components/presence.tsx";
import { QuestionDetail } from "../features/questions/components/question-detail.tsx";
import { useQueue } from "../features/questions/components/use-queue.ts";
import { QUESTION_STATUSES } from "../features/questions/index.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { notFound } from "../platform/http.server.ts";
import { formatShort, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { can } from "../platform/permissions.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "question:view");
  const e = await getEpisode(params.id!);
  if (!e) throw notFound();
  const agencies = await routableAgencies();
  return {
    me: { id: user.id, username: user.username },
    episode: { id: e.id, topic: e.topic, status: e.status },
    agencies,
    perms: { triage: can(user, "question:triage", [e.leadCommitteeId]), hotline: can(user, "question:hotline") },
  };
}

const CHANNELS = ["web", "hotline", "fanpage", "youtube", "email", "switchboard", "zalo", "other"];

export default function Console() {
  const { episode, me, perms, agencies } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  const { questions, holds, connected, ready, presence, resynced, act, claim, release } = useQueue(episode.id);
  const [status, setStatus] = useState("");
  const [channel, setChannel] = useState("");
  const [agency, setAgency] = useState("");
  const [topic, setTopic] = useState("");
  const [selected, setSelected] = useState<string | null>(null);
  const [holdsDown, setHoldsDown] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(id);
  }, []);

  const list = useMemo(
    () => [...questions.values()].sort((a, b) => b.priority - a.priority || b.createdAt.localeCompare(a.createdAt)),
    [questions],
  );
  const shown = list.filter(
    (q) =>
      (!status || q.status === status) &&
      (!channel || q.channel === channel) &&
      (!agency || q.agency?.id === agency) &&
      (!topic || q.topics.includes(topic)),
  );
  const queueKey = useMemo(() => list.map((q) => `${q.id}.${q.version}`).join(), [list]);
  const dupFlags = useDuplicateFlags(episode.id, queueKey);
  const byStatus = (s: string) => list.filter((q) => q.status === s).length;
  const byChannel = (c: string) => list.filter((q) => q.channel === c).length;
  const perMinute = list.filter((q) => now - Date.parse(q.createdAt) < 60_000).length;
  const last10 = list.filter((q) => now - Date.parse(q.createdAt) < 600_000).length / 10;
  const topics = [...new Set(list.flatMap((q) => q.topics))];

  // Holds cannot be taken while the server cannot reach Redis: the detail says so.
  const take = async (id: string) => setHoldsDown((await claim(id))?.error === "holds-unavailable");
  async function open(id: string) {
    if (selected && selected !== id) release(selected);
    setSelected(id);
    setHoldsDown(false);
    if (perms.triage) await take(id);
  }
  // Redis is back: take the hold that was refused while it was away.
  useEffect(() => {
    if (selected && holdsDown && perms.triage) void take(selected);
  }, [resynced]); // eslint-disable-line react-hooks/exhaustive-deps
  function close() {
    if (selected) release(selected);
    setSelected(null);
  }
  const sel = selected ? questions.get(selected) : undefined;

  return (
    <div>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-bold">
          {t("console.title")}: {episode.topic}
        </h1>
        <div className="flex items-center gap-2 text-sm">
          <span
            className={`badge ${connected ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}
            data-testid="connection"
          >
            {connected ? t("console.online") : t("console.offline")}
          </span>
          <Link to={`/quan-tri/chuong-trinh/${episode.id}/truong-quay`} className="btn-secondary">
            {t("studio.title")}
          </Link>
        </div>
      </div>
      <div className="mb-2">
        <PresenceBar presence={presence} />
      </div>
      {perms.hotline ? <HotlineForm episodeId={episode.id} /> : null}
      <div className="mb-2 flex flex-wrap gap-2 text-xs" data-testid="counters">
        <span className="badge bg-slate-200">
          {t("console.total")}: {list.length}
        </span>
        {QUESTION_STATUSES.map((s) => (
          <span key={s} className="badge bg-slate-100">
            {t(`qstatus.${s}`)}: {byStatus(s)}
          </span>
        ))}
        {CHANNELS.filter(byChannel).map((c) => (
          <span key={c} className="badge bg-brand-50">
            {t(`channel.${c}`)}: {byChannel(c)}
          </span>
        ))}
        <span className="badge bg-amber-100">{t("console.rate", { now: perMinute, avg: last10.toFixed(1) })}</span>
      </div>
      <div className="mb-2 flex flex-wrap gap-2">
        <select
          aria-label={t("episode.status")}
          className="input w-auto"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        >
          <option value="">
            {t("episode.status")}: {t("common.all")}
          </option>
          {QUESTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`qstatus.${s}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t("console.channel")}
          className="input w-auto"
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
        >
          <option value="">
            {t("console.channel")}: {t("common.all")}
          </option>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t("console.agency")}
          className="input w-auto"
          value={agency}
          onChange={(e) => setAgency(e.target.value)}
        >
          <option value="">
            {t("console.agency")}: {t("common.all")}
          </option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.shortName}
            </option>
          ))}
        </select>
        {topics.length ? (
          <select
            aria-label={t("console.topic")}
            className="input w-auto"
            value={topic}
            onChange={(e) => setTopic(e.target.value)}
          >
            <option value="">
              {t("console.topic")}: {t("common.all")}
            </option>
            {topics.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <ul className="grid max-h-[70vh] content-start gap-1 overflow-y-auto" data-testid="queue" aria-busy={!ready}>
          {shown.map((q) => {
            const h = holds.get(q.id);
            return (
              <li key={q.id}>
                <button
                  type="button"
                  onClick={() => open(q.id)}
                  aria-current={selected === q.id}
                  className={`w-full rounded border p-2 text-left text-sm ${selected === q.id ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-white"}`}
                >
                  <span className="mb-1 flex flex-wrap items-center gap-1 text-xs text-slate-600">
                    <span className="badge bg-slate-100">{t(`qstatus.${q.status}`)}</span>
                    <span>{t(`channel.${q.channel}`)}</span>
                    <span>{formatShort(lang, q.createdAt, tz)}</span>
                    {q.priority ? (
                      <span className="badge bg-red-100 text-red-800">{t(`priority.${q.priority}`)}</span>
                    ) : null}
                    <FlagBadges flags={q.flags} mark="⚑ " />
                    {q.agency ? <span>→ {q.agency.shortName}</span> : null}
                    {h ? <span className="badge bg-amber-100">🔒 {h.username}</span> : null}
                    <DuplicateBadge flag={dupFlags.get(q.id)} />
                  </span>
                  <span className="line-clamp-3 break-words">{q.summary}</span>
                </button>
              </li>
            );
          })}
          {ready && shown.length === 0 ? <li className="text-sm text-slate-600">{t("common.empty")}</li> : null}
        </ul>
        <div>
          {sel ? (
            <QuestionDetail
              q={sel}
              holder={holds.get(sel.id)}
              holdsDown={holdsDown}
              me={me}
              perms={perms}
              agencies={agencies}
              act={act}
              all={questions}
              close={close}
            />
          ) : (
            <p className="text-sm text-slate-600">{t("console.pick")}</p>
          )}
        </div>
      </div>
    </div>
  );
}
