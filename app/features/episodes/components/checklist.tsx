import { Form } from "@remix-run/react";
import { formatDate, useT, useTimeZone } from "../../../platform/i18n/i18n.tsx";
import { RowAction } from "../../../platform/ui/row-action.tsx";

export function ChecklistTable({
  items,
  canEdit,
  now,
  lang,
  action,
}: {
  items: {
    id: string;
    title: string;
    done: boolean;
    dueAt: string | null;
    owner: string | null;
    ownerName: string;
    canCheck: boolean;
  }[];
  episodeId?: string;
  canEdit: boolean;
  now: number;
  lang: "vi" | "en";
  action?: string;
}) {
  const t = useT();
  const tz = useTimeZone();
  return (
    <ul className="grid gap-1" data-testid="checklist">
      {items.map((c) => {
        const overdue = !c.done && c.dueAt && new Date(c.dueAt).getTime() < now;
        return (
          <li
            key={c.id}
            className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-100 py-1.5 text-sm"
          >
            <div className="min-w-0 flex-1">
              <span className={c.done ? "text-slate-500 line-through" : ""}>{c.title}</span>
              <div className="text-xs text-slate-500">
                {[c.owner, c.ownerName].filter(Boolean).join(" · ")}
                {c.dueAt ? ` · ${t("ep.checklistDue")}: ${formatDate(lang, c.dueAt, tz)}` : ""}
                {overdue ? <span className="ml-1 font-semibold text-red-700">({t("ep.overdue")})</span> : null}
              </div>
            </div>
            <div className="flex gap-1">
              {c.canCheck ? (
                <Form method="post" action={action}>
                  <input type="hidden" name="id" value={c.id} />
                  <input type="hidden" name="done" value={c.done ? "false" : "true"} />
                  <button
                    type="submit"
                    name="intent"
                    value="checklist-toggle"
                    className={c.done ? "btn-secondary" : "btn"}
                    aria-pressed={c.done}
                  >
                    {c.done ? `✓ ${t("ep.markUndone")}` : t("ep.markDone")}
                  </button>
                </Form>
              ) : (
                <span className="badge bg-slate-100">{c.done ? `✓ ${t("ep.checklistDone")}` : "…"}</span>
              )}
              {canEdit ? (
                <RowAction
                  intent="checklist-remove"
                  id={c.id}
                  action={action}
                  label={`${t("common.delete")}: ${c.title}`}
                >
                  ×
                </RowAction>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
