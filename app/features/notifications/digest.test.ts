import { describe, expect, it } from "vitest";
import { lastDigestAt } from "./outbox.server.ts";
import { defaultMailMode } from "./types.ts";

describe("lastDigestAt", () => {
  const tz = "Asia/Ho_Chi_Minh";
  it("is today's digest hour in Vietnam once it has passed", () => {
    // 09:30 in Vietnam (02:30 UTC): today's 07:00 there is 00:00 UTC.
    expect(lastDigestAt(new Date("2026-12-04T02:30:00Z"), 7, tz).toISOString()).toBe("2026-12-04T00:00:00.000Z");
  });
  it("is yesterday's before the hour, across the month's end", () => {
    // 06:00 on 1 December in Vietnam: the last 07:00 was on 30 November.
    expect(lastDigestAt(new Date("2026-11-30T23:00:00Z"), 7, tz).toISOString()).toBe("2026-11-30T00:00:00.000Z");
  });
  it("takes midnight as hour 0 of the local day, not of UTC", () => {
    expect(lastDigestAt(new Date("2026-12-04T18:00:00Z"), 0, tz).toISOString()).toBe("2026-12-04T17:00:00.000Z");
  });
});

describe("defaultMailMode", () => {
  it("sends agencies their work at once, gathers the committee's progress reports, e-mails operators nothing", () => {
    expect(defaultMailMode("agency", "routed")).toBe("instant");
    expect(defaultMailMode("committee", "answer_submitted")).toBe("instant");
    expect(defaultMailMode("committee", "progress_reported")).toBe("digest");
    expect(defaultMailMode("operator", "routed")).toBe("off");
  });
});
