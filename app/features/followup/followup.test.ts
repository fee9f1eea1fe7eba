import { describe, expect, it } from "vitest";
import { sanitizeAnswer, textToHtml } from "./answer-text.server.ts";

describe("answer formatting", () => {
  it("turns typed text into safe paragraphs, lists, bold, italic and links", () => {
    const html = textToHtml(
      "Kính gửi cử tri,\nSở trả lời như sau:\n\n- Mức hỗ trợ **30.000 đồng/ngày**\n- Thời gian *tối đa 3 tháng*\n\nXem https://example.gov.vn/nghi-quyet",
    );
    expect(html).toBe(
      '<p>Kính gửi cử tri,<br>Sở trả lời như sau:</p><ul><li>Mức hỗ trợ <strong>30.000 đồng/ngày</strong></li><li>Thời gian <em>tối đa 3 tháng</em></li></ul><p>Xem <a href="https://example.gov.vn/nghi-quyet">https://example.gov.vn/nghi-quyet</a></p>',
    );
  });

  it("never lets markup through", () => {
    const html = sanitizeAnswer(textToHtml('<script>alert(1)</script><img src=x onerror=alert(1)> "a" & b'));
    expect(html).not.toMatch(/<script|<img|<[^>]*onerror/);
    expect(html).toContain("&lt;script&gt;");
    expect(sanitizeAnswer('<p onclick="x()">ok</p><a href="javascript:alert(1)">x</a>')).toBe(
      '<p>ok</p><a rel="noopener noreferrer" target="_blank">x</a>',
    );
  });
});
