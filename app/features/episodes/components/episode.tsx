import { Link } from "@remix-run/react";
import { useEffect, useState } from "react";
import { formatDateTime, useLang, useTimeZone, useT } from "../../../platform/i18n/i18n.tsx";

const STATUS_STYLE: Record<string, string> = {
  planned: "bg-brand-100 text-brand-800",
  live: "bg-live text-white",
  ended: "bg-slate-200 text-slate-800",
  concluded: "bg-amber-100 text-amber-900",
  closed: "bg-green-100 text-green-900",
};

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  return (
    <span className={`badge ${STATUS_STYLE[status] ?? ""}`} data-status={status}>
      {status === "live" ? <span aria-hidden>● </span> : null}
      {t(`status.${status}`)}
    </span>
  );
}

/** Counts down to `to`; renders the server's figure first, then ticks in the browser. */
export function Countdown({ to, now }: { to: string; now: string }) {
  const t = useT();
  const target = new Date(to).getTime();
  const [current, setCurrent] = useState(() => new Date(now).getTime());
  useEffect(() => {
    setCurrent(Date.now());
    const id = setInterval(() => setCurrent(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  let s = Math.max(0, Math.floor((target - current) / 1000));
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts: [number, string][] = [
    [d, "countdown.days"],
    [h, "countdown.hours"],
    [m, "countdown.minutes"],
    [s, "countdown.seconds"],
  ];
  return (
    <div className="flex gap-2" role="timer" aria-label={t("home.startsIn")}>
      {parts.map(([v, k]) => (
        <div key={k} className="min-w-[3.5rem] rounded-md bg-white/10 px-2 py-1 text-center">
          <div className="text-2xl font-bold tabular-nums">{String(v).padStart(2, "0")}</div>
          <div className="text-xs">{t(k)}</div>
        </div>
      ))}
    </div>
  );
}

export type EpisodeListItem = {
  id: string;
  topic: string;
  status: string;
  startsAt: string;
  durationMinutes: number;
  leadCommittee: { shortName: string; name: string };
};

export function EpisodeRow({ e }: { e: EpisodeListItem }) {
  const lang = useLang();
  const tz = useTimeZone();
  const t = useT();
  return (
    <li className="card flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <StatusBadge status={e.status} />
        <time dateTime={e.startsAt}>{formatDateTime(lang, e.startsAt, tz)}</time>
      </div>
      <Link to={`/chuong-trinh/${e.id}`} className="text-lg font-semibold text-slate-900">
        {e.topic}
      </Link>
      <div className="text-sm text-slate-600">
        {t("episode.committee")}: {e.leadCommittee.name}
      </div>
    </li>
  );
}
