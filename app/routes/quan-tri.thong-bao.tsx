/** The user's notifications: filters (type, episode, read or unread), mark read, each entry to its item. */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listNotifications, markRead } from "../features/notifications/index.server.ts";
import { NOTIFICATION_TYPES, TYPE_LABELS } from "../features/notifications/index.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formAction, formIntent } from "../platform/http.server.ts";
import { formatShort, useLang, useT, useTimeZone } from "../platform/i18n/i18n.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  return listNotifications(user, Object.fromEntries(new URL(request.url).searchParams));
}

async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  const form = await request.formData();
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
  const query = (page: number) => {
    const p = new URLSearchParams();
    if (filter.type) p.set("type", filter.type);
    if (filter.episodeId) p.set("episodeId", filter.episodeId);
    if (filter.state) p.set("state", filter.state);
    p.set("page", String(page));
    return `?${p}`;
  };
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t("notif.title")}</h1>
      <p className="mb-3 text-sm text-slate-600">
        {t("notif.help")}{" "}
        <Link to="/tai-khoan/thong-bao" className="underline">
          {t("notif.prefsLink")}
        </Link>
      </p>
      <Form method="get" className="card mb-3 flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col">
          {t("notif.type")}
          <select name="type" defaultValue={filter.type ?? ""} className="input">
            <option value="">{t("common.all")}</option>
            {NOTIFICATION_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {TYPE_LABELS[ty][lang === "en" ? "en" : "vi"]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          {t("notif.episode")}
          <select name="episodeId" defaultValue={filter.episodeId ?? ""} className="input">
            <option value="">{t("common.all")}</option>
            {episodes.map((e) => (
              <option key={e.id} value={e.id}>
                {e.topic}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          {t("notif.state")}
          <select name="state" defaultValue={filter.state ?? ""} className="input">
            <option value="">{t("common.all")}</option>
            <option value="unread">{t("notif.unread")}</option>
            <option value="read">{t("notif.read")}</option>
          </select>
        </label>
        <button type="submit" className="btn-secondary">
          {t("notif.filter")}
        </button>
      </Form>
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
              <Link to={`/quan-tri/thong-bao/${n.id}`} className="font-medium">
                {n.title}
              </Link>
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
      {pages > 1 ? (
        <nav aria-label={t("notif.pages")} className="mt-3 flex gap-2 text-sm">
          {filter.page > 1 ? <Link to={query(filter.page - 1)}>{t("notif.prev")}</Link> : null}
          <span>
            {filter.page}/{pages}
          </span>
          {filter.page < pages ? <Link to={query(filter.page + 1)}>{t("notif.next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
