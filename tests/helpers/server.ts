/**
 * Boots the real server (node + tsx, the built Remix app) as a child process
 * on a random port with a fresh SQLite database in a temporary directory.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEMO_PASSWORD = "test-password-123";

export type TestServer = {
  url: string;
  port: number;
  dataDir: string;
  databaseUrl: string;
  env: NodeJS.ProcessEnv;
  proc: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  /** Stops this process and starts another on the same database and port. */
  restart: () => Promise<TestServer>;
  cleanup: () => Promise<void>;
};

/**
 * TEST_DATABASE=postgresql runs the suite on PostgreSQL: each server gets a
 * fresh database on PG_TEST_URL's server (default 127.0.0.1:5432, trust auth).
 */
export const TEST_DATABASE = process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
const PG_ADMIN_URL = process.env.PG_TEST_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
/**
 * The PostgreSQL run is the scale-out configuration: PostgreSQL and Redis (TEST_REDIS_URL, default
 * 127.0.0.1:6379; "" for none). Each server gets its own REDIS_PREFIX, so parallel test files share
 * nothing in Redis; a test that sets REDIS_URL itself (several nodes of one deployment) keeps one prefix.
 */
const TEST_REDIS_URL = TEST_DATABASE === "postgresql" ? (process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379") : "";

export async function freshPostgres(): Promise<string> {
  const { default: pg } = await import("pg");
  const name = `ln_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function dropPostgres(url: string) {
  const { default: pg } = await import("pg");
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
  await admin.end();
}

/**
 * The processes below `pid`, from /proc (npm → the server its script runs): what a signal to `pid`
 * alone can leave running when the chain does not pass it on.
 */
function descendantsOf(pid: number): number[] {
  if (!existsSync("/proc")) return [];
  const children = new Map<number, number[]>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8"); // "pid (comm) state ppid …"
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => (out.push(c), walk(c)));
  walk(pid);
  return out;
}

/** SIGKILLs each of `pids` that is still there. */
function killAll(pids: Iterable<number>) {
  for (const p of pids) {
    try {
      process.kill(p, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** `command` starts the server another way than `node --import tsx server/index.ts` (e.g. through npm). */
export async function startTestServer(
  opts: { env?: Record<string, string>; dataDir?: string; port?: number; command?: string[] } = {},
): Promise<TestServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), "ln-test-"));
  const databaseUrl =
    opts.env?.DATABASE_URL ??
    (TEST_DATABASE === "postgresql" ? await freshPostgres() : `file:${path.join(dataDir, "test.db")}`);
  const env: NodeJS.ProcessEnv & Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: String(opts.port ?? 0),
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    DEMO_DATA: "1",
    DEMO_PASSWORD,
    ...(TEST_REDIS_URL && !opts.env?.REDIS_URL
      ? { REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: `t${randomBytes(4).toString("hex")}:` }
      : {}),
    ...opts.env,
  };
  const [cmd, ...args] = opts.command ?? [process.execPath, "--import", "tsx", "server/index.ts"];
  const proc = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  // Only another command (npm) has processes below it; the server itself has threads, not children.
  const below = () => (opts.command ? descendantsOf(proc.pid!) : []);
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running after the test that waited for it has failed (with whatever ran below it).
      killAll([...below(), proc.pid!]);
      reject(new Error(`server did not start:\n${out}`));
    }, 45_000);
    const onData = () => {
      const m = /listening on (http:\/\/[^\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stdout!.on("data", onData);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  const port = Number(new URL(url).port);
  let stopping = false;
  /** What ran below the process when it was signalled; cleanup kills whatever of it is still there. */
  const belowAtStop = new Set<number>();
  // A server that dies on its own is a bug: show what it said.
  proc.once("exit", (code, signal) => {
    if (!stopping) console.error(`test server exited unexpectedly (${code ?? signal}):\n${out}`);
  });
  const stop = (signal: NodeJS.Signals = "SIGTERM") =>
    new Promise<number | null>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve(proc.exitCode);
      stopping = true;
      for (const p of below()) belowAtStop.add(p);
      proc.once("exit", (code) => resolve(code));
      proc.kill(signal);
    });
  const server: TestServer = {
    url,
    port,
    dataDir,
    databaseUrl,
    env,
    proc,
    output: () => out,
    stop,
    restart: async () => {
      await stop();
      return startTestServer({ ...opts, env: { ...opts.env, DATABASE_URL: databaseUrl }, dataDir, port });
    },
    cleanup: async () => {
      await stop();
      // A failed test must not leave a server behind (say npm exited on SIGTERM without passing it on).
      killAll(belowAtStop);
      rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl.startsWith("postgres")) {
        const { closeDb } = await import("../../app/platform/db.server.ts");
        await closeDb();
        await dropPostgres(databaseUrl);
      }
    },
  };
  return server;
}
