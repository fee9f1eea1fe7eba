import { describe, expect, it } from "vitest";
import type { FollowUpItem } from "./items.server.ts";
import { planReminders } from "./reminders.server.ts";

const item: FollowUpItem = {
  kind: "task",
  id: "t1",
  episodeId: "e1",
  title: "Sửa cầu",
  agency: { id: "a1", code: "SXD", shortName: "Sở Xây dựng" },
  // Midnight starting 1 July in Vietnam; 19:00 on 30 June in Berlin.
  dueAt: "2024-06-30T17:00:00.000Z",
  originalDueAt: null,
  coordinating: [],
  completedAt: null,
  closedAt: null,
  closedReason: "",
  status: "in_progress",
  overdue: false,
  daysLate: null,
  result: "",
};

describe("reminders: a deadline is a day in the deployment's time zone", () => {
  const now = new Date("2024-06-30T23:00:00Z"); // 06:00 on 1 July in Vietnam, 01:00 on 1 July in Berlin
  it("is due today in Vietnam", () => {
    const [p] = planReminders([item], now, 3, "Asia/Ho_Chi_Minh");
    expect(p.kind).toBe("due");
    expect(p.key).toBe("task:t1:2024-07-01:due");
  });
  it("is already overdue in Berlin, dated there", () => {
    const [p] = planReminders([item], now, 3, "Europe/Berlin");
    expect(p.kind).toBe("overdue");
    expect(p.message).toContain("hạn 30/06/2024");
  });
});
