/**
 * The audit log as the staff read it (/quan-tri/nhat-ky): filtered by person, by days in the profile's zone and by
 * type (record and action), a page at a time. The filters come from the page's GET query, so they work without
 * JavaScript; an unknown value is ignored rather than refused.
 */
import { db } from "../../platform/db.server.ts";
import { forbidden } from "../../platform/errors.ts";
import { can, type Actor } from "../../platform/permissions.ts";
import { endOfLocalDay, zonedTimeToInstant } from "../../platform/time.ts";
import { PERSONAL_DATA_ACTIONS } from "../privacy/index.ts";
import { formatTrackingCode } from "../questions/index.ts";
import { AUDIT_ACTIONS, AUDIT_DETAILS, AUDIT_ENTITIES } from "./labels.ts";

export const AUDIT_PAGE_SIZE = 50;
const PERSONAL: readonly string[] = PERSONAL_DATA_ACTIONS;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type AuditFilter = {
  person: string | null;
  from: string | null;
  to: string | null;
  entity: string | null;
  action: string | null;
  personal: boolean;
  page: number;
};

/** The filter from the page's query: known types only, days as YYYY-MM-DD, the page at least 1. */
export function auditFilter(q: Record<string, string | undefined>): AuditFilter {
  const day = (v: string | undefined) => (v && DAY.test(v) && !Number.isNaN(Date.parse(v)) ? v : null);
  return {
    person: q.person && /^[\w-]{1,40}$/.test(q.person) ? q.person : null,
    from: day(q.from),
    to: day(q.to),
    entity: (AUDIT_ENTITIES as readonly string[]).includes(q.entity ?? "") ? q.entity! : null,
    action: (AUDIT_ACTIONS as readonly string[]).includes(q.action ?? "") ? q.action! : null,
    personal: q.personal === "1" || q.personal === "on",
    page: Math.max(1, Math.min(10_000, Math.floor(Number(q.page)) || 1)),
  };
}

/** The first instant of a day in the zone, and the last. */
function dayBounds(day: string, tz?: string) {
  const [, y, m, d] = DAY.exec(day)!.map(Number);
  const start = zonedTimeToInstant({ year: y, month: m, day: d }, tz);
  return { start, end: endOfLocalDay(start, tz) };
}

export function auditWhere(f: AuditFilter, tz?: string) {
  const createdAt =
    f.from || f.to
      ? { ...(f.from && { gte: dayBounds(f.from, tz).start }), ...(f.to && { lte: dayBounds(f.to, tz).end }) }
      : undefined;
  const actions = f.personal ? (f.action ? [f.action].filter((a) => PERSONAL.includes(a)) : [...PERSONAL]) : null;
  return {
    ...(f.person && { actorId: f.person }),
    ...(createdAt && { createdAt }),
    ...(f.entity && { entity: f.entity }),
    ...(actions ? { action: { in: actions } } : f.action ? { action: f.action } : {}),
  };
}

/** One page of the log and what its filters offer (the staff). Days are the profile's (the server's current zone). */
export async function auditLog(user: Actor, q: Record<string, string | undefined>, tz?: string) {
  if (!can(user, "audit:view")) throw forbidden();
  const filter = auditFilter(q);
  const where = auditWhere(filter, tz);
  const [total, rows, people] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    db().user.findMany({ select: { id: true, displayName: true, username: true }, orderBy: { displayName: "asc" } }),
  ]);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const changes = rows.map((r) => (PERSONAL.includes(r.action) ? [] : changesOf(r.before, r.after, r.entity)));
  const records = await recordNames(changes.flat().flatMap((c) => [c.from, c.to]));
  const named = (v: string | boolean | null) => (typeof v === "string" && records.get(v)) || v;
  return {
    filter,
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    people: people.map((p) => ({ value: p.id, label: `${p.displayName} (${p.username})` })),
    rows: rows.map((r, i) => ({
      id: r.id,
      at: r.createdAt.toISOString(),
      // The person's name; the system and the viewers have no account (the page names them).
      actor: (r.actorId && names.get(r.actorId)) || r.actorLabel,
      action: r.action,
      entity: r.entity,
      // A record named by its id reads by its name (an agency, a person, an episode, a task …).
      changes: changes[i].map((c) => ({ ...c, from: named(c.from), to: named(c.to) })),
      personal: PERSONAL.includes(r.action) ? personalOf(r.after) : null,
    })),
  };
}

