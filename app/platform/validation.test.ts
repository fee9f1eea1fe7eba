import { describe, expect, it } from "vitest";
import { lines, optionalText, optionalUrl, parseLocalDateTime, text, tidy, toLocalInput } from "./validation.ts";

// NUL, a lone surrogate, a right-to-left override, a zero-width space, an NFD letter.
const DIRTY = "\u0000 Đ\u200Bường\u202E hư\ud800 ".concat("quá".normalize("NFD"), "\u2066 ");
const CLEAN = "Đường hư\ufffd quá";

describe("the shared text fields", () => {
  it("clean and trim what they store", () => {
    expect(tidy(DIRTY)).toBe(CLEAN);
    expect(text(100).parse(DIRTY)).toBe(CLEAN);
    expect(optionalText(100).parse(DIRTY)).toBe(CLEAN);
    expect(lines(5, 100).parse(`${DIRTY}\r\n\u200B\r\n${DIRTY}`)).toEqual([CLEAN, CLEAN]);
    expect(optionalUrl.parse(" https://example.vn/\u202Ea ")).toBe("https://example.vn/a");
  });

  it("count what is left: a text of invisible characters only is missing", () => {
    expect(text(100).safeParse("\u200B\u202E\u0000").error?.issues[0].message).toBe("err.required");
  });
});

describe("local date-time input", () => {
  it("reads a form's date-time in the deployment's zone (Vietnam by default)", () => {
    expect(parseLocalDateTime("2024-05-23T20:00")?.toISOString()).toBe("2024-05-23T13:00:00.000Z");
    expect(parseLocalDateTime("2024-05-23T20:00", "Europe/Berlin")?.toISOString()).toBe("2024-05-23T18:00:00.000Z");
    expect(parseLocalDateTime("2024-12-23T20:00", "Europe/Berlin")?.toISOString()).toBe("2024-12-23T19:00:00.000Z");
    expect(parseLocalDateTime("2024-02-31T20:00")).toBeNull();
    expect(parseLocalDateTime("2024-05-23T24:00")).toBeNull();
    expect(toLocalInput("2024-05-23T13:00:00Z")).toBe("2024-05-23T20:00");
    expect(toLocalInput("2024-05-23T13:00:00Z", "Asia/Tokyo")).toBe("2024-05-23T22:00");
  });
});
