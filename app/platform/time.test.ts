import { describe, expect, it } from "vitest";
import {
  endOfLocalDay,
  localInputValue,
  setCurrentTimeZone,
  startOfLocalDay,
  vnDateLine,
  vnDateString,
  vnDayKey,
  zonedParts,
  zonedTimeToInstant,
  zoneRules,
} from "./time.ts";

const at = (s: string) => new Date(s);

describe("zone-aware time helpers", () => {
  it("reads Vietnam time by default (UTC+7, no DST)", () => {
    const d = at("2024-05-23T18:30:00Z"); // 01:30 on the 24th in Vietnam
    expect(vnDayKey(d)).toBe("2024-05-24");
    expect(vnDateString(d)).toBe("24/05/2024");
    expect(zonedParts(d)).toMatchObject({ hour: 1, minute: 30, weekday: 5 });
    expect(vnDateLine("Cần Thơ", at("2024-02-04T20:00:00Z"))).toBe("Cần Thơ, ngày 05 tháng 02 năm 2024");
  });

  it("gives another zone's day and hour", () => {
    const d = at("2024-05-23T18:30:00Z");
    expect(vnDayKey(d, "Europe/Berlin")).toBe("2024-05-23"); // 20:30 in Berlin (summer, UTC+2)
    expect(zonedParts(d, "Europe/Berlin").hour).toBe(20);
    expect(zonedParts(at("2024-01-10T18:30:00Z"), "Europe/Berlin").hour).toBe(19); // winter, UTC+1
    expect(vnDateString(at("2024-05-23T16:00:00Z"), "Asia/Tokyo")).toBe("24/05/2024");
    expect(localInputValue(d, "Asia/Tokyo")).toBe("2024-05-24T03:30");
  });

  it("turns a local wall time into the instant, across DST changes", () => {
    expect(zonedTimeToInstant({ year: 2024, month: 5, day: 23, hour: 20 }).toISOString()).toBe(
      "2024-05-23T13:00:00.000Z",
    );
    expect(zonedTimeToInstant({ year: 2024, month: 7, day: 1, hour: 9 }, "Europe/Berlin").toISOString()).toBe(
      "2024-07-01T07:00:00.000Z",
    );
    expect(zonedTimeToInstant({ year: 2024, month: 1, day: 1, hour: 9 }, "Europe/Berlin").toISOString()).toBe(
      "2024-01-01T08:00:00.000Z",
    );
    // 02:30 on 31 March 2024 does not exist in Berlin: it moves forward to 03:30 (01:30 UTC).
    expect(
      zonedTimeToInstant({ year: 2024, month: 3, day: 31, hour: 2, minute: 30 }, "Europe/Berlin").toISOString(),
    ).toBe("2024-03-31T01:30:00.000Z");
  });

  it("bounds a local day (a deadline's end)", () => {
    const d = at("2024-05-23T10:00:00Z");
    expect(startOfLocalDay(d).toISOString()).toBe("2024-05-22T17:00:00.000Z");
    expect(endOfLocalDay(d).toISOString()).toBe("2024-05-23T16:59:59.999Z");
    expect(endOfLocalDay(d, "Asia/Tokyo").toISOString()).toBe("2024-05-23T14:59:59.999Z");
    // The day DST starts in Berlin has 23 hours.
    const change = at("2024-03-31T10:00:00Z");
    const len =
      endOfLocalDay(change, "Europe/Berlin").getTime() + 1 - startOfLocalDay(change, "Europe/Berlin").getTime();
    expect(len).toBe(23 * 3600_000);
  });
});

describe("a zone's rules as data", () => {
  it("are worked out when the profile sets the zone, not on the first request that needs them", () => {
    const tz = "America/Santiago"; // no other test here reads it
    setCurrentTimeZone(tz);
    const real = Intl.DateTimeFormat;
    Intl.DateTimeFormat = function () {
      throw new Error("Intl asked on a request");
    } as unknown as typeof Intl.DateTimeFormat;
    try {
      expect(zoneRules(tz).tz).toBe(tz);
    } finally {
      Intl.DateTimeFormat = real;
      setCurrentTimeZone("Asia/Ho_Chi_Minh");
    }
  });

  // An oracle independent of the module: a fresh Intl formatter per zone.
  const oracle = (d: Date, tz: string) => {
    const p: Record<string, string> = {};
    const f = new Intl.DateTimeFormat("en-US", {
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
    for (const x of f.formatToParts(d)) p[x.type] = x.value;
    const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(p.weekday!);
    return [p.year, p.month, p.day, Number(p.hour) % 24, p.minute, p.second, weekday].map(Number);
  };
  const partsOf = (d: Date, tz: string) => {
    const p = zonedParts(d, tz);
    return [p.year, p.month, p.day, p.hour, p.minute, p.second, p.weekday];
  };

  it.each(["Asia/Ho_Chi_Minh", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"])(
    "reads %s's wall time as Intl does, around every change and across the years",
    (tz) => {
      const rules = zoneRules(tz, new Date("2026-12-05T00:00:00Z"));
      expect(rules.from).toBe(Date.UTC(2000, 0, 1));
      expect(rules.to).toBe(Date.UTC(2041, 0, 1));
      if (tz === "Asia/Ho_Chi_Minh") expect(rules).toMatchObject({ offset: 7 * 3600_000, changes: [] });
      else if (tz !== "Asia/Kathmandu") expect(rules.changes.length).toBeGreaterThan(50);
      const instants = rules.changes.flatMap(([t]) => [t - 60_000, t - 1, t, t + 59_999]);
      for (let t = rules.from; t < rules.to; t += 7 * 86400_000 + 3_601_234) instants.push(t);
      for (const t of instants) {
        const d = new Date(t);
        expect(partsOf(d, tz), `${tz} ${d.toISOString()}`).toEqual(oracle(d, tz));
      }
      // Outside the rules Intl still answers.
      expect(partsOf(new Date("1990-06-01T12:00:00Z"), tz)).toEqual(oracle(new Date("1990-06-01T12:00:00Z"), tz));
    },
  );
});
