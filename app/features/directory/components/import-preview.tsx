/** An import's preview: counts per table, the row errors to fix, the warnings. */
import { useT } from "../../../platform/i18n/i18n.tsx";
import type { PlanSummary } from "../import-plan-types.ts";

const COUNTS = ["new", "updated", "unchanged", "retired"] as const;
const TABLES = ["organizations", "places"] as const;

export function ImportPreview({ plan }: { plan: PlanSummary }) {
  const t = useT();
  return (
    <div>
      <table className="table mb-3 max-w-2xl">
        <caption className="sr-only">{t("import.preview")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("import.table")}</th>
            {COUNTS.map((c) => (
              <th key={c} scope="col" className="text-right">
                {t(`import.count.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TABLES.map((table) => (
            <tr key={table} data-table={table}>
              <th scope="row">{t(`import.table.${table}`)}</th>
              {plan.tables[table] ? (
                COUNTS.map((c) => (
                  <td key={c} className="text-right" data-count={c}>
                    {plan.counts[table][c]}
                  </td>
                ))
              ) : (
                <td colSpan={4} className="text-slate-500">
                  {t("import.notInFile")}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {plan.errors.length ? (
        <div className="mb-3">
          <h3 className="font-semibold text-red-800">{t("import.errors", { count: plan.errors.length })}</h3>
          <p className="mb-1 text-sm" role="alert">
            {t("import.errorsHelp")}
          </p>
          <div className="overflow-x-auto">
            <table className="table" id="import-errors">
              <thead>
                <tr>
                  <th scope="col">{t("import.col.sheet")}</th>
                  <th scope="col">{t("import.col.row")}</th>
                  <th scope="col">{t("import.col.column")}</th>
                  <th scope="col">{t("import.col.message")}</th>
                </tr>
              </thead>
              <tbody>
                {plan.errors.map((e, i) => (
                  <tr key={i} data-code={e.code}>
                    <td>{e.sheet}</td>
                    <td>{e.row}</td>
                    <td>{e.column}</td>
                    <td>{t(e.code, e.vars)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
      {plan.warnings.length ? (
        <div className="mb-3">
          <h3 className="font-semibold text-amber-800">{t("import.warnings")}</h3>
          <ul className="list-disc pl-5 text-sm">
            {plan.warnings.map((w, i) => (
              <li key={i} data-code={w.code}>
                {t(w.code, w.vars)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
