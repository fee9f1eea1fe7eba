/**
 * A posted form checked with its schema (useSchemaForm), for the pages whose forms are small and many (one
 * per row of a list): the children get each field's errors, an input's aria attributes for them, and the
 * line that shows them. The form stays a plain `<Form method="post">` with real names.
 */
import { Form, type FormProps } from "@remix-run/react";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { z } from "zod/v4";
import { useT } from "../i18n/i18n.tsx";
import type { FieldErrors } from "../validation.ts";
import { useSchemaForm, type SchemaFormOptions } from "./use-schema-form.ts";

export type SchemaFormFields = {
  errors: FieldErrors;
  /** For an input named `name`: aria-invalid and aria-describedby pointing at its error line. */
  aria: (name: string) => { "aria-invalid"?: true; "aria-describedby"?: string };
  /** The error line of the field `name` (nothing when it has none). */
  error: (name: string) => ReactNode;
  /** A labelled input with its error line; `wide` lets it take the rest of a row of controls. */
  input: (name: string, label: ReactNode, props?: InputHTMLAttributes<HTMLInputElement> & Shell) => ReactNode;
  textarea: (name: string, label: ReactNode, props?: TextareaHTMLAttributes<HTMLTextAreaElement> & Shell) => ReactNode;
  select: (name: string, label: ReactNode, props?: SelectHTMLAttributes<HTMLSelectElement> & Shell) => ReactNode;
};

/** How a field's label sits: in a row of controls (`wide` takes the rest of it), `small` in dense lists. */
type Shell = { wide?: boolean; small?: boolean };

function shellClass({ wide, small }: Shell) {
  return `${wide ? "min-w-0 flex-1 " : ""}${small ? "text-xs" : "text-sm"}`;
}

export function SchemaForm<S extends z.ZodType>({
  schema,
  result,
  intent,
  match,
  schemas,
  children,
  ...rest
}: SchemaFormOptions & { schema: S; children: (f: SchemaFormFields) => ReactNode } & Omit<
    FormProps,
    "children" | "method" | "id" | "onSubmit" | "noValidate"
  >) {
  const t = useT();
  const { props, errors } = useSchemaForm(schema, { result, intent, match, schemas });
  const errId = (name: string) => `${props.id}-${name}-err`;
  const fields: SchemaFormFields = {
    errors,
    aria: (name) => (errors[name]?.length ? { "aria-invalid": true, "aria-describedby": errId(name) } : {}),
    error: (name) =>
      errors[name]?.length ? (
        <span id={errId(name)} role="alert" className="mt-1 block text-sm text-red-700">
          {errors[name].map((e) => t(e)).join(" ")}
        </span>
      ) : null,
    input: (name, label, { wide, small, className, ...props } = {}) => (
      <label className={shellClass({ wide, small })}>
        {label}
        <input name={name} className={className ?? "input"} {...fields.aria(name)} {...props} />
        {fields.error(name)}
      </label>
    ),
    textarea: (name, label, { wide, small, className, ...props } = {}) => (
      <label className={shellClass({ wide, small })}>
        {label}
        <textarea name={name} className={className ?? "input"} {...fields.aria(name)} {...props} />
        {fields.error(name)}
      </label>
    ),
    select: (name, label, { wide, small, className, children, ...props } = {}) => (
      <label className={shellClass({ wide, small })}>
        {label}
        <select name={name} className={className ?? "input"} {...fields.aria(name)} {...props}>
          {children}
        </select>
        {fields.error(name)}
      </label>
    ),
  };
  return (
    <Form method="post" {...rest} {...props}>
      {children(fields)}
    </Form>
  );
}
