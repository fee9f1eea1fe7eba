/**
 * The SQLite intake writer thread (started by intake-writer.server.ts): its own
 * connection, the same pragmas as the app's, one batch at a time in the
 * order they arrive. Each reply goes back only after the batch's COMMIT has
 * been fsynced (synchronous=FULL).
 */
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import type { Submission } from "./intake-batch.server.ts";
import { sqliteBatch } from "./intake-sqlite.server.ts";

type Job = { id: number; episodeId: string; items: Submission[] };
type Control = { control: "stop" | "auto-checkpoint" };

const { file, busyTimeoutMs } = workerData as { file: string; busyTimeoutMs: number };
const db = new Database(file, { timeout: busyTimeoutMs });
db.pragma("journal_mode = WAL");
db.pragma("synchronous = FULL");
db.pragma("foreign_keys = ON");
// The checkpointer thread checkpoints; a checkpoint inside a commit would hold this batch for its length.
db.pragma("wal_autocheckpoint = 0");

const port = parentPort!;
port.on("message", (m: Job | Control) => {
  if ("control" in m) {
    if (m.control === "auto-checkpoint") db.pragma("wal_autocheckpoint = 1000");
    if (m.control === "stop") {
      db.close();
      port.close();
    }
    return;
  }
  try {
    const { events, answers, refused } = sqliteBatch(db, m.episodeId, m.items);
    port.postMessage({
      id: m.id,
      outcome: {
        events,
        answers,
        refused: refused && { code: refused.code, status: refused.status, detail: refused.detail },
      },
    });
  } catch (e) {
    const err = e as { message?: string; code?: unknown };
    port.postMessage({
      id: m.id,
      error: { message: String(err?.message ?? e), code: typeof err?.code === "string" ? err.code : undefined },
    });
  }
});
port.postMessage({ ready: true });
