/**
 * One form of a page, validated in the browser with the schema the server parses it with (Conform's useForm
 * and parseWithZod): a field is checked when it loses focus and again as it is typed in once it has an
 * error, the whole form before it is posted. The server's answer (the route's action data for this form's
 * intent) comes in as Conform's last result, so without JavaScript the same field errors show after the post.
 * The form stays a plain `<Form method="post">` with real names; spread `props` on it.
 */
import { useForm, type Submission } from "@conform-to/react";
import { useMemo } from "react";
import type { z } from "zod/v4";
import { fieldOf, lastResultOf, submissionOf, type FormActionData } from "../forms.ts";
import type { FieldErrors } from "../validation.ts";

export type SchemaFormOptions = {
  /** The route's action data; it answers this form when its `intent` is this form's (or has none). */
  result?: FormActionData;
  /** The `intent` this form posts (its submit button's name="intent" value), when the page has several forms. */
  intent?: string | readonly string[];
  /** For one form of a list: the hidden values that tell it from the others (e.g. `{ itemId }`). */
  match?: Record<string, string>;
  /** A form with several buttons: the schema of each other `intent`, checked when that button posts it. */
  schemas?: Record<string, z.ZodType>;
};

export function useSchemaForm<S extends z.ZodType>(schema: S, options: SchemaFormOptions = {}) {
  const { result, intent, match, schemas } = options;
  const key = JSON.stringify([intent, match]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- intent and match are read through their key
  const lastResult = useMemo(() => lastResultOf(result, intent, match), [result, key]);
  const [form] = useForm<Record<string, unknown>>({
    lastResult,
    onValidate: ({ formData }) => {
      const posted = String(formData.get("intent"));
      const other = schemas && Object.hasOwn(schemas, posted) ? schemas[posted] : undefined;
      return submissionOf(other ?? schema, formData) as Submission<Record<string, unknown>>;
    },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  /** Each field's errors by its name (a list item's under its list: "keywords[3]" under "keywords"). */
  const errors: FieldErrors = {};
  for (const [name, messages] of Object.entries(form.allErrors)) (errors[fieldOf(name)] ??= []).push(...messages);
  return {
    /** For `<Form method="post" {...props}>`: its id (Conform finds its fields by it) and the check on submit. */
    props: { id: form.id, onSubmit: form.onSubmit, noValidate: true },
    /** For the fields' `errors`. */
    errors,
    /** For FormMessage: the errors once a submission failed (in the browser or on the server), not while typing. */
    formErrors: form.status === "error" ? errors : undefined,
  };
}
