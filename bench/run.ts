/**
 * npm run bench — the app against bare baselines, in one process tree on
 * loopback; prints a table and writes bench/results.json. Every loop is
 * bounded in count and time.
 *   F1  durable submit throughput ÷ raw better-sqlite3 single-row inserts (same pragmas)
 *   F2  submit-to-ack p99 ÷ bare Socket.IO ack p99 (open loop, same rate and clients)
 *   F3  submit-to-every-staff-listener p99 ÷ bare Socket.IO broadcast p99 (same listeners)
 *   F4  memory per connected viewer (15,000 viewers, ≥ 500 joins/s) ÷ bare Socket.IO per connection
 *   F5  cross-node F3 p99 ÷ single-node F3 p99 (PostgreSQL + Redis), against the same ratio for bare Socket.IO with the
 * Redis adapter
 *   F6  time to absorb a burst of 10,000 questions ÷ (10,000 ÷ raw insert rate + 10,000 ÷ bare broadcast rate)
 * F2 and F3 also print their floor on this machine: the p99 of a bare round trip plus a durable
 * commit alone (raw better-sqlite3, synchronous=FULL, at the same rate), over the bare p99.
 * BENCH_ONLY=F1,F4 runs some of them. F1, F2, F3 and F5 run BENCH_ROUNDS times
 * (5); the median round is reported, with every round's value. Within a round of F2, F3 or F5
 * the app's and the bare server's loads take turns of BENCH_SLICE seconds (1; 0 runs each once),
 * after BENCH_WARMUP seconds (2) of each, untimed.
 * For diagnosis: BENCH_APP_FLAGS passes node flags to the app (e.g. --trace-gc-nvp), and
 * BENCH_APP_LOG=/tmp/app writes each app process's standard output to /tmp/app-<pid>.log.
 */
import type { ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import Database from "better-sqlite3";
import { io as connect, type Socket } from "socket.io-client";
import { root, start } from "./start.ts";

const RATE = Number(process.env.BENCH_RATE ?? 300); // submissions per second (open loop)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
// seconds of each load of F2, F3 and F5, untimed, before their rounds
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
// seconds per turn when the loads of a round take turns (F2, F3, F5); 0: one turn each
const SLICE = Number(process.env.BENCH_SLICE ?? 1);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const LISTENERS = Number(process.env.BENCH_LISTENERS ?? 6); // operator consoles + studio
const THROUGHPUT_N = Number(process.env.BENCH_N ?? 20_000); // submissions per F1 round (after a warm-up)
const RAW_N = Number(process.env.BENCH_RAW_N ?? 4000); // raw inserts per F1 round
const VIEWERS = Number(process.env.BENCH_VIEWERS ?? 15_000);
const BURST = Number(process.env.BENCH_BURST ?? 10_000);
const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432";
const REDIS_URL = process.env.BENCH_REDIS_URL ?? "redis://127.0.0.1:6379";
// latency figures are repeated; the median round is reported with every round's ratio
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ONLY = new Set((process.env.BENCH_ONLY ?? "F1,F2,F3,F4,F5,F6").split(",").map((x) => x.trim().toUpperCase()));

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const connected = (s: Socket) =>
  new Promise<void>((r, j) => (s.connected ? r() : (s.once("connect", () => r()), s.once("connect_error", j))));

// ---------------------------------------------------------------- raw baseline
/** F1's baseline table, with the app's durability pragmas: `insert(i)` is one single-row commit. */
function rawTable(dir: string, file: string) {
  const db = new Database(path.join(dir, file));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.exec(
    `CREATE TABLE IF NOT EXISTS q (id TEXT PRIMARY KEY, episodeId TEXT, clientKey TEXT, text TEXT, createdAt INTEGER, UNIQUE(episodeId, clientKey))`,
  );
  const ins = db.prepare("INSERT INTO q VALUES (?, ?, ?, ?, ?)");
  return {
    insert: (i: number) => void ins.run(randomUUID(), "e1", randomUUID(), `Câu hỏi số ${i} về học nghề`, Date.now()),
    close: () => db.close(),
  };
}

function rawInserts(dir: string, n: number): number {
  const t = rawTable(dir, "raw.db");
  const t0 = performance.now();
  for (let i = 0; i < n; i++) t.insert(i);
  const s = (performance.now() - t0) / 1000;
  t.close();
  return n / s;
}

const latencyStats = (lat: number[]) => ({
  p50ms: pct(lat, 50),
  p99ms: pct(lat, 99),
  p999ms: pct(lat, 99.9),
  maxMs: Math.max(...lat),
});

/**
 * The disk alone: a 4 KiB write and fsync on the schedule of F2's submissions,
 * in the directory the app writes to. An acknowledgement waits for a commit's
 * fsync, so this bounds F2/F3 from below on a given machine.
 */
function diskProbe(dir: string, rate: number, seconds: number) {
  const fd = openSync(path.join(dir, "fsync-probe"), "w");
  const block = Buffer.alloc(4096, 1);
  const lat: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    while (performance.now() < t0 + (i * 1000) / rate); // on schedule (this process does nothing else meanwhile)
    const at = performance.now();
    writeSync(fd, block, 0, block.length, (i % 256) * 4096);
    fsyncSync(fd);
    lat.push(performance.now() - at);
  }
  closeSync(fd);
  return { rate, seconds, ...latencyStats(lat), over20ms: lat.filter((x) => x > 20).length };
}

