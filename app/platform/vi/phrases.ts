/**
 * The Vietnamese text pipeline, step two: syllables joined into words. Vietnamese writes a word of
 * several syllables with spaces ("bảo hiểm y tế"); matching syllable by syllable finds "y" in every
 * medical question and "tế" nowhere useful. `PhraseDict` holds the known words and phrases (folded,
 * syllables separated by spaces); `joinPhrases` reads a token list left to right and joins the longest
 * known phrase at each place (greedy longest match, up to MAX_SYLLABLES). Joined words are written
 * with "_" ("bao_hiem_y_te").
 */
import type { ViToken } from "./tokens.ts";

export const MAX_SYLLABLES = 8;

export type Unit = {
  /** The folded word ("bao_hiem_y_te", "vi_thanh", "61"). */
  key: string;
  /** What was typed, with diacritics ("bảo hiểm y tế"). */
  surface: string;
  /** Every syllable is Title case (a name), and the first one is not merely a sentence's first word. */
  name: boolean;
  upper: boolean;
  /** Index of the first token. */
  at: number;
  size: number;
};

export class PhraseDict {
  private readonly phrases = new Set<string>();
  /** Prefixes of known phrases, so the scan stops as soon as nothing longer can match. */
  private readonly prefixes = new Set<string>();

  constructor(phrases: Iterable<string> = []) {
    for (const p of phrases) this.add(p);
  }

  /** Adds a folded phrase ("bao hiem y te"); a single syllable adds nothing. */
  add(phrase: string) {
    const parts = phrase.trim().split(/\s+/).filter(Boolean);
    if (parts.length < 2 || parts.length > MAX_SYLLABLES) return;
    for (let i = 1; i < parts.length; i++) this.prefixes.add(parts.slice(0, i).join(" "));
    this.phrases.add(parts.join(" "));
  }

  has(phrase: string) {
    return this.phrases.has(phrase);
  }

  hasPrefix(phrase: string) {
    return this.prefixes.has(phrase);
  }

  get size() {
    return this.phrases.size;
  }
}

/** The tokens joined into words, longest known phrase first. */
export function joinPhrases(tokens: ViToken[], dict: PhraseDict): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < tokens.length) {
    let size = 1;
    let probe = tokens[i].fold;
    for (let k = i + 1; k < tokens.length && k - i < MAX_SYLLABLES; k++) {
      if (tokens[k].clause) break; // a phrase never crosses a comma or a sentence's end
      probe += ` ${tokens[k].fold}`;
      if (dict.has(probe)) size = k - i + 1;
      if (!dict.hasPrefix(probe)) break;
    }
    const part = tokens.slice(i, i + size);
    out.push({
      key: part.map((t) => t.fold).join("_"),
      surface: part.map((t) => t.text).join(" "),
      name: part.every((t) => t.cap) && !(part[0].start && size === 1),
      upper: size === 1 && part[0].upper,
      at: i,
      size,
    });
    i += size;
  }
  return out;
}

/** Character trigrams of the folded words, each word padded with spaces (spelling variants, typos). */
export function trigramsOf(tokens: ViToken[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const w = ` ${t.fold} `;
    for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
  }
  return out;
}
