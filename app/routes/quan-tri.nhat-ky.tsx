/**
 * The audit log: Vietnamese labels for every record, action and role, times in the profile's zone. Filters by
 * person, days and type are a GET form (they work without JavaScript) and the pages keep them. The personal data
 * actions (a phone number seen, personal data exported or erased) are listed with the items they concern.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditRows } from "../features/audit/components/audit-rows.tsx";
import { auditLog } from "../features/audit/index.server.ts";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, actionKey, entityKey } from "../features/audit/index.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { FilterForm } from "../platform/ui/filter-form.tsx";
import { CheckboxField, TextField } from "../platform/ui/form.tsx";
import { PageHeader } from "../platform/ui/list-page.tsx";
import { Pager } from "../platform/ui/pager.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "audit:view");
  return auditLog(user, Object.fromEntries(new URL(request.url).searchParams));
}

export default function AuditLog() {
  const { filter, rows, people, total, pages } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <PageHeader title={t("audit.title")} />
      <FilterForm
        filters={[
          { name: "person", label: t("audit.person"), value: filter.person, options: people },
          {
            name: "entity",
            label: t("audit.entity"),
            value: filter.entity,
            options: AUDIT_ENTITIES.map((e) => ({ value: e, label: t(entityKey(e)) })),
          },
          {
            name: "action",
            label: t("audit.action"),
            value: filter.action,
            options: AUDIT_ACTIONS.map((a) => ({ value: a, label: t(actionKey(a)) })),
          },
        ]}
      >
        <TextField name="from" type="date" label={t("audit.from")} defaultValue={filter.from ?? ""} />
        <TextField name="to" type="date" label={t("audit.to")} defaultValue={filter.to ?? ""} />
        <CheckboxField name="personal" label={t("audit.personalOnly")} defaultChecked={filter.personal} />
      </FilterForm>
      <p className="mb-2 text-sm text-slate-600" data-testid="audit-total">
        {t("audit.total", { n: total })}
      </p>
      <AuditRows rows={rows} />
      <Pager page={filter.page} pages={pages} />
    </div>
  );
}
