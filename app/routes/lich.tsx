import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { EpisodeRow } from "../features/episodes/components/episode.tsx";
import { publicEpisode, schedule } from "../features/episodes/index.server.ts";
import { pageMetaT } from "../features/profile/index.ts";
import { useT } from "../platform/i18n/i18n.tsx";

export const meta: MetaFunction = ({ matches }) => pageMetaT(matches, "Lịch phát sóng", "meta.schedule");

export async function loader() {
  const s = await schedule();
  return { upcoming: s.upcoming.map(publicEpisode), past: s.past.map(publicEpisode) };
}

export default function Schedule() {
  const { upcoming, past } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <main id="main" className="mx-auto max-w-6xl px-3 py-4">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("schedule.title")}</h1>
        <a href="/lich.ics" className="btn-secondary" download="lang-nghe.ics" data-testid="ics-link">
          {t("schedule.ics")}
        </a>
      </div>
      <p className="mb-4 text-sm text-slate-600">{t("schedule.icsHelp")}</p>
      <section aria-labelledby="up-h" className="mb-6">
        <h2 id="up-h" className="mb-2 text-lg font-bold">
          {t("schedule.upcoming")}
        </h2>
        {upcoming.length ? (
          <ul className="grid gap-2" data-testid="upcoming">
            {upcoming.map((e) => (
              <EpisodeRow key={e.id} e={e} />
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{t("schedule.noneUpcoming")}</p>
        )}
      </section>
      <section aria-labelledby="past-h">
        <h2 id="past-h" className="mb-2 text-lg font-bold">
          {t("schedule.past")}
        </h2>
        {past.length ? (
          <ul className="grid gap-2" data-testid="past">
            {past.map((e) => (
              <EpisodeRow key={e.id} e={e} />
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{t("schedule.nonePast")}</p>
        )}
      </section>
    </main>
  );
}
