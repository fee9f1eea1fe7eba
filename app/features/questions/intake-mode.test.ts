import { describe, expect, it } from "vitest";
import { admit, type Submission } from "./intake-batch.server.ts";
import { intakeMode, sentForWrittenAnswer } from "./intake-mode.ts";
import { submitQuestionSchema } from "./schemas.ts";

const sub = (clientKey: string, writtenAnswer = false): Submission => ({
  input: submitQuestionSchema.parse({ text: `Xin hỏi về hỗ trợ học nghề ${clientKey}`, clientKey, writtenAnswer }),
  ctx: { channel: "web", actorLabel: "viewer" },
});

describe("intakeMode", () => {
  it("takes every question before and during the broadcast, written ones after it, none once concluded", () => {
    expect(["planned", "live", "ended", "concluded", "closed"].map(intakeMode)).toEqual([
      "open",
      "open",
      "written",
      "closed",
      "closed",
    ]);
  });
});

describe("sentForWrittenAnswer", () => {
  it("reads the flag from the stored JSON and from the parsed list", () => {
    expect(sentForWrittenAnswer('["link","written_answer"]')).toBe(true);
    expect(sentForWrittenAnswer(["written_answer"])).toBe(true);
    expect(sentForWrittenAnswer('["link"]')).toBe(false);
    expect(sentForWrittenAnswer([])).toBe(false);
  });
});

describe("admit", () => {
  const [a, b] = [sub("aaaaaaaaaaaaaaaa"), sub("bbbbbbbbbbbbbbbb", true)];

  it("takes everything while the episode is live, unmarked", () => {
    expect(admit({ status: "live" }, [a, b])).toEqual({ fresh: [a, b], refused: null, written: false });
  });

  it("after the broadcast takes only what was sent for a written answer, and marks it", () => {
    const r = admit({ status: "ended" }, [a, b]);
    expect(r.fresh).toEqual([b]);
    expect(r.written).toBe(true);
    expect(r.refused?.code).toBe("written-answer-only");
    expect(r.refused?.status).toBe(409);
    expect(admit({ status: "ended" }, [b]).refused).toBeNull();
  });

  it("refuses everything once the notice is issued or the episode is closed, or when there is no episode", () => {
    for (const status of ["concluded", "closed"]) {
      const r = admit({ status }, [a, b]);
      expect(r.fresh).toEqual([]);
      expect(r.refused?.code).toBe("not-accepting");
      expect(r.refused?.detail).toEqual({ status });
    }
    expect(admit(null, [b]).refused?.status).toBe(404);
  });
});
