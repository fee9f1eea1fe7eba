import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, fold } from "./ical.ts";

describe("iCalendar", () => {
  it("folds at 75 octets without splitting UTF-8 characters", () => {
    const line = "SUMMARY:" + "Đường dây nóng tiếp nhận ý kiến cử tri, ".repeat(5);
    const folded = fold(line);
    for (const physical of folded.split("\r\n")) expect(Buffer.byteLength(physical, "utf8")).toBeLessThanOrEqual(75);
    expect(
      folded
        .split("\r\n")
        .map((l, i) => (i ? l.slice(1) : l))
        .join(""),
    ).toBe(line);
  });

  it("escapes commas, semicolons, backslashes and newlines", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("produces a calendar that a standard parser reads back", () => {
    const ics = buildCalendar({
      name: "Lắng nghe và Trao đổi",
      events: [
        {
          uid: "e1@example",
          start: new Date("2024-05-23T13:00:00Z"),
          end: new Date("2024-05-23T14:00:00Z"),
          stamp: new Date(),
          summary: "Lắng nghe và Trao đổi: đào tạo nghề, việc làm; xuất khẩu lao động",
          description: "Ban VH-XH\nĐường dây nóng: 0293 3 878 999",
          url: "https://example.org/chuong-trinh/e1",
        },
      ],
    });
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "").includes("\n")).toBe(false);
    const comp = new ICAL.Component(ICAL.parse(ics));
    const ev = new ICAL.Event(comp.getFirstSubcomponent("vevent")!);
    expect(ev.summary).toBe("Lắng nghe và Trao đổi: đào tạo nghề, việc làm; xuất khẩu lao động");
    expect(ev.description).toBe("Ban VH-XH\nĐường dây nóng: 0293 3 878 999");
    expect(ev.startDate.toJSDate().toISOString()).toBe("2024-05-23T13:00:00.000Z");
    expect(ev.uid).toBe("e1@example");
  });
});
