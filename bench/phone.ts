/**
 * npm run bench:phone — the live episode page as a phone gets it (issue 20). Starts the built app on a
 * temporary SQLite database with the demo, then loads its live episode in Chromium (Debian's, through
 * Playwright) with the cache empty, over CDP network and CPU throttling, BENCH_PHONE_RUNS (3) times per
 * profile, and prints the median of each figure:
 *
 * - weight: the bytes of script on the wire (what the network delivered, compressed);
 * - FCP, LCP, CLS and TBT from the browser's own performance entries; the speed index is taken as LCP
 *   (there is no screenshot decoder here), which for this page, text painted by the server, is the
 *   later of the two;
 * - the Lighthouse-style score: Lighthouse 10+'s mobile weights and log-normal curves over those metrics;
 * - TTI as Lighthouse defines it (the end of the last long task before a 5 s window with no long task
 *   and at most two requests in flight, not before FCP), and the moment the page is hydrated (it
 *   answers with JavaScript; its forms work before, without it), whichever is later. The page reports
 *   hydration through a CDP binding: nothing of Playwright runs in the page until then;
 * - "floor/2": the lightest public page (the privacy policy) over HTTP/2, which loads little but React
 *   and Remix: how fast any page of this stack can be on the same network.
 *
 * Each profile is measured twice: as deployed (docs/DEPLOY.md: TLS and HTTP/2 in front of the app, here a
 * small HTTP/2 proxy with a throwaway certificate), and straight from the app over HTTP/1.1, where the
 * browser's six connections make the page's files wait for each other.
 *
 * Profiles: "mobile" is Lighthouse's mobile run with devtools throttling (562.5 ms, 1.47 Mbit/s down,
 * CPU ×4); "slow 3G" is the classic slow-3G emulation (400 ms, 500 kbit/s, CPU ×4). Targets: script
 * ≤ 120 KB, score ≥ 95, TTI on slow 3G ≤ 3.5 s.
 */
import { execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import http2 from "node:http2";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "playwright-core";
import { start } from "./start.ts";

const RUNS = Number(process.env.BENCH_PHONE_RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Only the rows whose "via profile" contains this (BENCH_PHONE_ONLY="HTTP/2 slow"), to look at one. */
const ONLY = process.env.BENCH_PHONE_ONLY ?? "";
/** BENCH_PHONE_TRACE=1: each load's requests (sent, first byte, done, bytes), long tasks and hydration. */
const TRACE = Boolean(process.env.BENCH_PHONE_TRACE);

type Profile = { name: string; latency: number; down: number; up: number; cpu: number };
const kbit = (n: number) => (n * 1024) / 8;
const PROFILES: Profile[] = [
  { name: "mobile", latency: 562.5, down: kbit(1474.56), up: kbit(675), cpu: 4 },
  { name: "slow 3G", latency: 400, down: kbit(500), up: kbit(500), cpu: 4 },
];

/** Lighthouse 10+ mobile: weight, and the p10 and median of each metric's log-normal curve. */
const CURVES = {
  fcp: { weight: 0.1, p10: 1800, median: 3000 },
  si: { weight: 0.1, p10: 3387, median: 5800 },
  lcp: { weight: 0.25, p10: 2500, median: 4000 },
  tbt: { weight: 0.3, p10: 200, median: 600 },
  cls: { weight: 0.25, p10: 0.1, median: 0.25 },
};

function erf(x: number) {
  const sign = Math.sign(x);
  x = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * x);
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - y * Math.exp(-x * x));
}
/** Lighthouse's getLogNormalScore. */
function logNormalScore({ p10, median }: { p10: number; median: number }, value: number) {
  if (value <= 0) return 1;
  const standardized = (Math.log(value / median) * 0.9061938024368232) / -Math.log(p10 / median);
  return Math.min(1, Math.max(0, (1 - erf(standardized)) / 2));
}

type Metrics = {
  scriptsIn: number;
  script: number;
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
  tti: number;
  hydrated: number;
};

function score(m: Metrics) {
  const values = { fcp: m.fcp, si: Math.max(m.fcp, m.lcp), lcp: m.lcp, tbt: m.tbt, cls: m.cls };
  let total = 0;
  for (const [k, c] of Object.entries(CURVES)) total += c.weight * logNormalScore(c, values[k as keyof typeof values]);
  return Math.round(total * 100);
}

