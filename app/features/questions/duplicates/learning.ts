/**
 * What operators taught the ranking (issue 21). Each verdict on two questions is kept
 * (DuplicateVerdict): "merged" or "distinct" (dismissed as not a duplicate). From them:
 * - the pair itself: a dismissed pair is never suggested again;
 * - the words that differed: in a merged pair, the words only one side used meant the same matter
 *   (a later pair differing by the same words is promoted, and the words are proposed to the admin as
 *   a thesaurus entry); in a dismissed pair they told two matters apart (a later pair differing by
 *   them is demoted).
 */
import type { Doc } from "./analyze.ts";

export type Verdict = { questionId: string; otherId: string; verdict: "merged" | "distinct"; a: Doc; b: Doc };

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
/** The words of a pair that only one side used, the rarest-looking first (longest keys). */
const MAX_SIDE = 5;

function onlyIn(a: Doc, b: Doc): string[] {
  return [...a.terms]
    .filter(([t, w]) => w >= 1 && !b.terms.has(t) && !/^\d+$/.test(t))
    .map(([t]) => t)
    .sort((x, y) => y.length - x.length)
    .slice(0, MAX_SIDE);
}

export class Learned {
  private readonly pairs = new Map<string, "merged" | "distinct">();
  /** "u|v" (sorted) → how many merges differed by u and v. */
  readonly together = new Map<string, number>();
  /** "u|v" (sorted) → how many dismissals differed by u and v. */
  readonly apart = new Map<string, number>();
  /** A term's surface, for the admin's candidates. */
  readonly surfaces = new Map<string, string>();

  constructor(verdicts: Verdict[] = []) {
    for (const v of verdicts) this.add(v);
  }

  add(v: Verdict) {
    this.pairs.set(pairKey(v.questionId, v.otherId), v.verdict);
    const target = v.verdict === "merged" ? this.together : this.apart;
    for (const u of onlyIn(v.a, v.b)) {
      this.surfaces.set(u, v.a.surfaces.get(u) ?? u);
      for (const w of onlyIn(v.b, v.a)) {
        this.surfaces.set(w, v.b.surfaces.get(w) ?? w);
        const k = pairKey(u, w);
        target.set(k, (target.get(k) ?? 0) + 1);
      }
    }
  }

  dismissed(a: string, b: string) {
    return this.pairs.get(pairKey(a, b)) === "distinct";
  }

  get empty() {
    return this.pairs.size === 0;
  }
}

/** The factor operators' verdicts put on a pair's score, and which way it went. */
export function learnedAdjustment(q: Doc, d: Doc, learned: Learned) {
  if (learned.empty) return { factor: 1, effect: null };
  let promoted = 0;
  let demoted = 0;
  const qOnly = onlyIn(q, d);
  const dOnly = onlyIn(d, q);
  for (const u of qOnly) {
    for (const w of dOnly) {
      const k = pairKey(u, w);
      promoted += learned.together.get(k) ?? 0;
      demoted += learned.apart.get(k) ?? 0;
    }
  }
  if (promoted > demoted) return { factor: 1.5, effect: "promoted" as const };
  if (demoted > promoted) return { factor: 0.4, effect: "demoted" as const };
  return { factor: 1, effect: null };
}
