/** Gateway webhooks (SMS brandname, Zalo ZNS): the list, a new one (its secret shown once), pause and resume. */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { WebhookFields } from "../features/notifications/components/webhook-fields.tsx";
import { listWebhooks, saveWebhook, setWebhookActive } from "../features/notifications/index.server.ts";
import { TYPE_LABELS } from "../features/notifications/index.ts";
import { webhookSchema } from "../features/notifications/schemas.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formAction, formIntent, invalid, parseForm } from "../platform/http.server.ts";
import { formatShort, useLang, useT, useTimeZone } from "../platform/i18n/i18n.tsx";
import { FormMessage } from "../platform/ui/form.tsx";
import { ListPage } from "../platform/ui/list-page.tsx";
import { RowAction } from "../platform/ui/row-action.tsx";
import { useSchemaForm } from "../platform/ui/use-schema-form.ts";
import { recordForm } from "../platform/validation.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "integration:manage");
  return { webhooks: await listWebhooks(user) };
}

async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "integration:manage");
  const form = await request.formData();
  const intent = formIntent(form);
  if (intent === "create") {
    const input = parseForm(webhookSchema, form, "create");
    const { id, secret } = await saveWebhook(user, null, input);
    return { ok: true, intent, id, name: input.name, secret };
  }
  if (intent === "deactivate" || intent === "activate") {
    await setWebhookActive(user, parseForm(recordForm, form, intent).id, intent === "activate");
    return { ok: true, intent };
  }
  return invalid({ intent: ["err.choice"] }, undefined, undefined, 400);
}
export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

export default function Webhooks() {
  const { webhooks } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as
    { ok?: boolean; intent?: string; secret?: string; name?: string; errors?: Record<string, string[]> } | undefined;
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  const { props, errors, formErrors } = useSchemaForm(webhookSchema, { result: data, intent: "create" });
  const values =
    data && !data.ok && data.intent === "create" ? (data as { values?: Record<string, string> }).values : undefined;
  return (
    <div>
      <ListPage
        title={t("webhook.title")}
        actions={[{ to: "/quan-tri/gui-tin", label: t("staff.deliveries"), secondary: true }]}
        columns={[t("webhook.name"), t("webhook.events"), t("webhook.secret"), t("webhook.state"), ""]}
        empty={webhooks.length ? undefined : <p className="card text-sm">{t("webhook.none")}</p>}
      >
        {webhooks.map((w) => (
          <tr key={w.id} className={w.active ? "" : "text-slate-500"} data-testid="webhook-row">
            <td>
              <Link to={`/quan-tri/webhook/${w.id}`} className="font-medium">
                {w.name}
              </Link>
              <div className="break-all font-mono text-xs">{w.url}</div>
              <div className="text-xs text-slate-600">
                {t("webhook.createdAt")}: {formatShort(lang, w.createdAt, tz)}
              </div>
            </td>
            <td className="text-sm">
              {w.allEvents
                ? t("webhook.allEvents")
                : w.events
                    .map((e) => TYPE_LABELS[e as keyof typeof TYPE_LABELS]?.[lang === "en" ? "en" : "vi"] ?? e)
                    .join("; ")}
            </td>
            <td className="font-mono text-xs">{w.secret}</td>
            <td className="text-sm">
              {w.active ? t("webhook.on") : t("webhook.off")}
              {w.failed ? (
                <div>
                  <Link to="/quan-tri/gui-tin?status=failed&channel=webhook" className="text-red-700">
                    {t("webhook.failedCount", { n: w.failed })}
                  </Link>
                </div>
              ) : null}
            </td>
            <td>
              <div className="flex flex-wrap gap-1">
                <Link to={`/quan-tri/webhook/${w.id}`} className="btn-secondary">
                  {t("common.edit")}
                </Link>
                {w.active ? (
                  <RowAction intent="deactivate" id={w.id} label={`${t("webhook.deactivate")}: ${w.name}`}>
                    {t("webhook.deactivate")}
                  </RowAction>
                ) : (
                  <RowAction intent="activate" id={w.id} danger={false} label={`${t("webhook.activate")}: ${w.name}`}>
                    {t("webhook.activate")}
                  </RowAction>
                )}
              </div>
            </td>
          </tr>
        ))}
      </ListPage>
      <p className="my-3 text-sm text-slate-600">{t("webhook.help")}</p>
      {data?.ok && data.secret ? (
        <div role="status" className="mb-3 rounded border border-green-300 bg-green-50 p-3 text-sm">
          {t("webhook.created", { name: data.name ?? "" })}{" "}
          <code className="block break-all font-mono" data-testid="webhook-secret">
            {data.secret}
          </code>
        </div>
      ) : null}
      <h2 className="mb-2 text-lg font-semibold">{t("webhook.new")}</h2>
      <Form method="post" className="card max-w-xl" autoComplete="off" {...props}>
        <FormMessage errors={formErrors} />
        <WebhookFields
          errors={errors}
          values={
            values && {
              name: values.name,
              url: values.url,
              events: ([] as string[]).concat(((values as Record<string, unknown>).events as string[]) ?? []),
              active: !!values.active,
            }
          }
        />
        <button type="submit" name="intent" value="create" className="btn">
          {t("common.create")}
        </button>
      </Form>
    </div>
  );
}
