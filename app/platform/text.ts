/**
 * The text pipeline, client-safe, in two steps:
 *
 * - `cleanText`: what every stored text goes through (the Zod text fields in
 *   validation.ts, the follow-up's use cases, rich text, file names). It keeps
 *   what the person typed, Vietnamese included, in NFC, and removes only what
 *   no one types on purpose and what can mislead a reader: control characters,
 *   lone surrogates, bidi controls, invisible characters.
 * - `foldText`: the form texts are compared in (the moderation flags; later
 *   duplicates and routing). Never stored or shown. Invisible characters go,
 *   diacritics are folded (đ → d), and the usual disguises are undone:
 *   letters spelled out one by one ("đ.m", "v c l"), leetspeak ("d1t"),
 *   letters held down ("vclll"), full-width and look-alike letters.
 *
 * `revealWords` is `foldText` before the diacritics are folded, for a caller
 * that must tell "lồn" from "lớn"; `stripInvisible` and `stripMarks` are its
 * steps, exported for callers that need one alone (the link flag).
 *
 * The questions feature's `foldVi` (questions/text.ts: similarity, routing,
 * the "repeated" flag) is still the plain fold of diacritics and punctuation,
 * character by character and several times faster; issue 21 brings those
 * callers here. Undoing leetspeak and spelled-out letters is for catching
 * disguises: "QL1A" reads "qlia", "V. L." reads "vl".
 */

// ------------------------------------------------------------------ cleanText

/** Line breaks of every kind: CR LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;

/**
 * Never stored: C0 and C1 controls but tab and line feed (NUL included), soft hyphen, ARABIC LETTER MARK,
 * MONGOLIAN VOWEL SEPARATOR, ZERO WIDTH SPACE, the bidi marks, embeddings, overrides and isolates
 * (U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), WORD JOINER and the invisible operators
 * (U+2060–U+2064), ZERO WIDTH NO-BREAK SPACE (BOM), the interlinear annotation characters and the
 * noncharacters of the Basic Multilingual Plane.
 */
const NEVER =
  // eslint-disable-next-line no-control-regex -- control characters are what must not be stored
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufdd0-\ufdef\ufff9-\ufffb\ufffe\uffff]/g;

/** Any character the steps below may change (surrogates included: most are pairs, left as they are). */
const NEEDS_CLEANING =
  // eslint-disable-next-line no-control-regex -- control characters are what must not be stored
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufdd0-\ufdef\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]/;

/** A surrogate without its other half (JSON can carry one: "\ud800"). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** An emoji, maybe with a variation selector or a skin tone, just before a joiner; an emoji just after. */
const EMOJI_BEFORE = /\p{Extended_Pictographic}(?:\u{fe0f}|\p{Emoji_Modifier})?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
/** A letter or mark of a script that shapes with joiners (Arabic, Persian, the Indic scripts), not Latin. */
const SHAPING_BEFORE = /(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])[\p{L}\p{M}]$/u;
const LETTER_AFTER = /^[\p{L}\p{M}]/u;

/**
 * ZERO WIDTH JOINER and NON-JOINER are kept where they do something: a ZWJ between two emoji (👨‍👩‍👧,
 * 🏳️‍🌈), either between a letter of a script that shapes with them and another letter (Persian, the
 * Indic scripts). Anywhere else (between Latin letters, Vietnamese included) they only hide words.
 */
function keepJoiner(joiner: string, at: number, s: string): boolean {
  const before = s.slice(Math.max(0, at - 4), at);
  const after = s.slice(at + 1, at + 3);
  if (joiner === "\u200d" && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after)) return true;
  return SHAPING_BEFORE.test(before) && LETTER_AFTER.test(after);
}

/** Tag characters, kept only in an emoji tag sequence (🏴 + tags + CANCEL TAG: the flags of Scotland, Wales). */
const STRAY_TAGS = /(?<!\u{1f3f4}[\u{e0020}-\u{e007e}]*)[\u{e0020}-\u{e007f}]|\u{e0001}/gu;

/**
 * The one normalization of stored text. Line breaks become "\n"; control characters (but tab and line
 * break), bidi controls, zero-width spaces, word joiners, soft hyphens and stray tag characters are
 * removed; ZWJ and ZWNJ only where they join (emoji sequences, scripts that need them); lone surrogates
 * become U+FFFD; the result is in NFC, so Vietnamese typed in any Unicode form is stored one way.
 * Spaces are kept as they are (the schema fields trim); the result is its own cleanText.
 */
