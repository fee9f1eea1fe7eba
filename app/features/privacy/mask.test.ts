import { describe, expect, it } from "vitest";
import { maskEmail, maskPhone } from "./mask.ts";

describe("maskPhone", () => {
  it("keeps the first two and the last three digits", () => {
    expect(maskPhone("0912345678")).toBe("09•• ••• 678");
    expect(maskPhone("02933878999")).toBe("02•• •••• 999");
    expect(maskPhone("+84912345678")).toBe("+84•• •••• 678");
    expect(maskPhone("18001234")).toBe("18••• 234");
  });

  it("shows nothing of a number too short to mask, and nothing for no number", () => {
    expect(maskPhone("12345")).toBe("•••••");
    expect(maskPhone("")).toBe("");
  });
});

describe("maskEmail", () => {
  it("keeps the first character and the domain", () => {
    expect(maskEmail("nguyen.an@gmail.com")).toBe("n•••@gmail.com");
    expect(maskEmail(" a@b.vn ")).toBe("a•••@b.vn");
  });
  it("shows nothing of a malformed address, and nothing for none", () => {
    expect(maskEmail("@b.vn")).toBe("•••");
    expect(maskEmail("")).toBe("");
  });
});
