/**
 * What a phone downloads for the live episode page (issue 20): the scripts as the server sends them,
 * compressed once at build time, within the budget; no validation library and no English texts on a
 * Vietnamese page. bench/phone.ts measures the same page over a throttled network.
 */
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { askVia } from "../helpers/questions.ts";
import { postJson } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer({ logins: ["tongdai1"] });
const BUDGET = 120 * 1024;

function get(url: string, encoding: string, userAgent?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const headers = { "Accept-Encoding": encoding, ...(userAgent ? { "User-Agent": userAgent } : {}) };
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}
const decode = (r: { headers: Record<string, unknown>; body: Buffer }) =>
  r.headers["content-encoding"] === "br"
    ? brotliDecompressSync(r.body)
    : r.headers["content-encoding"] === "gzip"
      ? gunzipSync(r.body)
      : r.body;

/** The page's scripts: the module preloads and the entry, as the server-rendered HTML names them. */
async function scriptsOf(path: string) {
  const html = decode(await get(server.url + path, "br")).toString("utf8");
  const urls = new Set<string>();
  for (const m of html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)) urls.add(m[1]);
  for (const m of html.matchAll(/import\(?\s*["']([^"']+\.js)["']/g)) urls.add(m[1]);
  return [...urls];
}

describe("the live episode page on a phone", () => {
  it("downloads at most 120 KB of script, without a validation library, the staff texts or the English ones", async () => {
    const e = await factories.episode({ status: "live" });
    const urls = await scriptsOf(`/chuong-trinh/${e.id}`);
    expect(urls.length).toBeGreaterThan(5);
    // Few files: on a slow network each request costs more than its bytes (server/cli/merge-chunks.ts).
    expect(urls.length).toBeLessThanOrEqual(10);
    let wire = 0;
    for (const u of urls) {
      const r = await get(server.url + u, "gzip, deflate, br");
      expect(r.status, u).toBe(200);
      expect(r.headers["content-encoding"], u).toBe("br");
      wire += r.body.length;
      const code = decode(r).toString("utf8");
      expect(code, u).not.toContain("ZodError");
      expect(code, u).not.toContain("registerEnglish(");
      expect(code, `${u}: the staff area's texts`).not.toContain("audit.a.create");
    }
    expect(wire).toBeLessThanOrEqual(BUDGET);
  });

  it("names the page's modules in a Link header, so a phone fetches them before the body has come in", async () => {
    const e = await factories.episode({ status: "live" });
    // Whatever the browser says it is: headless Chromium (bench/phone.ts) reads as a bot to `isbot`.
    const agents = [undefined, "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 HeadlessChrome/120 Mobile"];
    const cases = [`/chuong-trinh/${e.id}`, "/", "/dang-nhap"].flatMap((p) =>
      agents.map((a) => ({ path: p, agent: a })),
    );
    for (const { path, agent } of cases) {
      const r = await get(server.url + path, "br", agent);
      const html = decode(r).toString("utf8");
      const inBody = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
      const link = String(r.headers["link"] ?? "");
      const inHeader = [...link.matchAll(/<([^>]+)>; rel=modulepreload/g)].map((m) => m[1]);
      expect(inBody.length, path).toBeGreaterThan(5);
      // The same modules, in the order <Scripts> writes them.
      expect(inHeader, `${path} (${agent ?? "no user agent"})`).toEqual(inBody);
    }
  });

  it("serves each script as the browser takes it: Brotli, gzip or plain, all the same file", async () => {
    const [u] = (await scriptsOf("/")).filter((x) => x.includes("/build/"));
    const plain = await get(server.url + u, "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    for (const encoding of ["br", "gzip"]) {
      const r = await get(server.url + u, encoding);
      expect(r.headers["content-encoding"]).toBe(encoding);
      expect(r.headers["content-type"]).toMatch(/javascript/);
      expect(r.headers["vary"]).toMatch(/Accept-Encoding/i);
      expect(r.headers["cache-control"]).toMatch(/immutable/);
      expect(decode(r).equals(plain.body)).toBe(true);
    }
    // Nothing outside the build, and a malformed path is not a server error.
    expect((await get(`${server.url}/build/..%2f..%2fpackage.json`, "br")).status).toBeLessThan(500);
    expect((await get(`${server.url}/build/%E0%A4%A.js`, "br")).status).toBe(400);
  });

  it("shows the board as the server renders it, before and without JavaScript", async () => {
    const e = await factories.episode({ status: "live" });
    const text = "Bao giờ sửa xong cầu Cái Tắc trên quốc lộ 61?";
    const id = await askVia(server.url, e.id, text);
    const q = await factories.db().question.findUniqueOrThrow({ where: { id } });
    const approved = await postJson(
      server.url,
      `/api/questions/${id}/actions`,
      { action: "approve", version: q.version },
      server.cookies.tongdai1,
    );
    expect(approved.status).toBe(200);
    const html = decode(await get(`${server.url}/chuong-trinh/${e.id}`, "br")).toString("utf8");
    const board = html.slice(html.indexOf('data-testid="board"'));
    expect(board).toContain(text);
    expect(board).toContain('data-testid="votes">0<');
  });

  it("loads the English texts on a page in English", async () => {
    const html = decode(await get(`${server.url}/`, "br")).toString("utf8");
    expect(html).toContain('<html lang="vi"');
    expect(html).not.toContain("dictionary-en");
  });
});