/**
 * A durable commit alone: raw better-sqlite3 single-row inserts (F1's baseline table and pragmas,
 * synchronous=FULL) on the schedule of F2's submissions, each timed from its scheduled moment.
 * Whatever acknowledges after a durable commit pays at least this on top of what a bare Socket.IO
 * round trip costs; `floorOf` combines the two into an estimate of the lowest p99 such a design reaches here.
 */
function commitProbe(dir: string, rate: number, seconds: number): number[] {
  const t = rawTable(dir, "floor.db");
  const lat: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < Math.round(rate * seconds); i++) {
    const at = t0 + (i * 1000) / rate;
    while (performance.now() < at); // on schedule (this process does nothing else meanwhile)
    t.insert(i);
    lat.push(performance.now() - at);
  }
  t.close();
  return lat;
}

/**
 * The p99 of (a bare round trip + a durable commit), pairing each bare sample with a commit sample
 * spread over the whole probe (the two are independent): the floor for an app that must do both, in
 * sequence, on this machine. Its ratio to the bare p99 estimates the best F2 (or F3) any such design reaches here.
 */
function floorOf(bare: number[], commits: number[]): number {
  const stride = 7919; // a prime: consecutive bare samples meet commits far apart in the probe
  return pct(
    bare.map((b, i) => b + commits[(i * stride) % commits.length]),
    99,
  );
}

/**
 * Runs the loads of one round in turns of SLICE seconds until each has run SECONDS, the order
 * rotating every turn, and returns each load's samples. This machine's weather (the disk's fsync
 * tail, the CPU the VM gets) changes from one second to the next: in turns, the app and the
 * bare server meet the same stretches of it, where one 8-second stretch each could put a slow
 * spell on one side only (bench/README.md, "Taking turns"). The commit probe runs after them, not
 * in turn: the writes of its own checkpoints slowed the app's next turn.
 */
async function inTurns(loads: ((seconds: number) => Promise<number[]>)[]): Promise<number[][]> {
  const out = loads.map(() => [] as number[]);
  const turns = SLICE > 0 ? Math.max(1, Math.round(SECONDS / SLICE)) : 1;
  for (let t = 0; t < turns; t++) {
    for (let j = 0; j < loads.length; j++) {
      const k = (t + j) % loads.length;
      out[k].push(...(await loads[k](SECONDS / turns)));
    }
  }
  return out;
}

/**
 * Runs each load once for WARMUP seconds and drops what it measured. The first round of F3 read
 * about twice the later ones (JIT, the young generation's size, socket buffers: a path the run
 * had not taken yet), for the app more than for the bare server, as F1's warm-up found for throughput.
 */
async function warmUp(loads: ((seconds: number) => Promise<number[]>)[]): Promise<void> {
  if (WARMUP > 0) for (const load of loads) await load(WARMUP);
}

