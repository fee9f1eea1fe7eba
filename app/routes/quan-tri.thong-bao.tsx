/** The user's notifications: filters (type, episode, read or unread), mark read, each entry to its item. */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listNotifications, markRead, openNotification } from "../features/notifications/index.server.ts";
import { NOTIFICATION_TYPES, TYPE_LABELS } from "../features/notifications/index.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formAction, formIntent, notFound, safeRedirect } from "../platform/http.server.ts";
import { formatShort, useLang, useT, useTimeZone } from "../platform/i18n/i18n.tsx";
import { FilterForm } from "../platform/ui/filter-form.tsx";
import { Pager } from "../platform/ui/pager.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  return listNotifications(user, Object.fromEntries(new URL(request.url).searchParams));
}

async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  const form = await request.formData();
  // Opening an entry marks it read and goes to its item (a POST: reading a page changes nothing).
  if (formIntent(form) === "open") {
    const to = await openNotification(user, String(form.get("id") ?? ""));
    if (!to) throw notFound();
    return redirect(safeRedirect(to, "/quan-tri/thong-bao"));
  }
  const all = formIntent(form) === "mark-all";
  const count = await markRead(user, { all, ids: form.getAll("id").map(String) });
  return { ok: true, count };
}
export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

export default function Notifications() {
  const { filter, items, total, pages, episodes } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("notif.title")}</h1>
      <p className="mb-3 text-sm text-slate-600">
        {t("notif.help")}{" "}
        <Link to="/tai-khoan/thong-bao" className="underline">
          {t("notif.prefsLink")}
        </Link>
      </p>
      <FilterForm
        filters={[
          {
            name: "type",
            label: t("notif.type"),
            value: filter.type,
            options: NOTIFICATION_TYPES.map((ty) => ({
              value: ty,
              label: TYPE_LABELS[ty][lang === "en" ? "en" : "vi"],
            })),
          },
          {
            name: "episodeId",
            label: t("notif.episode"),
            value: filter.episodeId,
            options: episodes.map((e) => ({ value: e.id, label: e.topic })),
          },
          {
            name: "state",
            label: t("notif.state"),
            value: filter.state,
            options: [
              { value: "unread", label: t("notif.unread") },
              { value: "read", label: t("notif.read") },
            ],
          },
        ]}
      />
      <Form method="post" className="mb-2">
        <button type="submit" name="intent" value="mark-all" className="btn-secondary text-sm">
          {t("notif.markAll")}
        </button>
      </Form>
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t("notif.count", { n: total })}
      </p>
      {items.length ? (
        <ul className="flex flex-col gap-2" data-testid="notifications">
          {items.map((n) => (
            <li key={n.id} className={`card text-sm ${n.read ? "" : "border-l-4 border-l-brand-700"}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="text-xs font-semibold uppercase text-slate-600">
                  {TYPE_LABELS[n.type]?.[lang === "en" ? "en" : "vi"] ?? n.typeLabel}
                  {n.read ? "" : ` · ${t("notif.unread")}`}
                </span>
                <time dateTime={n.createdAt} className="text-xs text-slate-600">
                  {formatShort(lang, n.createdAt, tz)}
                </time>
              </div>
              <Form method="post">
                <input type="hidden" name="id" value={n.id} />
                <button
                  type="submit"
                  name="intent"
                  value="open"
                  className="text-left font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {n.title}
                </button>
              </Form>
              {n.body ? <p className="whitespace-pre-line text-slate-700">{n.body}</p> : null}
              {n.read ? null : (
                <Form method="post" className="mt-1">
                  <input type="hidden" name="id" value={n.id} />
                  <button type="submit" name="intent" value="mark" className="text-xs underline">
                    {t("notif.markRead")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="card text-sm">{t("notif.none")}</p>
      )}
      <Pager page={filter.page} pages={pages} />
    </div>
  );
}
