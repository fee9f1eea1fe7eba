/**
 * One app node in this process on a temporary SQLite database, migrated and seeded with the demo (its
 * directory, thesaurus and places), alone (no Redis) and without rate limits in the way: what
 * `duplicates:eval` and `bench:duplicates` run the real services on. Removed again after `run`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export async function withDemoNode<T>(name: string, run: () => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  delete process.env.REDIS_URL;
  Object.assign(process.env, {
    DATA_DIR: dir,
    DATABASE_URL: `file:${path.join(dir, `${name}.db`)}`,
    DEMO_DATA: "true",
    NODE_ENV: "development",
    RATE_LIMIT_SCALE: "1000",
  });
  // Loaded after the environment is set: the config is read once.
  const { loadConfig } = await import("../../app/platform/config.server.ts");
  const { migrate } = await import("../migrate.ts");
  const { startNode } = await import("../../app/runtime.server.ts");
  const config = loadConfig();
  await migrate(config.databaseUrl);
  const node = await startNode(config, { root, log: (level, m) => level === "error" && console.error(m) });
  try {
    return await run();
  } finally {
    node.stopSchedules();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
