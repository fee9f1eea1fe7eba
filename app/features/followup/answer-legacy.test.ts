/**
 * Answers stored before bodies became Markdown were HTML made by the former
 * textToHtml + sanitizeAnswer (frozen below). The data migration
 * *_answer_markdown rewrites them, in SQLite and in PostgreSQL, to Markdown
 * that renders the same allowlisted HTML as the old body.
 */
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import sanitizeHtml from "sanitize-html";
import { describe, expect, it } from "vitest";
import { listMigrations } from "../../../server/migrate.ts";
import { richTextToHtml, sanitizeRichHtml } from "../../platform/rich-text.server.ts";

function oldSanitize(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a", "blockquote"],
    allowedAttributes: { a: ["href", "rel", "target"] },
    allowedSchemes: ["http", "https", "mailto"],
    transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer", target: "_blank" }) },
  }).trim();
}
function oldTextToHtml(text: string): string {
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const inline = (s: string) =>
    esc(s)
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/(^|[^*])\*(?!\s)(.+?)\*(?!\*)/g, "$1<em>$2</em>")
      .replace(/\bhttps?:\/\/[^\s<]+/g, (u) => `<a href="${u}">${u}</a>`);
  return text
    .replace(/\r\n/g, "\n")
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const lines = block.split("\n");
      if (lines.every((l) => /^\s*[-•]\s+/.test(l)))
        return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-•]\s+/, ""))}</li>`).join("")}</ul>`;
      return `<p>${lines.map(inline).join("<br>")}</p>`;
    })
    .join("");
}

const typed = [
  "Theo Nghị quyết của HĐND tỉnh, lao động nông thôn học nghề ngắn hạn được hỗ trợ tiền ăn 30.000 đồng/ngày.\n\n<script>alert(1)</script>Liên hệ Phòng Giáo dục nghề nghiệp.",
  "Kính gửi cử tri,\nSở trả lời như sau:\n\n- Mức hỗ trợ **30.000 đồng/ngày**\n- Thời gian *tối đa 3 tháng*\n\nXem https://example.gov.vn/nghi-quyet?so=1&nam=2024 để biết thêm.",
  '- Sở LĐ-TB&XH: "một cửa" <5 ngày & > 3 ngày\n- Chữ <b>không</b> đậm, *không* nghiêng\n\nTrân trọng.',
];
const legacy = typed.map((t) => oldSanitize(oldTextToHtml(t)));
const markdown = "Đã là Markdown:\n- một\n- hai";
const migrationSql = (provider: "sqlite" | "postgresql") =>
  listMigrations(provider).find((m) => m.name.endsWith("_answer_markdown"))!.sql;

function expectSameDisplay(bodies: string[]) {
  legacy.forEach((html, i) => {
    expect(bodies[i]).not.toMatch(/<(p|ul|li|br|strong|em|a)\b/);
    expect(richTextToHtml(bodies[i]), typed[i]).toBe(sanitizeRichHtml(html));
  });
  expect(bodies[legacy.length]).toBe(markdown);
}

describe("legacy HTML answers become Markdown", () => {
  it("the fixtures are what the former writer stored", () => {
    expect(legacy[1]).toBe(
      '<p>Kính gửi cử tri,<br />Sở trả lời như sau:</p><ul><li>Mức hỗ trợ <strong>30.000 đồng/ngày</strong></li><li>Thời gian <em>tối đa 3 tháng</em></li></ul><p>Xem <a href="https://example.gov.vn/nghi-quyet?so=1&amp;nam=2024" rel="noopener noreferrer" target="_blank">https://example.gov.vn/nghi-quyet?so=1&amp;nam=2024</a> để biết thêm.</p>',
    );
  });

  it("in SQLite", () => {
    const db = new Database(":memory:");
    db.exec(`CREATE TABLE "Answer" ("id" INTEGER PRIMARY KEY, "body" TEXT NOT NULL)`);
    const insert = db.prepare(`INSERT INTO "Answer" ("id", "body") VALUES (?, ?)`);
    [...legacy, markdown].forEach((b, i) => insert.run(i, b));
    db.exec(migrationSql("sqlite"));
    const rows = db.prepare(`SELECT "body" FROM "Answer" ORDER BY "id"`).all() as { body: string }[];
    db.close();
    expect(rows[1].body).toBe(
      "Kính gửi cử tri,\nSở trả lời như sau:\n\n- Mức hỗ trợ **30.000 đồng/ngày**\n- Thời gian *tối đa 3 tháng*\n\nXem [https://example.gov.vn/nghi-quyet?so=1&nam=2024](https://example.gov.vn/nghi-quyet?so=1&nam=2024) để biết thêm.",
    );
    expectSameDisplay(rows.map((r) => r.body));
  });

  it("in PostgreSQL", async (ctx) => {
    const client = new pg.Client({
      connectionString: process.env.PG_TEST_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
      connectionTimeoutMillis: 3000,
    });
    try {
      await client.connect();
    } catch (e) {
      if (process.env.CI) throw e;
      ctx.skip(); // no local PostgreSQL
    }
    const schema = `ln_legacy_${randomBytes(4).toString("hex")}`;
    try {
      await client.query(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      await client.query(`CREATE TABLE "Answer" ("id" INTEGER PRIMARY KEY, "body" TEXT NOT NULL)`);
      for (const [i, b] of [...legacy, markdown].entries())
        await client.query(`INSERT INTO "Answer" ("id", "body") VALUES ($1, $2)`, [i, b]);
      await client.query(migrationSql("postgresql"));
      const { rows } = await client.query<{ body: string }>(`SELECT "body" FROM "Answer" ORDER BY "id"`);
      expectSameDisplay(rows.map((r) => r.body));
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
      await client.end();
    }
  });
});
