/**
 * npm run duplicates:eval -- FILE.jsonl
 * Reads paraphrase pairs ({"id","a","b"}) and hard negatives ({"id","seed","n"}: `seed` names a pair
 * whose `a` is the question it resembles), submits every `a`, then each `b` and `n`, into a fresh
 * episode through the real service: a temporary SQLite database, migrated and seeded with the demo
 * (its thesaurus and places), the hotline intake, the console's suggestions. Prints recall@3 (the
 * pair's `a` among the first three duplicate suggestions of its `b`) and false top-1 (the seed's
 * question suggested first for a negative), then the misses. Learns nothing from the file.
 */
import { readFileSync } from "node:fs";
import { withDemoNode } from "./demo-node.ts";

async function main() {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) {
    console.error("Usage: npm run duplicates:eval -- FILE.jsonl");
    process.exit(2);
  }
  await withDemoNode("duplicates-eval", async () => {
    const { parseEvalRows, evaluateDuplicates } = await import("../../app/features/questions/index.server.ts");
    const r = await evaluateDuplicates(parseEvalRows(readFileSync(file, "utf8")));
    console.log(`recall@3: ${r.recall3.toFixed(2)}`);
    console.log(`false top-1: ${r.falseTop1.toFixed(2)}`);
    console.log(`pairs: ${r.pairs}, negatives: ${r.negatives}`);
    for (const m of r.misses) console.log(m);
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