const RECORD_ID = /^c[a-z0-9]{20,32}$/;

/** The names of the records the values name by id: agencies, people, series, episodes, notices, tasks, questions. */
async function recordNames(values: (string | boolean | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(values.filter((v): v is string => typeof v === "string" && RECORD_ID.test(v)))];
  if (!ids.length) return new Map();
  const where = { id: { in: ids } };
  const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
  const found = await Promise.all([
    db()
      .organization.findMany({ where, select: { id: true, shortName: true } })
      .then((l) => l.map((o) => [o.id, o.shortName])),
    db()
      .user.findMany({ where, select: { id: true, displayName: true } })
      .then((l) => l.map((u) => [u.id, u.displayName])),
    db()
      .series.findMany({ where, select: { id: true, title: true } })
      .then((l) => l.map((x) => [x.id, x.title])),
    db()
      .episode.findMany({ where, select: { id: true, topic: true } })
      .then((l) => l.map((e) => [e.id, e.topic])),
    db()
      .notice.findMany({ where, select: { id: true, title: true } })
      .then((l) => l.map((n) => [n.id, n.title])),
    db()
      .task.findMany({ where, select: { id: true, content: true } })
      .then((l) => l.map((t) => [t.id, t.content])),
    db()
      .question.findMany({ where, select: { id: true, trackingCode: true } })
      .then((l) => l.map((q) => [q.id, formatTrackingCode(q.trackingCode)])),
  ]);
  return new Map(found.flat().map(([id, name]) => [id, short(name)] as [string, string]));
}

/** Which items a personal data action concerned (tracking codes), and the retention period of an erasure. */
function personalOf(after: string | null) {
  const a = parse(after) as { trackingCode?: string; trackingCodes?: string[]; count?: number; months?: number };
  const codes = a.trackingCodes ?? (a.trackingCode ? [a.trackingCode] : []);
  return { codes, count: a.count ?? codes.length, months: a.months ?? null };
}

/** Never shown: bookkeeping and secrets. */
export const HIDDEN_FIELDS = new Set([
  ...["updatedAt", "createdAt", "id", "version", "lastSeq", "claimedBy", "claimedUntil", "html", "payload"],
  ...["passwordHash", "password", "secret", "tokenHash", "askerSecretHash", "notifyToken", "deviceId", "clientKey"],
  // The thesaurus's bookkeeping of its seed: which seed group a row is, and the words it was last seeded with.
  ...["seedKey", "seedHash"],
]);
/** An asker's contact details are personal data (Decree 13/2023): the log shows who looked, not what. */
const ASKER_FIELDS = new Set(["name", "phone", "notifyEmail", "email"]);

/** The fields a change touched (at most six), each with its value before and after as text. */
export function changesOf(before: string | null, after: string | null, entity = "") {
  const b = parse(before);
  const a = parse(after);
  return (
    [...new Set([...Object.keys(b), ...Object.keys(a)])]
      .filter((k) => !HIDDEN_FIELDS.has(k) && !(entity === "Question" && ASKER_FIELDS.has(k)))
      .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
      .map((field) => ({ field, from: short(b[field]), to: short(a[field]) }))
      // Nothing to nothing ("" for a missing value, [] for an empty list) is no change to show.
      .filter((c) => c.from !== c.to)
      .slice(0, 6)
  );
}

function parse(s: string | null): Record<string, unknown> {
  if (!s) return {};
  try {
    const v: unknown = JSON.parse(s);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function short(v: unknown): string | boolean | null {
  if (v === undefined || v === null || v === "") return null;
  // A list kept as JSON text (related resolutions, coordinating agencies) reads as the list.
  if (typeof v === "string" && v.startsWith("[") && v.endsWith("]")) {
    try {
      return short(JSON.parse(v));
    } catch {
      // not a list after all: shown as written
    }
  }
  if (typeof v === "boolean") return v;
  if (Array.isArray(v) && v.length === 0) return null;
  if (Array.isArray(v) && v.every((x) => typeof x === "string" || typeof x === "number")) return short(v.join(", "));
  if (typeof v === "object") return AUDIT_DETAILS;
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
}
