import { describe, expect, it } from "vitest";
import { summarize } from "./items.server.ts";
import { followUpLabel } from "./status.ts";

describe("the one summary of followed items", () => {
  it("counts each item in exactly one class, and the open overdue ones apart", () => {
    const s = summarize([
      { status: "not_started", overdue: true },
      { status: "in_progress", overdue: false },
      { status: "in_progress_overdue", overdue: true },
      { status: "done_on_time", overdue: false },
      { status: "done_late", overdue: false },
      { status: "done_late", overdue: false },
      { status: "closed_unresolvable", overdue: false },
    ]);
    expect(s).toEqual({
      total: 7,
      overdue: 2,
      not_started: 1,
      in_progress: 1,
      in_progress_overdue: 1,
      done_on_time: 1,
      done_late: 2,
      closed_unresolvable: 1,
    });
  });

  it("labels each class in Vietnamese", () => {
    expect(followUpLabel("in_progress_overdue")).toBe("Đang thực hiện quá hạn");
    expect(followUpLabel("done_late")).toBe("Hoàn thành quá hạn");
  });
});