export function cleanText(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s.normalize("NFC"); // the common case: nothing to remove
  let out = s.replace(LONE_SURROGATE, "\ufffd").replace(LINE_BREAKS, "\n").replace(NEVER, "").replace(STRAY_TAGS, "");
  if (out.includes("\u200c") || out.includes("\u200d"))
    out = out.replace(/[\u200c\u200d]/g, (j, at: number, all: string) => (keepJoiner(j, at, all) ? j : ""));
  return out.normalize("NFC");
}

// ------------------------------------------------------------------ foldText

/**
 * Invisible in any text: format characters (\p{Cf}: the bidi controls, ZWSP, ZWJ, ZWNJ, soft hyphen,
 * BOM, tags…), COMBINING GRAPHEME JOINER, the Hangul fillers, the Khmer and Mongolian invisible
 * vowels and selectors, and the variation selectors.
 */
const INVISIBLE = /[\p{Cf}\p{Variation_Selector}\u115f\u1160\u3164\uffa0]|\u034f|\u17b4|\u17b5/gu;

/** Removes every invisible character: for matching only (cleanText keeps the joiners that join). */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, "");
}

/** Removes diacritics (every combining mark) and writes đ, Đ as d, D: "Đường" → "Duong". */
export function stripMarks(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** Lower-case letters of other scripts that pass for Latin ones (Cyrillic, Greek, IPA). */
const LOOKALIKES: Record<string, string> = {
  а: "a",
  е: "e",
  ё: "e",
  і: "i",
  ј: "j",
  к: "k",
  о: "o",
  р: "p",
  с: "c",
  у: "y",
  х: "x",
  ԁ: "d",
  һ: "h",
  ԛ: "q",
  ԝ: "w",
  α: "a",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ı: "i",
  ɑ: "a",
  ɡ: "g",
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "g");

/** Leetspeak, undone in words that have a letter: "d1t" → "dit", "c4c" → "cac"; "2024" stays. */
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s" };
const LEET_DIGITS = /[013457]/g;
const HAS_LETTER = /\p{L}/u;
/** A letter typed three times or more (the text is composed: a Vietnamese letter is one code point). */
const HELD = /(\p{L})\1{2,}/gu;

/**
 * What one character of a cleaned text is to matching (cached per character): `text` is its lower-case
 * NFKC form with look-alike letters read as Latin, letters, digits and marks kept, "@" and "$" kept
 * (leetspeak when they touch a word), any other character a space; "" when it is invisible. `mark`:
 * the character is a combining mark, which belongs to the letter before it (and is nothing alone);
 * `letter`: it is one letter or digit.
 */
type Piece = { text: string; mark: boolean; letter: boolean };
const pieces = new Map<string, Piece>();
function pieceOf(ch: string): Piece {
  let p = pieces.get(ch);
  if (p === undefined) {
    const text = stripInvisible(ch.normalize("NFKC"))
      .toLowerCase()
      .replace(LOOKALIKE, (c) => LOOKALIKES[c])
      .replace(/[^\p{L}\p{M}\p{N}@$]+/gu, " ");
    const mark = /^\p{M}+$/u.test(text);
    // A compatibility form that starts with a mark (¨ → " ̈") keeps no mark without its letter.
    const kept = mark ? text : text.replace(/(^|[ @$])\p{M}+/gu, "$1");
    p = { text: kept, mark, letter: /^[\p{L}\p{N}]\p{M}*$/u.test(kept) }; // letter: one letter (or digit), the common case
    if (pieces.size < 65_536) pieces.set(ch, p);
  }
  return p;
}

/** Leetspeak and held letters undone in one word; the cheap tests first, as most words have neither. */
function undisguise(w: string): string {
  if (/[013457]/.test(w) && HAS_LETTER.test(w)) w = w.replace(LEET_DIGITS, (d) => LEET[d]);
  if (/(.)\1\1/.test(w)) w = w.replace(HELD, "$1");
  return w;
}

/**
 * The words of a text as a reader sees them, lower case, diacritics kept: cleanText, then, character by
 * character, NFKC (full-width and styled letters become plain ones), invisible characters removed,
 * look-alike letters of other scripts read as Latin; words spelled out letter by letter joined ("đ.m",
 * "v c l" → "đm", "vcl": any separator), leetspeak undone in words that have a letter ("d1t", "c@c";
 * "2024" stays), a letter held down three times or more counted once ("vclll" → "vcl").
 */
export function revealWords(s: string): string[] {
  const text = cleanText(s);
  const words: string[] = [];
  let word = ""; // the word being read
  let bases = 0; // its letters and digits (marks not counted): 1 for a letter spelled out alone
  let sign = ""; // "@" or "$" just read with no word before it: leetspeak if a word follows
  let spelled = ""; // letters spelled out one by one, joined
  const end = () => {
    if (bases === 1) spelled += word;
    else if (word) {
      if (spelled) words.push(undisguise(spelled));
      spelled = "";
      words.push(undisguise(word));
    }
    word = "";
    bases = 0;
  };
  const add = (c: string) => {
    if (c === " ") {
      end();
      sign = "";
    } else if (c === "@" || c === "$") {
      if (word) {
        word += LEET[c];
        bases++;
      } else sign = LEET[c];
    } else {
      if (sign) {
        word = sign;
        bases = 1;
        sign = "";
      }
      word += c;
      bases++;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII, the common case: a letter or digit without a pending sign is added here.
      const lower = c >= 0x41 && c <= 0x5a;
      if (!sign && (lower || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) {
        word += lower ? String.fromCharCode(c + 32) : text[i];
        bases++;
      } else if (lower) add(String.fromCharCode(c + 32));
      else add((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24 ? text[i] : " ");
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length; // cleanText leaves no lone surrogate
    const p = pieceOf(pair ? text.slice(i, i + 2) : text[i]);
    if (pair) i++;
    if (p.letter && !sign) {
      word += p.text;
      bases++;
    } else if (p.mark)
      word += word ? p.text : ""; // a mark joins its letter; alone, it is nothing
    else for (const ch of p.text) add(ch);
  }
  end();
  if (spelled) words.push(undisguise(spelled));
  return words;
}

/** stripMarks of each word, cached: a text's words are mostly the language's common words. */
const foldedWords = new Map<string, string>();
function foldWord(w: string): string {
  if (!/[^\0-\x7f]/.test(w)) return w; // ASCII: nothing to fold
  let f = foldedWords.get(w);
  if (f === undefined) {
    f = stripMarks(w);
    if (foldedWords.size < 65_536) foldedWords.set(w, f);
  }
  return f;
}

/**
 * The form texts are matched in: revealWords with diacritics folded, separated by single spaces.
 * "Đ\u200Bị\u200Bt m3", "đ.m", "ĐỊT MẸ" give "dit me" and "dm"; "d i t m e" gives "ditme"; "Lớp 12,
 * quận 10" gives "lop 12 quan 10". Letters of other scripts stay (lower case, without marks).
 */
export function foldText(s: string): string {
  return revealWords(s).map(foldWord).join(" ");
}

/**
 * Vietnamese text folding for matching: the same words typed with or
 * without diacritics, in any Unicode form, compare equal.
 */
export function foldVi(s: string): string {
  let out = "";
  let gap = false; // a separator is pending (written before the next letter, never at either end)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let piece: string;
    if (c < 0x80) {
      // ASCII, the common case: letters and digits stay (lower case), anything else separates.
      if (c >= 0x61 && c <= 0x7a) piece = s[i];
      else if (c >= 0x30 && c <= 0x39) piece = s[i];
      else if (c >= 0x41 && c <= 0x5a) piece = String.fromCharCode(c + 32);
      else {
        gap = true;
        continue;
      }
    } else {
      const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
      const ch = wide ? s.slice(i, i + 2) : s[i];
      if (wide) i++;
      piece = foldChar(ch);
    }
    // A piece is letters and single spaces ("" for a mark, which joins its neighbours).
    for (let k = 0; k < piece.length; k++) {
      const p = piece[k];
      if (p === " ") gap = true;
      else {
        if (gap && out) out += " ";
        gap = false;
        out += p;
      }
    }
  }
  return out;
}

/**
 * The definition, one character at a time: canonical decomposition, marks
 * U+0300–U+036F dropped, đ → d, lower case, anything but a-z and 0-9 a
 * separator. Decomposition and this lower-casing act on each character
 * alone (reordering moves marks only, which are dropped or separate), so
 * folding character by character gives what folding the whole text gives;
 * foldVi caches each character's result.
 */
const folded = new Map<string, string>();
function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    f = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ");
    if (folded.size < 65_536) folded.set(ch, f);
  }
  return f;
}
