import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listUsers } from "../features/directory/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formatShort, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { lockedUsernames } from "../platform/login-throttle.server.ts";
import { ListPage } from "../platform/ui/list-page.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "user:manage");
  const [users, locked] = await Promise.all([listUsers(), lockedUsernames()]);
  return {
    users: users.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      active: u.active,
      organization: u.organization?.shortName ?? "",
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      locked: locked.has(u.username),
    })),
  };
}

export default function UsersList() {
  const { users } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  return (
    <ListPage
      title={t("user.list")}
      actions={[{ to: "/quan-tri/nguoi-dung/moi", label: t("user.new") }]}
      columns={[t("user.username"), t("user.role"), t("user.organization"), t("user.lastLogin")]}
    >
      {users.map((u) => (
        <tr key={u.id} className={u.active ? "" : "text-slate-400"}>
          <td>
            <Link to={`/quan-tri/nguoi-dung/${u.id}`}>{u.username}</Link>
            <div className="text-xs text-slate-500">
              {u.displayName}
              {u.active ? "" : ` · ${t("common.inactive")}`}
              {u.locked ? ` · ${t("user.locked")}` : ""}
            </div>
          </td>
          <td className="whitespace-nowrap">{t(`role.${u.role}`)}</td>
          <td>{u.organization}</td>
          <td className="whitespace-nowrap">{u.lastLoginAt ? formatShort(lang, u.lastLoginAt, tz) : "—"}</td>
        </tr>
      ))}
    </ListPage>
  );
}
