/**
 * Routing's reading of a question: its words (accent-aware, abbreviations
 * expanded), where each word belongs to a compound word of several syllables
 * (from the shared Vietnamese analyzer, platform/vi), and where a keyword
 * occurs, whole words only.
 */
import {
  joinPhrases,
  PhraseDict,
  VI_COMPOUNDS,
  VI_OPAQUE_COMPOUNDS,
  VI_STOPWORDS,
  type ViToken,
} from "../../platform/vi/index.ts";
import abbreviationsData from "./abbreviations.json";
import { nameTokens } from "./place-names.ts";
import { foldVi } from "./text.ts";

export const ABBREVIATIONS: Record<string, string> = abbreviationsData.abbreviations;

/** Lowercase NFC words, diacritics kept. */
export const tokens = nameTokens;
const plain = (w: string) => /^[a-z0-9]+$/.test(w);

/**
 * A word of the question: as typed (`raw`), folded (`fold`), whether it may
 * stand for any accented word folding to it (`bare`, see `toTokens`), and
 * whether the analyzer reads it as a syllable of a longer word that does not
 * mean what the syllable alone means (`joined`): any syllable after the first
 * ("sách" in "chính sách", "hội" in "xã hội"), and the first of a compound the
 * analyzer knows as opaque ("điện" in "điện thoại"), not that of "chợ nổi".
 */
export type Tok = { raw: string; fold: string; bare: boolean; joined: boolean };

const COMPOUND_WORDS = new PhraseDict(VI_COMPOUNDS);

/** Marks the words the analyzer joins into a compound word. */
function markCompounds(out: Tok[]): Tok[] {
  const vt: ViToken[] = out.map((t) => ({
    text: t.raw,
    fold: t.fold,
    cap: false,
    upper: false,
    start: false,
    clause: false,
  }));
  for (const u of joinPhrases(vt, COMPOUND_WORDS)) {
    if (u.size < 2) continue;
    const from = VI_OPAQUE_COMPOUNDS.has(u.key.replace(/_/g, " ")) ? u.at : u.at + 1;
    for (let k = from; k < u.at + u.size; k++) out[k].joined = true;
  }
  return out;
}

/**
 * The question as words. A word typed without any diacritics ("duong")
 * may stand for any accented word that folds to it ("đường"); a word typed
 * with diacritics ("chợ") only for itself, so "cho" (for) is not "chợ".
 * Abbreviations are expanded; "ĐT 925" reads as "đường tỉnh 925".
 */
export function toTokens(text: string, abbreviations: Record<string, string> = ABBREVIATIONS): Tok[] {
  const out: Tok[] = [];
  const raw = tokens(text);
  // Written without accents at all (a phone keyboard without Vietnamese input)?
  // Then every plain word may stand for its accented forms; otherwise none does.
  const words = raw.filter((w) => /\p{L}/u.test(w));
  const accented = words.filter((w) => !plain(w)).length;
  const accentless = words.length > 0 && accented / words.length < 0.1;
  const push = (raw: string, fold: string, bare: boolean) => out.push({ raw, fold, bare, joined: false });
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i];
    const f = foldVi(w);
    const next = raw[i + 1];
    if ((f === "dt" || f === "ql") && next && /^\d+$/.test(next)) {
      for (const x of (f === "dt" ? "đường tỉnh" : "quốc lộ").split(" ")) push(x, foldVi(x), false);
      continue;
    }
    const exp = abbreviations[f];
    if (exp && (plain(w) || f === foldVi(w))) {
      for (const x of exp.split(" ")) push(x, x, true);
      continue;
    }
    push(w, f, accentless && plain(w));
  }
  return markCompounds(out);
}

/**
 * Words typed without accents that stand for too many words to be read as a one-word keyword: the
 * analyzer's function words ("chua": chưa, not chùa; "den": đến, not đèn) and these.
 */
const AMBIGUOUS = new Set([
  ...VI_STOPWORDS,
  ...["dau", "cho", "hoi", "luong", "sach", "ban", "co", "an", "di", "den", "nha", "lam", "hoc", "thue"],
]);

