import { beforeAll, describe, expect, it } from "vitest";
import { demoRouting } from "../demo/index.server.ts";
import { ambiguousFolds, matchAt, matches, outermost, toTokens } from "./routing-match.ts";
import { createRouter } from "./routing.ts";

let ct: ReturnType<typeof createRouter>;
beforeAll(async () => {
  ct = createRouter(await demoRouting("cantho-2026"));
});
const reasons = (q: string) => ct.suggest(q, 5).flatMap((s) => s.reasons.map((r) => `${s.code}:${r.term}`));

describe("compound words from the shared analyzer", () => {
  it("does not read a syllable of a compound as a one-word keyword", () => {
    expect(matches(toTokens("Chính sách cho người có công"), ["sách"])).toBe(false);
    expect(matches(toTokens("Bị lừa qua điện thoại"), ["điện"])).toBe(false);
    expect(matches(toTokens("Sách giáo khoa"), ["sách"])).toBe(true);
  });

  it("keeps the first syllable of a compound that keeps its meaning", () => {
    expect(matches(toTokens("Chợ nổi xuống cấp"), ["chợ"])).toBe(true);
  });

  it("reads a syllable inside a compound only for the organization holding the compound", () => {
    const toks = toTokens("muốn học nghề hàn");
    expect(matchAt(toks, ["nghề"])).toEqual([]);
    expect(matchAt(toks, ["nghề"], { inCompounds: true })).toEqual([2]);
  });
});

describe("phrases inside longer phrases", () => {
  it("drops a hit wholly inside another organization's longer hit", () => {
    const hits = [
      { code: "BHXH", size: 4, at: [1] },
      { code: "SYT", size: 2, at: [3] },
      { code: "BHXH", size: 2, at: [1] },
    ];
    expect(outermost(hits).map((h) => h.code)).toEqual(["BHXH", "BHXH"]);
  });

  it("does not count 'y tế' of a health insurance card for the health department", () => {
    expect(reasons("Thẻ bảo hiểm y tế hết hạn")).not.toContain("SYT:y tế");
  });
});

describe("text typed without diacritics", () => {
  it("finds the directory's own ambiguous syllables", () => {
    const a = ambiguousFolds(["dê", "đê bao", "bò", "bờ sông", "heo"]);
    expect([...a].sort()).toEqual(["bo", "de"]);
  });

  it("does not read an ambiguous accentless syllable as a one-word keyword", () => {
    expect(reasons("nha toi nuoi de gan de bao")).not.toContain("SNNMT:dê");
    expect(reasons("duong vao ap chua co den")).not.toContain("SVHTTDL:chùa");
  });

  it("reads a phrase typed without diacritics inside a text written with them", () => {
    expect(ct.suggest("Nhà tôi bị cup nuoc 3 ngày rồi")[0].code).toBe("CTN");
    expect(matches(toTokens("Tỉnh hỗ trợ cho nông dân"), ["chợ", "nông", "sản"])).toBe(false);
  });
});

describe("people named like places", () => {
  it("does not read a person's full name or accentless title as a place", () => {
    for (const q of ["Nguyễn Thị Mỹ Xuyên hỏi về học phí", "Ong Luong Tam hoi ve hoc phi"]) {
      const s = ct.suggest(q, 5);
      expect(s[0].code, q).toBe("SGDDT");
      expect(s.flatMap((x) => x.reasons).some((r) => r.kind === "place" || r.kind === "former")).toBe(false);
    }
  });
});
