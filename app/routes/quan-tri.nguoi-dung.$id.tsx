import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { getUserById, listOrganizations, saveUser } from "../features/directory/index.server.ts";
import { userSchema } from "../features/directory/schemas.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { editAction } from "../platform/edit-action.server.ts";
import { notFound } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { ROLES } from "../platform/permissions.ts";
import { CheckboxField, FormMessage, SelectField, TextField } from "../platform/ui/form.tsx";
import { useSchemaForm } from "../platform/ui/use-schema-form.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "user:manage");
  const u = params.id === "moi" ? null : await getUserById(params.id!);
  if (params.id !== "moi" && !u) throw notFound();
  const orgs = await listOrganizations({ activeOnly: true });
  return {
    user: u && {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      organizationId: u.organizationId ?? "",
      active: u.active,
    },
    orgs: orgs.map((o) => ({ value: o.id, label: `${o.shortName} (${o.code})` })),
  };
}

export async function action(args: ActionFunctionArgs) {
  return editAction({
    permission: "user:manage",
    schema: userSchema,
    base: "/quan-tri/nguoi-dung",
    exists: getUserById,
    save: saveUser,
  })(args);
}

export default function UserEdit() {
  const { user, orgs } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as
    { ok?: boolean; errors?: Record<string, string[]>; values?: Record<string, string> } | undefined;
  const t = useT();
  const v = data?.values;
  const { props, errors, formErrors } = useSchemaForm(userSchema, { result: data, intent: "save" });
  return (
    <div>
      <h1 className="mb-3 text-2xl font-bold">{user ? t("user.edit") : t("user.new")}</h1>
      <Form method="post" className="card max-w-xl" autoComplete="off" {...props}>
        <FormMessage errors={formErrors} ok={data?.ok ? t("common.saved") : undefined} />
        <TextField
          name="username"
          label={t("user.username")}
          defaultValue={v?.username ?? user?.username}
          errors={errors}
          required
          autoCapitalize="none"
        />
        <TextField
          name="displayName"
          label={t("user.displayName")}
          defaultValue={v?.displayName ?? user?.displayName}
          errors={errors}
          required
        />
        <SelectField
          name="role"
          label={t("user.role")}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          defaultValue={v?.role ?? user?.role ?? "operator"}
          errors={errors}
        />
        <SelectField
          name="organizationId"
          label={t("user.organization")}
          options={orgs}
          emptyLabel={t("common.none")}
          defaultValue={v?.organizationId ?? user?.organizationId}
          errors={errors}
        />
        <TextField
          name="password"
          type="password"
          label={t("user.password")}
          help={t("user.passwordHelp")}
          autoComplete="new-password"
          errors={errors}
        />
        <CheckboxField name="active" label={t("user.active")} defaultChecked={user ? user.active : true} />
        <button type="submit" className="btn">
          {user ? t("common.save") : t("common.create")}
        </button>
      </Form>
    </div>
  );
}
