/**
 * Flags for the operator (never automatic deletion): profanity in Vietnamese
 * with or without diacritics, links, repeated text, shouting. Profanity and
 * links are looked for in the text with its disguises undone (platform/text.ts:
 * zero-width characters, spelled-out letters, leetspeak, look-alike letters).
 */
import { cleanText, foldText, revealWords, stripInvisible, stripMarks } from "../../platform/text.ts";
import { foldVi } from "./text.ts";

// Folded (no diacritics) forms; matched as whole words or phrases.
const PROFANITY = [
  "dit me",
  "dit may",
  "dit con me",
  "du ma",
  "du me",
  "dm",
  "dmm",
  "dcm",
  "vcl",
  "vkl",
  "vl",
  "cl",
  "clm",
  "cmm",
  "dech",
  "lon",
  "buoi",
  "cac",
  "cut",
  "deo",
  "do ngu",
  "oc cho",
  "thang cho",
  "con cho",
  "me may",
  "bo may",
  "mat day",
  "khon nan",
  "suc vat",
  "dia me",
  "dis me",
  "djt",
  "du ma may",
  "ngu nhu bo",
  "do khon",
];
/** Whole words of the folded text; the words of a phrase may also be run together ("ditme": spelled-out letters). */
const PROFANITY_ALL = new RegExp(`(?<=^| )(?:${PROFANITY.map((w) => w.replace(/ /g, " ?")).join("|")})(?= |$)`, "g");
/** Each listed form by its letters alone: a phrase run together ("ditme") is reported as listed ("dit me"). */
const PROFANITY_FORM = new Map(PROFANITY.map((w) => [w.replace(/ /g, ""), w]));
/**
 * Words that are also ordinary words once folded (lớn, lợn, các, buổi, bưởi, cụt, đeo): counted when
 * written with the insult's diacritics, or bare in a text that has diacritics elsewhere (left off on
 * purpose, or disguised: "l0n"; a flag is a hint, so "lon bia", a can, is flagged too). In a text
 * typed without any diacritics, "cac" is các.
 */
const AMBIGUOUS = new Map([
  ["lon", "lồn"],
  ["buoi", "buồi"],
  ["cac", "cặc"],
  ["cut", "cứt"],
  ["deo", "đéo"],
]);

const TLD = "com|net|org|vn|info|xyz|io|me|ly";
/** A link once disguises are undone (linkText): a scheme, "www." or a name with a known top-level domain. */
const LINK_RE = new RegExp(
  `(?:https?:\\/\\/|www\\.)\\S|(?<![\\p{L}\\p{M}\\p{N}])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:${TLD})(?![\\p{L}\\p{M}\\p{N}])`,
  "u",
);

/** Letters spelled out one by one, separated by spaces ("w w w", "c o m"). */
const SPACED = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}](?:[ \t]+[\p{L}\p{N}](?![\p{L}\p{M}\p{N}]))+/gu;
/** A dot in brackets: "[.]", "(dot)", "{chấm}". */
const BRACKETED_DOT = /\s*[[({<]\s*(?:\.|dot|chấm)\s*[\])}>]\s*/gu;
/** A dot after a space, or written as a word, before a top-level domain: "example . com", "example dot com". */
const SPACED_DOT = new RegExp(`\\s+(?:\\.\\s*|(?:dot|chấm)\\s+)(?=(?:${TLD})(?![\\p{L}\\p{M}\\p{N}]))`, "gu");

/**
 * The text as the link flag reads it: invisible characters removed, full-width letters plain, lower
 * case, diacritics kept (so that "nhà.Mẹ", a full stop typed without its space, is no "nha.me"), and
 * the disguises of a link undone: "example[.]com", "example (dot) com", "example chấm com",
 * "example . com", "w w w", "h t t p s : / /". Each step runs only when its cheap test finds what it undoes.
 */
export function linkText(text: string): string {
  let t = stripInvisible(cleanText(text).normalize("NFKC"))
    .toLowerCase()
    .replace(/\u3002/g, ".");
  if (/(?:^|[\s.,;:!?()[\]{}<>"'/-])[a-z0-9][ \t]+[a-z0-9](?![a-z0-9])/.test(t))
    t = t.replace(SPACED, (m) => m.replace(/[ \t]+/g, ""));
  if (/[[({<]/.test(t)) t = t.replace(BRACKETED_DOT, ".");
  if (/\s(?:\.|dot|chấm)/.test(t)) t = t.replace(SPACED_DOT, ".");
  if (t.includes("www")) t = t.replace(/\bwww\s*\.\s*/g, "www.");
  if (t.includes("http")) t = t.replace(/\b(https?)\s*:\s*\/\s*\/\s*/g, "$1://");
  return t;
}

export type Flag = "profanity" | "link" | "repeated" | "shouting";

/** The listed words and phrases in the text, disguised or not; `folded`: foldText(text), when the caller has it. */
/** Insults written with a letter masked ("đ*t", "l#n"): the mask stands for one or two letters. */
const MASKABLE = ["địt", "đụ", "lồn", "cặc", "đéo", "buồi"];
const MASKED = /[\p{L}\p{N}]*\p{L}[*#]+\p{L}[\p{L}\p{N}]*/gu;
function unmask(text: string): string {
  return text.replace(MASKED, (w) => {
    const pattern = new RegExp(`^${stripMarks(w.toLowerCase()).replace(/[*#]+/g, "[a-z]{1,2}")}$`);
    return MASKABLE.find((m) => pattern.test(stripMarks(m))) ?? w;
  });
}

export function profanityHits(text: string, folded?: string): string[] {
  if (/\p{L}[*#]+\p{L}/u.test(text)) text = unmask(text);
  folded ??= foldText(text);
  const hits: string[] = [];
  let words: Set<string> | undefined; // the text's words with their diacritics, read for an ambiguous hit only
  let marked = false; // whether the text has diacritics anywhere
  for (const raw of folded.match(PROFANITY_ALL) ?? []) {
    const w = PROFANITY_FORM.get(raw.replace(/ /g, "")) ?? raw;
    const insult = AMBIGUOUS.get(w);
    if (insult) {
      if (!words) {
        const revealed = revealWords(text);
        words = new Set(revealed);
        marked = revealed.some((x) => x !== stripMarks(x));
      }
      if (!words.has(insult) && !(marked && words.has(w))) continue; // "lớn" folds to "lon": not an insult
    }
    hits.push(w);
  }
  return hits;
}

/**
 * `recentTexts`: the sender's earlier texts, stored (so clean): "repeated" when one folds to the same
 * (foldVi, diacritics and punctuation aside); `fold`: foldVi, or a caller's cache of it when it
 * compares many (the intake folds each sender's last 20 texts per batch: foldVi is the fast fold).
 */
export function flagsFor(text: string, opts: { recentTexts?: string[]; fold?: (t: string) => string } = {}): Flag[] {
  const fold = opts.fold ?? foldVi;
  const flags = new Set<Flag>();
  if (profanityHits(text).length) flags.add("profanity");
  const linkForm = linkText(text);
  if ((linkForm.includes(".") || linkForm.includes(":")) && LINK_RE.test(linkForm)) flags.add("link");
  if (opts.recentTexts?.length) {
    const folded = fold(text);
    if (opts.recentTexts.some((t) => fold(t) === folded)) flags.add("repeated");
  }
  if (/(.)\1{7,}/u.test(text) || /(\b\S+\b)(?:\s+\1\b){4,}/iu.test(text)) flags.add("repeated");
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 20 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    flags.add("shouting");
  return [...flags];
}
