/** A one-button form on a row of a list: posts `intent` with the row's `id` (delete, revoke…). */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

/** The part of `label` that the visible text does not already say ("Xóa: tên" after "Xóa" → ": tên"). */
function labelRest(label: string, children: ReactNode): string {
  const shown = typeof children === "string" ? children : "";
  return shown && label.startsWith(shown) ? label.slice(shown.length) : ` ${label}`;
}

export function RowAction(props: {
  intent: string;
  id: string;
  /** What the button says. */
  children: ReactNode;
  /** For screen readers, when the button's text alone does not say which row it acts on. */
  label?: string;
  action?: string;
  danger?: boolean;
}) {
  return (
    <Form method="post" action={props.action}>
      <input type="hidden" name="id" value={props.id} />
      <button
        type="submit"
        name="intent"
        value={props.intent}
        className={props.danger === false ? "btn-secondary" : "btn-danger"}
      >
        {props.children}
        {/* Named by its content (the visible words first, then which row), never by a label that could differ. */}
        {props.label ? <span className="sr-only">{labelRest(props.label, props.children)}</span> : null}
      </button>
    </Form>
  );
}
