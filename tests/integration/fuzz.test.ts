/**
 * No input a client controls gives a 5xx: every page action and every API
 * body, fuzzed with fast-check against the real server. Field names and
 * intents are read from the app's own source, so a new form is fuzzed too.
 * The seed is fixed for CI; FUZZ_SEED=<n> FUZZ_RUNS=<n> explore further.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { ROOT } from "../helpers/server.ts";
import { login } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

let ids: Record<string, string>;
let cookies: Record<string, string>;
const server = suiteServer();
beforeAll(async () => {
  const db = factories.db();
  const admin = await factories.user("admin");
  const victim = await factories.user("operator");
  const episode = await factories.episode({ status: "live" });
  const series = await db.series.findFirstOrThrow();
  const org = await db.organization.findFirstOrThrow({ where: { code: "SLDTBXH" } });
  const res = await fetch(`${server.url}/api/episodes/${episode.id}/questions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: "Câu hỏi để thử dữ liệu bất thường", clientKey: "fuzz-000000000001" }),
  });
  const q = (await res.json()) as { id: string; trackingCode: string };
  const operator = await login(server.url, "tongdai1");
  await fetch(`${server.url}/api/questions/${q.id}/actions`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: operator },
    body: JSON.stringify({ action: "route", version: 1, agencyId: org.id }),
  });
  const victimRow = await db.user.findUniqueOrThrow({ where: { username: victim.username } });
  const webhook = await db.webhook.create({
    data: { name: "Cổng SMS", url: "https://sms.example.vn/hook", secret: "whsec_fuzz", active: false },
  });
  ids = {
    webhook: webhook.id,
    episode: episode.id,
    series: series.id,
    org: org.id,
    question: q.id,
    code: q.trackingCode,
    user: victimRow.id,
  };
  cookies = {
    admin: await login(server.url, admin.username, admin.password),
    agency: await login(server.url, "so.ldtbxh"),
    none: "",
  };
}, 60_000);

/** The server's last words, to show with a failure. */
const lastLog = () => server.output().split("\n").slice(-12).join("\n");

