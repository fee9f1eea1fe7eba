import { describe, expect, it } from "vitest";
import { givenName, presenterQuestion } from "./presenter.ts";

const q = {
  id: "q1",
  summary: "Đường ấp 3 bị sạt lở",
  name: "  Nguyễn Văn  An ",
  area: "Phường 1 ",
  publishName: true,
};

describe("presenterQuestion", () => {
  it("shows the given name and the area when the asker agreed to publish them", () => {
    expect(presenterQuestion(q)).toEqual({ id: "q1", text: q.summary, askerName: "An", area: "Phường 1" });
  });
  it("shows neither name nor area without that consent", () => {
    expect(presenterQuestion({ ...q, publishName: false })).toEqual({
      id: "q1",
      text: q.summary,
      askerName: null,
      area: "",
    });
  });
  it("has no name to show when none was given", () => {
    expect(givenName("   ")).toBeNull();
    expect(presenterQuestion({ ...q, name: "" }).askerName).toBeNull();
  });
});
