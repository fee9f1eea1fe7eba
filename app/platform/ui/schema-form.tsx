/**
 * A posted form checked with its schema (useSchemaForm), for the pages whose forms are small and many (one
 * per row of a list): the children get each field's errors, an input's aria attributes for them, and the
 * line that shows them. The form stays a plain `<Form method="post">` with real names.
 */
import { Form, type FormProps } from "@remix-run/react";
import type { ReactNode } from "react";
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
};

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
  };
  return (
    <Form method="post" {...rest} {...props}>
      {children(fields)}
    </Form>
  );
}
