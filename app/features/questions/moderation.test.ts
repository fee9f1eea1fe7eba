import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { flagsFor, profanityHits } from "./moderation.ts";

describe("moderation flags", () => {
  it("finds profanity with and without diacritics, not ordinary words", () => {
    expect(profanityHits("Địt mẹ cái đường này")).toContain("dit me");
    expect(profanityHits("dit me cai duong nay")).toContain("dit me");
    expect(profanityHits("vcl luôn")).toContain("vcl");
    expect(profanityHits("Con đường lớn ở Vị Thanh, các buổi họp")).toEqual([]);
  });

  it("sees through zero-width characters, spacing, punctuation, leetspeak and long letters", () => {
    expect(profanityHits("đ.m bọn này")).toEqual(["dm"]);
    expect(profanityHits("Đ M cái đường")).toEqual(["dm"]);
    expect(profanityHits("Đ\u200Bị\u200Bt m\u200Bẹ cái đường này")).toEqual(["dit me"]);
    expect(profanityHits("đ\u200Cị\u200Dt\u2060 m\u00ADẹ")).toEqual(["dit me"]);
    expect(profanityHits("d i t m e bọn quan chức")).toEqual(["dit me"]);
    expect(profanityHits("d1t m3 bọn này")).toEqual(["dit me"]);
    expect(profanityHits("V.C.L thật")).toEqual(["vcl"]);
    expect(profanityHits("vclllll thật")).toEqual(["vcl"]);
    expect(profanityHits("ｖｃｌ thật")).toEqual(["vcl"]);
    expect(profanityHits("đồ ó\u200Bc c\u200Bhó")).toEqual(["oc cho"]);
  });

  it("counts words that are also ordinary words only when written as the insult", () => {
    expect(profanityHits("Đồ lồn")).toEqual(["lon"]);
    expect(profanityHits("Cái cặc gì vậy")).toEqual(["cac"]);
    expect(profanityHits("đồ c4c")).toEqual(["cac"]); // disguised, in a text with diacritics
    expect(profanityHits("Bưởi Năm Roi, lợn, lớn, các buổi họp, đường cụt, đeo khẩu trang")).toEqual([]);
    // A text typed without any diacritics: "cac", "lon", "buoi" are các, lớn, buổi.
    expect(profanityHits("cho em hoi cac co quan co ho tro lon cho buoi hop khong")).toEqual([]);
  });

  it("flags links, repeated text and shouting", () => {
    expect(flagsFor("Xem thêm tại https://spam.example/abc")).toContain("link");
    expect(flagsFor("mua hàng giá rẻ tại shopdo.vn")).toContain("link");
    expect(flagsFor("Đường hư quá", { recentTexts: ["duong hu qua"] })).toContain("repeated");
    expect(flagsFor("aaaaaaaaaaaaaaaaa")).toContain("repeated");
    expect(flagsFor("ĐỀ NGHỊ SỬA ĐƯỜNG NGAY LẬP TỨC CHO DÂN")).toContain("shouting");
    expect(flagsFor("Xin hỏi khi nào có phiên giao dịch việc làm tiếp theo tại Vị Thanh?")).toEqual([]);
  });

  it("sees disguised links", () => {
    for (const text of [
      "vào w w w . e x a m p l e . c o m mà xem",
      "vào example[.]com mà xem",
      "vào example (dot) com mà xem",
      "vào example dot com mà xem",
      "vào example . com mà xem",
      "vào example chấm com mà xem",
      "vào exa\u200Bmple.c\u200Bom mà xem",
      "vào ｅｘａｍｐｌｅ．ｃｏｍ mà xem",
      "vào h t t p s : / / bit . ly / abc mà xem",
      "vào h t t p : / / abc mà xem",
      "vào www . abc mà xem",
    ])
      expect(flagsFor(text), text).toContain("link");
  });

  it("does not take sentences typed without a space after the full stop for links", () => {
    for (const text of [
      "Tôi ở nhà.Mẹ tôi bệnh nặng, xin hỏi chế độ bảo hiểm.",
      "Làm xong rồi.Cơm nước không có, đề nghị hỗ trợ.",
      "Hộ nghèo được hỗ trợ 1.500.000 đồng, còn nét chữ trên sổ bị mờ.",
      "Xin hỏi . Mẹ tôi có được hưởng trợ cấp không?",
    ])
      expect(flagsFor(text), text).not.toContain("link");
  });

  it("flags none of the ordinary questions of the routing data sets", () => {
    const texts = ["tests/data/routing-holdout.jsonl", "tests/data/routing-holdout2.jsonl"].flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
    expect(texts.length).toBeGreaterThan(60);
    for (const text of texts) {
      expect(flagsFor(text), text).toEqual([]);
      expect(flagsFor(text.normalize("NFD")), text).toEqual([]);
    }
  });
});

describe("moderation: more disguises and innocent words", () => {
  it("sees through lowercase spacing, dotted letters and digits", () => {
    expect(profanityHits("đ*t mẹ bọn này")).toEqual(["dit me"]);
    expect(profanityHits("Đồ l#n")).toEqual(["lon"]);
    expect(profanityHits("d m cái đường này")).toEqual(["dm"]);
    expect(profanityHits("v.c.l thật")).toEqual(["vcl"]);
    expect(profanityHits("đồ l0n")).toEqual(["lon"]);
  });

  it("flags none of these ordinary sentences", () => {
    for (const text of [
      "Em đã nộp đủ hồ sơ nhưng chưa được giải quyết",
      "Cho em hỏi thủ tục cấp lại cặp sách cho học sinh nghèo",
      "Hội chợ lồng đèn Trung thu có được tổ chức ở phường không?",
      "Địa chỉ đặt mua vé xe buýt ở đâu?",
      "Đi tiếp đoạn đường này có bị cấm không?",
      "Gọi số *123# để tra cứu, giá 5*3 nghìn",
      "Xin hỏi đơn vị nào cấp phép xây dựng nhà ở riêng lẻ",
      "Vì sao con đường nông thôn ở ấp Một lại không có đèn?",
      "Cho hỏi chính sách hỗ trợ người cao tuổi năm nay",
    ])
      expect(flagsFor(text), text).toEqual([]);
  });
});
