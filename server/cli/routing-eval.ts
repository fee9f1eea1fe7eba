/**
 * npm run routing:eval -- FILE.jsonl [--demo=cantho-2026] [--db]
 * Reads labelled questions ({ text, accept: [codes] } per line) and prints
 * top-1 and top-3 accuracy, then the misses. Learns nothing from the file:
 * the router is built from a demo profile's directory files (default
 * haugiang-2024), or, with --db, from the configured database: the directory
 * as imported and edited, and past routing decisions.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_DEMO, DEMO_KEYS, demoRouting, type DemoKey } from "../../app/features/demo/index.server.ts";
import { createRouter } from "../../app/features/questions/index.server.ts";

type Row = { id?: string; text: string; accept: string[]; agency?: string };

async function routerFromDb() {
  const { getConfig } = await import("../../app/platform/config.server.ts");
  const { initDb, closeDb } = await import("../../app/platform/db.server.ts");
  const { routerInputs } = await import("../../app/features/questions/routing.server.ts");
  await initDb(getConfig());
  const inputs = await routerInputs();
  await closeDb();
  return createRouter(inputs);
}

async function routerFromDemo(key: string) {
  if (!DEMO_KEYS.includes(key as DemoKey)) throw new Error(`--demo: one of ${DEMO_KEYS.join(", ")}`);
  return createRouter(await demoRouting(key as DemoKey));
}

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("Usage: npm run routing:eval -- FILE.jsonl [--demo=NAME] [--db]");
    process.exit(2);
  }
  const rows: Row[] = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const demo = args.find((a) => a.startsWith("--demo="))?.slice("--demo=".length) ?? DEFAULT_DEMO;
  const router = args.includes("--db") ? await routerFromDb() : await routerFromDemo(demo);
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const s = router.suggest(r.text, 3);
    const codes = s.map((x) => x.code);
    const ok1 = codes[0] !== undefined && r.accept.includes(codes[0]);
    const ok3 = codes.some((c) => r.accept.includes(c));
    if (ok1) top1++;
    if (ok3) top3++;
    if (!ok1) {
      misses.push(
        `${ok3 ? "top-3" : "MISS "} ${r.id ?? ""} accept=${r.accept.join(",")} got=${s.map((x) => `${x.code}(${x.score})`).join(" ") || "-"}  ${r.text}`,
      );
    }
  }
  const n = rows.length || 1;
  console.log(`top-1: ${(top1 / n).toFixed(2)}`);
  console.log(`top-3: ${(top3 / n).toFixed(2)}`);
  console.log(`questions: ${rows.length}`);
  for (const m of misses) console.log(m);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
