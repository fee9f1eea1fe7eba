import { describe, expect, it } from "vitest";
import { fieldErrors } from "../../platform/validation.ts";
import { checkAsk, type AskValues } from "./ask-rules.ts";
import { submitQuestionSchema } from "./schemas.ts";

const ok: AskValues = { text: "Khi nào làm xong đường tỉnh 931?", name: "", phone: "", area: "", email: "" };
const cases: Partial<AskValues>[] = [
  {},
  { text: "" },
  { text: "   \u200b  " },
  { text: "ngắn quá" },
  { text: "  đủ   mười ký tự  " },
  { text: "x".repeat(2000) },
  { text: "x".repeat(2001) },
  { text: `${"x".repeat(1999)}\u0000\u200b` },
  { name: "Nguyễn Văn A" },
  { name: "n".repeat(101) },
  { phone: "0912 345 678" },
  { phone: "+84912345678" },
  { phone: "0212.3456.789" },
  { phone: "19001234" },
  { phone: "091234567" },
  { phone: "abc" },
  { area: "a".repeat(121) },
  { area: "phường Vị Tân" },
  { email: "nguoi.hoi@example.vn" },
  { email: "  nguoi.hoi@example.vn  " },
  { email: "khong-phai-thu" },
  { email: ".a@b.vn" },
  { email: "a..b@b.vn" },
  { email: `${"a".repeat(250)}@b.vn` },
  { text: "", phone: "1", email: "x" },
];

describe("the viewer form's light check", () => {
  it.each(cases.map((c) => [JSON.stringify(c).slice(0, 60), c]))("answers as the server's schema: %s", (_, c) => {
    const v = { ...ok, ...c };
    const server = submitQuestionSchema.safeParse({ ...v, clientKey: "abcdefgh1234" });
    const expected = server.success ? {} : fieldErrors(server.error);
    expect(checkAsk(v)).toEqual(expected);
  });
});
