import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Countdown, EpisodeRow } from "../features/episodes/components/episode.tsx";
import { publicEpisode, schedule } from "../features/episodes/index.server.ts";
import { TrackingLookup } from "../features/questions/components/tracking-lookup.tsx";
import { formatDateTime, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";

export async function loader(_: LoaderFunctionArgs) {
  const now = new Date();
  const s = await schedule(now);
  return {
    now: now.toISOString(),
    live: s.live ? publicEpisode(s.live) : null,
    next: s.next ? publicEpisode(s.next) : null,
    upcoming: s.upcoming
      .filter((e) => e.id !== s.live?.id && e.id !== s.next?.id)
      .slice(0, 3)
      .map(publicEpisode),
  };
}

export default function Home() {
  const { live, next, upcoming, now } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  return (
    <main id="main" className="mx-auto max-w-6xl px-3 py-4">
      {/* The page's title for assistive technology; the site header already shows the program's name. */}
      <h1 className="sr-only">{t("home.title")}</h1>
      {live ? (
        <section
          aria-labelledby="live-h"
          className="mb-4 rounded-lg bg-live p-4 text-white shadow"
          data-testid="live-episode"
        >
          <h2 id="live-h" className="mb-1 flex items-center gap-2 text-sm font-bold uppercase tracking-wide">
            <span aria-hidden className="inline-block h-2.5 w-2.5 animate-pulse rounded-full bg-white" />
            {t("home.live")}
          </h2>
          <p className="mb-2 text-xl font-bold leading-snug sm:text-2xl">{live.topic}</p>
          <p className="mb-3 text-sm">
            {live.leadCommittee.name} · <time dateTime={live.startsAt}>{formatDateTime(lang, live.startsAt, tz)}</time>
          </p>
          <div className="flex flex-wrap gap-2">
            <Link to={`/chuong-trinh/${live.id}`} className="btn bg-white text-live hover:bg-slate-100">
              {t("home.watch")}
            </Link>
            {live.hotlines[0] ? (
              <a href={`tel:${live.hotlines[0].replace(/[^0-9+]/g, "")}`} className="btn border-white bg-transparent">
                {t("episode.hotline")}: {live.hotlines[0]}
              </a>
            ) : null}
          </div>
        </section>
      ) : null}

      {next ? (
        <section
          aria-labelledby="next-h"
          className="mb-4 rounded-lg bg-brand-800 p-4 text-white shadow"
          data-testid="next-episode"
        >
          <h2 id="next-h" className="mb-1 text-sm font-bold uppercase tracking-wide">
            {t("home.next")}
          </h2>
          <p className="mb-2 text-lg font-bold leading-snug sm:text-xl">{next.topic}</p>
          <p className="mb-3 text-sm">
            {next.leadCommittee.name} · <time dateTime={next.startsAt}>{formatDateTime(lang, next.startsAt, tz)}</time>
          </p>
          <p className="mb-1 text-sm">{t("home.startsIn")}</p>
          <Countdown to={next.startsAt} now={now} />
          <div className="mt-3">
            <Link to={`/chuong-trinh/${next.id}`} className="btn bg-white text-brand-800 hover:bg-slate-100">
              {t("home.details")}
            </Link>
          </div>
        </section>
      ) : null}

      {!live && !next ? <p className="card mb-4">{t("home.none")}</p> : null}

      <section className="mb-4 card">
        <p className="text-sm leading-relaxed text-slate-700">{t("home.about")}</p>
      </section>

      <TrackingLookup id="home-lookup" />

      {upcoming.length ? (
        <section aria-labelledby="up-h">
          <h2 id="up-h" className="mb-2 text-lg font-bold">
            {t("schedule.upcoming")}
          </h2>
          <ul className="grid gap-2">
            {upcoming.map((e) => (
              <EpisodeRow key={e.id} e={e} />
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-4">
        <Link to="/lich">{t("home.allSchedule")} →</Link>
      </p>
    </main>
  );
}
