/** A one-button form on a row of a list: posts `intent` with the row's `id` (delete, revoke…). */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

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
        aria-label={props.label}
      >
        {props.children}
      </button>
    </Form>
  );
}
