import { spawnSync } from "node:child_process";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, startTestServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.cleanup();
});

describe("the server", () => {
  it("reports database reachability on /healthz", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    // With Redis configured (the PostgreSQL + Redis run), its reachability is reported too.
    expect(await res.json()).toEqual({ status: "ok", db: "ok", ...(server.env.REDIS_URL ? { redis: "ok" } : {}) });
  });

  it("serves the home page in Vietnamese with the live episode and a CSP with a nonce", async () => {
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('lang="vi"');
    expect(html).toContain("Đang phát trực tiếp");
    expect(html).toContain("Chính sách hỗ trợ học nghề");
    const csp = res.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    // Every inline script carries the response's nonce.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const attrs of inline) expect(attrs).toContain(`nonce="${nonce}"`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("lists the 2024 program on the schedule, past and upcoming", async () => {
    const html = await (await fetch(`${server.url}/lich`)).text();
    expect(html).toContain("Tình hình đào tạo nghề, giải quyết việc làm, xuất khẩu lao động trên địa bàn tỉnh");
    expect(html).toContain("Tình hình thu hút đầu tư trong các khu, cụm công nghiệp");
    expect(html).toContain("Đề án Hậu Giang xanh");
    expect(html.indexOf("Sắp phát sóng")).toBeLessThan(html.indexOf("Đã phát sóng"));
  });

  it("serves an iCalendar feed that parses, one event per episode", async () => {
    const res = await fetch(`${server.url}/lich.ics`);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const ics = await res.text();
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    // The plan's three episodes and the demonstration series' three (live, next week, aired and concluded).
    expect(events.length).toBe(6);
    const may = events.find((e) => e.summary.includes("đào tạo nghề"))!;
    expect(may.startDate.toJSDate().toISOString()).toBe("2024-05-23T13:00:00.000Z");
    expect(may.endDate.toJSDate().toISOString()).toBe("2024-05-23T14:00:00.000Z");
    expect(new Set(events.map((e) => e.uid)).size).toBe(6);
  });

  it("gives every public page a meta description of its own", async () => {
    const home = await (await fetch(server.url)).text();
    const id = /\/chuong-trinh\/([a-z0-9]+)/.exec(home)![1];
    const pages = ["/", "/lich", "/minh-bach", "/theo-doi", "/chinh-sach-du-lieu", "/dang-nhap", `/chuong-trinh/${id}`];
    const seen = new Set<string>();
    for (const p of pages) {
      const html = await (await fetch(`${server.url}${p}`)).text();
      const d = /<meta name="description" content="([^"]+)"/.exec(html)?.[1];
      expect(d, p).toBeTruthy();
      expect(d!.length, p).toBeGreaterThan(40);
      seen.add(d!);
    }
    // The episode page describes its episode; the others say what each page is for.
    expect(seen.size).toBe(pages.length);
  });

  it("serves /robots.txt as a file, with no error in the log, keeping robots out of staff and asker pages", async () => {
    const before = server.output().length;
    const res = await fetch(`${server.url}/robots.txt`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    const body = await res.text();
    expect(body).toContain("User-agent: *");
    expect(body).toContain("Disallow: /quan-tri");
    expect(body).toContain("Disallow: /theo-doi/");
    await new Promise((r) => setTimeout(r, 200));
    expect(server.output().slice(before)).not.toMatch(/error|No route matches/i);
  });

  it("gives each episode's page its own calendar file: that episode only, and 404 for an unknown one", async () => {
    const home = await (await fetch(server.url)).text();
    const id = /\/chuong-trinh\/([a-z0-9]+)/.exec(home)![1];
    const html = await (await fetch(`${server.url}/chuong-trinh/${id}`)).text();
    const href = /href="(\/lich\.ics\?[^"]+)"/.exec(html)![1].replace(/&amp;/g, "&");
    const res = await fetch(`${server.url}${href}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    expect(events[0].uid.startsWith(`${id}@`)).toBe(true);
    expect((await fetch(`${server.url}/lich.ics?chuong-trinh=khong-co`)).status).toBe(404);
  });

  it("shows an episode page with where to watch and the hotline, and 404 for an unknown one", async () => {
    const home = await (await fetch(server.url)).text();
    const id = /\/chuong-trinh\/([a-z0-9]+)/.exec(home)![1];
    const html = await (await fetch(`${server.url}/chuong-trinh/${id}`)).text();
    expect(html).toContain("Xem ở đâu");
    expect(html).toContain("tel:02933878999");
    expect(html).toContain("YouTube");
    expect((await fetch(`${server.url}/chuong-trinh/nope`)).status).toBe(404);
  });

  it("keeps data and applies no migration twice across a restart, without reseeding", async () => {
    server = await server.restart();
    expect(server.output()).not.toContain("Applied migrations");
    expect(server.output()).not.toContain("Demo data created");
    const res = await fetch(`${server.url}/lich`);
    expect(await res.text()).toContain("Đề án Hậu Giang xanh");
  });

  it("shuts down gracefully on SIGTERM", async () => {
    const code = await server.stop("SIGTERM");
    expect(code).toBe(0);
    expect(server.output()).toContain("SIGTERM: shutting down");
    server = await server.restart();
  });
});

describe("configuration", () => {
  it("refuses a wrong value with one line naming the variable", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "server/index.ts"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "abc" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Invalid configuration: PORT="abc"/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("under a process manager", () => {
  // systemd, Docker and pm2 signal the process they started: with `npm start` that is npm, which
  // passes SIGTERM on to its child. The scripts exec the server, so that child is the server itself
  // (not a shell that dies and leaves the server running, still holding the port and the database).
  it("shuts down gracefully when SIGTERM reaches `npm run serve`", async () => {
    const viaNpm = await startTestServer({ command: ["npm", "run", "serve"], env: { REMINDER_INTERVAL_MINUTES: "0" } });
    try {
      expect((await fetch(`${viaNpm.url}/healthz`)).status).toBe(200);
      await viaNpm.stop("SIGTERM"); // to npm, which has exited once this resolves
      expect(viaNpm.output()).toContain("SIGTERM: shutting down");
      // Nothing is left listening once npm has gone.
      await expect(fetch(`${viaNpm.url}/healthz`, { signal: AbortSignal.timeout(5_000) })).rejects.toThrow();
    } finally {
      await viaNpm.cleanup();
    }
  });
});
