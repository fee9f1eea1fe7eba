import { describe, expect, it } from "vitest";
import { daysLate, endOfDueDay, followUpStatus, isOverdue } from "./status.ts";

// Deadlines are days in Vietnam time (UTC+7).
const due = new Date("2026-12-10T00:00:00+07:00");
const at = (s: string) => new Date(s);

describe("followUpStatus", () => {
  it("is not started before any progress, in time or not", () => {
    expect(
      followUpStatus({ dueAt: due, completedAt: null, started: false, now: at("2026-12-01T08:00:00+07:00") }),
    ).toBe("not_started");
    expect(
      followUpStatus({ dueAt: due, completedAt: null, started: false, now: at("2026-12-20T08:00:00+07:00") }),
    ).toBe("not_started");
    expect(isOverdue({ dueAt: due, completedAt: null, started: false, now: at("2026-12-20T08:00:00+07:00") })).toBe(
      true,
    );
  });

  it("counts the whole due day as in time (Vietnam time, not UTC)", () => {
    const lateEvening = at("2026-12-10T23:30:00+07:00"); // 16:30 UTC the same day
    expect(followUpStatus({ dueAt: due, completedAt: null, started: true, now: lateEvening })).toBe("in_progress");
    expect(followUpStatus({ dueAt: due, completedAt: lateEvening, started: true, now: lateEvening })).toBe(
      "done_on_time",
    );
    const nextMorning = at("2026-12-11T00:00:01+07:00");
    expect(followUpStatus({ dueAt: due, completedAt: null, started: true, now: nextMorning })).toBe(
      "in_progress_overdue",
    );
    expect(followUpStatus({ dueAt: due, completedAt: nextMorning, started: true, now: nextMorning })).toBe("done_late");
    expect(endOfDueDay(due).toISOString()).toBe("2026-12-10T16:59:59.999Z");
  });

  it("judges against the extended deadline", () => {
    const extended = new Date("2026-12-31T00:00:00+07:00");
    const done = at("2026-12-20T10:00:00+07:00");
    expect(followUpStatus({ dueAt: due, completedAt: done, started: true, now: done })).toBe("done_late");
    expect(followUpStatus({ dueAt: extended, completedAt: done, started: true, now: done })).toBe("done_on_time");
  });

  it("goes back to in progress when a completed item is reopened, overdue if past the deadline", () => {
    const now = at("2026-12-15T09:00:00+07:00");
    expect(followUpStatus({ dueAt: due, completedAt: null, started: true, now })).toBe("in_progress_overdue");
    expect(
      followUpStatus({ dueAt: new Date("2026-12-31T00:00:00+07:00"), completedAt: null, started: true, now }),
    ).toBe("in_progress");
  });

  it("closes honestly as not resolvable, whatever the dates", () => {
    expect(
      followUpStatus({
        dueAt: due,
        completedAt: null,
        closedAt: at("2026-12-20T00:00:00+07:00"),
        started: true,
        now: at("2026-12-25T00:00:00+07:00"),
      }),
    ).toBe("closed_unresolvable");
  });

  it("without a deadline, completion is on time and work is never overdue", () => {
    expect(
      followUpStatus({
        dueAt: null,
        completedAt: at("2027-01-01T00:00:00Z"),
        started: true,
        now: at("2027-01-01T00:00:00Z"),
      }),
    ).toBe("done_on_time");
    expect(followUpStatus({ dueAt: null, completedAt: null, started: true, now: at("2030-01-01T00:00:00Z") })).toBe(
      "in_progress",
    );
  });

  it("counts days late", () => {
    expect(daysLate(due, at("2026-12-11T08:00:00+07:00"))).toBe(1);
    expect(daysLate(due, at("2026-12-17T08:00:00+07:00"))).toBe(7);
  });
});
