/**
 * SQLite intake off the event loop.
 *
 * better-sqlite3 is synchronous: a batch written on the main thread holds
 * every socket of the process for as long as its reads, writes and fsync
 * take, and a slow disk turns that into stalls of tens to hundreds of
 * milliseconds for every viewer and console (bench/README.md). So on SQLite
 * the intake batches go to a writer thread with its own connection; the
 * main thread keeps serving sockets while the disk works.
 *
 * Two connections now write the same database. Each takes the write lock
 * at the start of its transaction (the writer's are IMMEDIATE, and
 * db.server.ts makes Prisma's BEGIN an IMMEDIATE one), so neither ever has
 * to upgrade a read snapshot that the other has made stale
 * (SQLITE_BUSY_SNAPSHOT); the busy timeout makes one wait for the other.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { QuestionError, type BatchOutcome, type Submission } from "./intake-batch.server.ts";

type WireOutcome = Omit<BatchOutcome, "refused"> & {
  refused: { code: QuestionError["code"]; status: number; detail: Record<string, unknown> } | null;
};
type Reply = { id: number; outcome?: WireOutcome; error?: { message: string; code?: string } } | { ready: true };

export type IntakeWriter = {
  /** Writes one batch in the thread; resolves after its commit. */
  write: (episodeId: string, items: Submission[]) => Promise<BatchOutcome>;
  /** The checkpointer thread stopped: let the writer's commits checkpoint again. */
  autoCheckpoint: () => void;
  stop: () => Promise<void>;
};

let running: IntakeWriter | undefined;

/** The running writer, or null (PostgreSQL, or scripts that write on Prisma's connection). */
export function intakeWriter(): IntakeWriter | null {
  return running ?? null;
}

/** An error the thread reported, with the driver's code kept (a unique violation is retried by the caller). */
class WriterError extends Error {
  constructor(
    message: string,
    public code?: string,
  ) {
    super(message);
  }
}

/**
 * tsx's ESM API: Node resolves it; under Vitest's module runner (no import.meta.resolve) it is read from tsx's export
 * map.
 */
function tsxEsmApi(): string {
  if (typeof import.meta.resolve === "function") return import.meta.resolve("tsx/esm/api");
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const { exports } = JSON.parse(readFileSync(manifest, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return new URL(exports["./esm/api"].import.default, pathToFileURL(manifest)).href;
}

const THREAD = new URL("./intake-writer-thread.server.ts", import.meta.url);

/** The thread's code: it runs the TypeScript source through tsx, as the server does (resolved when started). */
const boot = (thread: URL) =>
  `import(${JSON.stringify(tsxEsmApi())}).then((tsx) => tsx.tsImport(${JSON.stringify(thread.href)}, ${JSON.stringify(import.meta.url)}))`;

/**
 * Starts the writer thread. If the thread dies, the batches it was writing fail (their submitters
 * retry with the same client key) and the next batch starts another thread. `thread` is the module
 * the thread runs (tests wrap the real one to make it die at a chosen moment).
 */
export async function startIntakeWriter(
  file: string,
  opts: { busyTimeoutMs?: number; log?: (msg: string) => void; thread?: URL } = {},
): Promise<IntakeWriter> {
  const pending = new Map<number, { resolve: (o: BatchOutcome) => void; reject: (e: unknown) => void }>();
  let nextId = 0;
  let stopping = false;
  let autoCheckpoint = false;

  const spawn = (): Promise<Worker> => {
    const started: Promise<Worker> = new Promise<Worker>((resolve, reject) => {
      const w = new Worker(boot(opts.thread ?? THREAD), {
        eval: true,
        workerData: { file, busyTimeoutMs: opts.busyTimeoutMs ?? 10_000 },
      });
      w.unref();
      w.on("message", (m: Reply) => {
        if ("ready" in m) {
          if (autoCheckpoint) w.postMessage({ control: "auto-checkpoint" });
          return resolve(w);
        }
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.error) return p.reject(new WriterError(m.error.message, m.error.code));
        const o = m.outcome!;
        p.resolve({
          ...o,
          refused: o.refused && new QuestionError(o.refused.code, o.refused.status, o.refused.detail),
        });
      });
      w.on("error", (e) => {
        opts.log?.(`SQLite intake writer failed: ${e.message}`);
        reject(e);
      });
      w.on("exit", (code) => {
        if (current === started) current = null;
        if (!stopping) opts.log?.(`SQLite intake writer exited (code ${code}); the next batch starts another`);
        // Whether such a batch committed is unknown: its submitters are told it failed, and a
        // retry with the same client key returns the question if it was stored.
        for (const p of pending.values()) p.reject(new WriterError("intake writer stopped"));
        pending.clear();
        reject(new Error("intake writer stopped before it was ready"));
      });
    });
    started.catch(() => {}); // awaited by whoever needs it
    return started;
  };

  let current: Promise<Worker> | null = spawn();
  await current; // fail at boot, not at the first question

  const writer: IntakeWriter = {
    write: async (episodeId, items) => {
      if (stopping) throw new WriterError("intake writer stopped");
      if (!current) current = spawn(); // it died: start another
      const w = await current;
      return new Promise<BatchOutcome>((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, { resolve, reject });
        w.postMessage({ id, episodeId, items });
      });
    },
    autoCheckpoint: () => {
      autoCheckpoint = true;
      void current?.then(
        (w) => w.postMessage({ control: "auto-checkpoint" }),
        () => {},
      );
    },
    stop: async () => {
      stopping = true;
      if (running === writer) running = undefined;
      const w = await current?.catch(() => null);
      if (!w) return;
      // Batches already posted are written first: the thread handles messages in order.
      await new Promise<void>((resolve) => {
        w.once("exit", () => resolve());
        w.postMessage({ control: "stop" });
        setTimeout(() => void w.terminate(), 5_000).unref();
      });
    },
  };
  running = writer;
  return writer;
}