/** Every file under app/, for the names its forms use. */
function sources(dir = path.join(ROOT, "app")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "generated" ? [] : sources(p);
    return /\.(tsx?|ts)$/.test(d.name) ? [readFileSync(p, "utf8")] : [];
  });
}
const text = sources().join("\n");
const uniq = (xs: string[]) => [...new Set(xs)].sort();
const FIELDS = uniq(
  [...text.matchAll(/name="([A-Za-z_][\w.-]*)"/g), ...text.matchAll(/\.get(?:All)?\("([\w.-]+)"\)/g)].map((m) => m[1]),
);
const INTENTS = uniq(
  [
    ...text.matchAll(/name="intent"[^>]*value="([a-z-]+)"/g),
    ...text.matchAll(/value="([a-z-]+)"[^>]*name="intent"/g),
    ...text.matchAll(/intent === "([a-z-]+)"/g),
    ...text.matchAll(/^ {2}"?([a-z]+(?:-[a-z]+)*)"?: (?:async )?\(/gm),
  ].map((m) => m[1]),
);

/** The pages with actions, with their ids filled in (real ones, "moi", and bogus ones). */
const PAGES: { path: (bogus: boolean) => string; as: keyof typeof cookies }[] = [
  { path: () => "/dang-nhap", as: "none" },
  { path: () => "/dang-xuat", as: "none" },
  { path: () => "/ngon-ngu", as: "none" },
  { path: () => "/quan-tri/chuan-bi", as: "admin" },
  { path: (b) => `/quan-tri/chuong-trinh/${b ? "moi" : ids.episode}`, as: "admin" },
  { path: (b) => `/quan-tri/chuong-trinh/${b ? "cl0000000000000000000000" : ids.episode}/ket-luan`, as: "admin" },
  { path: (b) => `/quan-tri/don-vi/${b ? "moi" : ids.org}`, as: "admin" },
  { path: (b) => `/quan-tri/hop-thu/${b ? "cl0000000000000000000000" : ids.question}`, as: "agency" },
  { path: () => "/quan-tri/hop-thu", as: "agency" },
  { path: (b) => `/quan-tri/ke-hoach/${b ? "moi" : ids.series}`, as: "admin" },
  { path: () => "/quan-tri/kenh", as: "admin" },
  { path: () => "/quan-tri/webhook", as: "admin" },
  { path: (b) => `/quan-tri/webhook/${b ? "cl0000000000000000000000" : ids.webhook}`, as: "admin" },
  { path: () => "/quan-tri/gui-tin", as: "admin" },
  { path: () => "/quan-tri/ho-so", as: "admin" },
  { path: () => "/quan-tri/don-vi/nhap", as: "admin" },
  { path: (b) => `/quan-tri/nguoi-dung/${b ? "moi" : ids.user}`, as: "admin" },
  { path: () => "/tai-khoan", as: "admin" },
  { path: (b) => `/theo-doi/${b ? "ZZZZ-ZZZZ" : ids.code}`, as: "none" },
];

const nasty = fc.constantFrom(
  "",
  "abc",
  "-1",
  "0",
  "1e309",
  "NaN",
  "99999999999999999999999",
  "null",
  "true",
  "on",
  "../../etc/passwd",
  "\u0000",
  "\ud800",
  "\u202e",
  "2026-13-45",
  "2026-12-04",
  "2026-12-04T25:61",
  "cl0000000000000000000000",
  "x".repeat(5000),
);
const value = () =>
  fc.oneof(
    nasty,
    fc.string({ maxLength: 40 }),
    fc.fullUnicodeString({ maxLength: 40 }),
    fc.integer().map(String),
    fc
      .constantFrom(...Object.keys({ episode: 1, series: 1, org: 1, question: 1, code: 1, user: 1 }))
      .map((k) => ids[k]),
  );
const form = fc.record({
  page: fc.integer({ min: 0, max: PAGES.length - 1 }),
  bogus: fc.boolean(),
  intent: fc.oneof(fc.constantFrom(...INTENTS), fc.string({ maxLength: 12 })),
  fields: fc.array(fc.tuple(fc.constantFrom(...FIELDS), value()), { maxLength: 10 }),
  origin: fc.oneof(fc.constant("own"), fc.constantFrom("null", "garbage", "http://[::1", "https://evil.example")),
});

describe("no 5xx for any input", () => {
  it("finds the forms' fields and intents in the source", () => {
    expect(FIELDS.length).toBeGreaterThan(40);
    expect(INTENTS).toEqual(expect.arrayContaining(["save", "answer-submit", "progress", "issue", "checklist-add"]));
  });

  it("page actions, urlencoded", async () => {
    await fc.assert(
      fc.asyncProperty(form, async (f) => {
        const page = PAGES[f.page];
        const body = new URLSearchParams([["intent", f.intent], ...f.fields]);
        const res = await fetch(server.url + page.path(f.bogus), {
          method: "POST",
          body,
          redirect: "manual",
          headers: {
            ...(cookies[page.as] ? { cookie: cookies[page.as] } : {}),
            origin: f.origin === "own" ? server.url : f.origin,
          },
        });
        await res.arrayBuffer();
        if (res.status >= 500) throw new Error(`${res.status} for POST ${page.path(f.bogus)} ${body}\n${lastLog()}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);

  it("page actions with files, whatever their names and bytes", async () => {
    const upload = fc.record({
      page: fc.constantFrom(`/quan-tri/hop-thu/`, `/quan-tri/chuong-trinh/`),
      intent: fc.constantFrom("answer-save", "answer-submit", "progress", "survey-upload", "save"),
      name: fc.oneof(
        fc.fullUnicodeString({ maxLength: 60 }),
        fc.constantFrom("", ".pdf", "a\u0000b.pdf", '"; x=".pdf', "../../x.pdf", "%00.pdf", "\u202egnp.pdf"),
      ),
      bytes: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(new TextEncoder().encode("%PDF-1.7\n%%EOF"))),
      percent: value(),
    });
    await fc.assert(
      fc.asyncProperty(upload, async (u) => {
        const target = u.page + (u.page.includes("hop-thu") ? ids.question : ids.episode);
        const body = new FormData();
        body.set("intent", u.intent);
        body.set("percent", u.percent);
        body.set("text", "Tiến độ");
        body.append(u.intent === "survey-upload" ? "file" : "files", new File([new Uint8Array(u.bytes)], u.name));
        const res = await fetch(server.url + target, {
          method: "POST",
          body,
          redirect: "manual",
          headers: { cookie: target.includes("hop-thu") ? cookies.agency : cookies.admin, origin: server.url },
        });
        await res.arrayBuffer();
        if (res.status >= 500)
          throw new Error(`${res.status} for ${u.intent} on ${target} with ${JSON.stringify(u.name)}\n${lastLog()}`);
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 4) },
    );
  }, 300_000);

  it("API bodies", async () => {
    const calls = [
      (b: string) => ["POST", `/api/episodes/${b ? "x" : ids.episode}/questions`],
      (b: string) => ["POST", `/api/questions/${b ? "x" : ids.question}/actions`],
      (b: string) => ["POST", `/api/questions/${b ? "x" : ids.question}/vote`],
      (b: string) => ["POST", `/api/questions/${b ? "x" : ids.question}/phone`],
      (b: string) => ["POST", `/api/episodes/${b ? "x" : ids.episode}/phone-search`],
      () => ["POST", "/api/session"],
    ];
    const json = fc.oneof(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record({
          text: value(),
          action: value(),
          version: fc.oneof(fc.integer(), value()),
          agencyId: value(),
          phone: value(),
        })
        .map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 50 }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: calls.length - 1 }),
        fc.constantFrom("", "bogus"),
        json,
        fc.boolean(),
        async (i, bogus, body, signedIn) => {
          const [method, url] = calls[i](bogus);
          const res = await fetch(server.url + url, {
            method,
            body,
            headers: { "content-type": "application/json", ...(signedIn ? { cookie: cookies.admin } : {}) },
          });
          await res.arrayBuffer();
          if (res.status >= 500) throw new Error(`${res.status} for ${method} ${url} ${body}\n${lastLog()}`);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  }, 300_000);
});
