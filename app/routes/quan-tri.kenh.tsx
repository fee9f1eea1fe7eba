/** Integration tokens for other channels (fanpage, YouTube, e-mail, switchboards). */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { createToken, listTokens, revokeToken } from "../features/questions/index.server.ts";
import { CHANNELS } from "../features/questions/index.ts";
import { channelTokenSchema } from "../features/questions/schemas.ts";
import { actorOf, requirePermission } from "../platform/auth.server.ts";
import { formAction, formIntent, invalid, parseForm } from "../platform/http.server.ts";
import { formatShort, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { FormMessage, SelectField, TextField } from "../platform/ui/form.tsx";
import { RowAction } from "../platform/ui/row-action.tsx";
import { useSchemaForm } from "../platform/ui/use-schema-form.ts";
import { recordForm } from "../platform/validation.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "integration:manage");
  const rows = await listTokens();
  return {
    tokens: rows.map((r) => ({
      id: r.id,
      name: r.name,
      channel: r.channel,
      prefix: r.prefix,
      createdAt: r.createdAt.toISOString(),
      lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
      revoked: !!r.revokedAt,
    })),
  };
}

async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "integration:manage");
  const form = await request.formData();
  const intent = formIntent(form);
  if (intent === "create") {
    const input = parseForm(channelTokenSchema, form, "create");
    const { token } = await createToken(actorOf(user), input);
    return { ok: true, token };
  }
  if (intent === "revoke") {
    await revokeToken(actorOf(user), parseForm(recordForm, form, "revoke").id);
    return { ok: true };
  }
  return invalid({ intent: ["err.choice"] }, undefined, undefined, 400);
}
export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

export default function Channels() {
  const { tokens } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as
    { ok?: boolean; token?: string; errors?: Record<string, string[]> } | undefined;
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  const { props, errors, formErrors } = useSchemaForm(channelTokenSchema, { result: data, intent: "create" });
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("channels.title")}</h1>
      <p className="mb-3 text-sm text-slate-600">{t("channels.help")}</p>
      {data?.token ? (
        <div role="status" className="mb-3 rounded border border-green-300 bg-green-50 p-3 text-sm">
          {t("channels.created")}{" "}
          <code className="block break-all font-mono" data-testid="new-token">
            {data.token}
          </code>
        </div>
      ) : null}
      <Form method="post" className="card mb-4 grid gap-x-2 sm:grid-cols-[1fr_12rem_auto] sm:items-end" {...props}>
        <FormMessage errors={formErrors} />
        <TextField name="name" label={t("channels.name")} errors={errors} />
        <SelectField
          name="channel"
          label={t("console.channel")}
          options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          errors={errors}
        />
        <div className="mb-3">
          <button type="submit" name="intent" value="create" className="btn">
            {t("common.create")}
          </button>
        </div>
      </Form>
      <table className="table">
        <thead>
          <tr>
            <th>{t("channels.name")}</th>
            <th>{t("console.channel")}</th>
            <th>{t("channels.lastUsed")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tokens.map((k) => (
            <tr key={k.id} className={k.revoked ? "text-slate-400" : ""}>
              <td>
                {k.name} <span className="font-mono text-xs">{k.prefix}…</span>
              </td>
              <td>{t(`channel.${k.channel}`)}</td>
              <td>{k.lastUsedAt ? formatShort(lang, k.lastUsedAt, tz) : "—"}</td>
              <td>
                {k.revoked ? (
                  t("channels.revoked")
                ) : (
                  <RowAction intent="revoke" id={k.id} label={`${t("channels.revoke")}: ${k.name}`}>
                    {t("channels.revoke")}
                  </RowAction>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
