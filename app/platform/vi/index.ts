/**
 * The shared Vietnamese text pipeline (issue 21), client-safe and pure: `viTokens` (NFC, invisible
 * characters removed, lower case with diacritics kept beside the folded form, how each word was
 * written), `joinPhrases` (syllables joined into known words, longest first), `trigramsOf` (character
 * trigrams of the folded words), `withoutPersonNames` (people's names skipped), and the lists it starts
 * from (`VI_COMPOUNDS`, `VI_OPAQUE_COMPOUNDS`, `VI_STOPWORDS`).
 * Duplicates read questions through it; routing and moderation can move to it one by one.
 */
export { VI_COMPOUNDS, VI_OPAQUE_COMPOUNDS } from "./compounds.ts";
export { withoutPersonNames } from "./names.ts";
export { joinPhrases, MAX_SYLLABLES, PhraseDict, trigramsOf, type Unit } from "./phrases.ts";
export { isStopword, VI_STOPWORDS } from "./stopwords.ts";
export { foldWord, hasMarks, viTokens, writtenKey, type ViToken } from "./tokens.ts";
