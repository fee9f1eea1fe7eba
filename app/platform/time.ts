/**
 * Local time in the deployment's time zone (the profile's `timeZone`, an IANA name) for dates as
 * offices write them, deadlines (a deadline is a day in that zone) and form inputs. Browser-safe.
 *
 * Every helper takes the zone as its last parameter. Left out, it is `currentTimeZone()`: on the
 * server the profile's zone (the profile cache sets it, `setCurrentTimeZone`), in the browser the
 * default until set. Components pass the zone from the root loader (`useTimeZone()`), so the
 * server's and the browser's renders agree.
 */
export const DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";

let current = DEFAULT_TIME_ZONE;

/** The zone helpers use when none is given. */
export function currentTimeZone(): string {
  return current;
}

/**
 * Called by the profile cache whenever the profile is (re)read or saved. On the server it also works out
 * the zone's rules (`zoneRules`, some thousands of Intl calls) there, not on a visitor's request.
 */
export function setCurrentTimeZone(tz: string) {
  current = tz;
  if (typeof document === "undefined") zoneRules(tz);
}

export type LocalParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterOf(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
      hourCycle: "h23",
    });
    formatters.set(tz, f);
  }
  return f;
}
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The wall-clock fields of an instant in a zone, through Intl (the zone's rules for any instant). */
function intlParts(d: Date, tz: string): LocalParts {
  const p: Record<string, string> = {};
  for (const x of formatterOf(tz).formatToParts(d)) p[x.type] = x.value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
    second: Number(p.second),
    weekday: WEEKDAYS.indexOf(p.weekday),
  };
}

function intlOffsetMs(d: Date, tz: string): number {
  const p = intlParts(d, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(d.getTime() / 1000) * 1000;
}

const DAY = 86400_000;

/** The instants (to the minute) where the zone's offset changes between two instants. */
export function zoneTransitions(tz: string, from: number, to: number): number[] {
  const out: number[] = [];
  let before = intlOffsetMs(new Date(from), tz);
  for (let t = from; t < to; t += DAY) {
    const after = intlOffsetMs(new Date(t + DAY), tz);
    if (after === before) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (intlOffsetMs(new Date(mid), tz) === before) lo = mid;
      else hi = mid;
    }
    out.push(hi);
    before = after;
  }
  return out;
}

/**
 * A zone's offsets from UTC over a span of years, as plain data: the offset at `from`, then each change.
 * The server works them out (with Intl) and the root loader hands them to the browser, which then reads
 * dates in the zone without Intl: a phone's first Intl call costs ~150 ms of its CPU (ICU loading its
 * data), on the live page's way to being interactive.
 */
export type ZoneRules = { tz: string; from: number; to: number; offset: number; changes: [number, number][] };

const rulesOf = new Map<string, ZoneRules>();

/** The zone's rules from 2000 to 15 years ahead (computed once per zone, on the server). */
export function zoneRules(tz: string, now = new Date()): ZoneRules {
  const cached = rulesOf.get(tz);
  if (cached && cached.to > now.getTime()) return cached;
  const from = Date.UTC(2000, 0, 1);
  const to = Date.UTC(now.getUTCFullYear() + 15, 0, 1);
  const changes = zoneTransitions(tz, from, to).map((t): [number, number] => [t, intlOffsetMs(new Date(t), tz)]);
  const rules = { tz, from, to, offset: intlOffsetMs(new Date(from), tz), changes };
  rulesOf.set(tz, rules);
  return rules;
}

/** Reads the zone's dates from these rules (the browser, from the root loader) and makes it the current zone. */
export function installZoneRules(rules: ZoneRules) {
  if (rulesOf.get(rules.tz) !== rules) rulesOf.set(rules.tz, rules);
  current = rules.tz;
}

/** The offset at an instant from the zone's rules, or undefined outside them (or for an invalid date). */
function ruleOffset(ms: number, tz: string): number | undefined {
  const r = rulesOf.get(tz);
  if (!r || !(ms >= r.from && ms < r.to)) return undefined;
  let offset = r.offset;
  for (const [at, o] of r.changes) {
    if (at > ms) break;
    offset = o;
  }
  return offset;
}

