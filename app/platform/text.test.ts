import { describe, expect, it } from "vitest";
import { cleanText, foldText, revealWords, stripInvisible, stripMarks } from "./text.ts";

/** Characters cleanText never leaves (ZWJ, ZWNJ and tags are checked by their own cases). */
const NEVER_STORED =
  // eslint-disable-next-line no-control-regex -- control characters are what is being checked
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("cleanText", () => {
  it("keeps Vietnamese as typed, in NFC", () => {
    const vi = "Đường Nguyễn Trãi, phường 5 — ổ gà “to” quá! Ông/bà có ý kiến gì?\n\tXin cảm ơn.";
    expect(cleanText(vi)).toBe(vi);
    expect(cleanText(vi.normalize("NFD"))).toBe(vi);
    expect(cleanText("Hoà, hòa, THUỶ, thủy")).toBe("Hoà, hòa, THUỶ, thủy"); // both tone placements are kept as typed
    expect(cleanText("  không cắt khoảng trắng  ")).toBe("  không cắt khoảng trắng  ");
  });

  it("removes NUL and the other control characters but tab and line break; line breaks become \\n", () => {
    expect(cleanText("a\u0000b\u0007c\u001bd\u007fe\u0080f\u009fg")).toBe("abcdefg");
    expect(cleanText("một\r\nhai\rba\u0085bốn\u2028năm\u2029sáu\tbảy")).toBe("một\nhai\nba\nbốn\nnăm\nsáu\tbảy");
  });

  it("replaces lone surrogates, keeps pairs", () => {
    expect(cleanText("a\ud800b\udc00c\ud83d")).toBe("a\ufffdb\ufffdc\ufffd");
    expect(cleanText("cười 😀 nhé")).toBe("cười 😀 nhé");
    expect(cleanText("\udc00\ud800")).toBe("\ufffd\ufffd");
  });

  it("removes bidi controls", () => {
    expect(cleanText("hóa đơn\u202Efdp.exe")).toBe("hóa đơnfdp.exe");
    expect(cleanText("\u202Aa\u202Bb\u202Cc\u202Dd\u2066e\u2067f\u2068g\u2069h\u200Ei\u200Fj\u061Ck")).toBe(
      "abcdefghijk",
    );
  });

  it("removes invisible characters: zero-width space, BOM, word joiner, soft hyphen", () => {
    expect(cleanText("\uFEFFđ\u200Bị\u2060t m\u00ADẹ")).toBe("địt mẹ");
    // A mark left alone by a removed character composes with its letter.
    expect(cleanText("a\u200B\u0301")).toBe("á");
  });

  it("keeps ZWJ inside emoji sequences and ZWNJ/ZWJ in scripts that need them, removes them elsewhere", () => {
    for (const emoji of ["👨‍👩‍👧", "🏳️‍🌈", "👩🏽‍💻", "❤️‍🔥"]) expect(cleanText(`gia đình ${emoji}`)).toBe(`gia đình ${emoji}`);
    expect(cleanText("c\u200Dặ\u200Cc")).toBe("cặc");
    expect(cleanText("\u200Dđầu\u200D")).toBe("đầu");
    expect(cleanText("😀\u200Da")).toBe("😀a");
    expect(cleanText("می\u200Cخواهم")).toBe("می\u200Cخواهم"); // Persian
    expect(cleanText("क्\u200Dष")).toBe("क्\u200Dष"); // Devanagari half form
  });

  it("keeps tag characters only in an emoji tag sequence (subdivision flags)", () => {
    const scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
    expect(cleanText(`Scotland ${scotland}`)).toBe(`Scotland ${scotland}`);
    expect(cleanText("xin chào\u{E0001}\u{E0069}\u{E0067}\u{E006E}")).toBe("xin chào");
  });

  it("is idempotent and never leaves a forbidden character (random text)", () => {
    const alphabet = [
      ..."aĐđ ơư.\n\t",
      "\u0000",
      "\u0007",
      "\r",
      "\u0085",
      "\u009f",
      "\u00ad",
      "\u0301",
      "\u0323",
      "\u061c",
      "\u200b",
      "\u200c",
      "\u200d",
      "\u200e",
      "\u202e",
      "\u2060",
      "\u2066",
      "\ufeff",
      "\ud800",
      "\udfff",
      "\ud83d",
      "\ude00",
      "😀",
      "🏴",
      "\u{E0067}",
      "\u{E007F}",
      "ख",
      "्",
    ];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let t = 0; t < 3000; t++) {
      let s = "";
      for (let k = rand(30); k > 0; k--) s += alphabet[rand(alphabet.length)];
      const c = cleanText(s);
      expect(cleanText(c), JSON.stringify(s)).toBe(c);
      expect(NEVER_STORED.test(c), JSON.stringify(s)).toBe(false);
      expect(LONE_SURROGATE.test(c), JSON.stringify(s)).toBe(false);
      expect(c.normalize("NFC"), JSON.stringify(s)).toBe(c);
    }
  });
});

