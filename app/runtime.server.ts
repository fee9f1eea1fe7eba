/**
 * The app as the custom server (server/) runs it. The server takes all of it
 * from the Remix server build (entry.server.tsx re-exports this module as
 * `runtime`), never from source, so the Remix routes, the JSON API and the
 * sockets share one copy of every module: one Prisma client, one Socket.IO
 * server, one set of in-process queues and locks.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  DEMO_KEYS,
  DEMO_SETS,
  isEmpty,
  seedDemo,
  type DemoKey,
  type DemoResult,
} from "./features/demo/index.server.ts";
import { startReminderScheduler } from "./features/followup/index.server.ts";
import { settleSeededNotifications, startNotifications } from "./features/notifications/index.server.ts";
import { startRetentionScheduler } from "./features/privacy/index.server.ts";
import { initProfile } from "./features/profile/index.server.ts";
import { drainIntake, startIntakeWriter, syncThesaurusSeed } from "./features/questions/index.server.ts";
import { ConfigError, setListenPort, type Config } from "./platform/config.server.ts";
import { closeDb, initDb, pingDb, sqliteHandle, sqlitePath } from "./platform/db.server.ts";
import { closeRedis, initRedis, redisHealth } from "./platform/redis.server.ts";
import { startCheckpointer } from "./platform/sqlite-checkpoint.server.ts";

export { ConfigError, getConfig, setConfig, type Config } from "./platform/config.server.ts";
export { createApi } from "./api/http.server.ts";
export { clientAddress } from "./platform/context.server.ts";
export { guardRequests } from "./platform/request-guards.server.ts";
export { createRealtime } from "./api/sockets.server.ts";

export type Log = (level: "info" | "warn" | "error", msg: string) => void;

/** The writer thread runs the TypeScript source (through tsx): its path from the project's root. */
const WRITER_THREAD = "app/features/questions/intake-writer-thread.server.ts";

/**
 * Opens what a node needs before it serves: the database (and on SQLite the
 * intake writer thread and the checkpointer), Redis when configured, the
 * deployment profile (an invalid profile file stops the start here, before
 * anything else is opened), and the demo data on an empty database. `stop` closes them in order, after the
 * questions already received are written and answered.
 */
export async function startNode(config: Config, opts: { root: string; log: Log }) {
  const { log } = opts;
  await initDb(config);
  const demoOn = config.demoData && !config.production;
  const demoSet = DEMO_SETS[config.demoProfile as DemoKey];
  if (demoOn && !demoSet) {
    await closeDb();
    const known = DEMO_KEYS.join(", ");
    throw new ConfigError(
      `Invalid configuration: DEMO_PROFILE="${config.demoProfile}" is not a demo profile (${known})`,
    );
  }
  try {
    await initProfile({
      file: config.profileFile,
      fileRequired: config.profileFileRequired,
      demo: demoOn ? demoSet.profile : null,
    });
    // The thesaurus's seed, brought up to date where no admin changed it.
    await syncThesaurusSeed();
  } catch (e) {
    await closeDb();
    throw e;
  }
  const sqlite = sqliteHandle();
  const file = sqlitePath(config.databaseUrl);
  const thread = pathToFileURL(path.join(opts.root, WRITER_THREAD));
  const intake = sqlite ? await startIntakeWriter(file, { log: (m) => log("error", m), thread }) : null;
  const checkpointer = sqlite
    ? startCheckpointer(sqlite, file, { log: (m) => log("error", m), onStopped: () => intake?.autoCheckpoint() })
    : null;
  await initRedis(config.redisUrl);

  // Hand-offs are told from the first change on (the demo's own follow-up included); the outbox runs.
  const stopNotifications = startNotifications((m) => log("error", m));
  let demo: DemoResult | null = null;
  if (demoOn && (await isEmpty())) {
    demo = await seedDemo(demoSet, { root: opts.root, password: config.demoPassword });
    await settleSeededNotifications();
  }
  let stopReminders = () => {};
  let stopRetention = () => {};
  return {
    demo,
    /** Starts the schedules (reminders, the erasure of personal data past its retention) once the node listens. */
    startSchedules: (port: number) => {
      setListenPort(port);
      stopReminders = startReminderScheduler((m) => log("info", m));
      stopRetention = startRetentionScheduler((m) => log("info", m));
    },
    /** Stops the schedules at once (before the sockets close). */
    stopSchedules: () => {
      stopNotifications();
      stopReminders();
      stopRetention();
    },
    /** After the sockets closed: Redis, the intake queue, the writer, the checkpointer, the database. */
    stop: async () => {
      await closeRedis();
      await drainIntake(); // questions received before the sockets closed are written and answered
      await intake?.stop();
      await checkpointer?.stop();
      await closeDb();
    },
  };
}

/** `/healthz`: without the database nothing works (503); without Redis the node carries on alone ("degraded"). */
export async function health() {
  const ok = await pingDb();
  const redis = redisHealth();
  const status = !ok ? "unavailable" : redis === "unreachable" ? "degraded" : "ok";
  return { httpStatus: ok ? 200 : 503, body: { status, db: ok ? "ok" : "unreachable", ...(redis && { redis }) } };
}
