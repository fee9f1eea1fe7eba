import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "../features/episodes/components/episode.tsx";
import { listEpisodes } from "../features/episodes/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formatShort, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { can } from "../platform/permissions.ts";
import { ListPage } from "../platform/ui/list-page.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "episode:view");
  const episodes = await listEpisodes();
  return {
    canCreate: can(user, "episode:edit"),
    episodes: episodes.reverse().map((e) => ({
      id: e.id,
      topic: e.topic,
      status: e.status,
      startsAt: e.startsAt.toISOString(),
      committee: e.leadCommittee.shortName,
      plan: e.series.planNumber,
    })),
  };
}

export default function EpisodesList() {
  const { episodes, canCreate } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  return (
    <ListPage
      title={t("ep.list")}
      actions={[canCreate && { to: "/quan-tri/chuong-trinh/moi", label: t("ep.new") }]}
      columns={[t("episode.time"), t("ep.topic"), t("ep.leadCommittee"), t("episode.status")]}
    >
      {episodes.map((e) => (
        <tr key={e.id}>
          <td className="whitespace-nowrap">{formatShort(lang, e.startsAt, tz)}</td>
          <td>
            <Link to={`/quan-tri/chuong-trinh/${e.id}`}>{e.topic}</Link>{" "}
            <span className="text-xs text-slate-500">({e.plan})</span>
          </td>
          <td className="whitespace-nowrap">{e.committee}</td>
          <td>
            <StatusBadge status={e.status} />
          </td>
        </tr>
      ))}
    </ListPage>
  );
}
