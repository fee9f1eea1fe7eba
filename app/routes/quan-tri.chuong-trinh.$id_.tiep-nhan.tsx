/**
 * The operators' console: hotline entry (keyboard first, collapsed to a line until wanted), the live queue
 * with search, filters and counters, and the detail of one question with routing
 * and duplicate suggestions. Opening a question claims it. Keyboard shortcuts: components/use-console-keys.ts.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { routableAgencies } from "../features/directory/index.server.ts";
import { getEpisode } from "../features/episodes/index.server.ts";
import { seesCallersOf } from "../features/privacy/index.server.ts";
import { KeysDialog } from "../features/questions/components/console-dialogs.tsx";
import { DuplicateBadge, useDuplicateFlags } from "../features/questions/components/duplicate-badge.tsx";
import { FlagBadges } from "../features/questions/components/flag-badges.tsx";
import { HotlineForm } from "../features/questions/components/hotline-form.tsx";
import { PresenceBar } from "../features/questions/components/presence.tsx";
import { QuestionDetail } from "../features/questions/components/question-detail.tsx";
import { useQueueSearch } from "../features/questions/components/queue-search.ts";
import { UndoReject } from "../features/questions/components/undo-reject.tsx";
import { useConsoleKeys } from "../features/questions/components/use-console-keys.ts";
import { useQueue } from "../features/questions/components/use-queue.ts";
import type { StaffQuestion } from "../features/questions/index.server.ts";
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
    perms: {
      triage: can(user, "question:triage", [e.leadCommitteeId]),
      hotline: can(user, "question:hotline"),
      personal: seesCallersOf(user, e.leadCommitteeId),
    },
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
  const [hotline, setHotline] = useState({ open: false, focus: 0 });
  const [help, setHelp] = useState(false);
  const [undo, setUndo] = useState<StaffQuestion | null>(null);
  const search = useQueueSearch(episode.id, perms.personal);
  const searchBox = useRef<HTMLInputElement>(null);
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
      (!topic || q.topics.includes(topic)) &&
      (!search.match || search.match(q)),
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
  // j/k and the arrows walk the queue as shown; each question opened is claimed, as a click does.
  const step = (by: number) => {
    if (!shown.length) return;
    const at = shown.findIndex((q) => q.id === selected);
    const next = shown[at < 0 ? (by > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, at + by))];
    if (next.id !== selected) void open(next.id);
    const item = document.querySelector<HTMLElement>(`[data-qid="${next.id}"]`);
    item?.focus();
    item?.scrollIntoView({ block: "nearest" });
  };
  useConsoleKeys({
    j: () => step(1),
    ArrowDown: () => step(1),
    k: () => step(-1),
    ArrowUp: () => step(-1),
    n: () => perms.hotline && setHotline((h) => ({ open: true, focus: h.focus + 1 })),
    "/": () => searchBox.current?.focus(),
    "?": () => setHelp(true),
  });

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
          <button type="button" className="btn-secondary" aria-keyshortcuts="?" onClick={() => setHelp(true)}>
            {t("console.keys.open")}
          </button>
          <Link to={`/quan-tri/chuong-trinh/${episode.id}/truong-quay`} className="btn-secondary">
            {t("studio.title")}
          </Link>
        </div>
      </div>
      <div className="mb-2">
        <PresenceBar presence={presence} />
      </div>
      <KeysDialog open={help} onClose={() => setHelp(false)} />
      {perms.hotline ? (
        <HotlineForm
          episodeId={episode.id}
          open={hotline.open}
          setOpen={(o) => setHotline((h) => ({ ...h, open: o }))}
          focusKey={hotline.focus}
        />
      ) : null}
      {undo ? (
        <UndoReject
          key={`${undo.id}.${undo.version}`}
          rejected={undo}
          current={questions.get(undo.id)}
          act={act}
          done={() => setUndo(null)}
        />
      ) : null}
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
        <input
          ref={searchBox}
          type="search"
          className="input w-full sm:w-96"
          aria-label={t("console.search")}
          aria-keyshortcuts="/"
          placeholder={t("console.searchHelp")}
          title={t("console.searchHelp")}
          value={search.query}
          onChange={(e) => search.setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Esc clears the search; Enter opens the first question found (and leaves the box for the keys).
            if (e.key === "Escape") search.setQuery("");
            if (e.key === "Enter") {
              e.preventDefault();
              step(1);
            }
          }}
        />
        {search.phoneCount !== null ? (
          <span role="status" className="self-center text-sm text-slate-600">
            {t("console.searchPhone", { n: search.phoneCount })}
          </span>
        ) : null}
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
                  data-qid={q.id}
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
                    {h ? <span className="badge bg-amber-100">{t("console.heldBy", { name: h.username })}</span> : null}
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
              renew={() => void take(sel.id)}
              rejected={setUndo}
            />
          ) : (
            <p className="text-sm text-slate-600">{t("console.pick")}</p>
          )}
        </div>
      </div>
    </div>
  );
}
