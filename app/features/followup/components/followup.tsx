import { useT } from "../../../platform/i18n/i18n.tsx";

const STATUS_STYLE: Record<string, string> = {
  not_started: "bg-slate-200",
  in_progress: "bg-brand-100 text-brand-800",
  in_progress_overdue: "bg-red-100 text-red-800",
  done_on_time: "bg-green-100 text-green-800",
  done_late: "bg-amber-100 text-amber-900",
  closed_unresolvable: "bg-slate-300",
};
export function FollowUpBadge({ status }: { status: string }) {
  const t = useT();
  return (
    <span className={`badge ${STATUS_STYLE[status] ?? ""}`} data-testid="fu-status">
      {t(`fu.${status}`)}
    </span>
  );
}
