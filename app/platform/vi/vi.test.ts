import { describe, expect, it } from "vitest";
import {
  joinPhrases,
  PhraseDict,
  trigramsOf,
  VI_COMPOUNDS,
  viTokens,
  withoutPersonNames,
  writtenKey,
} from "./index.ts";

describe("viTokens", () => {
  it("keeps what was typed beside the folded form, in NFC", () => {
    const nfd = "Thẻ bảo hiểm".normalize("NFD");
    expect(viTokens(nfd).map((t) => [t.text, t.fold])).toEqual([
      ["thẻ", "the"],
      ["bảo", "bao"],
      ["hiểm", "hiem"],
    ]);
  });

  it("tells names, capitals and a sentence's first word apart", () => {
    const [a, b, c, , d] = viTokens("Đường qua Vị Thanh. BHYT");
    expect([a.cap, a.start, b.cap, c.cap, d.upper, d.start]).toEqual([true, true, false, true, true, true]);
  });

  it("splits an abbreviation glued to its number", () => {
    expect(viTokens("ĐT931 và QL1A").map((t) => t.fold)).toEqual(["dt", "931", "va", "ql", "1a"]);
  });

  it("marks the first word of each clause: a comma parts clauses, but keeps a name's capital", () => {
    const t = viTokens("Ấp Phước Thới, Long Thạnh bị ngập");
    expect(t.map((x) => x.clause)).toEqual([true, false, false, true, false, false, false]);
    expect(t[3].start).toBe(false); // "Long" after a comma is still a capital that says something
  });

  it("reads a word as written whatever the tone mark's place, but never across tones", () => {
    expect(writtenKey("hoà giải")).toBe(writtenKey("hòa giải"));
    expect(writtenKey("thuỷ lợi")).toBe(writtenKey("thủy lợi"));
    expect(writtenKey("công nhận")).not.toBe(writtenKey("công nhân"));
    expect(writtenKey("bão")).not.toBe(writtenKey("báo"));
  });

  it("removes invisible characters that would split a word", () => {
    expect(viTokens("bảo\u200b hiểm").map((t) => t.fold)).toEqual(["bao", "hiem"]);
  });
});

describe("joinPhrases", () => {
  const dict = new PhraseDict(VI_COMPOUNDS);
  it("joins the longest known word, with or without diacritics", () => {
    const keys = (s: string) => joinPhrases(viTokens(s), dict).map((u) => u.key);
    expect(keys("mất thẻ bảo hiểm y tế")).toEqual(["mat", "the", "bao_hiem_y_te"]);
    expect(keys("mat the bao hiem y te")).toEqual(["mat", "the", "bao_hiem_y_te"]);
    expect(keys("giấy chứng nhận quyền sử dụng đất")).toEqual(["giay_chung_nhan_quyen_su_dung_dat"]);
  });

  it("never joins across a sentence's end", () => {
    expect(joinPhrases(viTokens("bảo hiểm. Y tế"), dict).map((u) => u.key)).toEqual(["bao_hiem", "y_te"]);
  });

  it("never joins across a comma", () => {
    expect(joinPhrases(viTokens("nộp bảo hiểm, y tế xã"), dict).map((u) => u.key)).toEqual([
      "nop",
      "bao_hiem",
      "y_te",
      "xa",
    ]);
  });

  it("marks Title-case runs as names, but not a sentence's lone first word", () => {
    const units = joinPhrases(viTokens("Kẹt xe ở cầu Cái Tắc"), dict);
    expect(units.filter((u) => u.name).map((u) => u.key)).toEqual(["cai", "tac"]);
  });
});

describe("trigramsOf", () => {
  it("is the same with and without diacritics", () => {
    expect(trigramsOf(viTokens("đền bù"))).toEqual(trigramsOf(viTokens("den bu")));
  });
});

describe("withoutPersonNames", () => {
  const kept = (s: string) => withoutPersonNames(s).replace(/\s+/g, " ").trim();
  it("removes a name after a title, with or without diacritics", () => {
    expect(kept("Ông Lương Tâm hỏi về học phí")).toBe("Ông | hỏi về học phí");
    expect(kept("Ong Luong Tam hoi ve hoc phi")).toBe("Ong | hoi ve hoc phi");
    expect(kept("nhà của chị Mỹ Xuyên bị ngập")).toBe("nhà của chị | bị ngập");
  });
  it("removes a full name, but not a place after its kind word", () => {
    expect(kept("Nguyễn Thị Mỹ Xuyên hỏi về học phí")).toBe("| hỏi về học phí");
    expect(kept("Rác ở phường Lê Bình cũ")).toBe("Rác ở phường Lê Bình cũ");
    expect(kept("Đèn đường ở xã Vị Thủy hư")).toBe("Đèn đường ở xã Vị Thủy hư");
  });
});