/**
 * Where the keyword occurs in the question (start of each occurrence), word by
 * word and accent-aware. A one-word keyword is too ambiguous to read from a word
 * typed without its accents ("dau": đâu or đau?) and is never read inside a
 * compound word ("sách" in "chính sách", "hội" in "cơ hội"), unless asked
 * (`inCompounds`, for `ownCompounds`).
 */
export function matchAt(
  text: Tok[],
  kw: string[],
  opts: { inCompounds?: boolean; ambiguous?: ReadonlySet<string> } = {},
): number[] {
  const { inCompounds = false, ambiguous } = opts;
  const at: number[] = [];
  if (!kw.length) return at;
  if (kw.length === 1) {
    const f = foldVi(kw[0]);
    for (let i = 0; i < text.length; i++) {
      const t = text[i];
      const same = t.raw === kw[0] || (t.bare && t.fold === f && !AMBIGUOUS.has(f) && !ambiguous?.has(f));
      if (same && (inCompounds || !t.joined)) at.push(i);
    }
    return at;
  }
  const kf = kw.map(foldVi);
  const accentAware = (i: number) =>
    kw.every((w, j) => text[i + j].raw === w || (text[i + j].bare && text[i + j].fold === kf[j]));
  // A phrase of several words typed wholly without diacritics ("cup nuoc") is that phrase, also in a
  // text otherwise written with them.
  const plainRun = (i: number) => kw.every((_, j) => plain(text[i + j].raw) && text[i + j].fold === kf[j]);
  for (let i = 0; i + kw.length <= text.length; i++) if (accentAware(i) || plainRun(i)) at.push(i);
  return at;
}

/**
 * The syllables that, typed without accents, stand for more than one syllable of
 * the directory's own words ("dê" and "đê", "bò" and "bờ sông", "chợ" and "cho
 * vay"): a one-word keyword is not read from them.
 */
export function ambiguousFolds(phrases: string[]): Set<string> {
  const forms = new Map<string, Set<string>>();
  for (const p of phrases)
    for (const w of tokens(p)) {
      const f = foldVi(w);
      if (f === w) continue;
      forms.set(f, (forms.get(f) ?? new Set()).add(w));
    }
  const plainWords = new Set(phrases.flatMap((p) => tokens(p)).filter((w) => foldVi(w) === w));
  return new Set([...forms].filter(([f, s]) => s.size > 1 || plainWords.has(f)).map(([f]) => f));
}

/** Does the keyword occur in the question? */
export const matches = (text: Tok[], kw: string[]) => matchAt(text, kw).length > 0;

export type Hit = { code: string; size: number; at: number[] };

/**
 * A one-word keyword read inside a compound word counts only where a longer
 * phrase of the same organization covers it: "nghề" in "học nghề" for the
 * organization holding "học nghề", but not "sách" in "chính sách" for a library.
 */
export function ownCompounds<T extends Hit>(hits: T[], text: Tok[]): T[] {
  const covered = (code: string, i: number) =>
    hits.some((o) => o.code === code && o.size > 1 && o.at.some((a) => a <= i && i < a + o.size));
  return hits
    .map((h) => (h.size === 1 ? { ...h, at: h.at.filter((i) => !text[i].joined || covered(h.code, i)) } : h))
    .filter((h) => h.at.length > 0);
}

/**
 * The hits not wholly inside a longer hit of another organization: "y tế" in
 * "bảo hiểm y tế" is not a health matter, "xuất khẩu lao động" in "vay đi
 * xuất khẩu lao động" not a labour one. (An organization's own shorter phrase
 * adds to its longer one: the directory weighs them so.)
 */
export function outermost<T extends Hit>(hits: T[]): T[] {
  const spans = hits.flatMap((h) => h.at.map((a) => ({ code: h.code, s: a, e: a + h.size })));
  const inside = (h: Hit, a: number) =>
    spans.some((o) => o.code !== h.code && o.e - o.s > h.size && o.s <= a && a + h.size <= o.e);
  return hits.filter((h) => h.at.some((a) => !inside(h, a)));
}