/**
 * One F2/F3 round's figures: the app's and the bare server's latencies and the floor that this round's commit probe
 * sets.
 */
function latencyRound(app: number[], bare: number[], commits: number[]) {
  const floor = floorOf(bare, commits);
  return {
    appP99ms: pct(app, 99),
    bareP99ms: pct(bare, 99),
    appP50ms: pct(app, 50),
    bareP50ms: pct(bare, 50),
    commitP50ms: pct(commits, 50),
    commitP99ms: pct(commits, 99),
    floorP99ms: floor,
    floorRatio: floor / pct(bare, 99),
    ratio: pct(app, 99) / pct(bare, 99),
    target: "<= 3",
  };
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
    // Never early (a timer may fire up to a millisecond before its time): latency counts from the
    // scheduled time, the sender's own lateness included, for the app and the bare server alike.
    while (performance.now() < at) await sleep(Math.max(1, Math.ceil(at - performance.now())));
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

/** CPU seconds (user + system) a process has used so far, from /proc. */
const cpuOf = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
};
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) * 1024;
/**
 * RSS once the join rush's garbage is collected: the lowest of readings every
 * 500 ms over 10 s (V8 collects and gives pages back when allocation calms
 * down, at a moment of its choosing). Same procedure for the app and the bare server.
 */
async function settledRss(pid: number): Promise<number> {
  let min = rssOf(pid);
  for (let i = 0; i < 20; i++) {
    await sleep(500);
    min = Math.min(min, rssOf(pid));
  }
  return min;
}
const key = () => randomUUID().replace(/-/g, "");

/** Submissions from `from`, each awaited until every listener has it: latency per submission (open loop). */
async function fanoutLatency(
  from: Socket[],
  listeners: Socket[],
  kind: "app" | "bare",
  episodeId: string,
  seconds: number,
): Promise<number[]> {
  const event = kind === "app" ? "question:created" : "created";
  const waiting = new Map<string, { left: number; at: number; done: (ms: number) => void }>();
  const handler = (p: any) => {
    const k = kind === "app" ? p.question.text : String(p.t);
    const w = waiting.get(k);
    if (w && --w.left === 0) {
      waiting.delete(k);
      w.done(performance.now() - w.at);
    }
  };
  for (const l of listeners) l.on(event, handler);
  const out: number[] = [];
  await openLoop(from, RATE, seconds, async (s, i) => {
    const at = performance.now();
    const k = kind === "app" ? `Câu hỏi phát tới bàn điều hành số ${i} ${randomUUID().slice(0, 8)}` : String(at);
    const seen = new Promise<number>((done) => waiting.set(k, { left: listeners.length, at, done }));
    if (kind === "app")
      await s.timeout(30_000).emitWithAck("question:submit", { episodeId, text: k, clientKey: key() });
    else await s.timeout(30_000).emitWithAck("submit", { t: at });
    out.push(await seen);
  });
  for (const l of listeners) l.off(event, handler);
  return out;
}

/**
 * Connects n clients as fast as the server lets them (at most 256 connecting at once), each joining what a viewer
 * joins.
 */
async function connectViewers(
  url: string,
  n: number,
  join: (s: Socket) => Promise<unknown>,
): Promise<{ sockets: Socket[]; joinsPerSec: number }> {
  const sockets: Socket[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 256 }, async () => {
      while (next < n) {
        next++;
        const s = connect(url, { transports: ["websocket"], forceNew: true, reconnection: false });
        sockets.push(s);
        await connected(s);
        await join(s);
      }
    }),
  );
  return { sockets, joinsPerSec: n / ((performance.now() - t0) / 1000) };
}

