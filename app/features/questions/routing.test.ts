import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { demoRouting } from "../demo/index.server.ts";
import { createRouter, matches, toTokens, type RoutingDecision } from "./routing.ts";

let hg: Awaited<ReturnType<typeof demoRouting>>;
beforeAll(async () => {
  hg = await demoRouting("haugiang-2024");
});
const router = (decisions: RoutingDecision[] = []) => createRouter({ ...hg, decisions });

describe("accent-aware matching", () => {
  const t = (s: string) => toTokens(s);
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

describe("two-tier local government (since July 2025)", () => {
  const twoTier = createRouter({
    orgs: [
      {
        code: "SNNMT",
        name: "Sở Nông nghiệp và Môi trường",
        shortName: "Sở NN&MT",
        kind: "department",
        keywords: "@rác\n@rác thải sinh hoạt",
      },
      { code: "SXD", name: "Sở Xây dựng", shortName: "Sở XD", kind: "department", keywords: "@đèn đường\nđường tỉnh" },
      {
        code: "UBND-P-NINHKIEU",
        name: "UBND phường Ninh Kiều",
        shortName: "UBND P. Ninh Kiều",
        kind: "local",
        keywords: "",
      },
      { code: "UBND-P-TANAN", name: "UBND phường Tân An", shortName: "UBND P. Tân An", kind: "local", keywords: "" },
      { code: "UBND-X-VITHUY", name: "UBND xã Vị Thủy", shortName: "UBND xã Vị Thủy", kind: "local", keywords: "" },
      {
        code: "UBND-X-VINHTHUANTAY",
        name: "UBND xã Vĩnh Thuận Tây",
        shortName: "UBND xã Vĩnh Thuận Tây",
        kind: "local",
        keywords: "",
      },
    ],
    places: [
      {
        code: "UBND-P-NINHKIEU",
        kind: "phường",
        name: "Ninh Kiều",
        formerNames: ["phường Tân An", "phường Thới Bình", "phường Xuân Khánh"],
      },
      { code: "UBND-P-TANAN", kind: "phường", name: "Tân An", formerNames: ["phường Hưng Lợi", "phường An Khánh"] },
      {
        code: "UBND-X-VITHUY",
        kind: "xã",
        name: "Vị Thủy",
        formerNames: ["thị trấn Nàng Mau", "xã Vị Thắng", "huyện Vị Thủy"],
      },
      {
        code: "UBND-X-VINHTHUANTAY",
        kind: "xã",
        name: "Vĩnh Thuận Tây",
        formerNames: ["xã Vĩnh Trung", "huyện Vị Thủy"],
      },
    ],
  });

  it("sends a local matter under a former ward's name to the new ward's UBND, with or without diacritics", () => {
    for (const q of [
      "Rác thải sinh hoạt ở phường Xuân Khánh cũ không ai thu gom",
      "rac thai sinh hoat o phuong xuan khanh khong ai thu gom",
    ]) {
      const [first] = twoTier.suggest(q);
      expect(first.code, q).toBe("UBND-P-NINHKIEU");
      expect(first.reasons.find((r) => r.kind === "former")?.term.toLowerCase()).toContain("xuân khánh");
    }
  });

  it("matches whole names only", () => {
    // "Khánh" alone or "An Khánh" inside another word run is not "phường An Khánh".
    expect(twoTier.suggest("Đèn đường hẻm nhà ông Khánh bị hư").map((s) => s.code)[0]).toBe("SXD");
  });

  it("prefers the current holder of a name and says the name is ambiguous", () => {
    const s = twoTier.suggest("Đèn đường ở phường Tân An bị hư nhiều tháng");
    expect(s[0].code).toBe("UBND-P-TANAN");
    const place = s[0].reasons.find((r) => r.kind === "place");
    expect(place?.others).toEqual([{ label: "phường Ninh Kiều", former: true }]);
    const former = s.find((x) => x.code === "UBND-P-NINHKIEU");
    expect(former?.reasons.find((r) => r.kind === "former")?.others).toEqual([
      { label: "phường Tân An", former: false },
    ]);
  });

  it("splits a former district between the units formed from it", () => {
    const s = twoTier.suggest("Rác ở huyện Vị Thủy cũ chưa được thu gom");
    const codes = s.map((x) => x.code);
    expect(codes.slice(0, 2).sort()).toEqual(["UBND-X-VINHTHUANTAY", "UBND-X-VITHUY"]);
    expect(s[0].reasons.find((r) => r.kind === "former")?.others).toHaveLength(1);
  });

  it("knows a current name without its kind word", () => {
    expect(twoTier.suggest("Đèn đường khu vực Vĩnh Thuận Tây không sáng")[0].code).toBe("UBND-X-VINHTHUANTAY");
  });

  it("sends a local matter without a place to the organization holding it", () => {
    expect(twoTier.suggest("Rác thải sinh hoạt bốc mùi")[0].code).toBe("SNNMT");
  });
});

describe("the Cần Thơ 2026 demo's directory (two-tier structure)", () => {
  const figures = async (file: string) => {
    const r = createRouter(await demoRouting("cantho-2026"));
    const rows = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { text: string; accept: string[] });
    const top1 = rows.filter((x) => x.accept.includes(r.suggest(x.text, 1)[0]?.code)).length / rows.length;
    const top3 = rows.filter((x) => r.suggest(x.text, 3).some((s) => x.accept.includes(s.code))).length / rows.length;
    return { top1, top3, n: rows.length };
  };

  it("reaches the targets on the project's held-out questions for the new structure", async () => {
    const { top1, top3 } = await figures("tests/data/routing-cantho-2026-heldout.jsonl");
    expect(top1).toBeGreaterThanOrEqual(0.88);
    expect(top3).toBeGreaterThanOrEqual(0.97);
  });

  // The report set: 142 questions written before any tuning and never tuned on (top-1 0.97, top-3 1.00 when
  // written; the targets are 0.90 and 0.97).
  it("reaches the targets on the report set", async () => {
    const { top1, top3, n } = await figures("tests/data/routing-report.jsonl");
    expect(n).toBeGreaterThanOrEqual(100);
    expect(top1).toBeGreaterThanOrEqual(0.9);
    expect(top3).toBeGreaterThanOrEqual(0.97);
  });
});

describe("whole-word matching of competence keywords and place names", () => {
  const top = (q: string) => router().suggest(q, 5);
  const terms = (q: string) => top(q).flatMap((s) => s.reasons.map((r) => r.term.toLowerCase()));

  it("does not read 'sách' inside 'chính sách' as books", () => {
    for (const q of ["Chính sách hỗ trợ hộ nghèo năm nay thế nào?", "chinh sach ho tro ho ngheo nam nay the nao"])
      expect(terms(q), q).not.toContain("sách");
  });

  it("does not read 'hội' inside other words", () => {
    for (const q of ["Cơ hội việc làm cho thanh niên", "co hoi viec lam cho thanh nien"])
      expect(terms(q), q).not.toContain("hội");
  });

  it("does not read 'dau' as an illness", () => {
    const q = "cho hoi nop ho so o dau";
    for (const s of top(q))
      expect(
        s.reasons.some((r) => /^đau/.test(r.term.toLowerCase())),
        q,
      ).toBe(false);
  });

  it("does not read a person's name as a place", () => {
    const q = "Ông Lương Tâm ở khu vực 3 xin hỏi về cấp giấy khai sinh cho cháu";
    for (const s of top(q))
      expect(
        s.reasons.some((r) => r.kind === "place" || r.kind === "former"),
        q,
      ).toBe(false);
  });

  it("names the matched phrase in each reason", () => {
    const [first] = top("Giá đất bồi thường khi thu hồi đất ở Vị Thanh");
    expect(first.reasons.length).toBeGreaterThan(0);
    for (const r of first.reasons) expect(r.term.length).toBeGreaterThan(0);
  });
});
