/**
 * The follow-up items by class (the five classes and "closed"), with the questions answered on air beside
 * them: the one summary the dashboard and the public page show, from `summarize()`.
 */
import { useT } from "../../../platform/i18n/i18n.tsx";
import type { AgencyRow } from "../stats.server.ts";
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from "../status.ts";

export type ClassCounts = { total: number; overdue: number } & Record<FollowUpStatus, number>;

export function ClassSummary({ summary, onAir }: { summary: ClassCounts; onAir: number }) {
  const t = useT();
  const cells: [string, number, string][] = [
    ["total", summary.total, t("report.items")],
    ...FOLLOW_UP_STATUSES.map((c): [string, number, string] => [c, summary[c], t(`fu.${c}`)]),
    ["on_air", onAir, t("report.onAir")],
  ];
  return (
    <dl className="mb-4 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-8" data-testid="class-summary">
      {cells.map(([key, n, label]) => (
        <div key={key} className="card text-center" data-class={key}>
          <dd className="text-2xl font-bold">{n}</dd>
          <dt className="text-xs text-slate-600">{label}</dt>
        </div>
      ))}
    </dl>
  );
}

/** What the table shows of each agency's record (`stats.server.ts`); the public page has no returns. */
type AgencyCells = Omit<AgencyRow, "open" | "closed" | "returned"> & { returned?: number };

/**
 * Each agency's record on its items: assigned, done on time or late, overdue, its on-time rate and median
 * days. The table scrolls sideways on a phone; its frame takes the keyboard focus so it can be scrolled.
 */
export function AgencyTable({
  agencies,
  testId,
  withReturned,
}: {
  agencies: AgencyCells[];
  testId: string;
  withReturned?: boolean;
}) {
  const t = useT();
  const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("report.agencies")}>
      <table className="table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t("console.agency")}</th>
            <th>{t("report.assigned")}</th>
            <th>{t("fu.done_on_time")}</th>
            <th>{t("fu.done_late")}</th>
            <th>{t("report.overdueOpen")}</th>
            <th>{t("report.onTimeRate")}</th>
            <th>{t("report.medianDays")}</th>
            {withReturned ? <th>{t("report.returned")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.code}>
              <td>{a.shortName}</td>
              <td>{a.assigned}</td>
              <td>{a.doneOnTime}</td>
              <td>{a.doneLate}</td>
              <td>{a.overdueOpen}</td>
              <td>{pct(a.onTimeRate)}</td>
              <td>{a.medianDays ?? "—"}</td>
              {withReturned ? <td>{a.returned ?? 0}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
