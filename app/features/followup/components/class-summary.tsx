/**
 * The follow-up items by class (the five classes and "closed"), with the questions answered on air beside
 * them: the one summary the dashboard and the public page show, from `summarize()`.
 */
import { useT } from "../../../platform/i18n/i18n.tsx";
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
