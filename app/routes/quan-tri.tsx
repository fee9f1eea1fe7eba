import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { Bell } from "../features/notifications/components/bell.tsx";
import { unreadCount } from "../features/notifications/index.server.ts";
import { profileIsSet } from "../features/profile/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { can, type Permission } from "../platform/permissions.ts";
// The staff area's texts (a viewer's phone never loads them: platform/i18n/dictionary.ts).
import "../platform/i18n/dictionary-staff.ts";

const NAV: { to: string; key: string; perm: Permission }[] = [
  { to: "/quan-tri", key: "staff.dashboard", perm: "staff:access" },
  { to: "/quan-tri/chuong-trinh", key: "staff.episodes", perm: "episode:view" },
  { to: "/quan-tri/chuan-bi", key: "staff.checklist", perm: "episode:view" },
  { to: "/quan-tri/hop-thu", key: "staff.inbox", perm: "followup:answer" },
  { to: "/quan-tri/ke-hoach", key: "staff.series", perm: "series:edit" },
  { to: "/quan-tri/don-vi", key: "staff.organizations", perm: "organization:edit" },
  { to: "/quan-tri/nguoi-dung", key: "staff.users", perm: "user:manage" },
  { to: "/quan-tri/bao-cao", key: "staff.reports", perm: "report:view" },
  { to: "/quan-tri/kenh", key: "staff.channels", perm: "integration:manage" },
  { to: "/quan-tri/webhook", key: "staff.webhooks", perm: "integration:manage" },
  { to: "/quan-tri/gui-tin", key: "staff.deliveries", perm: "integration:manage" },
  { to: "/quan-tri/tu-dien", key: "staff.thesaurus", perm: "thesaurus:edit" },
  { to: "/quan-tri/nhat-ky", key: "staff.audit", perm: "audit:view" },
  { to: "/quan-tri/ho-so", key: "staff.profile", perm: "profile:edit" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  return {
    nav: NAV.filter((n) => can(user, n.perm)).map(({ to, key }) => ({ to, key })),
    user: { displayName: user.displayName, role: user.role, organization: user.organization?.shortName ?? null },
    /** The deployment has no profile of its own yet: those who may edit it are asked to. */
    profileMissing: can(user, "profile:edit") && !profileIsSet(),
    unread: await unreadCount(user),
  };
}

export default function StaffLayout() {
  const { nav, user, profileMissing, unread } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-3 px-3 py-3 md:flex-row">
      <aside className="md:w-52 md:shrink-0">
        <div className="mb-2 text-sm">
          <div className="font-semibold" data-testid="staff-user">
            {user.displayName}
          </div>
          <div className="text-slate-600">
            {t(`role.${user.role}`)}
            {user.organization ? ` · ${user.organization}` : ""}
          </div>
          <Bell unread={unread} />
        </div>
        <nav aria-label={t("nav.staff")} className="flex gap-1 overflow-x-auto md:flex-col">
          {nav.map((n) => (
            <NavLink
              key={n.to}
              to={n.to}
              end={n.to === "/quan-tri"}
              className={({ isActive }) =>
                `whitespace-nowrap rounded px-2 py-1.5 text-sm no-underline ${isActive ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-200"}`
              }
            >
              {t(n.key)}
            </NavLink>
          ))}
          <NavLink
            to="/tai-khoan"
            className="whitespace-nowrap rounded px-2 py-1.5 text-sm text-slate-800 no-underline hover:bg-slate-200"
          >
            {t("nav.account")}
          </NavLink>
          <Form method="post" action="/dang-xuat">
            <button
              type="submit"
              className="whitespace-nowrap rounded px-2 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-200"
            >
              {t("nav.logout")}
            </button>
          </Form>
        </nav>
      </aside>
      <main id="main" className="min-w-0 flex-1">
        {profileMissing ? (
          <div role="status" className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t("profile.missing")} <Link to="/quan-tri/ho-so">{t("profile.complete")}</Link>
          </div>
        ) : null}
        <Outlet />
      </main>
    </div>
  );
}
