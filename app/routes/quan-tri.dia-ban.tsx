/** The places as imported (read-only, admin): kind and name, UBND, former names, active. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listPlaces } from "../features/directory/index.server.ts";
import { PLACE_KIND_WORD, type PlaceKind } from "../features/directory/schemas.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { useT } from "../platform/i18n/i18n.tsx";
import { PageHeader } from "../platform/ui/list-page.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "organization:edit");
  const places = await listPlaces();
  return {
    places: places.map((p) => ({
      id: p.id,
      name: p.kind ? `${PLACE_KIND_WORD[p.kind as PlaceKind] ?? p.kind} ${p.name}` : p.name,
      ubnd: p.organization,
      formerNames: p.formerNames.split("\n").filter(Boolean),
      active: p.active,
    })),
  };
}

export default function PlacesList() {
  const { places } = useLoaderData<typeof loader>();
  const t = useT();
  const active = places.filter((p) => p.active).length;
  return (
    <div>
      <PageHeader
        title={t("places.title")}
        actions={[{ to: "/quan-tri/don-vi/nhap", label: t("import.link"), secondary: true }]}
      />
      <p className="mb-2 text-sm text-slate-700">
        {t("places.count", { count: active })}
        {places.length > active ? ` · ${places.length - active} ${t("common.inactive").toLowerCase()}` : ""}
      </p>
      {places.length === 0 ? (
        <p>{t("places.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("places.name")}</th>
                <th scope="col">{t("places.ubnd")}</th>
                <th scope="col">{t("places.formerNames")}</th>
                <th scope="col">{t("places.status")}</th>
              </tr>
            </thead>
            <tbody>
              {places.map((p) => (
                <tr key={p.id} className={p.active ? "" : "text-slate-500"}>
                  <td className="whitespace-nowrap">{p.name}</td>
                  <td>
                    <Link to={`/quan-tri/don-vi/${p.ubnd.id}`}>{p.ubnd.code}</Link>
                    <div className="text-xs text-slate-600">{p.ubnd.shortName}</div>
                  </td>
                  <td>{p.formerNames.join("; ")}</td>
                  <td>{t(p.active ? "common.active" : "common.inactive")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
