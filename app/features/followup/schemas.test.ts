import { describe, expect, it } from "vitest";
import { parseSubmission } from "../../platform/forms.ts";
import { conclusionsSchemas as forms, progressSchema } from "./schemas.ts";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("the follow-up's forms", () => {
  it("read a task's coordinating agencies from one or several selected options", () => {
    const base: [string, string][] = [
      ["noticeId", "n1"],
      ["taskId", ""],
      ["content", "Rà soát"],
      ["leadAgencyId", "a1"],
    ];
    expect(parseSubmission(forms["task-save"], form(base))).toMatchObject({
      ok: true,
      data: { taskId: null, coordinating: [], dueAt: null },
    });
    expect(parseSubmission(forms["task-save"], form([...base, ["coordinating", "a2"]]))).toMatchObject({
      data: { coordinating: ["a2"] },
    });
    expect(
      parseSubmission(
        forms["task-save"],
        form([...base, ["coordinating", "a2"], ["coordinating", "a3"], ["dueAt", "2026-13-45"]]),
      ),
    ).toMatchObject({ ok: false, errors: { dueAt: ["err.date"] } });
  });

  it("require what their use cases require, with the dictionary's keys", () => {
    expect(parseSubmission(forms.extend, form([["itemId", "q1"]]))).toMatchObject({
      ok: false,
      errors: { dueAt: ["err.date"], reason: ["err.required"] },
    });
    expect(
      parseSubmission(
        forms.remind,
        form([
          ["kind", "task"],
          ["itemId", "t1"],
          ["message", "Nhắc"],
        ]),
      ),
    ).toEqual({
      ok: true,
      data: { kind: "task", itemId: "t1", message: "Nhắc" },
    });
    expect(
      parseSubmission(
        forms.close,
        form([
          ["itemId", "q1"],
          ["reason", "Đã xong"],
        ]),
      ),
    ).toMatchObject({
      data: { kind: "question" },
    });
    expect(
      parseSubmission(
        progressSchema,
        form([
          ["text", "Đang làm"],
          ["percent", "1e309"],
        ]),
      ),
    ).toMatchObject({
      ok: false,
      errors: { percent: ["err.number"] },
    });
    expect(
      parseSubmission(
        progressSchema,
        form([
          ["text", "Đang làm"],
          ["percent", "101"],
        ]),
      ),
    ).toMatchObject({
      errors: { percent: ["err.percent"] },
    });
    expect(parseSubmission(progressSchema, form([["text", "Đang làm"]]))).toMatchObject({ data: { percent: 0 } });
  });
});
