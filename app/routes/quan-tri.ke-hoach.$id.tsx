import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { listOrganizations } from "../features/directory/index.server.ts";
import { getSeries, saveSeries } from "../features/episodes/index.server.ts";
import { seriesSchema } from "../features/episodes/schemas.ts";
import { useBrand } from "../features/profile/index.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { editAction } from "../platform/edit-action.server.ts";
import { notFound } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { FormMessage, SelectField, TextField } from "../platform/ui/form.tsx";
import { useSchemaForm } from "../platform/ui/use-schema-form.ts";
import { toLocalInput } from "../platform/validation.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "series:edit");
  const orgs = await listOrganizations({ activeOnly: true });
  const s = params.id === "moi" ? null : await getSeries(params.id!);
  if (params.id !== "moi" && !s) throw notFound();
  return {
    orgs: orgs
      .filter((o) => o.kind === "council" || o.kind === "government")
      .map((o) => ({ value: o.id, label: o.name })),
    series: s && { ...s, issuedAt: toLocalInput(s.issuedAt).slice(0, 10), createdAt: undefined, updatedAt: undefined },
  };
}

export async function action(args: ActionFunctionArgs) {
  return editAction({
    permission: "series:edit",
    schema: seriesSchema,
    base: "/quan-tri/ke-hoach",
    exists: getSeries,
    save: saveSeries,
  })(args);
}

export default function SeriesEdit() {
  const brand = useBrand();
  const { series: s, orgs } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as
    { ok?: boolean; errors?: Record<string, string[]>; values?: Record<string, string> } | undefined;
  const t = useT();
  const v = data?.values;
  const { props, errors, formErrors } = useSchemaForm(seriesSchema, { result: data, intent: "save" });
  return (
    <div>
      <h1 className="mb-3 text-2xl font-bold">{s ? t("series.edit") : t("series.new")}</h1>
      <Form method="post" className="card max-w-2xl" {...props}>
        <FormMessage errors={formErrors} ok={data?.ok ? t("common.saved") : undefined} />
        <div className="grid gap-x-3 sm:grid-cols-2">
          <TextField
            name="planNumber"
            label={t("series.planNumber")}
            placeholder="02/KH-TT"
            defaultValue={v?.planNumber ?? s?.planNumber}
            errors={errors}
            required
          />
          <TextField
            name="issuedAt"
            type="date"
            label={t("series.issuedAt")}
            defaultValue={v?.issuedAt?.slice(0, 10) ?? s?.issuedAt}
            errors={errors}
            required
          />
        </div>
        <TextField
          name="title"
          label={t("series.title")}
          defaultValue={v?.title ?? s?.title}
          errors={errors}
          required
        />
        <TextField
          name="programName"
          label={t("series.programName")}
          defaultValue={v?.programName ?? s?.programName ?? brand?.programName}
          errors={errors}
          required
        />
        <div className="grid gap-x-3 sm:grid-cols-2">
          <TextField name="place" label={t("series.place")} defaultValue={v?.place ?? s?.place} errors={errors} />
          <SelectField
            name="issuerId"
            label={t("series.issuer")}
            options={orgs}
            emptyLabel={t("common.none")}
            defaultValue={v?.issuerId ?? s?.issuerId ?? ""}
            errors={errors}
          />
          <TextField
            name="signerName"
            label={t("series.signerName")}
            defaultValue={v?.signerName ?? s?.signerName}
            errors={errors}
          />
          <TextField
            name="signerTitle"
            label={t("series.signerTitle")}
            defaultValue={v?.signerTitle ?? s?.signerTitle}
            errors={errors}
          />
        </div>
        <TextField
          name="signerOnBehalf"
          label={t("series.signerOnBehalf")}
          placeholder="TM. Thường trực HĐND, KT. Chủ tịch"
          defaultValue={v?.signerOnBehalf ?? s?.signerOnBehalf}
          errors={errors}
        />
        <button type="submit" className="btn">
          {s ? t("common.save") : t("common.create")}
        </button>
      </Form>
    </div>
  );
}
