/** The outbox as the admin sees it: e-mails and webhook deliveries, attempts and errors; failed ones sent again. */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { listDeliveries, retryAllFailed, retryDelivery } from "../features/notifications/index.server.ts";
import { DELIVERY_CHANNELS, DELIVERY_STATUSES } from "../features/notifications/index.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formAction, formIntent, invalid, parseForm } from "../platform/http.server.ts";
import { formatShort, useLang, useT, useTimeZone } from "../platform/i18n/i18n.tsx";
import { FilterForm } from "../platform/ui/filter-form.tsx";
import { FormMessage } from "../platform/ui/form.tsx";
import { PageHeader } from "../platform/ui/list-page.tsx";
import { Pager } from "../platform/ui/pager.tsx";
import { RowAction } from "../platform/ui/row-action.tsx";
import { recordForm } from "../platform/validation.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "integration:manage");
  return listDeliveries(user, Object.fromEntries(new URL(request.url).searchParams));
}

async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "integration:manage");
  const form = await request.formData();
  const intent = formIntent(form);
  if (intent === "retry") {
    await retryDelivery(user, parseForm(recordForm, form, intent).id);
    return { ok: true, intent, count: 1 };
  }
  if (intent === "retry-all") return { ok: true, intent, count: await retryAllFailed(user) };
  return invalid({ intent: ["err.choice"] }, undefined, undefined, 400);
}
export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

const STATUS_CLASS: Record<string, string> = {
  pending: "text-amber-800",
  sent: "text-green-800",
  failed: "font-semibold text-red-700",
};

export default function Deliveries() {
  const { filter, items, total, pages, failed } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() as
    { ok?: boolean; intent?: string; count?: number; errors?: Record<string, string[]> } | undefined;
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  return (
    <div>
      <PageHeader
        title={t("delivery.title")}
        actions={[{ to: "/quan-tri/webhook", label: t("staff.webhooks"), secondary: true }]}
      />
      <p className="mb-2 text-sm text-slate-600">{t("delivery.help")}</p>
      <FilterForm
        filters={[
          {
            name: "status",
            label: t("delivery.status"),
            value: filter.status,
            options: DELIVERY_STATUSES.map((s) => ({ value: s, label: t(`delivery.status.${s}`) })),
          },
          {
            name: "channel",
            label: t("delivery.channel"),
            value: filter.channel,
            options: DELIVERY_CHANNELS.map((c) => ({ value: c, label: t(`delivery.channel.${c}`) })),
          },
        ]}
      />
      <FormMessage
        errors={data && !data.ok ? data.errors : undefined}
        ok={data?.ok ? t("delivery.retried", { n: data.count ?? 0 }) : undefined}
      />
      {failed ? (
        <Form method="post" className="mb-3">
          <button type="submit" name="intent" value="retry-all" className="btn">
            {t("delivery.retryAll", { n: failed })}
          </button>
        </Form>
      ) : null}
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t("delivery.count", { n: total })}
      </p>
      {items.length ? (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th>{t("delivery.createdAt")}</th>
                <th>{t("delivery.channel")}</th>
                <th>{t("delivery.recipient")}</th>
                <th>{t("delivery.status")}</th>
                <th>{t("delivery.attempts")}</th>
                <th>{t("delivery.lastError")}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id} data-testid="delivery-row" data-key={d.key}>
                  <td className="whitespace-nowrap text-sm">
                    <time dateTime={d.createdAt}>{formatShort(lang, d.createdAt, tz)}</time>
                  </td>
                  <td className="text-sm">{t(`delivery.channel.${d.channel}`)}</td>
                  <td className="text-sm">
                    <div className="break-all">{d.recipient}</div>
                    {d.subject ? <div className="text-xs text-slate-600">{d.subject}</div> : null}
                  </td>
                  <td className={`text-sm ${STATUS_CLASS[d.status] ?? ""}`}>
                    {t(`delivery.status.${d.status}`)}
                    {d.sentAt ? (
                      <div className="text-xs font-normal text-slate-600">
                        <time dateTime={d.sentAt}>{formatShort(lang, d.sentAt, tz)}</time>
                      </div>
                    ) : null}
                    {d.nextAttemptAt ? (
                      <div className="text-xs font-normal text-slate-600">
                        {t("delivery.nextAttempt")}:{" "}
                        <time dateTime={d.nextAttemptAt}>{formatShort(lang, d.nextAttemptAt, tz)}</time>
                      </div>
                    ) : null}
                  </td>
                  <td className="text-sm">{d.attempts}</td>
                  <td className="max-w-xs break-words text-xs">{d.lastError || "—"}</td>
                  <td>
                    {d.status === "failed" ? (
                      <RowAction
                        intent="retry"
                        id={d.id}
                        danger={false}
                        label={`${t("delivery.retry")}: ${d.recipient}`}
                      >
                        {t("delivery.retry")}
                      </RowAction>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="card text-sm">{t("delivery.none")}</p>
      )}
      <Pager page={filter.page} pages={pages} />
    </div>
  );
}
