import { describe, expect, it } from "vitest";
import { en } from "./dictionary-en.ts";
import { viStaff } from "./dictionary-staff.ts";
import { translate, vi } from "./dictionary.ts";
import { formatDateTime } from "./i18n.tsx";

describe("dictionary", () => {
  it("has an English entry for every Vietnamese one, none empty", () => {
    expect(Object.keys(en).sort()).toEqual([...Object.keys(vi), ...Object.keys(viStaff)].sort());
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
