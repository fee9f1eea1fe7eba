import { describe, expect, it } from "vitest";
import { normalizeRichText, richTextToHtml, richTextToPlain } from "./rich-text.server.ts";

const typed = [
  "Sở trả lời như sau:",
  "- Mức hỗ trợ **30.000 đồng/ngày**",
  "- Thời gian tối đa 3 tháng",
  "",
  "1. Nộp hồ sơ tại [Trung tâm](https://dichvucong.gov.vn/thu-tuc?ma=1&b=2)",
  "2. Nhận kết quả sau 5 ngày",
  "",
  'Không bấm [liên kết này](javascript:alert(1)) <script>alert("x")</script>nhé.',
].join("\r\n");

describe("rich text (Markdown) round trip", () => {
  it("renders lists, bold and links as HTML; drops javascript: links and <script>", () => {
    const html = richTextToHtml(typed);
    expect(html).toBe(
      "<p>Sở trả lời như sau:</p>" +
        "<ul><li>Mức hỗ trợ <strong>30.000 đồng/ngày</strong></li><li>Thời gian tối đa 3 tháng</li></ul>" +
        '<ol><li>Nộp hồ sơ tại <a href="https://dichvucong.gov.vn/thu-tuc?ma=1&amp;b=2" rel="noopener noreferrer">Trung tâm</a></li><li>Nhận kết quả sau 5 ngày</li></ol>' +
        "<p>Không bấm liên kết này nhé.</p>",
    );
    expect(html).not.toMatch(/javascript:|<script|alert\(1\)/);
  });

  it("stores what was typed, minus raw HTML; the stored text renders the same lists", () => {
    const stored = normalizeRichText(typed);
    expect(stored).toBe(
      "Sở trả lời như sau:\n- Mức hỗ trợ **30.000 đồng/ngày**\n- Thời gian tối đa 3 tháng\n\n1. Nộp hồ sơ tại [Trung tâm](https://dichvucong.gov.vn/thu-tuc?ma=1&b=2)\n2. Nhận kết quả sau 5 ngày\n\nKhông bấm [liên kết này](javascript:alert(1)) nhé.",
    );
    expect(normalizeRichText(stored)).toBe(stored);
    const html = richTextToHtml(stored);
    expect(html).toContain("<ul><li>Mức hỗ trợ <strong>30.000 đồng/ngày</strong></li>");
    expect(html).toContain(
      '<ol><li>Nộp hồ sơ tại <a href="https://dichvucong.gov.vn/thu-tuc?ma=1&amp;b=2" rel="noopener noreferrer">Trung tâm</a></li>',
    );
    expect(html).toContain("<p>Không bấm liên kết này nhé.</p>");
    expect(normalizeRichText("<scr<script>ipt>alert(1)</script> ok <!-- x --> <b>b</b>")).toBe("<scr ok  b");
  });

  it("stores the text clean: NFC, no NUL, lone surrogate, bidi control or zero-width space", () => {
    expect(normalizeRichText("\u0000**Trả\u202E lời**\u200B\ud800\r\n- mục ".concat("một".normalize("NFD")))).toBe(
      "**Trả lời**\ufffd\n- mục một",
    );
  });

  it("gives plain text with each list item on its own line", () => {
    expect(richTextToPlain(normalizeRichText(typed))).toBe(
      [
        "Sở trả lời như sau:",
        "",
        "- Mức hỗ trợ 30.000 đồng/ngày",
        "- Thời gian tối đa 3 tháng",
        "",
        "1. Nộp hồ sơ tại Trung tâm (https://dichvucong.gov.vn/thu-tuc?ma=1&b=2)",
        "2. Nhận kết quả sau 5 ngày",
        "",
        "Không bấm liên kết này nhé.",
      ].join("\n"),
    );
    expect(richTextToPlain("- a\n  - b\n\n3. ba\n4. bốn\n\n> trích\n\nx < y & z")).toBe(
      "- a\n  - b\n\n3. ba\n4. bốn\n\n> trích\n\nx < y & z",
    );
  });

  it("keeps to the allowlist: no images, no raw HTML, no unsafe or relative links", () => {
    const html = richTextToHtml(
      '# Tiêu đề\n\n![ảnh](https://x.vn/a.png) [tương đối](/theo-doi) [giao thức](//evil.example) [thư](mailto:a@b.vn) <a href="https://x.vn" onclick="y()">thô</a> <iframe src="https://x.vn"></iframe>\n\n```\n<b>mã</b>\n```',
    );
    expect(html).toBe(
      '<p><strong>Tiêu đề</strong></p><p>ảnh tương đối giao thức <a href="mailto:a@b.vn" rel="noopener noreferrer">thư</a> thô </p><p><code>mã</code></p>',
    );
  });
});
