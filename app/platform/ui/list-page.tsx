/** An admin list: the title, its actions (links to new/import pages), and a table with the given column headings. */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

export type ListAction = { to: string; label: string; secondary?: boolean };

/** A staff page's title with its actions (links) beside it. */
export function PageHeader(props: { title: string; actions?: (ListAction | false | null | undefined)[] }) {
  const actions = (props.actions ?? []).filter((a): a is ListAction => !!a);
  return (
    <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
      <h1 className="text-2xl font-bold">{props.title}</h1>
      {actions.length ? (
        <div className="flex flex-wrap gap-2">
          {actions.map((a) => (
            <Link key={a.to} to={a.to} className={a.secondary ? "btn-secondary" : "btn"}>
              {a.label}
            </Link>
          ))}
        </div>
      ) : null}
    </div>
  );
}

export function ListPage(props: {
  title: string;
  actions?: (ListAction | false | null | undefined)[];
  columns: string[];
  children: ReactNode;
  /** Shown instead of the table when the list has no row. */
  empty?: ReactNode;
}) {
  return (
    <div>
      <PageHeader title={props.title} actions={props.actions} />
      {props.empty ?? (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                {props.columns.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>{props.children}</tbody>
          </table>
        </div>
      )}
    </div>
  );
}