/** Collected in the page from its first script on: paints, shifts, long tasks, and hydration. */
const OBSERVE = `
  window.__bench = { lcp: 0, cls: 0, long: [], hydrated: 0 };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.lcp = e.startTime; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value; })
    .observe({ type: "layout-shift", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.long.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });
  // The root's effect marks the page hydrated (app/root.tsx): timed as it happens, not by polling.
  new MutationObserver((_, o) => {
    if (!document.documentElement.hasAttribute("data-hydrated")) return;
    window.__bench.hydrated = performance.now();
    o.disconnect();
    if (window.__benchHydrated) window.__benchHydrated(String(window.__bench.hydrated));
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-hydrated"] });
`;

async function measure(page: Page, url: string, p: Profile): Promise<Metrics> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: p.latency,
    downloadThroughput: p.down,
    uploadThroughput: p.up,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: p.cpu });
  let script = 0;
  let scriptsIn = 0;
  // Requests in flight over time, for TTI's quiet window: [time (ms from navigation), +1 | -1].
  const flight: [number, number][] = [];
  let t0 = 0;
  // Each request as it goes: its type, and the times (ms from navigation) the trace prints.
  const requests = new Map<
    string,
    { url: string; sent: number; type?: string; first?: number; done?: number; bytes?: number }
  >();
  cdp.on("Network.requestWillBeSent", (e) => {
    if (!t0) t0 = e.timestamp;
    flight.push([(e.timestamp - t0) * 1000, 1]);
    requests.set(e.requestId, { url: e.request.url, sent: (e.timestamp - t0) * 1000 });
  });
  cdp.on("Network.responseReceived", (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { type: e.type, first: (e.timestamp - t0) * 1000 });
  });
  const done = (e: { requestId: string; timestamp: number; encodedDataLength?: number }) => {
    flight.push([(e.timestamp - t0) * 1000, -1]);
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { done: (e.timestamp - t0) * 1000, bytes: e.encodedDataLength ?? 0 });
    if (r?.type !== "Script") return;
    script += e.encodedDataLength ?? 0;
    scriptsIn = Math.max(scriptsIn, (e.timestamp - t0) * 1000);
  };
  cdp.on("Network.loadingFinished", done);
  cdp.on("Network.loadingFailed", (e) => done({ ...e, encodedDataLength: 0 }));
  // The page tells when it is hydrated through a CDP binding. Waiting with page.waitForFunction would put
  // Playwright's injected script (~50 ms of this 4× CPU) and its polling on the main thread in the very
  // moments being timed; no phone runs them.
  await cdp.send("Runtime.enable");
  await cdp.send("Runtime.addBinding", { name: "__benchHydrated" });
  const hydrated = new Promise<void>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${url} was not hydrated within 120 s`)), 120_000);
    cdp.on("Runtime.bindingCalled", (e) => {
      if (e.name !== "__benchHydrated") return;
      clearTimeout(t);
      resolve();
    });
  });
  await page.addInitScript(OBSERVE);
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await hydrated;
  // Long enough for TTI's 5 s quiet window to be seen after the last task.
  await page.waitForTimeout(6000);
  const b = await page.evaluate(() => {
    const w = window as unknown as { __bench: { lcp: number; cls: number; long: number[][]; hydrated: number } };
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
    return { ...w.__bench, fcp };
  });
  await cdp.detach();
  const long = b.long.sort((x, y) => x[0] - y[0]);
  const tti = ttiOf(b.fcp, long, flight);
  if (TRACE) {
    const ms = (x?: number) => String(Math.round(x ?? -1)).padStart(5);
    for (const r of [...requests.values()].sort((x, y) => x.sent - y.sent))
      console.log(
        `  ${ms(r.sent)} ${ms(r.first)} ${ms(r.done)} ${String(r.bytes).padStart(6)} ${r.url.replace(/^https?:\/\/[^/]+/, "")}`,
      );
    console.log(
      `  FCP ${ms(b.fcp)} · hydrated ${ms(b.hydrated)} · long tasks ${long.map(([x, d]) => `${ms(x)}+${Math.round(d)}`).join(" ")}`,
    );
  }
  const tbt = long.filter(([s]) => s >= b.fcp && s < tti).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  return { scriptsIn, script, fcp: b.fcp, lcp: Math.max(b.lcp, b.fcp), cls: b.cls, tbt, tti, hydrated: b.hydrated };
}

/** Lighthouse's TTI: from FCP, the first 5 s with no long task and ≤ 2 requests in flight; its start. */
function ttiOf(fcp: number, long: number[][], flight: [number, number][]) {
  const inFlightAt = (t: number) => flight.filter(([at]) => at <= t).reduce((n, [, d]) => n + d, 0);
  const candidates = [fcp, ...long.map(([s, d]) => s + d).filter((end) => end > fcp)].sort((a, b) => a - b);
  for (const start of candidates) {
    const quietTasks = !long.some(([s, d]) => s + d > start && s < start + 5000);
    const changes = flight.map(([at]) => at).filter((at) => at >= start && at < start + 5000);
    const quietNet = [start, ...changes].every((t) => inFlightAt(t) <= 2);
    if (quietTasks && quietNet) return start;
  }
  return candidates[candidates.length - 1];
}

async function startApp(dir: string): Promise<{ proc: ChildProcess; url: string }> {
  const { proc, match } = await start(
    ["--import", "tsx", "server/index.ts"],
    {
      // One process, no Redis: the phone's page is what is measured.
      REDIS_URL: undefined,
      PORT: "0",
      DATA_DIR: dir,
      DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
      DEMO_DATA: "true",
      NODE_ENV: "development",
    },
    /listening on (http:\/\/\S+)/,
    90_000,
  );
  return { proc, url: match[1] };
}

/** TLS + HTTP/2 in front of the app, as nginx is in docs/DEPLOY.md (WebSocket upgrades excepted: polling). */
function h2Front(target: string, dir: string): Promise<{ url: string; close: () => void }> {
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-subj",
      "/CN=localhost",
    ].concat(["-days", "1", "-keyout", key, "-out", cert]),
    { stdio: "ignore" },
  );
  const upstream = new URL(target);
  const server = http2.createSecureServer({ key: readFileSync(key), cert: readFileSync(cert), allowHTTP1: true });
  server.on("request", (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => {
    const headers: http.OutgoingHttpHeaders = {};
    for (const [k, v] of Object.entries(req.headers))
      if (!k.startsWith(":") && !["connection", "keep-alive", "upgrade", "http2-settings"].includes(k)) headers[k] = v;
    headers.host = req.headers[":authority"] ?? req.headers.host;
    headers["x-forwarded-proto"] = "https";
    const up = http.request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers },
      (r) => {
        const out: http.OutgoingHttpHeaders = {};
        for (const [k, v] of Object.entries(r.headers))
          if (!["connection", "keep-alive", "transfer-encoding"].includes(k)) out[k] = v;
        res.writeHead(r.statusCode ?? 502, out);
        r.pipe(res);
      },
    );
    up.on("error", () => res.writeHead(502).end());
    req.pipe(up);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      resolve({ url: `https://localhost:${port}`, close: () => server.close() });
    }),
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-phone-"));
  const app = await startApp(dir);
  const front = await h2Front(app.url, dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  try {
    const episodes = (await (await fetch(`${app.url}/api/episodes`)).json()) as {
      episodes?: { id: string; status: string }[];
    };
    const live = (episodes.episodes ?? (episodes as unknown as { id: string; status: string }[])).find(
      (e) => e.status === "live",
    );
    if (!live) throw new Error("the demo has no live episode");
    const page = `/chuong-trinh/${live.id}`;
    console.log(`Live episode page: ${page}; ${RUNS} cold loads per profile, medians.`);
    // The floor: the lightest public page (the privacy policy), which loads little but the framework.
    const fronts = [
      { name: "HTTP/2", url: front.url + page },
      { name: "HTTP/1.1", url: app.url + page },
      { name: "floor/2", url: `${front.url}/chinh-sach-du-lieu` },
    ];
    for (const { name: via, url } of fronts)
      for (const p of PROFILES) {
        if (!`${via} ${p.name}`.includes(ONLY)) continue;
        const runs: (Metrics & { score: number })[] = [];
        for (let i = 0; i < RUNS; i++) {
          const context = await browser.newContext({
            viewport: { width: 412, height: 823 },
            deviceScaleFactor: 2.625,
            isMobile: true,
            hasTouch: true,
            locale: "vi-VN",
            ignoreHTTPSErrors: true,
          });
          const m = await measure(await context.newPage(), url, p);
          runs.push({ ...m, score: score(m) });
          await context.close();
        }
        const f = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
        const interactive = Math.max(f("tti"), f("hydrated"));
        console.log(
          `${via.padEnd(8)} ${p.name.padEnd(8)} script ${(f("script") / 1024).toFixed(1)} KB · score ${f("score")} · ` +
            `FCP ${(f("fcp") / 1000).toFixed(2)} s · LCP ${(f("lcp") / 1000).toFixed(2)} s · ` +
            `TBT ${Math.round(f("tbt"))} ms · CLS ${f("cls").toFixed(3)} · scripts in ${(f("scriptsIn") / 1000).toFixed(2)} s · ` +
            `hydrated ${(f("hydrated") / 1000).toFixed(2)} s · ` +
            `TTI ${(interactive / 1000).toFixed(2)} s`,
        );
      }
    console.log("Targets: script ≤ 120 KB; score ≥ 95 (mobile); TTI ≤ 3.5 s (slow 3G).");
  } finally {
    await browser.close();
    front.close();
    app.proc.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