async function staffSockets(url: string, cookie: string, n: number, episodeId: string) {
  const staff = Array.from({ length: n }, () =>
    connect(`${url}/staff`, { transports: ["websocket"], forceNew: true, extraHeaders: { cookie } }),
  );
  await Promise.all(staff.map(connected));
  await Promise.all(staff.map((s) => s.emitWithAck("episode:join", { episodeId })));
  return staff;
}
async function bareListeners(url: string, n: number) {
  const ls = Array.from({ length: n }, () => connect(url, { transports: ["websocket"], forceNew: true }));
  await Promise.all(ls.map(connected));
  await Promise.all(ls.map((s) => s.emitWithAck("listen", {})));
  return ls;
}
async function loginTo(url: string) {
  const login = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "tongdai1", password: "bench-password-1" }),
  });
  return login.headers.get("set-cookie")!.split(";")[0];
}
async function liveEpisode(url: string) {
  const episodes = (await (await fetch(`${url}/api/episodes`)).json()).episodes as { id: string; status: string }[];
  return episodes.find((e) => e.status === "live")!;
}
const appEnv = (dir: string, extra: Record<string, string> = {}) => ({
  PORT: "0",
  HOST: "127.0.0.1",
  DATA_DIR: dir,
  DEMO_DATA: "1",
  DEMO_PASSWORD: "bench-password-1",
  NODE_ENV: "test",
  RATE_LIMIT_SCALE: "100000",
  REMINDER_INTERVAL_MINUTES: "1440",
  ...extra,
});
const closeAll = (xs: Socket[]) => xs.forEach((s) => s.close());

/**
 * Runs a latency measurement ROUNDS times and keeps the round whose `key`
 * is the median, with every round's value beside it: one p99 over a few
 * thousand samples moves a lot from run to run on a small VM.
 */
