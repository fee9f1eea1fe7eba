import { describe, expect, it } from "vitest";
import { installZoneRules, zoneRules, type ZoneRules } from "../time.ts";
import { en } from "./dictionary-en.ts";
import { viPolicy } from "./dictionary-policy.ts";
import { viStaff } from "./dictionary-staff.ts";
import { viTracking } from "./dictionary-tracking.ts";
import { translate, vi } from "./dictionary.ts";
import { formatDate, formatDateTime, formatNumber, formatShort } from "./i18n.tsx";

describe("dictionary", () => {
  it("has an English entry for every Vietnamese one, none empty", () => {
    const parts = [vi, viPolicy, viTracking, viStaff];
    expect(Object.keys(en).sort()).toEqual(parts.flatMap((p) => Object.keys(p)).sort());
    for (const [k, v] of Object.entries(en)) expect(v, k).not.toBe("");
  });

  it("fills variables", () => {
    expect(translate("vi", "login.locked", { minutes: 15 })).toContain("15 phút");
    expect(translate("en", "dash.welcome", { name: "Lan" })).toBe("Hello, Lan");
  });
});

describe("dates", () => {
  it("writes Vietnamese dates in the program's time zone", () => {
    expect(formatDateTime("vi", "2024-05-23T13:00:00Z")).toBe("20:00, Thứ Năm, 23/5/2024");
    expect(formatDateTime("vi", "2026-11-22T17:30:00Z")).toBe("00:30, Thứ Hai, 23/11/2026");
  });
});

describe("dates in another zone", () => {
  it("follows the zone it is given", () => {
    expect(formatDateTime("vi", "2024-05-23T13:00:00Z", "Europe/Berlin")).toBe("15:00, Thứ Năm, 23/5/2024");
    expect(formatDateTime("vi", "2024-05-23T16:00:00Z", "Asia/Tokyo")).toBe("01:00, Thứ Sáu, 24/5/2024");
  });
});

describe("numbers and short dates, as the two locales write them", () => {
  it("groups whole numbers as Intl does", () => {
    for (const n of [0, 7, 999, 1000, 15000, 1234567, -1234, 2 ** 40])
      for (const lang of ["vi", "en"] as const)
        expect(formatNumber(lang, n), `${lang} ${n}`).toBe(n.toLocaleString(lang === "en" ? "en-GB" : "vi-VN"));
    expect(formatNumber("vi", 0.5)).toBe("0,5");
  });

  it("writes day-first dates and times as Intl's vi-VN and en-GB do", () => {
    const opts = { day: "2-digit", month: "2-digit", year: "numeric" } as const;
    for (const iso of ["2024-05-03T02:05:00Z", "2026-12-31T16:59:00Z", "2025-01-09T23:30:00Z"])
      for (const [lang, locale] of [
        ["vi", "vi-VN"],
        ["en", "en-GB"],
      ] as const) {
        const tz = "Asia/Ho_Chi_Minh";
        const d = new Date(iso);
        expect(formatDate(lang, d, tz)).toBe(new Intl.DateTimeFormat(locale, { ...opts, timeZone: tz }).format(d));
        const withTime = { ...opts, hour: "2-digit", minute: "2-digit", timeZone: tz } as const;
        expect(formatShort(lang, d, tz)).toBe(new Intl.DateTimeFormat(locale, withTime).format(d));
      }
  });
});

describe("a page's dates without Intl (the zone's rules from the root loader)", () => {
  it("formats in the zone with Intl's date formatter out of reach", () => {
    // What the browser gets: the rules as JSON.
    installZoneRules(JSON.parse(JSON.stringify(zoneRules("Europe/Berlin"))) as ZoneRules);
    const real = Intl.DateTimeFormat;
    const calls: unknown[] = [];
    Intl.DateTimeFormat = function (...args: unknown[]) {
      calls.push(args);
      throw new Error("Intl.DateTimeFormat was called");
    } as unknown as typeof Intl.DateTimeFormat;
    try {
      expect(formatDateTime("vi", "2024-05-23T13:00:00Z", "Europe/Berlin")).toBe("15:00, Thứ Năm, 23/5/2024");
      expect(formatShort("vi", "2024-01-10T18:30:00Z", "Europe/Berlin")).toBe("19:30 10/01/2024");
      expect(formatDate("vi", "2024-05-23T22:30:00Z", "Europe/Berlin")).toBe("24/05/2024");
      expect(formatNumber("vi", 15000)).toBe("15.000");
    } finally {
      Intl.DateTimeFormat = real;
    }
    expect(calls).toEqual([]);
  });
});
