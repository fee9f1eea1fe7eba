import { describe, expect, it } from "vitest";
import {
  endOfLocalDay,
  localInputValue,
  startOfLocalDay,
  vnDateLine,
  vnDateString,
  vnDayKey,
  zonedParts,
  zonedTimeToInstant,
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
