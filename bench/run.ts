/**
 * npm run bench — the app against bare baselines, in one process tree on
 * loopback; prints a table and writes bench/results.json. Every loop is
 * bounded in count and time.
 *   F1  durable submit throughput ÷ raw better-sqlite3 single-row inserts (same pragmas)
 *   F2  submit-to-ack p99 ÷ bare Socket.IO ack p99 (open loop, same rate and clients)
 *   F3  submit-to-every-staff-listener p99 ÷ bare Socket.IO broadcast p99 (same listeners)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { io as connect, type Socket } from "socket.io-client";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RATE = Number(process.env.BENCH_RATE ?? 300); // submissions per second (open loop)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const LISTENERS = Number(process.env.BENCH_LISTENERS ?? 6); // operator consoles + studio
const THROUGHPUT_N = Number(process.env.BENCH_N ?? 4000);

function start(cmd: string[], env: Record<string, string>, ready: RegExp): Promise<{ proc: ChildProcess; match: RegExpMatchArray }> {
  const proc = spawn(process.execPath, cmd, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`did not start: ${out}`)), 60_000);
    proc.stdout!.on("data", (d) => {
      out += d;
      const m = out.match(ready);
      if (m) {
        clearTimeout(t);
        resolve({ proc, match: m });
      }
    });
    proc.stderr!.on("data", (d) => (out += d));
    proc.once("exit", (c) => reject(new Error(`exited ${c}: ${out}`)));
  });
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const connected = (s: Socket) => new Promise<void>((r, j) => (s.connected ? r() : (s.once("connect", () => r()), s.once("connect_error", j))));

// ---------------------------------------------------------------- raw baseline
function rawInserts(dir: string, n: number): number {
  const db = new Database(path.join(dir, "raw.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(`CREATE TABLE q (id TEXT PRIMARY KEY, episodeId TEXT, clientKey TEXT, text TEXT, createdAt INTEGER, UNIQUE(episodeId, clientKey))`);
  const ins = db.prepare("INSERT INTO q VALUES (?, ?, ?, ?, ?)");
  const t0 = performance.now();
  for (let i = 0; i < n; i++) ins.run(randomUUID(), "e1", randomUUID(), `Câu hỏi số ${i} về học nghề`, Date.now());
  const s = (performance.now() - t0) / 1000;
  db.close();
  return n / s;
}

// ---------------------------------------------------------------- load shapes
type Submitter = (s: Socket, i: number) => Promise<unknown>;

/** Closed loop with many in flight: completions per second. */
async function throughput(sockets: Socket[], n: number, submit: Submitter): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    sockets.flatMap((s) =>
      Array.from({ length: 4 }, async () => {
        while (next < n) await submit(s, next++);
      }),
    ),
  );
  return n / ((performance.now() - t0) / 1000);
}

