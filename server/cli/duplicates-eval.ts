/**
 * npm run duplicates:eval -- FILE.jsonl
 * Reads paraphrase pairs ({"id","a","b"}) and hard negatives ({"id","seed","n"}: `seed` names a pair
 * whose `a` is the question it resembles), submits every `a`, then each `b` and `n`, into a fresh
 * episode through the real service: a temporary SQLite database, migrated and seeded with the demo
 * (its thesaurus and places), the hotline intake, the console's suggestions. Prints recall@3 (the
 * pair's `a` among the first three duplicate suggestions of its `b`) and false top-1 (the seed's
 * question suggested first for a negative), then the misses. Learns nothing from the file.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("Usage: npm run duplicates:eval -- FILE.jsonl");
    process.exit(2);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "duplicates-eval-"));
  delete process.env.REDIS_URL; // one node, alone
  Object.assign(process.env, {
    DATA_DIR: dir,
    DATABASE_URL: `file:${path.join(dir, "eval.db")}`,
    DEMO_DATA: "true",
    NODE_ENV: "development",
    RATE_LIMIT_SCALE: "1000",
  });
  const { parseEvalRows, evaluateDuplicates } = await import("../../app/features/questions/index.server.ts");
  const rows = parseEvalRows(readFileSync(file, "utf8"));
  const { loadConfig } = await import("../../app/platform/config.server.ts");
  const { migrate } = await import("../migrate.ts");
  const { startNode } = await import("../../app/runtime.server.ts");
  const config = loadConfig();
  await migrate(config.databaseUrl);
  const node = await startNode(config, { root, log: (level, m) => level === "error" && console.error(m) });
  try {
    const r = await evaluateDuplicates(rows);
    console.log(`recall@3: ${r.recall3.toFixed(2)}`);
    console.log(`false top-1: ${r.falseTop1.toFixed(2)}`);
    console.log(`pairs: ${r.pairs}, negatives: ${r.negatives}`);
    for (const m of r.misses) console.log(m);
  } finally {
    node.stopSchedules();
    await node.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
