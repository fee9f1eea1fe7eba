/** Dashboards: per episode or across episodes; exports to CSV, XLSX and the follow-up report (DOCX). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { episodeOptions } from "../features/episodes/index.server.ts";
import { Bars } from "../features/followup/components/charts.tsx";
import { AgencyTable, ClassSummary } from "../features/followup/components/class-summary.tsx";
import { dashboard } from "../features/followup/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formatDate, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { can } from "../platform/permissions.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "report:view");
  const episodeId = new URL(request.url).searchParams.get("ep") || undefined;
  const [{ items: _items, ...d }, episodes] = await Promise.all([dashboard({ episodeId }), episodeOptions()]);
  // Only those who may see askers (personal:view) are offered their data in the export.
  return { d, episodes, episodeId: episodeId ?? "", canPersonal: can(user, "personal:view") };
}

export default function Reports() {
  const { d, episodes, episodeId, canPersonal } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  const [, setParams] = useSearchParams();
  const q = episodeId ? `?ep=${episodeId}` : "";
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("report.title")}</h1>
      <div className="mb-3 flex flex-wrap items-end gap-2">
        <label className="text-sm">
          {t("track.episode")}
          <select
            className="input"
            value={episodeId}
            onChange={(e) => setParams(e.target.value ? { ep: e.target.value } : {})}
          >
            <option value="">{t("common.all")}</option>
            {episodes.map((e) => (
              <option key={e.id} value={e.id}>
                {e.topic}
              </option>
            ))}
          </select>
        </label>
        {/* A plain GET form (a download needs no script): the chosen format's address, the episode, and personal=1. */}
        <form method="get" action="/quan-tri/bao-cao/cau-hoi.xlsx" className="flex flex-wrap items-end gap-2">
          {episodeId ? <input type="hidden" name="ep" value={episodeId} /> : null}
          <button type="submit" className="btn-secondary">
            {t("report.questions")} XLSX
          </button>
          <button type="submit" className="btn-secondary" formAction="/quan-tri/bao-cao/cau-hoi.csv">
            CSV
          </button>
          {canPersonal ? (
            <span className="grid text-sm">
              <span className="flex items-center gap-2">
                <input
                  id="export-personal"
                  name="personal"
                  value="1"
                  type="checkbox"
                  className="h-5 w-5"
                  aria-describedby="export-personal-help"
                />
                <label htmlFor="export-personal">{t("privacy.exportPersonal")}</label>
              </span>
              <span id="export-personal-help" className="text-xs text-slate-500">
                {t("privacy.exportPersonalHelp")}
              </span>
            </span>
          ) : null}
        </form>
        <a className="btn-secondary" href={`/quan-tri/bao-cao/nhiem-vu.xlsx${q}`}>
          {t("report.itemsExport")} XLSX
        </a>
        <a className="btn-secondary" href={`/quan-tri/bao-cao/nhiem-vu.csv${q}`}>
          CSV
        </a>
        <a className="btn" href={`/quan-tri/bao-cao/bao-cao-theo-doi.docx${q}`}>
          {t("report.docx")}
        </a>
      </div>
      {/* The report of a period: the episodes aired between two days (plain GET, works without script). */}
      <form
        method="get"
        action="/quan-tri/bao-cao/bao-cao-theo-doi.docx"
        className="mb-4 flex flex-wrap items-end gap-2"
        aria-label={t("report.period")}
      >
        <label className="text-sm">
          {t("report.from")}
          <input type="date" name="from" className="input" required />
        </label>
        <label className="text-sm">
          {t("report.to")}
          <input type="date" name="to" className="input" required />
        </label>
        <button type="submit" className="btn-secondary">
          {t("report.periodDocx")}
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-600">
        {t("report.total")}: <strong>{d.total}</strong>. {t("report.itemsHelp")}
      </p>
      <ClassSummary summary={d.summary} onAir={d.onAir} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Bars label={t("report.byChannel")} data={d.byChannel.map((x) => ({ ...x, label: t(`channel.${x.key}`) }))} />
        <Bars label={t("report.byStatus")} data={d.byStatus.map((x) => ({ ...x, label: t(`qstatus.${x.key}`) }))} />
        <Bars label={t("report.byAgency")} data={d.byAgency.slice(0, 15)} />
        {d.byTopic.length ? <Bars label={t("report.byTopic")} data={d.byTopic.slice(0, 15)} /> : null}
      </div>
      <h2 className="mb-2 mt-4 text-lg font-bold">{t("report.agencies")}</h2>
      <AgencyTable agencies={d.agencies} testId="agency-table" withReturned />
      <p className="mt-3 text-sm">
        {t("report.satisfaction", { satisfied: d.satisfaction.satisfied, rated: d.satisfaction.rated })}
      </p>
      {d.overdue.length ? (
        <>
          <h2 className="mb-2 mt-4 text-lg font-bold">{t("report.overdueList")}</h2>
          <ul className="grid gap-1 text-sm">
            {d.overdue.map((i) => (
              <li key={i.id}>
                {i.agency?.shortName} · {i.dueAt ? formatDate(lang, i.dueAt, tz) : ""} · {i.title}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
