import { describe, expect, it } from "vitest";
import { foldForSearch, phoneDigits } from "./queue-search.ts";
import { ignoredKey } from "./use-console-keys.ts";

describe("the console's search", () => {
  it("folds a text and a query alike: no diacritics, đ → d, lower case, punctuation gone", () => {
    expect(foldForSearch("Trợ cấp HỌC NGHỀ, đường ĐT 931!")).toBe("tro cap hoc nghe duong dt 931");
    expect(foldForSearch("tro cap hoc nghe")).toBe("tro cap hoc nghe");
    expect(` ${foldForSearch("Người gọi hỏi trợ cấp học nghề ở Vị Thủy")} `).toContain(foldForSearch("hoc nghề o vi"));
  });

  it("reads digits as a phone number only when there are at least four, typed however", () => {
    expect(phoneDigits("0912 345.678")).toBe("0912345678");
    expect(phoneDigits("+84 (912) 345-678")).toBe("84912345678");
    expect(phoneDigits(" 5601 ")).toBe("5601");
    expect(phoneDigits("601")).toBeNull();
    expect(phoneDigits("ĐT 931")).toBeNull();
    expect(phoneDigits("12a45")).toBeNull();
  });
});

describe("the console's keys", () => {
  const key = (
    target: unknown,
    mods: Partial<Record<"ctrlKey" | "altKey" | "metaKey" | "isComposing", boolean>> = {},
  ) =>
    ignoredKey({
      target: target as EventTarget,
      ctrlKey: false,
      altKey: false,
      metaKey: false,
      isComposing: false,
      ...mods,
    });

  it("are ignored while the operator types in a field, or with a modifier held", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT"])
      expect(key({ tagName, isContentEditable: false })).toBe(true);
    expect(key({ tagName: "DIV", isContentEditable: true })).toBe(true);
    expect(key({ tagName: "BUTTON", isContentEditable: false }, { ctrlKey: true })).toBe(true);
    expect(key({ tagName: "BUTTON", isContentEditable: false }, { metaKey: true })).toBe(true);
    expect(key({ tagName: "BUTTON", isContentEditable: false }, { isComposing: true })).toBe(true);
  });

  it("act on the queue and the detail otherwise", () => {
    expect(key({ tagName: "BUTTON", isContentEditable: false })).toBe(false);
    expect(key({ tagName: "BODY", isContentEditable: false })).toBe(false);
    expect(key(null)).toBe(false);
  });
});
