import { describe, expect, it } from "vitest";
import { normalizeRichText, richTextToHtml, sanitizeRichHtml } from "../../platform/rich-text.server.ts";

describe("answer formatting", () => {
  it("turns typed text into safe paragraphs, lists, bold, italic and links", () => {
    const html = richTextToHtml(
      "Kính gửi cử tri,\nSở trả lời như sau:\n\n- Mức hỗ trợ **30.000 đồng/ngày**\n- Thời gian *tối đa 3 tháng*\n\nXem https://example.gov.vn/nghi-quyet",
    );
    expect(html).toBe(
      '<p>Kính gửi cử tri,<br />Sở trả lời như sau:</p><ul><li>Mức hỗ trợ <strong>30.000 đồng/ngày</strong></li><li>Thời gian <em>tối đa 3 tháng</em></li></ul><p>Xem <a href="https://example.gov.vn/nghi-quyet" rel="noopener noreferrer">https://example.gov.vn/nghi-quyet</a></p>',
    );
  });

  it("never lets markup through", () => {
    const typed = '<script>alert(1)</script><img src=x onerror=alert(1)> "a" & b';
    for (const html of [richTextToHtml(typed), richTextToHtml(normalizeRichText(typed))]) {
      expect(html).not.toMatch(/<script|<img|<[^>]*onerror/);
      // Raw HTML is dropped (it used to be shown escaped); the text around it stays.
      expect(html).toContain('"a" &amp; b');
    }
    expect(sanitizeRichHtml('<p onclick="x()">ok</p><a href="javascript:alert(1)">x</a>')).toBe("<p>ok</p>x");
  });
});
