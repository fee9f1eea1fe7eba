/** One gateway webhook: its name, URL, types and state; a new secret on request (shown once). */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { WebhookFields } from "../features/notifications/components/webhook-fields.tsx";
import { getWebhook, regenerateWebhookSecret, saveWebhook } from "../features/notifications/index.server.ts";
import { webhookSchema } from "../features/notifications/schemas.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formAction, formIntent, formResult, invalid, parseForm } from "../platform/http.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { FormMessage } from "../platform/ui/form.tsx";
import { useSchemaForm } from "../platform/ui/use-schema-form.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "integration:manage");
  return formResult(undefined, async () => ({ webhook: await getWebhook(user, params.id!) }));
}

async function handleAction({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "integration:manage");
  const form = await request.formData();
  const intent = formIntent(form);
  if (intent === "save") {
    await saveWebhook(user, params.id!, parseForm(webhookSchema, form, "save"));
    return { ok: true, intent };
  }
  if (intent === "secret") return { ok: true, intent, secret: await regenerateWebhookSecret(user, params.id!) };
  return invalid({ intent: ["err.choice"] }, undefined, undefined, 400);
}
export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

export default function WebhookEdit() {
  const { webhook } = useLoaderData<typeof loader>() as { webhook: Awaited<ReturnType<typeof getWebhook>> };
  const data = useActionData<typeof action>() as
    | {
        ok?: boolean;
        intent?: string;
        secret?: string;
        errors?: Record<string, string[]>;
        values?: Record<string, string>;
      }
    | undefined;
  const t = useT();
  const { props, errors, formErrors } = useSchemaForm(webhookSchema, { result: data, intent: "save" });
  const v = (data && !data.ok && data.intent === "save" ? data.values : undefined) as
    Record<string, unknown> | undefined;
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link to="/quan-tri/webhook">← {t("webhook.title")}</Link>
      </p>
      <h1 className="mb-3 text-2xl font-bold">{t("webhook.edit")}</h1>
      <Form method="post" className="card mb-4 max-w-xl" autoComplete="off" {...props}>
        <FormMessage errors={formErrors} ok={data?.ok && data.intent === "save" ? t("common.saved") : undefined} />
        <WebhookFields
          errors={errors}
          values={
            v
              ? {
                  name: String(v.name ?? ""),
                  url: String(v.url ?? ""),
                  events: ([] as string[]).concat((v.events as string[] | string | undefined) ?? []),
                  active: !!v.active,
                }
              : webhook
          }
        />
        <button type="submit" name="intent" value="save" className="btn">
          {t("common.save")}
        </button>
      </Form>
      <section className="card max-w-xl">
        <h2 className="mb-1 text-lg font-semibold">{t("webhook.secret")}</h2>
        {data?.ok && data.intent === "secret" && data.secret ? (
          <div role="status" className="mb-3 rounded border border-green-300 bg-green-50 p-3 text-sm">
            {t("webhook.secretNew")}{" "}
            <code className="block break-all font-mono" data-testid="webhook-secret">
              {data.secret}
            </code>
          </div>
        ) : (
          <p className="mb-2 font-mono text-sm" data-testid="webhook-secret-masked">
            {webhook.secret}
          </p>
        )}
        <p className="mb-2 text-sm text-slate-600">{t("webhook.secretHelp")}</p>
        <Form method="post">
          <button type="submit" name="intent" value="secret" className="btn-secondary">
            {t("webhook.regenerate")}
          </button>
        </Form>
      </section>
    </div>
  );
}
