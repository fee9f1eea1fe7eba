/**
 * Flags for the operator (never automatic deletion): profanity in Vietnamese
 * with or without diacritics, links, repeated text, shouting.
 */
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
const PROFANITY_RE = new RegExp(`(?:^| )(?:${PROFANITY.map((w) => w.replace(/ /g, " +")).join("|")})(?= |$)`);
// "lon", "buoi", "cac" are ordinary words too (lớn, buổi, các): only counted when the original had no diacritics on
// them.
const AMBIGUOUS = new Set(["lon", "buoi", "cac", "cut", "deo"]);

const LINK_RE = /(https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(com|net|org|vn|info|xyz|io|me|ly)(\/\S*)?\b/i;

export type Flag = "profanity" | "link" | "repeated" | "shouting";

const PROFANITY_ALL = new RegExp(PROFANITY_RE.source, "g");

/** `folded`: foldVi(text), when the caller has it. */
export function profanityHits(text: string, folded = foldVi(text)): string[] {
  const hits: string[] = [];
  const m = folded.match(PROFANITY_ALL);
  if (!m) return hits;
  const original = text
    .toLowerCase()
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u);
  for (const raw of m) {
    const w = raw.trim().replace(/ +/g, " ");
    if (AMBIGUOUS.has(w) && !original.includes(w)) continue; // "lớn" folds to "lon": not an insult
    hits.push(w);
  }
  return hits;
}

/**
 * `recentTexts`: the sender's earlier texts ("repeated" when one folds to the
 * same); `fold`: foldVi, or a caller's cache of it when it compares many.
 */
export function flagsFor(text: string, opts: { recentTexts?: string[]; fold?: (t: string) => string } = {}): Flag[] {
  const fold = opts.fold ?? foldVi;
  const flags = new Set<Flag>();
  const folded = fold(text);
  if (profanityHits(text, folded).length) flags.add("profanity");
  if (LINK_RE.test(text)) flags.add("link");
  if (opts.recentTexts?.some((t) => fold(t) === folded)) flags.add("repeated");
  if (/(.)\1{7,}/u.test(text) || /(\b\S+\b)(?:\s+\1\b){4,}/iu.test(text)) flags.add("repeated");
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 20 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    flags.add("shouting");
  return [...flags];
}
