import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import agencies from "../../data/agencies.json";
import keywords from "../../data/keywords.json";
import places from "../../data/places.json";
import { createRouter, matches, toTokens, type RoutingDecision } from "./routing.ts";

const kw = keywords.keywords as Record<string, string[]>;
const orgs = (agencies.organizations as { code: string; kind: string; name: string; short: string }[]).map((o) => ({
  code: o.code,
  name: o.name,
  shortName: o.short,
  kind: o.kind,
  keywords: (kw[o.code] ?? []).join("\n"),
}));
const router = (decisions: RoutingDecision[] = []) => createRouter({ orgs, places, decisions });

describe("accent-aware matching", () => {
  const t = (s: string) => toTokens(s, places.abbreviations);
  it("matches text typed without diacritics", () => {
    expect(matches(t("hoc nghe o dau"), ["học", "nghề"])).toBe(true);
  });
  it("does not take an accented word for another", () => {
    expect(matches(t("Tỉnh hỗ trợ cho nông dân"), ["chợ"])).toBe(false);
    expect(matches(t("Chợ Vị Thanh"), ["chợ"])).toBe(true);
  });
  it("expands abbreviations and road numbers", () => {
    expect(matches(t("Thuê đất trong KCN"), ["khu", "công", "nghiệp"])).toBe(true);
    expect(matches(t("ĐT 925 xuống cấp"), ["đường", "tỉnh"])).toBe(true);
    expect(matches(t("the BHYT het han"), ["bảo", "hiểm", "y", "tế"])).toBe(true);
  });
  it("treats NFD and NFC input alike", () => {
    expect(matches(t("Học nghề".normalize("NFD")), ["học", "nghề"])).toBe(true);
  });
});

describe("suggestions", () => {
  it("ranks the competent department first and says why", () => {
    const [first] = router().suggest("Thẻ bảo hiểm y tế của tôi hết hạn, làm lại ở đâu?");
    expect(first.code).toBe("BHXH");
    expect(first.reasons.some((r) => r.kind === "keyword" && r.term.includes("bảo hiểm y tế"))).toBe(true);
  });

  it("sends local matters to the district named in the question", () => {
    const s = router().suggest("Rác thải sinh hoạt ở xã Vị Đông không có xe thu gom");
    expect(s[0].code).toBe("UBND-VITHUY");
    expect(s[0].reasons.map((r) => r.kind)).toEqual(expect.arrayContaining(["place", "local"]));
    expect(router().suggest("Rác thải sinh hoạt không có xe thu gom")[0].code).toBe("STNMT");
  });

  it("prefers Châu Thành A over Châu Thành when the longer name is written", () => {
    const codes = router()
      .suggest("Bãi rác ở huyện Châu Thành A bốc mùi")
      .map((s) => s.code);
    expect(codes[0]).toBe("UBND-CHAUTHANHA");
    expect(codes).not.toContain("UBND-CHAUTHANH");
  });

  it("learns from operators' past routing decisions", () => {
    const q = "Hỏi về chương trình Mái ấm công đoàn cho đoàn viên khó khăn";
    expect(router().suggest(q)[0]?.code).not.toBe("SNV");
    const learned = router([
      { text: "Chương trình mái ấm công đoàn hỗ trợ đoàn viên khó khăn", code: "SNV" },
      { text: "Mái ấm công đoàn xét duyệt đoàn viên", code: "SNV" },
    ]).suggest(q);
    expect(learned[0].code).toBe("SNV");
    expect(learned[0].reasons.some((r) => r.kind === "history")).toBe(true);
  });

  it("reaches the targets on the project's held-out questions", () => {
    for (const file of ["tests/data/routing-holdout.jsonl", "tests/data/routing-holdout2.jsonl"]) {
      const rows = readFileSync(file, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as { text: string; accept: string[] });
      const r = router();
      const top1 = rows.filter((x) => x.accept.includes(r.suggest(x.text, 1)[0]?.code)).length / rows.length;
      const top3 = rows.filter((x) => r.suggest(x.text, 3).some((s) => x.accept.includes(s.code))).length / rows.length;
      expect(top1, file).toBeGreaterThanOrEqual(0.85);
      expect(top3, file).toBeGreaterThanOrEqual(0.95);
    }
  });
});
