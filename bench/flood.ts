/**
 * npm run bench:flood — how the app stands up to sockets that flood it
 * (issue 16, item 4). Starts the built app (SQLite, demo data) and, for each
 * phase, samples /healthz every 50 ms and has an ordinary viewer submit a
 * question every 500 ms, while:
 *   quiet   nothing else happens
 *   one     one anonymous socket emits `questions:follow` (50 codes) in a tight loop,
 *           reconnecting whenever it is disconnected
 *   five    five such sockets, from five addresses
 * Prints /healthz and submission latencies (median, p95, max) and what the
 * flooders got (events sent, answered, refused, disconnects). FLOOD_SECONDS (10)
 * sets each phase's length. Every wait is bounded.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { io as connect, type Socket } from "socket.io-client";
import { start } from "./start.ts";

const SECONDS = Number(process.env.FLOOD_SECONDS ?? 10);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

async function startApp(dir: string) {
  const { proc, match } = await start(
    ["--import", "tsx", "server/index.ts"],
    { PORT: "0", HOST: "127.0.0.1", DATA_DIR: dir, DEMO_DATA: "1", NODE_ENV: "test" },
    /listening on (http:\/\/[^\s]+)/,
  );
  return { proc, url: match[1] };
}

/** A flooder: emits questions:follow as fast as the socket takes them; reconnects when dropped. */
function flooder(url: string, address: string) {
  const stats = { sent: 0, answered: 0, refused: 0, disconnects: 0 };
  let on = true;
  let s: Socket;
  const codes = Array.from({ length: 50 }, (_, i) => `HG${String(i).padStart(6, "0")}`);
  const open = () => {
    s = connect(url, {
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
      extraHeaders: { "x-forwarded-for": address },
    });
    s.on("disconnect", () => {
      stats.disconnects++;
      if (on) setTimeout(open, 10);
    });
    s.on("connect", async () => {
      while (on && s.connected) {
        for (let i = 0; i < 200; i++) {
          stats.sent++;
          s.emit("questions:follow", { trackingCodes: codes }, (a: { ok: boolean }) =>
            a?.ok ? stats.answered++ : stats.refused++,
          );
        }
        await new Promise((r) => setImmediate(r));
      }
    });
  };
  open();
  return {
    stats,
    stop: () => {
      on = false;
      s.close();
    },
  };
}

async function phase(url: string, episodeId: string, flooders: number, tag: string) {
  const floods = Array.from({ length: flooders }, (_, i) => flooder(url, `198.51.100.${i + 1}`));
  await sleep(500);
  const health: number[] = [];
  const submits: number[] = [];
  let failed = 0;
  const end = Date.now() + SECONDS * 1000;
  const healthLoop = (async () => {
    while (Date.now() < end) {
      const t = performance.now();
      try {
        await (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
        health.push(performance.now() - t);
      } catch {
        health.push(30_000);
      }
      await sleep(50);
    }
  })();
  const viewer = connect(url, {
    transports: ["websocket"],
    forceNew: true,
    // Its own address per phase: 20 questions a phase stay within the 30 a minute an address may send.
    extraHeaders: { "x-forwarded-for": `203.0.113.${flooders + 10}` },
  });
  let n = 0;
  const submitLoop = (async () => {
    while (Date.now() < end) {
      const t = performance.now();
      const ack = await viewer
        .timeout(30_000)
        .emitWithAck("question:submit", {
          episodeId,
          text: `Câu hỏi thử số ${n} trong lúc có người phá (${tag})`,
          clientKey: `flood-${tag}-${String(n++).padStart(6, "0")}`,
        })
        .catch(() => ({ ok: false }));
      if (ack.ok) submits.push(performance.now() - t);
      else failed++;
      await sleep(500);
    }
  })();
  await Promise.all([healthLoop, submitLoop]);
  viewer.close();
  floods.forEach((f) => f.stop());
  const sum = (k: keyof (typeof floods)[number]["stats"]) => floods.reduce((a, f) => a + f.stats[k], 0);
  return {
    phase: tag,
    healthz: { p50: pct(health, 50), p95: pct(health, 95), max: Math.max(...health), n: health.length },
    submit: { p50: pct(submits, 50), p95: pct(submits, 95), max: Math.max(...submits), n: submits.length, failed },
    flood: { sent: sum("sent"), answered: sum("answered"), refused: sum("refused"), disconnects: sum("disconnects") },
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), "ln-flood-"));
const app = await startApp(dir);
try {
  const episodes = (await (await fetch(`${app.url}/api/episodes`)).json()).episodes as { id: string; status: string }[];
  const live = episodes.find((e) => e.status === "live" || e.status === "planned")!;
  const rows = [];
  for (const [n, tag] of [
    [0, "quiet"],
    [1, "one"],
    [5, "five"],
  ] as const) {
    rows.push(await phase(app.url, live.id, n, tag));
    await sleep(1000);
  }
  const f = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : "—");
  console.log(
    `flood (${SECONDS} s per phase): /healthz and a viewer's submission while sockets flood questions:follow`,
  );
  console.log(
    "phase  | /healthz p50 / p95 / max        | submit p50 / p95 / max (failed) | flood sent / answered / refused / disconnects",
  );
  for (const r of rows)
    console.log(
      `${r.phase.padEnd(6)} | ${f(r.healthz.p50)} / ${f(r.healthz.p95)} / ${f(r.healthz.max)}`.padEnd(40) +
        ` | ${f(r.submit.p50)} / ${f(r.submit.p95)} / ${f(r.submit.max)} (${r.submit.failed})`.padEnd(34) +
        ` | ${r.flood.sent} / ${r.flood.answered} / ${r.flood.refused} / ${r.flood.disconnects}`,
    );
  console.log(JSON.stringify(rows));
} finally {
  app.proc.kill("SIGTERM");
  await sleep(500);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
