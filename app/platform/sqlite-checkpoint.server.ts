/**
 * SQLite WAL checkpoints off the main thread.
 *
 * better-sqlite3 is synchronous: an automatic checkpoint runs inside the
 * commit that crosses the WAL threshold and copies the WAL into the database
 * file with an fsync (synchronous=FULL), holding the event loop for up to
 * hundreds of milliseconds on a virtual disk (measured: bench/README.md).
 * So the app's connection turns automatic checkpoints off and a worker
 * thread with its own connection runs PASSIVE checkpoints, which never
 * block readers or writers; SQLite restarts the WAL from its beginning at
 * the next commit after a complete checkpoint. Durability is unchanged:
 * every commit is still fsynced to the WAL before it is acknowledged.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { BetterSqlite } from "./db.server.ts";

const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.betterSqlite);
const db = new Database(workerData.file, { timeout: 0 });
let busy = false;
const tick = () => {
  if (busy) return;
  busy = true;
  try {
    const r = db.pragma("wal_checkpoint(PASSIVE)")[0];
    parentPort.postMessage({ ok: true, log: r.log, checkpointed: r.checkpointed });
  } catch (e) {
    parentPort.postMessage({ ok: false, error: String(e && e.message || e) });
  } finally {
    busy = false;
  }
};
const timer = setInterval(tick, workerData.intervalMs);
parentPort.on("message", (m) => {
  if (m === "now") tick();
  if (m === "stop") {
    clearInterval(timer);
    try { db.pragma("wal_checkpoint(TRUNCATE)"); } catch {}
    db.close();
    parentPort.postMessage({ stopped: true });
  }
});
`;

export type Checkpointer = {
  stop: () => Promise<void>;
  checkpointNow: () => Promise<{ log: number; checkpointed: number }>;
};

export function startCheckpointer(
  conn: BetterSqlite,
  file: string,
  opts: { intervalMs?: number; log?: (msg: string) => void; onStopped?: () => void } = {},
): Checkpointer {
  conn.pragma("wal_autocheckpoint = 0");
  const require = createRequire(import.meta.url);
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { file, intervalMs: opts.intervalMs ?? 1000, betterSqlite: require.resolve("better-sqlite3") },
  });
  worker.unref();
  let lastError = "";
  const waiters: ((r: { log: number; checkpointed: number }) => void)[] = [];
  worker.on(
    "message",
    (m: { ok?: boolean; error?: string; log?: number; checkpointed?: number; stopped?: boolean }) => {
      if (m.ok === false && m.error !== lastError) opts.log?.(`SQLite checkpoint failed: ${m.error}`);
      if (m.ok) {
        lastError = "";
        waiters.splice(0).forEach((w) => w({ log: m.log!, checkpointed: m.checkpointed! }));
      } else if (m.error) lastError = m.error;
    },
  );
  worker.on("error", (e) => {
    // Without the worker, fall back to SQLite's own checkpoints so the WAL does not grow without bound.
    opts.log?.(`SQLite checkpointer stopped (${e.message}); automatic checkpoints are back on`);
    if (conn.open) conn.pragma("wal_autocheckpoint = 1000");
    opts.onStopped?.();
  });
  return {
    checkpointNow: () =>
      new Promise((resolve) => {
        waiters.push(resolve);
        worker.postMessage("now");
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => resolve();
        worker.once("exit", done);
        worker.on("message", (m: { stopped?: boolean }) => m.stopped && void worker.terminate());
        worker.postMessage("stop");
        setTimeout(() => void worker.terminate(), 5_000).unref();
      }),
  };
}
