/**
 * iCalendar (RFC 5545) feed of the schedule: CRLF line ends, lines folded at
 * 75 octets without splitting a UTF-8 character, text escaped. Times are the
 * deployment's local time with its zone (TZID and a VTIMEZONE built from the
 * zone's offsets over the events' years, DST changes included); the stamp is UTC.
 */
import { zoneOffsetMs, zoneTransitions } from "../../platform/time.ts";

export type IcsEvent = {
  uid: string;
  start: Date;
  end: Date;
  stamp: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  sequence?: number;
};

export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

export function utc(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

const two = (n: number) => String(n).padStart(2, "0");

/** "20240523T200000": an instant as wall time at a given offset. */
function wall(d: Date, offsetMs: number): string {
  return utc(new Date(d.getTime() + offsetMs)).replace(/Z$/, "");
}

/** "+0700", "-0330" */
function offsetText(ms: number): string {
  const m = Math.round(Math.abs(ms) / 60_000);
  return `${ms < 0 ? "-" : "+"}${two(Math.floor(m / 60))}${two(m % 60)}`;
}

/** A VTIMEZONE for the zone, its observances covering the years from `from` to `to` (one year either side). */
export function vtimezone(tz: string, from: Date, to: Date): string[] {
  const start = Date.UTC(from.getUTCFullYear() - 1, 0, 1);
  const end = Date.UTC(to.getUTCFullYear() + 2, 0, 1);
  const first = zoneOffsetMs(new Date(start), tz);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${tz}`];
  const observance = (kind: string, at: string, fromMs: number, toMs: number) =>
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${at}`,
      `TZOFFSETFROM:${offsetText(fromMs)}`,
      `TZOFFSETTO:${offsetText(toMs)}`,
      `END:${kind}`,
    );
  observance("STANDARD", "19700101T000000", first, first);
  let before = first;
  for (const t of zoneTransitions(tz, start, end)) {
    const after = zoneOffsetMs(new Date(t), tz);
    observance(after > before ? "DAYLIGHT" : "STANDARD", wall(new Date(t), before), before, after);
    before = after;
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

/** Folds one content line to at most 75 octets per physical line. */
export function fold(line: string): string {
  const bytes = (s: string) => Buffer.byteLength(s, "utf8");
  if (bytes(line) <= 75) return line;
  const out: string[] = [];
  let cur = "";
  let limit = 75;
  for (const ch of line) {
    if (bytes(cur + ch) > limit) {
      out.push(cur);
      cur = "";
      limit = 74; // continuation lines start with a space
    }
    cur += ch;
  }
  out.push(cur);
  return out.join("\r\n ");
}

export function buildCalendar(opts: {
  name: string;
  description?: string;
  /** The deployment's time zone (the profile's), an IANA name. */
  timeZone: string;
  events: IcsEvent[];
}): string {
  const tz = opts.timeZone;
  const times = opts.events.flatMap((e) => [e.start.getTime(), e.end.getTime()]);
  const local = (d: Date) => `;TZID=${tz}:${wall(d, zoneOffsetMs(d, tz))}`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Lang nghe//Lich phat song//VI",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(opts.name)}`,
    `X-WR-TIMEZONE:${tz}`,
    ...(opts.description ? [`X-WR-CALDESC:${escapeText(opts.description)}`] : []),
    "REFRESH-INTERVAL;VALUE=DURATION:PT6H",
    "X-PUBLISHED-TTL:PT6H",
    ...vtimezone(
      tz,
      new Date(times.length ? Math.min(...times) : Date.now()),
      new Date(times.length ? Math.max(...times) : Date.now()),
    ),
  ];
  for (const e of opts.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${utc(e.stamp)}`,
      `DTSTART${local(e.start)}`,
      `DTEND${local(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push(`STATUS:${e.status ?? "CONFIRMED"}`, `SEQUENCE:${e.sequence ?? 0}`, "TRANSP:OPAQUE", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}
