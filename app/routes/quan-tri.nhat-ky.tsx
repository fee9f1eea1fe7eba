/**
 * The audit log (times in Vietnam time). The personal data actions (a phone number seen, personal data exported,
 * erased at the end of its retention) are labelled and listed with the items they concern; a filter shows only them.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PERSONAL_DATA_ACTIONS } from "../features/privacy/index.ts";
import { listAudit } from "../platform/audit.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formatShort, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";

const PAGE = 100;
const PERSONAL: readonly string[] = PERSONAL_DATA_ACTIONS;

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "audit:view");
  const url = new URL(request.url);
  const entity = url.searchParams.get("entity") ?? undefined;
  const entityId = url.searchParams.get("id") ?? undefined;
  const cursor = url.searchParams.get("after") ?? undefined;
  const personalOnly = url.searchParams.get("personal") === "1";
  const rows = await listAudit({
    entity,
    entityId,
    cursor,
    take: PAGE,
    actions: personalOnly ? PERSONAL_DATA_ACTIONS : undefined,
  });
  return {
    entity: entity ?? "",
    personalOnly,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      actor: r.actorLabel,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      change: PERSONAL.includes(r.action) ? "" : summarize(r.before, r.after),
      personal: PERSONAL.includes(r.action) ? personalOf(r.after) : null,
    })),
    next: rows.length === PAGE ? rows[rows.length - 1].id : null,
  };
}

/** Which items a personal data action concerned (tracking codes), and the retention period of an erasure. */
function personalOf(after: string | null) {
  const a = (after ? JSON.parse(after) : {}) as {
    trackingCode?: string;
    trackingCodes?: string[];
    count?: number;
    months?: number;
    file?: string;
  };
  const codes = a.trackingCodes ?? (a.trackingCode ? [a.trackingCode] : []);
  return { codes, count: a.count ?? codes.length, months: a.months ?? null, file: a.file ?? null };
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

const ENTITIES = [
  "",
  "Episode",
  "Series",
  "ChecklistItem",
  "EpisodePlatform",
  "EpisodePerson",
  "Organization",
  "User",
  "Question",
  "PersonalData",
];
/** Codes listed in one row at most; the record itself holds them all. */
const SHOWN_CODES = 20;

export default function AuditLog() {
  const { rows, next, entity, personalOnly } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  const label = (action: string) => {
    const l = t(`audit.a.${action}`);
    return l === `audit.a.${action}` ? action : l;
  };
  const personalText = (r: (typeof rows)[number]) => {
    const p = r.personal!;
    if (r.action === "personal-view") return t("audit.code", { code: p.codes[0] ?? r.entityId });
    const codes = p.codes.slice(0, SHOWN_CODES).join(", ") + (p.codes.length > SHOWN_CODES ? ", …" : "");
    return [
      t("audit.items", { n: p.count, codes }),
      p.file,
      p.months ? t("audit.retention", { months: p.months }) : null,
    ]
      .filter(Boolean)
      .join(" · ");
  };
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
        <span className="flex items-center gap-2 self-center">
          <input
            id="personal"
            name="personal"
            value="1"
            type="checkbox"
            className="h-5 w-5"
            defaultChecked={personalOnly}
          />
          <label htmlFor="personal" className="text-sm">
            {t("audit.personalOnly")}
          </label>
        </span>
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
                <td className="whitespace-nowrap">{formatShort(lang, r.at, tz)}</td>
                <td>{r.actor}</td>
                <td className={r.personal ? "font-semibold" : undefined}>{label(r.action)}</td>
                <td className="whitespace-nowrap">{r.entity}</td>
                <td className="break-all text-xs">{r.personal ? personalText(r) : r.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {next ? (
        <p className="mt-2">
          <Link to={`?entity=${encodeURIComponent(entity)}${personalOnly ? "&personal=1" : ""}&after=${next}`}>
            {t("audit.more")} →
          </Link>
        </p>
      ) : null}
    </div>
  );
}