async function medianRound<T extends Record<string, any>>(
  key: keyof T,
  run: () => Promise<T>,
  alsoByRound: Record<string, keyof T> = {},
): Promise<T & { rounds: number[] }> {
  const all: T[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // The load generator's own stalls count against the app's figure too: record them.
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    const r = await run();
    delay.disable();
    all.push({ ...r, benchClientMaxStallMs: delay.max / 1e6 });
  }
  const sorted = [...all].sort((a, b) => a[key] - b[key]);
  const byRound = Object.fromEntries(Object.entries(alsoByRound).map(([name, k]) => [name, all.map((r) => r[k])]));
  return { ...sorted[Math.floor((sorted.length - 1) / 2)], rounds: all.map((r) => r[key]), ...byRound };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ln-bench-"));
  const procs: ChildProcess[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  const results: Record<string, any> = {
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      memGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    params: { RATE, SECONDS, WARMUP, SLICE, ROUNDS, RAW_N, CLIENTS, LISTENERS, THROUGHPUT_N, VIEWERS, BURST },
  };
  try {
    const raw = rawInserts(dir, RAW_N); // F6's baseline; F1 measures its own, round by round

    const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
    const app = await start(
      [
        ...profile,
        ...(process.env.BENCH_APP_FLAGS ?? "").split(" ").filter(Boolean),
        "--import",
        "tsx",
        "server/index.ts",
      ],
      appEnv(path.join(dir, "app")),
      /listening on (http:\/\/[^\s]+)/,
    );
    procs.push(app.proc);
    const url = app.match[1];
    const bare = await start(["--import", "tsx", "bench/bare-server.ts"], {}, /bare listening on (\d+)/);
    procs.push(bare.proc);
    const bareUrl = `http://127.0.0.1:${bare.match[1]}`;

    const live = await liveEpisode(url);
    const cookie = await loginTo(url);

    // F4 first, on fresh processes: RSS growth would otherwise depend on what ran before.
    if (ONLY.has("F4")) {
      const [observer] = await staffSockets(url, cookie, 1, live.id);
      const appBefore = rssOf(app.proc.pid!);
      const a = await connectViewers(url, VIEWERS, (s) =>
        s.timeout(30_000).emitWithAck("episode:watch", { episodeId: live.id }),
      );
      const appAfter = await settledRss(app.proc.pid!);
      // Every viewer counted: the console's presence shows them all.
      const p = (await observer.timeout(10_000).emitWithAck("episode:join", { episodeId: live.id })).presence as {
        viewers: number;
      };
      closeAll([...a.sockets, observer]);
      const bareBefore = rssOf(bare.proc.pid!);
      const b = await connectViewers(bareUrl, VIEWERS, (s) => s.timeout(30_000).emitWithAck("watch", {}));
      const bareAfter = await settledRss(bare.proc.pid!);
      closeAll(b.sockets);
      const appPer = (appAfter - appBefore) / VIEWERS;
      const barePer = (bareAfter - bareBefore) / VIEWERS;
      results.F4 = {
        viewers: VIEWERS,
        appKiBPerViewer: appPer / 1024,
        bareKiBPerConnection: barePer / 1024,
        appJoinsPerSec: Math.round(a.joinsPerSec),
        bareJoinsPerSec: Math.round(b.joinsPerSec),
        viewerCountShown: p.viewers,
        ratio: appPer / barePer,
        target: "<= 1.5 at 15,000 viewers, >= 500 joins/s",
      };
      await sleep(2000);
    }

    // Each viewer socket is one phone: it sends its device id, as the web form does.
    const viewers = Array.from({ length: CLIENTS }, () => connect(url, { transports: ["websocket"], forceNew: true }));
    const devices = new Map(viewers.map((v) => [v, `bench-device-${randomUUID().slice(0, 8)}`]));
    const bareClients = Array.from({ length: CLIENTS }, () =>
      connect(bareUrl, { transports: ["websocket"], forceNew: true }),
    );
    await Promise.all([...viewers, ...bareClients].map(connected));
    const appSubmit: Submitter = (s, i) =>
      s.timeout(30_000).emitWithAck("question:submit", {
        episodeId: live.id,
        text: `Câu hỏi đo tải số ${i} về chính sách học nghề`,
        clientKey: key(),
        deviceId: devices.get(s),
      });
    const bareSubmit: Submitter = (s) => s.timeout(30_000).emitWithAck("submit", { t: performance.now() });

    if (ONLY.has("F1")) {
      // Warm-up (JIT, caches, batch sizes settling), then rounds of raw and app back to back, so that
      // the disk's drift over a run (raw inserts swing between 3,000 and 7,000/s here) touches both.
      await throughput(viewers, 2000, appSubmit);
      const rounds: {
        app: number;
        rawInsert: number;
        ratio: number;
        appCpuCores: number;
        loadGeneratorCpuCores: number;
      }[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        await sleep(3000); // the app's checkpointer catches up first: its writes would slow the raw inserts
        const rawRate = rawInserts(dir, RAW_N);
        // Where the CPU goes: the app (both threads) and this load generator share the machine's cores.
        const [appCpu0, genCpu0, t0] = [cpuOf(app.proc.pid!), process.cpuUsage(), performance.now()];
        const appRate = await throughput(viewers, THROUGHPUT_N, appSubmit);
        const wall = (performance.now() - t0) / 1000;
        const genCpu = process.cpuUsage(genCpu0);
        rounds.push({
          app: Math.round(appRate),
          rawInsert: Math.round(rawRate),
          ratio: appRate / rawRate,
          appCpuCores: (cpuOf(app.proc.pid!) - appCpu0) / wall,
          loadGeneratorCpuCores: (genCpu.user + genCpu.system) / 1e6 / wall,
        });
      }
      const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor((rounds.length - 1) / 2)];
      results.F1 = {
        ...median,
        rounds: rounds.map((r) => r.ratio),
        perRound: rounds,
        target: ">= 1.0 (synchronous=FULL)",
      };
    }
    if (ONLY.has("F2") || ONLY.has("F3")) results.disk = diskProbe(dir, RATE, SECONDS);
    if (ONLY.has("F2")) {
      const loads = [
        (sec: number) => openLoop(viewers, RATE, sec, appSubmit),
        (sec: number) => openLoop(bareClients, RATE, sec, bareSubmit),
      ];
      await warmUp(loads);
      results.F2 = await medianRound(
        "ratio",
        async () => {
          const [appLat, bareLat] = await inTurns(loads);
          return latencyRound(appLat, bareLat, commitProbe(dir, RATE, SECONDS));
        },
        { floorRounds: "floorRatio" },
      );
    }
    const staff = await staffSockets(url, cookie, LISTENERS, live.id);
    const bareLs = await bareListeners(bareUrl, LISTENERS);
    if (ONLY.has("F3")) {
      const loads = [
        (sec: number) => fanoutLatency(viewers, staff, "app", live.id, sec),
        (sec: number) => fanoutLatency(bareClients, bareLs, "bare", live.id, sec),
      ];
      await warmUp(loads);
      results.F3 = await medianRound(
        "ratio",
        async () => {
          const [appFan, bareFan] = await inTurns(loads);
          return { ...latencyRound(appFan, bareFan, commitProbe(dir, RATE, SECONDS)), listeners: LISTENERS };
        },
        { floorRounds: "floorRatio" },
      );
    }

    if (ONLY.has("F6")) {
      // Bare broadcast rate: submissions per second, each broadcast to the listeners.
      const bareRate = await throughput(bareClients, BURST, bareSubmit);
      const ideal = BURST / raw + BURST / bareRate;
      const run = randomUUID().slice(0, 8);
      const sentAt = new Map<string, number>();
      const ackedAt = new Map<string, number>();
      const deliveredAt = new Map<string, number>();
      const delivered: number[] = [];
      const left = new Map<string, number>();
      let allDelivered: () => void = () => {};
      const done = new Promise<void>((r) => (allDelivered = r));
      const onCreated = (p: { question: { text: string } }) => {
        const t = p.question.text;
        const at = sentAt.get(t);
        if (at === undefined) return;
        const n = (left.get(t) ?? staff.length) - 1;
        left.set(t, n);
        if (n === 0) {
          deliveredAt.set(t, performance.now());
          delivered.push(performance.now() - at);
          if (delivered.length === BURST) allDelivered();
        }
      };
      staff.forEach((s) => s.on("question:created", onCreated));
      // An operator working during the burst: a console request every 50 ms (catch-up read), its round trip.
      const probes: number[] = [];
      let probing = true;
      const probe = (async () => {
        while (probing) {
          const at = performance.now();
          await staff[0]
            .timeout(30_000)
            .emitWithAck("episode:sync", { episodeId: live.id, afterSeq: 1e9 })
            .catch(() => null);
          probes.push(performance.now() - at);
          await sleep(50);
        }
      })();
      const t0 = performance.now();
      let failed = 0;
      const acks: Promise<unknown>[] = [];
      for (let i = 0; i < BURST; i++) {
        const text = `Đợt câu hỏi ${run} số ${i}: xin hỏi về chính sách học nghề`;
        sentAt.set(text, performance.now());
        const s = viewers[i % viewers.length];
        acks.push(
          s
            .timeout(120_000)
            .emitWithAck("question:submit", { episodeId: live.id, text, clientKey: key(), deviceId: devices.get(s) })
            .then(
              (r: any) => (r?.ok ? void ackedAt.set(text, performance.now()) : void failed++),
              () => void failed++,
            ),
        );
      }
      await Promise.all(acks);
      await Promise.race([done, sleep(120_000)]);
      const absorbS = (performance.now() - t0) / 1000;
      probing = false;
      await probe;
      // How far the consoles lag behind the database: from a question's acknowledgement (after its commit) to the last
      // console having it.
      const lag = [...deliveredAt].map(([t, d]) => Math.max(0, d - (ackedAt.get(t) ?? d)));
      staff.forEach((s) => s.off("question:created", onCreated));
      const listed = (await (await fetch(`${url}/api/episodes/${live.id}/questions`, { headers: { cookie } })).json())
        .questions as { text: string }[];
      const stored = listed.filter((q) => q.text.startsWith(`Đợt câu hỏi ${run} `)).length;
      results.F6 = {
        burst: BURST,
        absorbSeconds: absorbS,
        idealSeconds: ideal,
        rawInsert: Math.round(raw),
        bareBroadcastPerSec: Math.round(bareRate),
        acked: BURST - failed,
        stored,
        delivered: delivered.length,
        consoleLagP99ms: pct(lag, 99),
        operatorRoundTripP99ms: pct(probes, 99),
        submitToConsoleP99ms: pct(delivered, 99),
        submitToConsoleP50ms: pct(delivered, 50),
        ratio: absorbS / ideal,
        target: "<= 2, none lost, console p99 <= 1 s",
      };
    }

    closeAll([...viewers, ...bareClients, ...staff, ...bareLs]);

    if (ONLY.has("F5")) results.F5 = await crossNode(dir, procs, cleanups);
  } finally {
    for (const p of procs) p.kill("SIGTERM");
    await sleep(1500); // let a profiled server write its profile
    for (const c of cleanups) await c().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(path.join(root, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
  const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
  const floorText = (v: any) =>
    `floor (bare + durable commit, commit p99 ${f(v.commitP99ms, 2)} ms) ${f(v.floorP99ms)} ms = ${f(v.floorRatio, 2)} (floor by round: ${v.floorRounds.map((x: number) => f(x, 2)).join(", ")})`;
  const rows: [string, any, (v: any) => string][] = [
    [
      "F1",
      results.F1,
      (v) =>
        `app ${v.app}/s vs raw insert ${v.rawInsert}/s; CPU cores: app ${v.appCpuCores.toFixed(2)}, load generator ${v.loadGeneratorCpuCores.toFixed(2)}`,
    ],
    [
      "F2",
      results.F2,
      (v) =>
        `p99 app ${f(v.appP99ms)} ms vs bare ${f(v.bareP99ms)} ms at ${RATE}/s, ${CLIENTS} clients; ${floorText(v)}`,
    ],
    [
      "F3",
      results.F3,
      (v) => `p99 app ${f(v.appP99ms)} ms vs bare ${f(v.bareP99ms)} ms to ${LISTENERS} listeners; ${floorText(v)}`,
    ],
    [
      "F4",
      results.F4,
      (v) =>
        `${f(v.appKiBPerViewer)} KiB/viewer vs bare ${f(v.bareKiBPerConnection)} KiB at ${v.viewers}; joins ${v.appJoinsPerSec}/s (bare ${v.bareJoinsPerSec}/s); count shown ${v.viewerCountShown}`,
    ],
    [
      "F5",
      results.F5,
      (v) =>
        v.skipped
          ? `skipped: ${v.skipped}`
          : `app cross/single ${f(v.appCrossP99ms)}/${f(v.appSingleP99ms)} ms = ${f(v.appRatio, 2)}; bare ${f(v.bareCrossP99ms)}/${f(v.bareSingleP99ms)} ms = ${f(v.bareRatio, 2)}`,
    ],
    [
      "F6",
      results.F6,
      (v) =>
        `${v.burst} in ${f(v.absorbSeconds, 2)} s vs ideal ${f(v.idealSeconds, 2)} s; acked ${v.acked}, stored ${v.stored}, delivered ${v.delivered}; console lag p99 ${f(v.consoleLagP99ms, 0)} ms, operator request p99 ${f(v.operatorRoundTripP99ms, 0)} ms (submit→console p99 ${f(v.submitToConsoleP99ms, 0)} ms)`,
    ],
  ];
  console.log(`machine: ${JSON.stringify(results.machine)}`);
  const d = results.disk;
  if (d)
    console.log(
      `disk: 4 KiB write + fsync at ${d.rate}/s for ${d.seconds} s: p50 ${f(d.p50ms, 2)} ms, p99 ${f(d.p99ms, 2)} ms, p99.9 ${f(d.p999ms)} ms, max ${f(d.maxMs)} ms, ${d.over20ms} over 20 ms`,
    );
  console.log("fig    ratio   target                                      detail");
  for (const [k, v, d] of rows)
    if (v)
      console.log(
        `${k.padEnd(4)} ${f(v.ratio ?? NaN, 2).padStart(7)}   ${String(v.target).padEnd(44)}${d(v)}${v.rounds ? ` [rounds, ${k === "F5" ? "app − bare ratio" : "ratio"}: ${v.rounds.map((x: number) => f(x, 2)).join(", ")}; median shown]` : ""}`,
      );
  process.exit(0);
}

/**
 * F5: the F3 load on two app nodes (PostgreSQL + Redis) and two bare nodes (Redis adapter), listeners on the same node
 * or the other.
 */
async function crossNode(dir: string, procs: ChildProcess[], cleanups: (() => Promise<void>)[]) {
  const pg = await import("pg");
  const admin = new pg.default.Client({ connectionString: `${PG_URL}/postgres` });
  try {
    await admin.connect();
  } catch (e) {
    return { skipped: `PostgreSQL unreachable at ${PG_URL}: ${(e as Error).message}`, ratio: NaN, target: "" };
  }
  const dbName = `ln_bench_${randomUUID().slice(0, 8)}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });
  const env = { DATABASE_URL: `${PG_URL}/${dbName}`, REDIS_URL, SESSION_SECRET: randomUUID() + randomUUID() };
  const a = await start(
    ["--import", "tsx", "server/index.ts"],
    appEnv(path.join(dir, "a"), env),
    /listening on (http:\/\/[^\s]+)/,
  );
  procs.push(a.proc);
  const b = await start(
    ["--import", "tsx", "server/index.ts"],
    appEnv(path.join(dir, "b"), env),
    /listening on (http:\/\/[^\s]+)/,
  );
  procs.push(b.proc);
  const ba = await start(["--import", "tsx", "bench/bare-server.ts"], { REDIS_URL }, /bare listening on (\d+)/);
  procs.push(ba.proc);
  const bb = await start(["--import", "tsx", "bench/bare-server.ts"], { REDIS_URL }, /bare listening on (\d+)/);
  procs.push(bb.proc);
  const [urlA, urlB] = [a.match[1], b.match[1]];
  const [bareA, bareB] = [`http://127.0.0.1:${ba.match[1]}`, `http://127.0.0.1:${bb.match[1]}`];
  const live = await liveEpisode(urlA);
  const cookie = await loginTo(urlA);
  const submitters = Array.from({ length: CLIENTS }, () =>
    connect(urlA, { transports: ["websocket"], forceNew: true }),
  );
  const bareSubmitters = Array.from({ length: CLIENTS }, () =>
    connect(bareA, { transports: ["websocket"], forceNew: true }),
  );
  await Promise.all([...submitters, ...bareSubmitters].map(connected));
  const onA = await staffSockets(urlA, cookie, LISTENERS, live.id);
  const onB = await staffSockets(urlB, cookie, LISTENERS, live.id);
  const bOnA = await bareListeners(bareA, LISTENERS);
  const bOnB = await bareListeners(bareB, LISTENERS);
  const loads = [
    (sec: number) => fanoutLatency(submitters, onA, "app", live.id, sec),
    (sec: number) => fanoutLatency(submitters, onB, "app", live.id, sec),
    (sec: number) => fanoutLatency(bareSubmitters, bOnA, "bare", live.id, sec),
    (sec: number) => fanoutLatency(bareSubmitters, bOnB, "bare", live.id, sec),
  ];
  await warmUp(loads);
  const result = await medianRound("excess", async () => {
    const [appSingle, appCross, bareSingle, bareCross] = await inTurns(loads);
    const appRatio = pct(appCross, 99) / pct(appSingle, 99);
    const bareRatio = pct(bareCross, 99) / pct(bareSingle, 99);
    return {
      appSingleP99ms: pct(appSingle, 99),
      appCrossP99ms: pct(appCross, 99),
      bareSingleP99ms: pct(bareSingle, 99),
      bareCrossP99ms: pct(bareCross, 99),
      appSingleP50ms: pct(appSingle, 50),
      appCrossP50ms: pct(appCross, 50),
      bareSingleP50ms: pct(bareSingle, 50),
      bareCrossP50ms: pct(bareCross, 50),
      appRatio,
      bareRatio,
      excess: appRatio - bareRatio,
      ratio: appRatio,
      target: `<= bare ratio + 0.5 (= ${(bareRatio + 0.5).toFixed(2)})`,
      pass: appRatio <= bareRatio + 0.5,
    };
  });
  closeAll([...onA, ...onB, ...bOnA, ...bOnB, ...submitters, ...bareSubmitters]);
  return result;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
