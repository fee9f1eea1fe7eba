import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listOrganizations } from "../features/directory/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";

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
    <div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("org.list")}</h1>
        <div className="flex flex-wrap gap-2">
          <Link to="/quan-tri/dia-ban" className="btn-secondary">
            {t("places.title")}
          </Link>
          <Link to="/quan-tri/don-vi/nhap" className="btn-secondary">
            {t("import.link")}
          </Link>
          <Link to="/quan-tri/don-vi/moi" className="btn">
            {t("org.new")}
          </Link>
        </div>
      </div>
      <div className="overflow-x-auto">
        <table className="table">
          <thead>
            <tr>
              <th>{t("org.code")}</th>
              <th>{t("org.name")}</th>
              <th>{t("org.kind")}</th>
              <th>{t("org.keywords").split(" (")[0]}</th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </div>
    </div>
  );
}
