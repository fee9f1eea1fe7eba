/**
 * The Vietnamese text pipeline, step one: a text as tokens. Client-safe and pure.
 *
 * Each token keeps what was typed (NFC, lower case, diacritics kept: `text`) beside its folded form
 * (`fold`: no diacritics, đ → d), and how it was written: `cap` (Title case: a name, "Vị Thanh"),
 * `upper` (an abbreviation in capitals, "BHYT"), `start` (the first word of a sentence, whose capital
 * says nothing), `clause` (the first word after a comma or a sentence's end). An abbreviation glued to its
 * number is split ("QL61" → "ql" "61", "ĐT931" → "đt" "931"). `writtenKey` reads a word as written,
 * whatever the tone mark's place. Built on platform/text.ts: `cleanText` (NFC, no control characters),
 * `stripInvisible`, `stripMarks`.
 */
import { cleanText, stripInvisible, stripMarks } from "../text.ts";

/** `clause`: the first word after a comma or a sentence's end (a name or a phrase does not run across it). */
export type ViToken = { text: string; fold: string; cap: boolean; upper: boolean; start: boolean; clause: boolean };

/** A word, a number, or a mark: one that ends a sentence, or a comma (a name cannot run across either). */
const PIECES = /[\p{L}\p{M}\p{N}]+|[.?!;:,\n()"“”–-]/gu;
/** Up to four letters glued to a number: a road ("ql61", "đt931") or a unit ("p5"). */
const GLUED = /^(\p{L}{1,4})(\d+\p{L}?)$/u;

const NON_ASCII = /[^\0-\x7f]/;
/** Whether a word is written with diacritics (or any letter beyond ASCII): "chợ", not "cho". */
export const hasMarks = (w: string) => NON_ASCII.test(w);

const folds = new Map<string, string>();
/** The folded form of one lower-case word (cached: a text's words are mostly common ones). */
export function foldWord(w: string): string {
  if (!hasMarks(w)) return w;
  let f = folds.get(w);
  if (f === undefined) {
    f = stripMarks(w);
    if (folds.size < 65_536) folds.set(w, f);
  }
  return f;
}

/** The five tone marks, as combining characters: huyền, sắc, ngã, hỏi, nặng. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const written = new Map<string, string>();
/**
 * A word as written, whatever the tone mark's place: the letters with their other marks (â, ơ, ư, đ),
 * then the tone ("hòa" and "hoà" are "hoa`"; "nhận" is not "nhân"). Takes lower-case text (as `ViToken`
 * `text`), words separated by single spaces: each word so.
 */
export function writtenKey(text: string): string {
  let k = written.get(text);
  if (k === undefined) {
    k = text
      .split(" ")
      .map((w) => {
        const d = w.normalize("NFD");
        const tone = d.match(TONES)?.[0] ?? "";
        return d.replace(TONES, "").normalize("NFC") + tone;
      })
      .join(" ");
    if (written.size < 65_536) written.set(text, k);
  }
  return k;
}

function token(raw: string, start: boolean, clause = start): ViToken {
  const text = raw.toLowerCase();
  const first = raw[0];
  const cap = first !== first.toLowerCase() && raw.slice(1) === raw.slice(1).toLowerCase();
  const upper = raw.length > 1 && raw === raw.toUpperCase() && raw !== text;
  return { text, fold: foldWord(text), cap, upper, start, clause };
}

/** The tokens of a text, in order. */
export function viTokens(s: string): ViToken[] {
  const text = stripInvisible(cleanText(s));
  const out: ViToken[] = [];
  let start = true;
  let clause = true;
  for (const m of text.matchAll(PIECES)) {
    const raw = m[0];
    if (!/[\p{L}\p{N}]/u.test(raw)) {
      // A comma parts clauses, but a capital after it still names something; brackets and dashes part
      // neither ("thu-phí", a route's two ends on either side of a dash).
      if (raw === ",") clause = true;
      else if (raw !== "(" && raw !== ")" && raw !== "-" && raw !== "–") start = clause = true;
      continue;
    }
    const glued = GLUED.exec(raw);
    if (glued) {
      out.push(token(glued[1], start, clause), { ...token(glued[2], false, false), cap: false });
    } else out.push(token(raw, start, clause));
    start = false;
    clause = false;
  }
  return out;
}
