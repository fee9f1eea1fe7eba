import { describe, expect, it } from "vitest";
import { analyze, buildLexicon } from "./analyze.ts";
import { Learned } from "./learning.ts";
import { Corpus, cosine, rank, scorePair, vectorsFor } from "./rank.ts";
import { seedHashOf, seedKeyOf } from "./thesaurus-seed.server.ts";
import { THESAURUS_SEED } from "./thesaurus-seed.ts";

const lex = buildLexicon([
  ...THESAURUS_SEED,
  { kind: "place", terms: ["Vị Thủy", "huyện Vị Thủy"] },
  { kind: "place", terms: ["Tân Hòa", "xã Tân Hòa cũ"] },
]);

function corpus(texts: Record<string, string>) {
  const c = new Corpus();
  for (const [id, t] of Object.entries(texts)) c.put(id, analyze(t, lex));
  return c;
}
const top = (c: Corpus, id: string, learned = new Learned()) => rank(id, c.docs.get(id)!, c, learned);

const BASE = {
  bhyt: "Tôi bị mất thẻ bảo hiểm y tế thì làm thủ tục cấp lại ở đâu?",
  road931: "Tuyến đường tỉnh 931 xuống cấp, khi nào sửa chữa?",
  elderly: "Trợ cấp hàng tháng cho người cao tuổi được bao nhiêu tiền?",
  gpmb: "Chi trả tiền bồi thường giải phóng mặt bằng dự án cao tốc khi nào?",
  other: "Trường mầm non thiếu giáo viên",
};

