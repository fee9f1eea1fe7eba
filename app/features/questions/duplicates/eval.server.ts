/**
 * `npm run duplicates:eval` (server/cli/duplicates-eval.ts): paraphrase pairs and hard negatives
 * submitted into a fresh live episode through the real use cases (hotline intake, then the console's
 * suggestions), on whatever database the node runs (the CLI: a temporary SQLite database, migrated
 * and seeded with the demo). Nothing is learned: no verdict is recorded.
 */
import { randomUUID } from "node:crypto";
import { SYSTEM_ACTOR } from "../../../platform/audit.server.ts";
import type { SessionUser } from "../../../platform/auth.server.ts";
import type { Context } from "../../../platform/context.server.ts";
import { db } from "../../../platform/db.server.ts";
import { createEpisode } from "../../episodes/index.server.ts";
import { submit, suggestions } from "../use-cases.server.ts";

export type EvalRow = { id: string; a?: string; b?: string; seed?: string; n?: string };
export type EvalResult = { pairs: number; negatives: number; recall3: number; falseTop1: number; misses: string[] };

/** Rows of a JSONL file: pairs `{id, a, b}` and negatives `{id, seed, n}` (seed: a pair's id). */
export function parseEvalRows(jsonl: string): EvalRow[] {
  const rows = jsonl
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l, i) => {
      const r = JSON.parse(l) as EvalRow;
      if (!r.id || !((r.a && r.b) || (r.seed && r.n)))
        throw new Error(`line ${i + 1}: {id,a,b} or {id,seed,n} expected`);
      return r;
    });
  const ids = new Set(rows.filter((r) => r.a).map((r) => r.id));
  for (const r of rows) if (r.seed && !ids.has(r.seed)) throw new Error(`${r.id}: no pair ${r.seed}`);
  return rows;
}

async function staffContext(): Promise<Context> {
  const u = await db().user.findFirst({ where: { role: "admin", active: true }, include: { organization: true } });
  if (!u) throw new Error("duplicates:eval needs an admin user (the demo data has one)");
  const user: SessionUser = {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: "admin",
    organizationId: u.organizationId,
    organization: u.organization
      ? { id: u.organization.id, code: u.organization.code, shortName: u.organization.shortName }
      : null,
    sessionId: "duplicates-eval",
    sessionExpiresAt: new Date(Date.now() + 3600_000),
  };
  return { user, ip: "127.0.0.1" };
}

async function freshEpisode() {
  // The series and lead committee of an existing episode (the demo's): only the questions are fresh.
  const like = await db().episode.findFirst({ orderBy: { startsAt: "desc" } });
  if (!like?.leadCommitteeId) throw new Error("duplicates:eval needs an episode to model on (the demo data)");
  const e = await createEpisode(
    SYSTEM_ACTOR,
    {
      seriesId: like.seriesId,
      topic: "Đánh giá phát hiện câu hỏi trùng lặp",
      summary: "",
      leadCommitteeId: like.leadCommitteeId,
      relatedResolutions: [],
      startsAt: new Date(),
      durationMinutes: 60,
      hotlines: [],
      surveyReportText: "",
      publicBoard: false,
    },
    { status: "live" },
  );
  return e.id;
}

/** A fresh live episode, and a hotline operator's way to ask into it and read a question's suggestions. */
export async function freshEpisodeSession() {
  const ctx = await staffContext();
  const episodeId = await freshEpisode();
  const ask = async (text: string) => {
    const r = await submit(ctx, { episodeId, text, clientKey: randomUUID().replace(/-/g, ""), channel: "hotline" });
    return r.question.id;
  };
  return { episodeId, ask, suggest: (questionId: string) => suggestions(ctx, questionId) };
}

export async function evaluateDuplicates(rows: EvalRow[]): Promise<EvalResult> {
  const { ask, suggest } = await freshEpisodeSession();
  const pairs = rows.filter((r) => r.a && r.b);
  const negatives = rows.filter((r) => r.seed && r.n);
  const ids = new Map<string, string>(); // "<row id>:a|b|n" → question id
  for (const p of pairs) ids.set(`${p.id}:a`, await ask(p.a!));
  for (const p of pairs) ids.set(`${p.id}:b`, await ask(p.b!));
  for (const n of negatives) ids.set(`${n.id}:n`, await ask(n.n!));
  const texts = new Map(
    rows.flatMap((r) => [
      [`${r.id}:a`, r.a],
      [`${r.id}:b`, r.b],
      [`${r.id}:n`, r.n],
    ]),
  );
  const label = new Map([...ids].map(([k, v]) => [v, k]));
  const show = (d: { id: string; score: number }) => `${label.get(d.id) ?? d.id}(${d.score})`;
  const misses: string[] = [];
  let found = 0;
  for (const p of pairs) {
    const dup = (await suggest(ids.get(`${p.id}:b`)!)).duplicates.slice(0, 3);
    if (dup.some((d) => d.id === ids.get(`${p.id}:a`))) found++;
    else misses.push(`MISS  ${p.id} got=${dup.map(show).join(" ") || "-"}\n      b: ${p.b}\n      a: ${p.a}`);
  }
  let falseTop = 0;
  for (const n of negatives) {
    const [top] = (await suggest(ids.get(`${n.id}:n`)!)).duplicates;
    if (top && (top.id === ids.get(`${n.seed}:a`) || top.id === ids.get(`${n.seed}:b`))) {
      falseTop++;
      const k = label.get(top.id)!;
      misses.push(`FALSE ${n.id} top=${show(top)}\n      n: ${n.n}\n      ${k}: ${texts.get(k)}`);
    }
  }
  return {
    pairs: pairs.length,
    negatives: negatives.length,
    recall3: pairs.length ? found / pairs.length : 0,
    falseTop1: negatives.length ? falseTop / negatives.length : 0,
    misses,
  };
}
