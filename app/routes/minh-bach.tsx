/** Public transparency: do agencies answer on time? No personal data. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AgencyTable, ClassSummary } from "../features/followup/components/class-summary.tsx";
import { transparencyEpisodes, dashboard } from "../features/followup/index.server.ts";
import { pageMetaT } from "../features/profile/index.ts";
import { useT } from "../platform/i18n/i18n.tsx";

export const meta: MetaFunction = ({ matches }) => pageMetaT(matches, "Minh bạch kết quả trả lời", "meta.results");

export async function loader({ request }: LoaderFunctionArgs) {
  const episodes = await transparencyEpisodes();
  // ?ep=…: one episode's items (its issued notice's tasks and the routed questions no task covers).
  const ep = new URL(request.url).searchParams.get("ep");
  const episode = episodes.find((e) => e.id === ep) ?? null;
  const d = await dashboard(episode ? { episodeId: episode.id } : {});
  // Counts only: never the items themselves (their titles and codes are not for this page).
  return {
    summary: d.summary,
    onAir: d.onAir,
    total: d.total,
    agencies: d.agencies,
    satisfaction: d.satisfaction,
    episodes,
    episode: episode && { id: episode.id, topic: episode.topic },
  };
}

export default function Transparency() {
  const { summary, onAir, total, agencies, satisfaction, episodes, episode } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <main id="main" className="mx-auto max-w-4xl px-3 py-4">
      <h1 className="mb-2 text-2xl font-bold">{t("transparency.title")}</h1>
      <p className="mb-3 text-sm text-slate-600">{t("transparency.help")}</p>
      {episode ? (
        <p className="mb-2 font-semibold" data-testid="transparency-episode">
          {t("transparency.episode", { topic: episode.topic })} · <Link to="/minh-bach">{t("transparency.all")}</Link>
        </p>
      ) : null}
      <p className="mb-2">
        {t("transparency.summary", { total, onAir })}{" "}
        {t("report.satisfaction", { satisfied: satisfaction.satisfied, rated: satisfaction.rated })}
      </p>
      <p className="mb-2 text-sm text-slate-600">{t("report.itemsHelp")}</p>
      <ClassSummary summary={summary} onAir={onAir} />
      <AgencyTable agencies={agencies} testId="public-agencies" />
      <h2 className="mb-2 mt-4 text-lg font-bold">{t("results.title")}</h2>
      <ul className="grid gap-1">
        {episodes.map((e) => (
          <li key={e.id}>
            <Link to={`/chuong-trinh/${e.id}`}>{e.topic}</Link>
            {e.notice?.status === "issued" ? ` · ${e.notice.number}` : ""} ·{" "}
            <Link to={`/minh-bach?ep=${e.id}`}>{t("transparency.episodeFigures")}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
