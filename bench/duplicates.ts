/**
 * npm run bench:duplicates — how long the console waits for a question's suggestions (routing and
 * duplicates, the `suggestions` use case: the episode's questions read from the database, the
 * ranking) with BENCH_DUP_N (2,000) questions in the episode. In one process, as duplicates:eval
 * runs: a temporary SQLite database, migrated and seeded with the demo; the questions are the
 * paraphrase sets' texts (tests/data/duplicates-*.jsonl) with places, numbers and tails varied, asked
 * through the hotline intake. Prints the first (cold) call, then p50/p95/max of BENCH_DUP_SAMPLES
 * (300) calls for random questions, once the questions are no longer "just changed" (6 s after the
 * last). Target: p95 ≤ 50 ms.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withDemoNode } from "../server/cli/demo-node.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const N = Number(process.env.BENCH_DUP_N ?? 2000);
const SAMPLES = Number(process.env.BENCH_DUP_SAMPLES ?? 300);

const PLACES = ["Vị Thanh", "Ngã Bảy", "Long Mỹ", "Vị Thủy", "Châu Thành", "Phụng Hiệp", "Hỏa Lựu", "Tân Long"];
const TAILS = ["", " Xin cảm ơn.", " Mong được trả lời sớm.", " Bà con rất bức xúc.", " Đề nghị xem xét."];

function texts(): string[] {
  const base = ["dev", "dev2"].flatMap((set) =>
    readFileSync(path.join(root, `tests/data/duplicates-${set}.jsonl`), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .flatMap((l) => {
        const r = JSON.parse(l) as Record<string, string>;
        return [r.a, r.b, r.n].filter(Boolean);
      }),
  );
  const out: string[] = [];
  for (let i = 0; out.length < N; i++) {
    const t = base[i % base.length];
    const round = Math.floor(i / base.length);
    out.push(round ? `${t} (ở ${PLACES[round % PLACES.length]}, ấp ${round})${TAILS[round % TAILS.length]}` : t);
  }
  return out;
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  await withDemoNode("bench-duplicates", async () => {
    const { freshEpisodeSession } = await import("../app/features/questions/index.server.ts");
    const { ask, suggest } = await freshEpisodeSession();
    const all = texts();
    const ids: string[] = [];
    for (let i = 0; i < all.length; i += 100) ids.push(...(await Promise.all(all.slice(i, i + 100).map(ask))));
    // A live episode's questions arrive over the hour: the console's index reads only what changed in
    // the last seconds (service.server.ts SYNC_MARGIN). Questions asked a moment ago would all count as
    // changed; wait until they do not.
    await new Promise((r) => setTimeout(r, 6000));
    let t = performance.now();
    await suggest(ids[0]);
    const cold = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const id = ids[Math.floor(Math.random() * ids.length)];
      t = performance.now();
      await suggest(id);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`questions in the episode: ${ids.length}`);
    console.log(`first call (index built): ${ms(cold)}`);
    console.log(
      `suggestions p50: ${ms(pct(times, 50))}  p95: ${ms(pct(times, 95))}  max: ${ms(times[times.length - 1])}`,
    );
    console.log(`target p95 ≤ 50 ms: ${pct(times, 95) <= 50 ? "met" : "NOT met"}`);
  });
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
