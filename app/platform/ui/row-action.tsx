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
      >
        {/* Named by its content: the whole label for screen readers (it starts with the visible words), the
            visible words for the eye. */}
        {props.label ? (
          <>
            <span className="sr-only">{props.label}</span>
            <span aria-hidden="true">{props.children}</span>
          </>
        ) : (
          props.children
        )}
      </button>
    </Form>
  );
}
