import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listSeries } from "../features/episodes/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formatDate, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { ListPage } from "../platform/ui/list-page.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "series:edit");
  const rows = await listSeries();
  return {
    series: rows.map((s) => ({
      id: s.id,
      planNumber: s.planNumber,
      title: s.title,
      issuedAt: s.issuedAt.toISOString(),
      issuer: s.issuer?.shortName ?? "",
      episodes: s._count.episodes,
    })),
  };
}

export default function SeriesList() {
  const { series } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  return (
    <ListPage
      title={t("series.list")}
      actions={[{ to: "/quan-tri/ke-hoach/moi", label: t("series.new") }]}
      columns={[t("series.planNumber"), t("series.title"), t("series.issuedAt"), t("series.episodes")]}
    >
      {series.map((s) => (
        <tr key={s.id}>
          <td className="whitespace-nowrap">
            <Link to={`/quan-tri/ke-hoach/${s.id}`}>{s.planNumber}</Link>
          </td>
          <td>
            {s.title}
            <div className="text-xs text-slate-500">{s.issuer}</div>
          </td>
          <td className="whitespace-nowrap">{formatDate(lang, s.issuedAt, tz)}</td>
          <td>{s.episodes}</td>
        </tr>
      ))}
    </ListPage>
  );
}
