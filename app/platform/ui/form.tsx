import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useT } from "../i18n/i18n.tsx";

export type Errors = Record<string, string[] | undefined> | undefined;

function FieldShell(props: {
  name: string;
  label: string;
  errors?: Errors;
  help?: string;
  children: (a: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
}) {
  const t = useT();
  const id = `f-${props.name}`;
  const errs = props.errors?.[props.name];
  const errId = errs?.length ? `${id}-err` : undefined;
  const helpId = props.help ? `${id}-help` : undefined;
  return (
    <div className="mb-3">
      <label htmlFor={id} className="label">
        {props.label}
      </label>
      {props.children({
        id,
        describedBy: [errId, helpId].filter(Boolean).join(" ") || undefined,
        invalid: !!errs?.length,
      })}
      {props.help ? (
        <p id={helpId} className="mt-1 text-xs text-slate-500">
          {props.help}
        </p>
      ) : null}
      {errs?.length ? (
        <p id={errId} className="mt-1 text-sm text-red-700" role="alert">
          {errs.map((e) => t(e)).join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The attributes every control of a field has: its id, name, error state and the lines that describe it. */
function control(name: string, a: { id: string; describedBy?: string; invalid: boolean }) {
  return {
    id: a.id,
    name,
    "aria-invalid": a.invalid || undefined,
    "aria-describedby": a.describedBy,
    className: `input ${a.invalid ? "input-error" : ""}`,
  };
}

type Common = { name: string; label: string; errors?: Errors; help?: string };

export function TextField({ name, label, errors, help, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell name={name} label={label} errors={errors} help={help}>
      {(a) => <input {...control(name, a)} {...rest} />}
    </FieldShell>
  );
}

export function TextArea({ name, label, errors, help, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell name={name} label={label} errors={errors} help={help}>
      {(a) => <textarea {...control(name, a)} rows={4} {...rest} />}
    </FieldShell>
  );
}

export function SelectField({
  name,
  label,
  errors,
  help,
  options,
  emptyLabel,
  ...rest
}: Common &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: { value: string; label: string }[];
    emptyLabel?: string;
  }) {
  return (
    <FieldShell name={name} label={label} errors={errors} help={help}>
      {(a) => (
        <select {...control(name, a)} {...rest}>
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({
  name,
  label,
  defaultChecked,
}: {
  name: string;
  label: string;
  defaultChecked?: boolean;
}) {
  return (
    <div className="mb-3 flex items-center gap-2">
      <input type="checkbox" id={`f-${name}`} name={name} defaultChecked={defaultChecked} className="h-5 w-5" />
      <label htmlFor={`f-${name}`} className="text-sm">
        {label}
      </label>
    </div>
  );
}

export function FormMessage({ errors, ok }: { errors?: Errors; ok?: string }) {
  const t = useT();
  if (errors && Object.keys(errors).length) {
    const formErrs = errors._form;
    return (
      <div role="alert" className="mb-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
        {formErrs?.length ? formErrs.map((e) => t(e)).join(" ") : t("common.fixErrors")}
      </div>
    );
  }
  if (ok)
    return (
      <div role="status" className="mb-3 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-800">
        {ok}
      </div>
    );
  return null;
}
