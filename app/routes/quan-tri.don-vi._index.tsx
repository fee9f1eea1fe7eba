import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listOrganizations } from "../features/directory/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { ListPage } from "../platform/ui/list-page.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "organization:edit");
  const orgs = await listOrganizations();
  return {
    orgs: orgs.map((o) => ({
      id: o.id,
      code: o.code,
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      active: o.active,
      keywords: o.keywords.split("\n").filter(Boolean).length,
    })),
  };
}

export default function OrganizationsList() {
  const { orgs } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <ListPage
      title={t("org.list")}
      actions={[
        { to: "/quan-tri/dia-ban", label: t("places.title"), secondary: true },
        { to: "/quan-tri/don-vi/nhap", label: t("import.link"), secondary: true },
        { to: "/quan-tri/don-vi/moi", label: t("org.new") },
      ]}
      columns={[t("org.code"), t("org.name"), t("org.kind"), t("org.keywords").split(" (")[0]]}
    >
      {orgs.map((o) => (
        <tr key={o.id} className={o.active ? "" : "text-slate-400"}>
          <td className="whitespace-nowrap">
            <Link to={`/quan-tri/don-vi/${o.id}`}>{o.code}</Link>
          </td>
          <td>
            {o.name}
            <div className="text-xs text-slate-500">
              {o.shortName}
              {o.active ? "" : ` · ${t("common.inactive")}`}
            </div>
          </td>
          <td className="whitespace-nowrap">{t(`orgKind.${o.kind}`)}</td>
          <td>{o.keywords}</td>
        </tr>
      ))}
    </ListPage>
  );
}
