/**
 * The operators' console: hotline entry (keyboard first), the live queue
 * with filters and counters, and the detail of one question with routing
 * and duplicate suggestions. Opening a question claims it.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { routableAgencies } from "../features/directory/index.server.ts";
import { getEpisode } from "../features/episodes/index.server.ts";
import { PresenceBar } from "../features/questions/components/presence.tsx";
import { useQueue, type ActionAck } from "../features/questions/components/use-queue.ts";
import type { StaffQuestion } from "../features/questions/index.server.ts";
import { formatTrackingCode, canApply, QUESTION_STATUSES, REJECT_REASONS } from "../features/questions/index.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { randomKey } from "../platform/device.client.ts";
import { notFound } from "../platform/http.server.ts";
import { formatShort, useLang, useT } from "../platform/i18n/i18n.tsx";
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

function HotlineForm({ episodeId }: { episodeId: string }) {
  const t = useT();
  const first = useRef<HTMLInputElement>(null);
  // One key per call: a retry after a failed send reuses it, so nothing is logged twice.
  const callKey = useRef<string | null>(null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  async function submit(form: HTMLFormElement) {
    const f = new FormData(form);
    callKey.current ??= randomKey();
    const body = {
      name: f.get("name"),
      phone: f.get("phone"),
      area: f.get("area"),
      text: f.get("text"),
      channel: "hotline",
      clientKey: callKey.current,
    };
    let res: Response;
    try {
      res = await fetch(`/api/episodes/${episodeId}/questions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      setMsg({ ok: false, text: t("console.err.timeout") });
      return;
    }
    const json = await res.json().catch(() => ({}));
    if (res.status === 201 || res.status === 200) {
      form.reset();
      callKey.current = null;
      setErrors({});
      setMsg({ ok: true, text: t("console.logged", { code: formatTrackingCode(json.trackingCode) }) });
      first.current?.focus();
    } else {
      setErrors(json.errors ?? {});
      if (json.errors) callKey.current = null; // the caller's words will change: a new question
      setMsg({ ok: false, text: json.errors ? t("common.fixErrors") : t(`api.${json.error ?? "internal"}`) });
    }
  }
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter in any field logs the call
    <form
      className="card mb-3"
      aria-labelledby="hotline-h"
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit(ev.currentTarget);
      }}
      onKeyDown={(ev) => {
        if (ev.key === "Enter" && !ev.shiftKey && (ev.target as HTMLElement).tagName !== "BUTTON") {
          ev.preventDefault();
          void submit(ev.currentTarget);
        }
      }}
    >
      <h2 id="hotline-h" className="mb-2 font-bold">
        {t("console.hotline")}
      </h2>
      <div className="grid gap-2 sm:grid-cols-3">
        <label className="text-sm">
          {t("ask.name")}
          <input ref={first} name="name" className="input" autoComplete="off" />
        </label>
        <label className="text-sm">
          {t("ask.phone")}
          <input name="phone" type="tel" className={`input ${errors.phone ? "input-error" : ""}`} autoComplete="off" />
        </label>
        <label className="text-sm">
          {t("ask.area")}
          <input name="area" className="input" autoComplete="off" />
        </label>
      </div>
      <label className="mt-2 block text-sm">
        {t("console.summary")}
        <textarea
          name="text"
          rows={2}
          className={`input ${errors.text ? "input-error" : ""}`}
          aria-describedby="hotline-help"
        />
      </label>
      <p id="hotline-help" className="mt-1 text-xs text-slate-500">
        {t("console.hotlineHelp")}
      </p>
      <div className="mt-2 flex items-center gap-3">
        <button type="submit" className="btn">
          {t("console.log")}
        </button>
        {msg ? (
          <span role="status" className={`text-sm ${msg.ok ? "text-green-700" : "text-red-700"}`}>
            {msg.text}
            {Object.entries(errors)
              .map(([k, v]) => ` ${t(`ask.${k}`)}: ${v.map((x) => t(x)).join(", ")}`)
              .join(";")}
          </span>
        ) : null}
      </div>
    </form>
  );
}

function Detail({
  q,
  holder,
  holdsDown,
  me,
  perms,
  agencies,
  act,
  all,
  close,
}: {
  holdsDown?: boolean;
  q: StaffQuestion;
  holder: { username: string; userId: string } | null | undefined;
  me: { id: string };
  perms: { triage: boolean };
  agencies: { id: string; code: string; shortName: string }[];
  act: (i: Record<string, unknown>) => Promise<ActionAck>;
  all: Map<string, StaffQuestion>;
  close: () => void;
}) {
  const t = useT();
  const [sugg, setSugg] = useState<{
    routing: {
      code: string;
      score: number;
      reasons: { kind: string; term: string }[];
      organization: { id: string; shortName: string } | null;
    }[];
    duplicates: { id: string; trackingCode: string; summary: string; score: number }[];
  } | null>(null);
  const [msg, setMsg] = useState<string | null>(null);
  const [agencyId, setAgencyId] = useState("");
  const [summary, setSummary] = useState(q.summary);
  useEffect(() => setSummary(q.summary), [q.id, q.summary]);
  const [topics, setTopics] = useState(q.topics.join(", "));
  useEffect(() => setTopics(q.topics.join(", ")), [q.id, q.topics]);
  useEffect(() => {
    setSugg(null);
    fetch(`/api/questions/${q.id}/suggestions`)
      .then((r) => (r.ok ? r.json() : null))
      .then(setSugg)
      .catch(() => {});
  }, [q.id, q.summary]);
  const heldByOther = holder && holder.userId !== me.id;
  const run = async (input: Record<string, unknown>) => {
    setMsg(null);
    const ack = await act({ questionId: q.id, version: q.version, ...input });
    if (!ack.ok)
      setMsg(
        t(`console.err.${ack.error ?? "internal"}`, { holder: String((ack as { holder?: string }).holder ?? "") }),
      );
  };
  const can2 = (a: string) => perms.triage && !heldByOther && canApply(a as never, q.status);
  return (
    <section className="card" aria-labelledby="detail-h" data-testid="detail">
      <div className="mb-2 flex items-start justify-between gap-2">
        <h2 id="detail-h" className="font-bold">
          {t(`qstatus.${q.status}`)} · <span className="font-mono">{formatTrackingCode(q.trackingCode)}</span>
        </h2>
        <button type="button" className="btn-secondary" onClick={close}>
          {t("common.back")}
        </button>
      </div>
      {holder ? (
        <p className="mb-2 text-sm" data-testid="holder">
          {t("console.heldBy", { name: holder.username })}
        </p>
      ) : null}
      {holdsDown ? (
        <p className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="holds-down">
          {t("console.holdsDown")}
        </p>
      ) : null}
      {msg ? (
        <p role="alert" className="mb-2 rounded bg-red-50 p-2 text-sm text-red-800">
          {msg}
        </p>
      ) : null}
      <p className="mb-1 whitespace-pre-line break-words text-sm text-slate-600">
        {t("console.original")}: {q.text}
      </p>
      <p className="mb-2 text-sm">
        {[q.name, q.phone, q.area].filter(Boolean).join(" · ")}{" "}
        {q.flags.length ? (
          <span className="badge bg-red-100 text-red-800">{q.flags.map((f) => t(`flag.${f}`)).join(", ")}</span>
        ) : null}
      </p>
      {q.agency ? (
        <p className="mb-2 text-sm">
          {t("console.routedTo")}: <strong>{q.agency.shortName}</strong>
        </p>
      ) : null}
      {perms.triage ? (
        <>
          <label className="block text-sm">
            {t("console.summary")}
            <textarea
              className="input"
              rows={3}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
              disabled={!!heldByOther}
            />
          </label>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="button"
              className="btn-secondary"
              disabled={!can2("edit") || summary === q.summary}
              onClick={() => run({ action: "edit", summary })}
            >
              {t("console.saveSummary")}
            </button>
            <button
              type="button"
              className="btn"
              disabled={!can2("approve")}
              onClick={() => run({ action: "approve" })}
            >
              {t("console.approve")}
            </button>
            <button
              type="button"
              className="btn-secondary"
              disabled={!can2("unapprove")}
              onClick={() => run({ action: "unapprove" })}
            >
              {t("console.unapprove")}
            </button>
            <button
              type="button"
              className="btn-secondary"
              disabled={!can2("restore")}
              onClick={() => run({ action: "restore" })}
            >
              {t("console.restore")}
            </button>
            <select
              aria-label={t("console.priority")}
              className="input w-auto"
              value={q.priority}
              disabled={!can2("priority")}
              onChange={(e) => run({ action: "priority", priority: Number(e.target.value) })}
            >
              {[0, 1, 2].map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="mt-2 flex flex-wrap items-end gap-2">
            <label className="text-sm">
              {t("console.topics")}
              <input
                className="input"
                value={topics}
                onChange={(e) => setTopics(e.target.value)}
                placeholder={t("console.topicsHelp")}
                disabled={!!heldByOther}
              />
            </label>
            <button
              type="button"
              className="btn-secondary"
              disabled={!can2("tag")}
              onClick={() =>
                run({
                  action: "tag",
                  topics: topics
                    .split(",")
                    .map((x) => x.trim())
                    .filter(Boolean),
                })
              }
            >
              {t("console.saveTopics")}
            </button>
          </div>
          <h3 className="mt-3 font-semibold">{t("console.route")}</h3>
          {sugg ? (
            <ol className="mb-2 grid gap-1 text-sm" data-testid="suggestions">
              {sugg.routing.map((s) => (
                <li key={s.code} className="flex flex-wrap items-center gap-2">
                  <button
                    type="button"
                    className="btn-secondary"
                    disabled={!can2("route") || !s.organization}
                    onClick={() => s.organization && run({ action: "route", agencyId: s.organization.id })}
                  >
                    {t("console.routeTo", { name: s.organization?.shortName ?? s.code })}
                  </button>
                  <span className="text-xs text-slate-500">
                    {s.reasons.map((r) => `${t(`reason.${r.kind}`)}: ${r.term}`).join("; ")}
                  </span>
                </li>
              ))}
            </ol>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <select
              aria-label={t("console.agency")}
              className="input w-auto"
              value={agencyId}
              onChange={(e) => setAgencyId(e.target.value)}
            >
              <option value="">{t("console.agency")}</option>
              {agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.shortName}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="btn-secondary"
              disabled={!agencyId || !can2("route")}
              onClick={() => run({ action: "route", agencyId })}
            >
              {t("console.routeChosen")}
            </button>
          </div>
          {sugg?.duplicates.length ? (
            <>
              <h3 className="mt-3 font-semibold">{t("console.duplicates")}</h3>
              <ul className="grid gap-1 text-sm" data-testid="duplicates">
                {sugg.duplicates
                  .filter((d) => all.get(d.id)?.status !== "merged")
                  .map((d) => (
                    <li key={d.id} className="flex flex-wrap items-center gap-2">
                      <button
                        type="button"
                        className="btn-secondary"
                        disabled={!can2("merge")}
                        onClick={() => run({ action: "merge", targetId: d.id })}
                      >
                        {t("console.mergeInto")}
                      </button>
                      <span className="font-mono text-xs">{formatTrackingCode(d.trackingCode)}</span>{" "}
                      <span>{d.summary}</span>
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
          <h3 className="mt-3 font-semibold">{t("console.reject")}</h3>
          <div className="flex flex-wrap gap-2">
            {REJECT_REASONS.map((r) => (
              <button
                key={r}
                type="button"
                className="btn-danger"
                disabled={!can2("reject")}
                onClick={() => run({ action: "reject", reason: r, note: "" })}
              >
                {t(`reject.${r}`)}
              </button>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}

export default function Console() {
  const { episode, me, perms, agencies } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
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
                    <span>{formatShort(lang, q.createdAt)}</span>
                    {q.priority ? (
                      <span className="badge bg-red-100 text-red-800">{t(`priority.${q.priority}`)}</span>
                    ) : null}
                    {q.flags.length ? (
                      <span className="badge bg-red-100 text-red-800">
                        ⚑ {q.flags.map((f) => t(`flag.${f}`)).join(", ")}
                      </span>
                    ) : null}
                    {q.agency ? <span>→ {q.agency.shortName}</span> : null}
                    {h ? <span className="badge bg-amber-100">🔒 {h.username}</span> : null}
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
            <Detail
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
