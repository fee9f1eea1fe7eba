import { describe, expect, it } from "vitest";
import { foldVi, words } from "./text.ts";

/** The definition foldVi implements (whole text at once). */
const reference = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

describe("foldVi", () => {
  it("folds Vietnamese with or without diacritics, in any Unicode form, to the same words", () => {
    expect(foldVi("Đường giao thông nông thôn xuống cấp!")).toBe("duong giao thong nong thon xuong cap");
    expect(foldVi("duong giao thong nong thon xuong cap")).toBe("duong giao thong nong thon xuong cap");
    const nfd = "Hỗ trợ học nghề".normalize("NFD");
    expect(foldVi(nfd)).toBe(foldVi("Hỗ trợ học nghề"));
    expect(foldVi("  ĐẤT   ĐAI... 2024 ")).toBe("dat dai 2024");
    expect(words("Xã Vị Thanh, huyện Vị Thủy")).toEqual(["xa", "vi", "thanh", "huyen", "vi", "thuy"]);
    expect(foldVi("")).toBe("");
    expect(foldVi("!!!")).toBe("");
  });

  it("gives exactly what the definition gives, on edge cases and on random text", () => {
    const edge = [
      "a\u0301b",
      "\u0301abc",
      "abc\u0301",
      "a \u0301 b",
      "İstanbul",
      "\u212Aelvin \u212B",
      "ǄEMAL ǅ ǆ",
      "straße",
      "ΣΑΣ σας",
      "日本 語",
      "😀 cười 😀",
      "\ud83d",
      "x\udc00y",
      "ﬁ ligature",
      "Ａ fullwidth",
      "ơ ư Ơ Ư ă Ă",
      "a\u1dc0b",
      "a\u0323\u0302b",
      "q\u00a0r\t\ns",
      "ＡＢＣ１２３",
    ];
    for (const s of edge) expect(foldVi(s), JSON.stringify(s)).toBe(reference(s));
    // Random text over an alphabet of ASCII, Vietnamese (both forms), marks, other scripts, surrogates and separators.
    const alphabet = [
      ..."aAzZ09 .,!?-_/\t\nđĐâăêôơưÂĂÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
      "\u0300",
      "\u0301",
      "\u0303",
      "\u0309",
      "\u0323",
      "\u0306",
      "\u0302",
      "\u031b",
      "ß",
      "İ",
      "\u212A",
      "Ǆ",
      "Σ",
      "ς",
      "中",
      "😀",
      "\ud800",
      "\udfff",
      "\u00a0",
      "ǅ",
      "ﬀ",
      "Ⅻ",
      "①",
    ];
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let t = 0; t < 5000; t++) {
      const len = rand(40);
      let s = "";
      for (let k = 0; k < len; k++) s += alphabet[rand(alphabet.length)];
      if (t % 2) s = s.normalize(t % 4 === 1 ? "NFC" : "NFD");
      expect(foldVi(s), JSON.stringify(s)).toBe(reference(s));
    }
  });
});
