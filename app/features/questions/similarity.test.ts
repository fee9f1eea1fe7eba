import { describe, expect, it } from "vitest";
import { duplicateCandidates, similarity } from "./similarity.ts";

describe("duplicate candidates", () => {
  const others = [
    { id: "a", text: "Khi nào có phiên giao dịch việc làm tiếp theo tại Vị Thanh?" },
    { id: "b", text: "Đường tỉnh 925 xuống cấp nghiêm trọng" },
    { id: "c", text: "Thẻ bảo hiểm y tế hết hạn làm lại ở đâu" },
  ];
  it("finds the same question typed without diacritics and in other words", () => {
    const r = duplicateCandidates("phien giao dich viec lam o vi thanh khi nao to chuc?", others);
    expect(r[0].item.id).toBe("a");
    expect(r.map((x) => x.item.id)).not.toContain("b");
  });
  it("scores unrelated questions low", () => {
    expect(similarity("Đường tỉnh 925 xuống cấp", "Thẻ bảo hiểm y tế hết hạn")).toBeLessThan(0.15);
  });
});
