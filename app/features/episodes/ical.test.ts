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
      timeZone: "Asia/Ho_Chi_Minh",
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
    expect(ics).toContain("X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
    expect(ics).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20240523T200000");
  });

  it("writes local times in the deployment's zone, with its DST changes", () => {
    const ics = buildCalendar({
      name: "x",
      timeZone: "Europe/Berlin",
      events: [
        {
          uid: "s@x",
          start: new Date("2024-05-23T13:00:00Z"),
          end: new Date("2024-05-23T14:00:00Z"),
          stamp: new Date(),
          summary: "summer",
        },
        {
          uid: "w@x",
          start: new Date("2024-12-05T13:00:00Z"),
          end: new Date("2024-12-05T14:00:00Z"),
          stamp: new Date(),
          summary: "winter",
        },
      ],
    });
    expect(ics).toContain("X-WR-TIMEZONE:Europe/Berlin");
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20240523T150000");
    expect(ics).toContain("DTSTART;TZID=Europe/Berlin:20241205T140000");
    expect(ics).toContain("BEGIN:DAYLIGHT\r\nDTSTART:20240331T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200");
    const comp = new ICAL.Component(ICAL.parse(ics));
    const tz = new ICAL.Timezone(comp.getFirstSubcomponent("vtimezone")!);
    const starts = comp.getAllSubcomponents("vevent").map((v) => {
      const t = new ICAL.Event(v).startDate;
      t.zone = tz;
      return t.toJSDate().toISOString();
    });
    expect(starts).toEqual(["2024-05-23T13:00:00.000Z", "2024-12-05T13:00:00.000Z"]);
  });
});
