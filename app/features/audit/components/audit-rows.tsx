/** The audit log's table: every code as its Vietnamese label, every time in the profile's zone. */
import { formatShort, useLang, useT, useTimeZone, type T } from "../../../platform/i18n/i18n.tsx";
import { actionKey, AUDIT_DETAILS, entityKey } from "../labels.ts";

type Change = { field: string; from: string | boolean | null; to: string | boolean | null };
export type AuditRow = {
  id: string;
  at: string;
  actor: string;
  action: string;
  entity: string;
  changes: Change[];
  personal: { codes: string[]; count: number; months: number | null } | null;
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Codes listed in one row at most; the record itself holds them all. */
const SHOWN_CODES = 20;
/**
 * Coded values and the dictionary prefix that names them: by record and field ("Question.status": a
 * question's status), or by field for every record ("role").
 */
const CODES: Record<string, string> = {
  role: "role",
  channel: "channel",
  "Organization.kind": "orgKind",
  "Reminder.kind": "audit.remind",
  "Question.status": "qstatus",
  "Episode.status": "status",
  "Notice.status": "notice.status",
  "Answer.status": "answer",
  "ThesaurusEntry.kind": "thesaurus.kind",
  "ThesaurusEntry.source": "thesaurus.source",
  "ThesaurusEntry.status": "thesaurus.status",
};

/** A label from the dictionary, or the fallback when the dictionary has none. */
function label(t: T, key: string, fallback: string): string {
  const l = t(key);
  return l === key ? fallback : l;
}

export function AuditRows({ rows }: { rows: AuditRow[] }) {
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  const value = (entity: string, field: string, v: string | boolean | null) => {
    if (v === null) return "∅";
    if (typeof v === "boolean") return v ? t("audit.yes") : t("audit.no");
    if (v === AUDIT_DETAILS) return t("audit.details");
    if (ISO.test(v)) return formatShort(lang, v, tz);
    const prefix = CODES[`${entity}.${field}`] ?? CODES[field];
    return prefix ? label(t, `${prefix}.${v}`, v) : v;
  };
  const actor = (a: string) => (a === "system" || a === "viewer" ? t(`audit.by.${a}`) : a);
  const personalText = (r: AuditRow) => {
    const p = r.personal!;
    if (r.action === "personal-view") return t("audit.code", { code: p.codes[0] ?? "" });
    const codes = p.codes.slice(0, SHOWN_CODES).join(", ") + (p.codes.length > SHOWN_CODES ? ", …" : "");
    return [t("audit.items", { n: p.count, codes }), p.months ? t("audit.retention", { months: p.months }) : null]
      .filter(Boolean)
      .join(" · ");
  };
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("audit.title")}>
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
              <td>{actor(r.actor)}</td>
              <td className={r.personal ? "font-semibold" : undefined}>{t(actionKey(r.action))}</td>
              <td>{t(entityKey(r.entity))}</td>
              <td className="break-words text-xs">
                {r.personal
                  ? personalText(r)
                  : r.changes.map((c) => (
                      <div key={c.field}>
                        {label(t, `audit.f.${c.field}`, c.field)}: {value(r.entity, c.field, c.from)} →{" "}
                        {value(r.entity, c.field, c.to)}
                      </div>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