describe("stripInvisible and stripMarks", () => {
  it("strips every invisible character, and every diacritic (đ too)", () => {
    expect(stripInvisible("d\u200B\u200C\u200D\u2060\uFEFF\u00AD\u034F\uFE0F\u3164\u{E0041}m")).toBe("dm");
    expect(stripMarks("Đường Nguyễn Trãi, ƠƯ ơư Hỗ trợ")).toBe("Duong Nguyen Trai, OU ou Ho tro");
  });
});

describe("foldText", () => {
  it("folds Vietnamese with or without diacritics, in any Unicode form, to the same words", () => {
    expect(foldText("Đường giao thông nông thôn xuống cấp!")).toBe("duong giao thong nong thon xuong cap");
    expect(foldText("duong giao thong nong thon xuong cap")).toBe("duong giao thong nong thon xuong cap");
    expect(foldText("Hỗ trợ học nghề".normalize("NFD"))).toBe(foldText("Hỗ trợ học nghề"));
    expect(foldText("  ĐẤT   ĐAI... ")).toBe("dat dai");
    expect(foldText("")).toBe("");
    expect(foldText("!!! ...")).toBe("");
  });

  it("leaves numbers and ordinary single-letter words alone", () => {
    expect(foldText("Lớp 12, quận 10, năm 2024, 1.500.000 đồng")).toBe("lop 12 quan 10 nam 2024 1 500 000 dong");
    expect(foldText("Tôi ở Vị Thanh, ông ạ")).toBe("toi o vi thanh ong a");
  });

  it("removes zero-width and invisible characters inside words", () => {
    expect(foldText("đ\u200Bị\u200Ct m\u200Dẹ")).toBe("dit me");
    expect(foldText("v\u2060c\uFEFFl")).toBe("vcl");
    expect(foldText("l\u00ADồ\u034Fn")).toBe("lon");
  });

  it("undoes leetspeak inside words", () => {
    expect(foldText("d1t m3 c4c l0n")).toBe("dit me cac lon");
    expect(foldText("$ao 7h3 c@c")).toBe("sao the cac");
  });

  it("joins letters spelled out one by one, whatever separates them", () => {
    expect(foldText("đ.m bọn này")).toBe("dm bon nay");
    expect(foldText("Đ M")).toBe("dm");
    expect(foldText("v-c-l")).toBe("vcl");
    expect(foldText("d i t m e")).toBe("ditme");
    expect(foldText("d 1 t")).toBe("dit");
    expect(foldText("e x a m p l e . c o m")).toBe("examplecom");
  });

  it("undoes letters typed long, full-width and look-alike letters of other scripts", () => {
    expect(foldText("vclllll đmmmmm")).toBe("vcl dm");
    expect(foldText("đmm")).toBe("dmm");
    expect(foldText("ｄｍ ｖｃｌ")).toBe("dm vcl");
    expect(foldText("\u0441\u1eb7\u0441")).toBe("cac"); // Cyrillic с around a Latin ặ
  });
});

describe("revealWords", () => {
  it("gives the words with their diacritics, disguises undone", () => {
    expect(revealWords("Đồ l0n, L\u200BỒ\u200BN!")).toEqual(["đồ", "lon", "lồn"]);
    expect(revealWords("Các buổi họp")).toEqual(["các", "buổi", "họp"]);
  });
});
