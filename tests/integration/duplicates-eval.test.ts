/**
 * `npm run duplicates:eval` on our own sets (tests/data/duplicates-*.jsonl), as a user runs it: a child
 * process with a fresh database, the real intake and suggestions. The ranking and the thesaurus are tuned
 * on the two dev sets ("dev", and "dev2", which was the first report set until it was tuned on); the
 * held-out set was written before it was first measured; the blind and "fresh" sets were written by
 * someone who never saw the ranking, the thesaurus or the other sets. Since 2026-12-05 (thirteenth
 * session) those three were read for the ranking's general faults (a bare syllable's guess naming a
 * facet, words read by their folded form, names and lacks running across commas), so the report set is
 * "report" (71 pairs, 66 negatives, written then by a helper who saw nothing of the project, measured
 * once when the work was done: 0.75 and 0.73; 0.73 and 0.71 after the review's mends, as the code of the
 * session's start). The targets (recall@3 ≥ 0.90, false top-1 ≤ 0.10)
 * hold on the dev sets; the others are held to their figures (docs/ARCHITECTURE.md), so that a change
 * that makes them worse fails here. The fresh set's false top-1 went from 0.52 to 0.56 when a bare "hoi"
 * ("hỏi") stopped naming the smell facet ("hôi"), which had kept one negative apart by accident.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/server.ts";

const run = promisify(execFile);

async function evaluate(set: string) {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", "server/cli/duplicates-eval.ts", path.join("tests/data", `duplicates-${set}.jsonl`)],
    { cwd: ROOT, env: { ...process.env, REDIS_URL: "" }, maxBuffer: 16 * 1024 * 1024 },
  );
  const figure = (name: string) => Number(new RegExp(`^${name}: ([0-9.]+)$`, "m").exec(stdout)?.[1] ?? NaN);
  return { recall: figure("recall@3"), falseTop: figure("false top-1"), stdout };
}

/** Each set: its size, and the recall@3 it must reach and the false top-1 it must not pass. */
const SETS = [
  {
    set: "dev",
    name: "meets the targets on the dev set",
    size: "pairs: 70, negatives: 39",
    recall: 0.9,
    falseTop: 0.1,
  },
  {
    set: "dev2",
    name: "meets the targets on the second dev set",
    size: "pairs: 62, negatives: 32",
    recall: 0.9,
    falseTop: 0.1,
  },
  {
    set: "heldout",
    name: "holds the held-out set to its figures",
    size: "pairs: 64, negatives: 32",
    recall: 0.72,
    falseTop: 0.25,
  },
  {
    set: "blind",
    name: "holds the blind set to its figures",
    size: "pairs: 70, negatives: 35",
    recall: 0.8,
    falseTop: 0.49,
  },
  {
    set: "fresh",
    name: "holds the fresh set to its figures",
    size: "pairs: 50, negatives: 25",
    recall: 0.86,
    falseTop: 0.56,
  },
  {
    set: "report",
    name: "holds the report set to its figures",
    size: "pairs: 71, negatives: 66",
    recall: 0.73,
    falseTop: 0.71,
  },
];

describe("duplicates:eval", () => {
  it.each(SETS)(
    "$name",
    async ({ set, size, recall, falseTop }) => {
      const r = await evaluate(set);
      expect(r.stdout).toMatch(new RegExp(`^${size}$`, "m"));
      expect(r.recall).toBeGreaterThanOrEqual(recall);
      expect(r.falseTop).toBeLessThanOrEqual(falseTop);
    },
    180_000,
  );
});
