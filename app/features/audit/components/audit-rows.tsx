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
/** Fields whose values are codes, and the dictionary prefix of their labels. */
const CODED: Record<string, string> = { role: "role", channel: "channel" };
/** A kind is a code of its record's kind of kinds: an organization's, a place's, a reminder's. */
const KIND_OF: Record<string, string> = { Organization: "orgKind", Reminder: "audit.remind" };
/** A status is a code of its record's kind: a question's, an episode's, a notice's, an answer's. */
const STATUS_OF: Record<string, string> = {
  Question: "qstatus",
  Episode: "status",
  Notice: "notice.status",
  Answer: "answer",
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
    if (CODED[field]) return label(t, `${CODED[field]}.${v}`, v);
    if (field === "status" && STATUS_OF[entity]) return label(t, `${STATUS_OF[entity]}.${v}`, v);
    if (field === "kind" && KIND_OF[entity]) return label(t, `${KIND_OF[entity]}.${v}`, v);
    return v;
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