/** Open loop: sends on a fixed schedule whatever the answers; latency from the scheduled time. */
async function openLoop(sockets: Socket[], rate: number, seconds: number, submit: Submitter): Promise<number[]> {
  const total = Math.round(rate * seconds);
  const lat: number[] = [];
  const t0 = performance.now() + 50;
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const at = t0 + (i * 1000) / rate;
    const wait = at - performance.now();
    if (wait > 1) await sleep(wait);
    const s = sockets[i % sockets.length];
    inflight.push(
      submit(s, i).then(
        () => void lat.push(performance.now() - at),
        () => void lat.push(Infinity),
      ),
    );
  }
  await Promise.all(inflight);
  return lat;
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ln-bench-"));
  const procs: ChildProcess[] = [];
  const results: Record<string, unknown> = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, params: { RATE, SECONDS, CLIENTS, LISTENERS, THROUGHPUT_N } };
  try {
    const raw = rawInserts(dir, 2000);

    const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
    const app = await start([...profile, "--import", "tsx", "server/index.ts"], {
      PORT: "0", HOST: "127.0.0.1", DATA_DIR: path.join(dir, "app"), DEMO_DATA: "1", DEMO_PASSWORD: "bench-password-1", NODE_ENV: "test", RATE_LIMIT_SCALE: "100000", REMINDER_INTERVAL_MINUTES: "1440",
    }, /listening on (http:\/\/[^\s]+)/);
    procs.push(app.proc);
    const url = app.match[1];
    const bare = await start(["--import", "tsx", "bench/bare-server.ts"], {}, /bare listening on (\d+)/);
    procs.push(bare.proc);
    const bareUrl = `http://127.0.0.1:${bare.match[1]}`;

    const episodes = (await (await fetch(`${url}/api/episodes`)).json()).episodes as { id: string; status: string }[];
    const live = episodes.find((e) => e.status === "live")!;
    const login = await fetch(`${url}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "tongdai1", password: "bench-password-1" }) });
    const cookie = login.headers.get("set-cookie")!.split(";")[0];

    const viewers = Array.from({ length: CLIENTS }, () => connect(url, { transports: ["websocket"], forceNew: true }));
    const bareClients = Array.from({ length: CLIENTS }, () => connect(bareUrl, { transports: ["websocket"], forceNew: true }));
    await Promise.all([...viewers, ...bareClients].map(connected));

    // App: submissions over the viewers' socket, acknowledged after commit.
    const appSubmit: Submitter = (s, i) =>
      s.timeout(30_000).emitWithAck("question:submit", { episodeId: live.id, text: `Câu hỏi đo tải số ${i} về chính sách học nghề`, clientKey: randomUUID().replace(/-/g, "") });
    const bareSubmit: Submitter = (s) => s.timeout(30_000).emitWithAck("submit", { t: performance.now() });

    // F1
    const appRate = await throughput(viewers, THROUGHPUT_N, appSubmit);
    results.F1 = { app: Math.round(appRate), rawInsert: Math.round(raw), ratio: appRate / raw, target: ">= 1.0 (synchronous=FULL)" };

    // F2 (open loop)
    const appLat = await openLoop(viewers, RATE, SECONDS, appSubmit);
    const bareLat = await openLoop(bareClients, RATE, SECONDS, bareSubmit);
    results.F2 = { appP99ms: pct(appLat, 99), bareP99ms: pct(bareLat, 99), appP50ms: pct(appLat, 50), bareP50ms: pct(bareLat, 50), ratio: pct(appLat, 99) / pct(bareLat, 99), target: "<= 3" };

    // F3: to every staff listener.
    const staff = Array.from({ length: LISTENERS }, () => connect(`${url}/staff`, { transports: ["websocket"], forceNew: true, extraHeaders: { cookie } }));
    await Promise.all(staff.map(connected));
    await Promise.all(staff.map((s) => s.emitWithAck("episode:join", { episodeId: live.id })));
    const bareListeners = Array.from({ length: LISTENERS }, () => connect(bareUrl, { transports: ["websocket"], forceNew: true }));
    await Promise.all(bareListeners.map(connected));
    await Promise.all(bareListeners.map((s) => s.emitWithAck("listen", {})));

    const fanout = (listeners: Socket[], event: string, keyOf: (p: any) => string) => {
      const waiting = new Map<string, { left: number; at: number; done: (ms: number) => void }>();
      for (const l of listeners) {
        l.on(event, (p: unknown) => {
          const w = waiting.get(keyOf(p));
          if (w && --w.left === 0) {
            waiting.delete(keyOf(p));
            w.done(performance.now() - w.at);
          }
        });
      }
      return (key: string, at: number) => new Promise<number>((done) => waiting.set(key, { left: listeners.length, at, done }));
    };
    const appWait = fanout(staff, "question:created", (p) => p.question.clientKey ?? p.question.text);
    const appFan: number[] = [];
    const bareFan: number[] = [];
    await openLoop(viewers, RATE, SECONDS, async (s, i) => {
      const text = `Câu hỏi phát tới bàn điều hành số ${i} ${randomUUID().slice(0, 8)}`;
      const at = performance.now();
      const seen = appWait(text, at);
      await s.timeout(30_000).emitWithAck("question:submit", { episodeId: live.id, text, clientKey: randomUUID().replace(/-/g, "") });
      appFan.push(await seen);
    });
    const bareWait = fanout(bareListeners, "created", (p) => String(p.t));
    await openLoop(bareClients, RATE, SECONDS, async (s) => {
      const t = performance.now();
      const seen = bareWait(String(t), t);
      await s.timeout(30_000).emitWithAck("submit", { t });
      bareFan.push(await seen);
    });
    results.F3 = { appP99ms: pct(appFan, 99), bareP99ms: pct(bareFan, 99), listeners: LISTENERS, ratio: pct(appFan, 99) / pct(bareFan, 99), target: "<= 3" };
    results.notMeasured = ["F4 memory per viewer (15,000 viewers)", "F5 cross-node ratio", "F6 burst of 10,000"];

    [...viewers, ...bareClients, ...staff, ...bareListeners].forEach((s) => s.close());
  } finally {
    for (const p of procs) p.kill("SIGTERM");
    await sleep(1500); // let a profiled server write its profile
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(path.join(root, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
  const row = (k: string, v: { ratio: number; target: string }, detail: string) => console.log(`${k.padEnd(4)} ${v.ratio.toFixed(2).padStart(7)}   target ${v.target.padEnd(28)} ${detail}`);
  const r = results as { F1: { app: number; rawInsert: number; ratio: number; target: string }; F2: { appP99ms: number; bareP99ms: number; ratio: number; target: string }; F3: { appP99ms: number; bareP99ms: number; ratio: number; target: string } };
  console.log(`machine: ${JSON.stringify(results.machine)}`);
  console.log("fig  ratio     target                               detail");
  row("F1", r.F1, `app ${r.F1.app}/s vs raw insert ${r.F1.rawInsert}/s`);
  row("F2", r.F2, `p99 app ${r.F2.appP99ms.toFixed(1)} ms vs bare ${r.F2.bareP99ms.toFixed(1)} ms at ${RATE}/s, ${CLIENTS} clients`);
  row("F3", r.F3, `p99 app ${r.F3.appP99ms.toFixed(1)} ms vs bare ${r.F3.bareP99ms.toFixed(1)} ms to ${LISTENERS} listeners`);
  console.log("not measured yet: F4, F5, F6 (see bench/README.md)");
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
