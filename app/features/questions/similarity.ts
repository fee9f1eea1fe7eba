/**
 * Duplicate candidates: the same question in other words, with or without
 * diacritics. Combines content-word overlap (what it is about) with
 * character trigram overlap (spelling variants, missing accents).
 */
import { contentWords, jaccard, trigrams } from "./text.ts";

export type Comparable = { id: string; text: string };

export function similarity(a: string, b: string): number {
  const wa = new Set(contentWords(a));
  const wb = new Set(contentWords(b));
  const words = jaccard(wa, wb);
  const grams = jaccard(trigrams(a), trigrams(b));
  return Math.round((0.6 * words + 0.4 * grams) * 1000) / 1000;
}

export function duplicateCandidates<T extends Comparable>(
  text: string,
  others: T[],
  opts: { threshold?: number; limit?: number } = {},
) {
  const threshold = opts.threshold ?? 0.3;
  return others
    .map((o) => ({ item: o, score: similarity(text, o.text) }))
    .filter((x) => x.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, opts.limit ?? 5);
}
