import { describe, expect, it } from "vitest";
import { flagsFor, profanityHits } from "./moderation.ts";

describe("moderation flags", () => {
  it("finds profanity with and without diacritics, not ordinary words", () => {
    expect(profanityHits("đ.m bọn này")).toEqual([]);
    expect(profanityHits("Địt mẹ cái đường này")).toContain("dit me");
    expect(profanityHits("dit me cai duong nay")).toContain("dit me");
    expect(profanityHits("vcl luôn")).toContain("vcl");
    expect(profanityHits("Con đường lớn ở Vị Thanh, các buổi họp")).toEqual([]);
  });

  it("flags links, repeated text and shouting", () => {
    expect(flagsFor("Xem thêm tại https://spam.example/abc")).toContain("link");
    expect(flagsFor("mua hàng giá rẻ tại shopdo.vn")).toContain("link");
    expect(flagsFor("Đường hư quá", { recentTexts: ["duong hu qua"] })).toContain("repeated");
    expect(flagsFor("aaaaaaaaaaaaaaaaa")).toContain("repeated");
    expect(flagsFor("ĐỀ NGHỊ SỬA ĐƯỜNG NGAY LẬP TỨC CHO DÂN")).toContain("shouting");
    expect(flagsFor("Xin hỏi khi nào có phiên giao dịch việc làm tiếp theo tại Vị Thanh?")).toEqual([]);
  });
});
