import { describe, expect, it } from "vitest";
import { finishedAt, monthsBefore } from "./retention.server.ts";

const episode = (status: string) => ({ status, startsAt: new Date("2025-05-23T13:00:00Z"), durationMinutes: 60 });
const q = (status: string, over: Partial<Parameters<typeof finishedAt>[0]> = {}) => ({
  status,
  completedAt: null,
  closedAt: null,
  episode: episode("concluded"),
  ...over,
});

describe("monthsBefore", () => {
  it("counts calendar months, the 31st of a shorter month becoming its last day", () => {
    expect(monthsBefore(new Date("2026-12-04T05:00:00Z"), 12).toISOString()).toBe("2025-12-04T05:00:00.000Z");
    expect(monthsBefore(new Date("2026-03-31T10:00:00Z"), 1).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(monthsBefore(new Date("2026-01-15T00:00:00Z"), 13).toISOString()).toBe("2024-12-15T00:00:00.000Z");
  });
});

describe("finishedAt", () => {
  it("is the approval or the closure of a routed item, nothing while it is open", () => {
    const at = new Date("2025-07-01T00:00:00Z");
    expect(finishedAt(q("answered", { completedAt: at }))).toEqual(at);
    expect(finishedAt(q("closed", { closedAt: at }))).toEqual(at);
    expect(finishedAt(q("routed"))).toBeNull();
  });

  it("is the broadcast's end for questions that never went to an agency, once the episode is over", () => {
    const end = new Date("2025-05-23T14:00:00Z");
    for (const s of ["rejected", "answered_on_air", "new", "approved"]) expect(finishedAt(q(s))).toEqual(end);
    expect(finishedAt(q("rejected", { episode: episode("ended") }))).toEqual(end);
    expect(finishedAt(q("rejected", { episode: episode("live") }))).toBeNull();
    expect(finishedAt(q("new", { episode: episode("planned") }))).toBeNull();
  });
});
