import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listAudit } from "../platform/audit.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formatShort, useLang, useT } from "../platform/i18n/i18n.tsx";

const PAGE = 100;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit:view");
  const url = new URL(request.url);
  const entity = url.searchParams.get("entity") ?? undefined;
  const entityId = url.searchParams.get("id") ?? undefined;
  const cursor = url.searchParams.get("after") ?? undefined;
  const rows = await listAudit({ entity, entityId, cursor, take: PAGE });
  return {
    entity: entity ?? "",
    rows: rows.map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      actor: r.actorLabel,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      change: summarize(r.before, r.after),
    })),
    next: rows.length === PAGE ? rows[rows.length - 1].id : null,
  };
}

function summarize(before: string | null, after: string | null): string {
  const b = before ? (JSON.parse(before) as Record<string, unknown>) : {};
  const a = after ? (JSON.parse(after) as Record<string, unknown>) : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !["updatedAt", "createdAt", "id"].includes(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]),
  );
  return keys
    .slice(0, 6)
    .map((k) => `${k}: ${short(b[k])} → ${short(a[k])}`)
    .join("; ");
}
const short = (v: unknown) => {
  const s = v === undefined ? "∅" : typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
};

const ENTITIES = ["", "Episode", "Series", "ChecklistItem", "EpisodePlatform", "EpisodePerson", "Organization", "User"];

export default function AuditLog() {
  const { rows, next, entity } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <div>
      <h1 className="mb-3 text-2xl font-bold">{t("audit.title")}</h1>
      <form method="get" className="mb-3 flex items-end gap-2">
        <label className="label" htmlFor="entity">
          {t("audit.entity")}
        </label>
        <select id="entity" name="entity" defaultValue={entity} className="input w-auto">
          {ENTITIES.map((e) => (
            <option key={e} value={e}>
              {e || t("common.all")}
            </option>
          ))}
        </select>
        <button type="submit" className="btn-secondary">
          OK
        </button>
      </form>
      <div className="overflow-x-auto">
        <table className="table" data-testid="audit">
          <thead>
            <tr>
              <th>{t("audit.time")}</th>
              <th>{t("audit.actor")}</th>
              <th>{t("audit.action")}</th>
              <th>{t("audit.entity")}</th>
              <th>{t("audit.changes")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="whitespace-nowrap">{formatShort(lang, r.at)}</td>
                <td>{r.actor}</td>
                <td>{r.action}</td>
                <td className="whitespace-nowrap">{r.entity}</td>
                <td className="break-all text-xs">{r.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next ? (
        <p className="mt-2">
          <Link to={`?entity=${encodeURIComponent(entity)}&after=${next}`}>{t("audit.more")} →</Link>
        </p>
      ) : null}
    </div>
  );
}