/** The wall-clock fields of an instant in a zone. */
export function zonedParts(d: Date | string, tz = current): LocalParts {
  const date = new Date(d);
  const offset = ruleOffset(date.getTime(), tz);
  if (offset === undefined) return intlParts(date, tz);
  const w = new Date(date.getTime() + offset);
  return {
    year: w.getUTCFullYear(),
    month: w.getUTCMonth() + 1,
    day: w.getUTCDate(),
    hour: w.getUTCHours(),
    minute: w.getUTCMinutes(),
    second: w.getUTCSeconds(),
    weekday: w.getUTCDay(),
  };
}

/** The zone's offset from UTC at an instant, in ms (+7 h for Vietnam; +1 or +2 h for Berlin). */
export function zoneOffsetMs(d: Date, tz = current): number {
  return ruleOffset(d.getTime(), tz) ?? intlOffsetMs(d, tz);
}

/**
 * The instant a wall-clock time in a zone names. A time skipped by a DST change moves forward by the
 * change; a repeated time takes one of its two occurrences.
 */
export function zonedTimeToInstant(
  t: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number; ms?: number },
  tz = current,
): Date {
  const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour ?? 0, t.minute ?? 0, t.second ?? 0, t.ms ?? 0);
  const first = wall - zoneOffsetMs(new Date(wall), tz);
  const second = wall - zoneOffsetMs(new Date(first), tz);
  if (first === second) return new Date(first);
  // Around a change the two guesses differ: the one that reads back as the asked wall time, else the later.
  const back = (x: number) => x + zoneOffsetMs(new Date(x), tz);
  return new Date(back(second) === wall ? second : Math.max(first, second));
}

/** The first instant of the local day an instant falls on. */
export function startOfLocalDay(d: Date, tz = current): Date {
  const p = zonedParts(d, tz);
  return zonedTimeToInstant({ year: p.year, month: p.month, day: p.day }, tz);
}

/** The last instant (…23:59:59.999) of the local day an instant falls on: a deadline's end. */
export function endOfLocalDay(d: Date, tz = current): Date {
  const p = zonedParts(d, tz);
  const next = new Date(Date.UTC(p.year, p.month - 1, p.day + 1));
  const start = zonedTimeToInstant(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
    tz,
  );
  return new Date(start.getTime() - 1);
}

/** The local calendar day of an instant. */
export function vnParts(d: Date, tz = current): { day: number; month: number; year: number } {
  const p = zonedParts(d, tz);
  return { day: p.day, month: p.month, year: p.year };
}

const two = (n: number) => String(n).padStart(2, "0");

/** "23/05/2024" */
export function vnDateString(d: Date, tz = current): string {
  const p = vnParts(d, tz);
  return `${two(p.day)}/${two(p.month)}/${p.year}`;
}

/** "2024-05-23": sortable day key. */
export function vnDayKey(d: Date, tz = current): string {
  const p = vnParts(d, tz);
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}
export const dayKey = vnDayKey;

/** "2024-05-23T20:00": the value of an <input type="datetime-local"> in the zone. */
export function localInputValue(d: Date | string, tz = current): string {
  const p = zonedParts(d, tz);
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** "2024-05-23 20:00": a local date and time for exports (sortable, unambiguous). */
export function localDateTimeText(d: Date | string, tz = current): string {
  return localInputValue(d, tz).replace("T", " ");
}

/** "20:05 ngày 23/05/2024": an instant as Vietnamese text reads it (e-mails, notifications). */
export function vnDateTimeString(d: Date | string, tz = current): string {
  const p = zonedParts(d, tz);
  return `${two(p.hour)}:${two(p.minute)} ngày ${two(p.day)}/${two(p.month)}/${p.year}`;
}

/**
 * "<place>, ngày 05 tháng 02 năm 2024" — Decree 30: days below 10 and months below 3 take a leading zero.
 * Without a place (a deployment whose profile has none yet): "Ngày 05 tháng 02 năm 2024".
 */
export function vnDateLine(place: string, d: Date | null, tz = current): string {
  const p = d && vnParts(d, tz);
  const date = p
    ? `ngày ${two(p.day)} tháng ${p.month < 3 ? two(p.month) : p.month} năm ${p.year}`
    : "ngày     tháng     năm";
  return place ? `${place}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}
