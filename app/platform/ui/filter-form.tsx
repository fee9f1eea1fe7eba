/** A list's filters: a GET form (the filters live in the URL, and work without JavaScript), one select each. */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "../i18n/i18n.tsx";
import { SelectField } from "./form.tsx";

export type Filter = {
  name: string;
  label: string;
  value?: string | null;
  options: { value: string; label: string }[];
};

/** `children` adds other fields (dates, a search box) before the button. */
export function FilterForm({ filters, children }: { filters: Filter[]; children?: ReactNode }) {
  const t = useT();
  return (
    <Form method="get" className="card mb-3 flex flex-wrap items-end gap-2 text-sm">
      {filters.map((f) => (
        <SelectField
          key={f.name}
          name={f.name}
          label={f.label}
          defaultValue={f.value ?? ""}
          emptyLabel={t("common.all")}
          options={f.options}
        />
      ))}
      {children}
      <div className="mb-3">
        <button type="submit" className="btn-secondary">
          {t("notif.filter")}
        </button>
      </div>
    </Form>
  );
}
