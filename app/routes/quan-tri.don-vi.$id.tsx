import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { getOrganization, listOrganizations, saveOrganization } from "../features/directory/index.server.ts";
import { ORG_KINDS, organizationSchema } from "../features/directory/schemas.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { editAction } from "../platform/edit-action.server.ts";
import { notFound } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { CheckboxField, FormMessage, SelectField, TextArea, TextField } from "../platform/ui/form.tsx";
import { useSchemaForm } from "../platform/ui/use-schema-form.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "organization:edit");
  const org = params.id === "moi" ? null : await getOrganization(params.id!);
  if (params.id !== "moi" && !org) throw notFound();
  const all = await listOrganizations();
  return {
    org: org && {
      id: org.id,
      code: org.code,
      name: org.name,
      shortName: org.shortName,
      kind: org.kind,
      parentId: org.parentId ?? "",
      email: org.email ?? "",
      phone: org.phone ?? "",
      keywords: org.keywords,
      active: org.active,
    },
    parents: all.filter((o) => o.id !== org?.id).map((o) => ({ value: o.id, label: `${o.shortName} (${o.code})` })),
  };
}

export async function action(args: ActionFunctionArgs) {
  return editAction({
    permission: "organization:edit",
    schema: organizationSchema,
    base: "/quan-tri/don-vi",
    exists: getOrganization,
    save: saveOrganization,
  })(args);
}

export default function OrganizationEdit() {
  const { org, parents } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as
    { ok?: boolean; errors?: Record<string, string[]>; values?: Record<string, string> } | undefined;
  const t = useT();
  const v = data?.values;
  const { props, errors, formErrors } = useSchemaForm(organizationSchema, { result: data, intent: "save" });
  return (
    <div>
      <h1 className="mb-3 text-2xl font-bold">{org ? t("org.edit") : t("org.new")}</h1>
      <Form method="post" className="card max-w-2xl" {...props}>
        <FormMessage errors={formErrors} ok={data?.ok ? t("common.saved") : undefined} />
        <div className="grid gap-x-3 sm:grid-cols-2">
          <TextField
            name="code"
            label={t("org.code")}
            defaultValue={v?.code ?? org?.code}
            errors={errors}
            required
            autoCapitalize="characters"
          />
          <SelectField
            name="kind"
            label={t("org.kind")}
            options={ORG_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
            defaultValue={v?.kind ?? org?.kind}
            errors={errors}
          />
        </div>
        <TextField name="name" label={t("org.name")} defaultValue={v?.name ?? org?.name} errors={errors} required />
        <TextField
          name="shortName"
          label={t("org.shortName")}
          defaultValue={v?.shortName ?? org?.shortName}
          errors={errors}
          required
        />
        <SelectField
          name="parentId"
          label={t("org.parent")}
          options={parents}
          emptyLabel={t("common.none")}
          defaultValue={v?.parentId ?? org?.parentId}
          errors={errors}
        />
        <div className="grid gap-x-3 sm:grid-cols-2">
          <TextField
            name="email"
            type="email"
            label={t("org.email")}
            defaultValue={v?.email ?? org?.email}
            errors={errors}
          />
          <TextField
            name="phone"
            type="tel"
            label={t("org.phone")}
            defaultValue={v?.phone ?? org?.phone}
            errors={errors}
          />
        </div>
        <TextArea
          name="keywords"
          label={t("org.keywords")}
          help={t("common.onePerLine")}
          rows={6}
          defaultValue={v?.keywords ?? org?.keywords}
          errors={errors}
        />
        <CheckboxField name="active" label={t("org.active")} defaultChecked={org ? org.active : true} />
        <button type="submit" className="btn">
          {org ? t("common.save") : t("common.create")}
        </button>
      </Form>
    </div>
  );
}