describe("the duplicate ranking", () => {
  it("finds an abbreviation's expansion, and says so", () => {
    const c = corpus({ ...BASE, q: "Thẻ BHYT bị mất, muốn xin cấp lại thẻ thì đến cơ quan nào?" });
    const [first] = top(c, "q");
    expect(first.id).toBe("bhyt");
    expect(first.why.thesaurus).toContainEqual({ concept: "bảo hiểm y tế", here: "thẻ bhyt", there: "bảo hiểm y tế" });
  });

  it("finds an everyday hotline summary without diacritics", () => {
    const c = corpus({ ...BASE, q: "tien den bu giai toa lam cao toc bao gio moi nhan" });
    expect(top(c, "q")[0].id).toBe("gpmb");
  });

  it("does not take road 932 for road 931, and names the difference", () => {
    const c = corpus({ ...BASE, q: "Đường tỉnh 932 xuống cấp, khi nào sửa chữa?" });
    expect(top(c, "q").map((s) => s.id)).not.toContain("road931");
    const same = corpus({ ...BASE, q: "ĐT931 hư hỏng nặng quá, bao giờ sửa?" });
    const [first] = top(same, "q");
    expect(first.id).toBe("road931");
    expect(first.why.places).toEqual(["đt 931"]);
  });

  it("tells an allowance for the elderly from one for the disabled (a facet)", () => {
    const c = corpus({ ...BASE, q: "Trợ cấp hàng tháng cho người khuyết tật được bao nhiêu tiền?" });
    expect(top(c, "q").map((s) => s.id)).not.toContain("elderly");
  });

  it("tells two communes apart even when the rest is word for word", () => {
    const c = corpus({
      ...BASE,
      a: "Sạt lở bờ sông Cái Lớn đoạn xã Tân Hòa đe dọa nhà dân, khi nào kè?",
      q: "Sạt lở bờ sông Cái Lớn đoạn xã Vị Thủy đe dọa nhà dân, khi nào kè?",
    });
    expect(top(c, "q")).toEqual([]);
  });

  it("tells what is lacking apart, however the lack is said", () => {
    const c = corpus({
      a: "Trạm y tế xã Tân Hòa thiếu thuốc điều trị",
      q: "Trạm y tế xã Tân Hòa không có bác sĩ điều trị",
    });
    expect([...c.docs.get("q")!.entities.keys()]).toContain("facet:lack:bac_si");
    expect(top(c, "q")).toEqual([]);
  });

  it("reads a bare syllable as a word with diacritics only in a text typed all bare", () => {
    const bare = analyze("tom chet vi dich benh", lex);
    expect([...bare.terms.keys()]).toContain("≡tom");
    // Beside words with diacritics, "lon" is just "lon", not "lợn".
    const marked = analyze("Mua lon nước ngọt ở chợ", lex);
    expect([...marked.terms.keys()]).not.toContain("≡heo");
    // A guess does not break a name: "Cai Lon" is a river, not a pig.
    const river = analyze("sat lo song Cai Lon", lex);
    expect([...river.entities.keys()]).toContain("name:cai_lon");
    expect([...river.terms.keys()]).not.toContain("≡heo");
  });

  it("names no facet from a bare syllable's guess: 'hoi' is asked far more often than it smells", () => {
    // "hoi" folds "hỏi" (ask) and "hôi" (smell, a problem facet); "bao" folds "bao" and "bão" (storm).
    const asked = analyze("nop ho so so do hon nua nam roi chua lay duoc, len hoi thi hen hoai", lex);
    expect([...asked.entities.keys()].filter((k) => k.startsWith("facet:sự việc"))).toEqual([]);
    const c = corpus({
      ...BASE,
      a: "Tôi nộp hồ sơ cấp sổ đỏ từ tháng 3, quá hạn mà chưa có kết quả, xin hỏi vì sao chậm?",
      q: "nop ho so lam so do hon nua nam roi chua lay duoc, len hoi thi hen hoai, sao cham vay",
    });
    expect(top(c, "q")[0]?.id).toBe("a");
    // The guess still counts as a word: a bare "tom" meets "tôm".
    expect([...analyze("tom chet hang loat", lex).terms.keys()]).toContain("≡tom");
  });

  it("does not take a narrower concept of a facet for a different matter", () => {
    const facet = "chế độ";
    const own = buildLexicon([
      { kind: "abbreviation", terms: ["bảo hiểm xã hội", "BHXH"], facet },
      { kind: "synonym", terms: ["bảo hiểm xã hội một lần", "BHXH một lần"], facet },
      { kind: "synonym", terms: ["bảo hiểm thất nghiệp", "trợ cấp thất nghiệp"], facet },
    ]);
    const c = new Corpus();
    const put = (id: string, t: string) => c.put(id, analyze(t, own));
    put("once", "Công nhân nghỉ việc hơn một năm muốn rút BHXH một lần thì có được không?");
    put("jobless", "Công nhân nghỉ việc hơn một năm muốn nhận bảo hiểm thất nghiệp thì có được không?");
    put("q", "Công nhân nghỉ việc hơn một năm, không đóng bảo hiểm xã hội nữa, muốn rút một lần có được không?");
    const against = (id: string, other: string) => {
      const doc = c.docs.get(id)!;
      const v = vectorsFor(doc, c);
      const s = scorePair(doc, v, other, cosine(v, other, c), c, new Learned());
      return { factor: s.factor, differs: s.why().differs };
    };
    // "BHXH một lần" is a narrower form of "BHXH": nothing differs, nothing is lowered.
    expect(against("q", "once")).toEqual({ factor: 1, differs: [] });
    // Siblings of the facet still differ.
    expect(against("jobless", "once").factor).toBeLessThan(0.5);
    expect(against("jobless", "once").differs).toEqual(["bảo hiểm thất nghiệp"]);
  });

  it("takes a facet's group for a form of another only when its words begin it", () => {
    const facet = "sự việc";
    const own = buildLexicon([
      { kind: "synonym", terms: ["cháy", "hỏa hoạn"], facet },
      { kind: "synonym", terms: ["phòng cháy chữa cháy", "PCCC"], facet },
    ]);
    const c = new Corpus();
    c.put("fire", analyze("Cháy chợ Long Mỹ đêm qua, tiểu thương mất trắng hàng hóa", own));
    c.put("q", analyze("Kiểm tra phòng cháy chữa cháy ở chợ Long Mỹ làm tới đâu?", own));
    const q = c.docs.get("q")!;
    const v = vectorsFor(q, c);
    const s = scorePair(q, v, "fire", cosine(v, "fire", c), c, new Learned());
    expect(s.factor).toBeLessThan(0.5);
    expect(s.why().differs).toEqual(["phòng cháy chữa cháy"]);
  });

  it("reads a word typed with diacritics as written: 'công nhận' is not 'công nhân'", () => {
    const recognized = analyze("Xã chưa công nhận danh hiệu gia đình văn hóa cho nhà tôi", lex);
    expect([...recognized.terms.keys()]).not.toContain("≡cong_nhan");
    expect([...recognized.entities.keys()]).toEqual([]);
    // The worker is still the worker, written either way and typed bare.
    expect([...analyze("Công nhân khu công nghiệp thiếu nhà ở", lex).terms.keys()]).toContain("≡cong_nhan");
    expect([...analyze("cong nhan khu cong nghiep thieu nha o", lex).terms.keys()]).toContain("≡cong_nhan");
  });

  it("forgives hỏi for ngã and a syllable left bare inside a phrase, and a road's head however typed", () => {
    const terms = (t: string) => [...analyze(t, lex).terms.keys()];
    expect(terms("Mất thẻ bảo hiễm y tế thì làm lại ở đâu?")).toContain("≡bao_hiem_y_te");
    expect(terms("Công nhan khu công nghiệp thiếu nhà ở")).toContain("≡cong_nhan");
    expect([...analyze("Xe tải chạy quốc lo 61 gây bụi", lex).entities.keys()]).toContain("road:≡quoc_lo:61");
    expect([...analyze("Ổ gà trên quốc lổ 61", lex).entities.keys()]).toContain("road:≡quoc_lo:61");
    // An accepted spelling of the seed: "hằng tháng" as "hàng tháng".
    expect(terms("Trợ cấp hằng tháng cho người cao tuổi")).toContain("≡tro_cap");
  });

  it("meets an abbreviation that is also a syllable only when typed in capitals ('BOT', not 'bớt')", () => {
    expect([...analyze("don bot rac o cho giup dan", lex).terms.keys()]).not.toContain("≡tram_thu_phi");
    expect([...analyze("Phí BOT trên QL1 cao quá", lex).terms.keys()]).toContain("≡tram_thu_phi");
    expect([...analyze("thu phi BOT ql1 cao qua", lex).terms.keys()]).toContain("≡tram_thu_phi");
    // An abbreviation that is no syllable is met however it is typed.
    expect([...analyze("the bhyt bi mat", lex).terms.keys()]).toContain("≡bao_hiem_y_te");
    // A word typed with diacritics is never such an abbreviation: "Cá" is a fish, whatever "CA" is.
    const own = buildLexicon([
      { kind: "abbreviation", terms: ["công an", "CA"] },
      { kind: "synonym", terms: ["cá", "cá tra"] },
    ]);
    expect([...analyze("Cá chết hàng loạt ở ao", own).terms.keys()]).toContain("≡ca");
    expect([...analyze("Báo CA xã giúp", own).terms.keys()]).toContain("≡cong_an");
  });

  it("joins a phrase across a hyphen, not across a comma", () => {
    expect([...analyze("Phí qua trạm thu-phí cao quá", lex).terms.keys()]).toContain("≡tram_thu_phi");
  });

  it("ends a name and a lack at a comma", () => {
    const places = analyze("Nước ngập ở Phước Thới, Long Thạnh từ hôm qua", lex);
    expect([...places.entities.keys()].filter((k) => k.startsWith("name:"))).toEqual([
      "name:phuoc_thoi",
      "name:long_thanh",
    ]);
    const rain = analyze("Mái chợ dột, mưa ướt hết, nền chợ trơn trượt", lex);
    expect([...rain.entities.keys()].filter((k) => k.startsWith("facet:lack"))).toEqual([]);
    const both = [...analyze("Trạm y tế xã thiếu thuốc, không có bác sĩ", lex).entities.keys()];
    expect(both.filter((k) => k.startsWith("facet:lack"))).toEqual(["facet:lack:thuoc", "facet:lack:bac_si"]);
  });

  it("meets a joined word written apart through the concept inside it", () => {
    const c = corpus({
      a: "Đề nghị xử lý tình trạng lấn chiếm vỉa hè ở chợ",
      b: "Trường học xuống cấp",
      q: "Vỉa hè quanh chợ bị lấn chiếm hết",
    });
    const a = c.docs.get("a")!;
    expect(a.terms.has("≡lan_chiem_via_he") && a.terms.has("≡lan_chiem") && a.terms.has("via_he")).toBe(true);
    const q = c.docs.get("q")!;
    expect(cosine(vectorsFor(q, c), "a", c)).toBeGreaterThan(0.1);
    expect(cosine(vectorsFor(q, c), "b", c)).toBe(0);
  });

  it("reads a former place name as the current one", () => {
    const c = corpus({ a: "Đường ở xã Tân Hòa cũ ngập nước", b: "Đường ở Tân Hòa bị ngập nước", x: "Chợ Vị Thủy" });
    const [first] = top(c, "b");
    expect(first.id).toBe("a");
    expect(first.why.places).toEqual(["tân hòa"]);
  });

  it("never suggests a dismissed pair again, and demotes pairs that differ the same way", () => {
    const c = corpus({
      a: "Xin hỗ trợ bao cát sau lũ cho bà con ấp Hòa Lợi",
      b: "Xin hỗ trợ tấm bạt sau lũ cho bà con ấp Hòa Lợi",
      x: "Đề nghị hỗ trợ bao cát sau lũ ở ấp Mỹ An",
      y: "Đề nghị hỗ trợ tấm bạt sau lũ ở ấp Mỹ An",
    });
    expect(top(c, "b")[0].id).toBe("a");
    const before = top(c, "y").find((s) => s.id === "x")!;
    const learned = new Learned([
      { questionId: "b", otherId: "a", verdict: "distinct", a: c.docs.get("b")!, b: c.docs.get("a")! },
    ]);
    expect(top(c, "b", learned).map((s) => s.id)).not.toContain("a");
    const after = top(c, "y", learned).find((s) => s.id === "x");
    expect(after === undefined || (after.score < before.score && after.why.learned === "demoted")).toBe(true);
  });

  it("promotes pairs that differ like a merged pair did", () => {
    const c = corpus({
      a: "Máy cày của hợp tác xã ấp Một hư, không ai sửa",
      b: "Máy xới của hợp tác xã ấp Một hư, không ai sửa",
      x: "Máy cày ở ấp Hai để ngoài mưa",
      y: "Máy xới ở ấp Hai để ngoài mưa",
    });
    const before = top(c, "y").find((s) => s.id === "x");
    const learned = new Learned([
      { questionId: "b", otherId: "a", verdict: "merged", a: c.docs.get("b")!, b: c.docs.get("a")! },
    ]);
    const after = top(c, "y", learned).find((s) => s.id === "x")!;
    expect(after.why.learned).toBe("promoted");
    expect(after.score).toBeGreaterThan(before?.score ?? 0);
  });
});

describe("the thesaurus's seed", () => {
  it("names each group once, so that a start can tell which row is whose", () => {
    const keys = THESAURUS_SEED.map(seedKeyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(seedKeyOf({ kind: "synonym", terms: ["Mất nước", "cúp nước"] })).toBe("synonym:mat nuoc");
  });

  it("hashes what a group says: its words, their order, its facet and its kind", () => {
    const g = { kind: "synonym", terms: ["mất nước", "cúp nước"], facet: "điện, nước" };
    const h = seedHashOf(g);
    expect(seedHashOf({ ...g })).toBe(h);
    expect(seedHashOf({ ...g, terms: ["mất nước", "cắt nước"] })).not.toBe(h);
    expect(seedHashOf({ ...g, facet: "" })).not.toBe(h);
    expect(seedHashOf({ ...g, kind: "abbreviation" })).not.toBe(h);
  });
});
