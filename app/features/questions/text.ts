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

export function words(s: string): string[] {
  const f = foldVi(s);
  return f ? f.split(" ") : [];
}

/** Common words that carry no topic. */
export const STOPWORDS = new Set(
  "a ai anh ba bi bo cac cach can cho chu chua co con cua da dang de den di do duoc gi ha hai hay hoi khi khong la lai lam len luc ma minh moi mot nao nay neu ngay nguoi nhe nhieu nhu nhung noi o ong qua ra rang rat roi sao se tai tha the thi thoi toi tren trong tu va van ve vi vo voi xin xa huyen tinh dan em chi cau nhu vay them duoc khac biet muon".split(
    " ",
  ),
);

export function contentWords(s: string): string[] {
  return words(s).filter((w) => !STOPWORDS.has(w) && w.length > 1);
}

/** Character trigrams of the folded text (for fuzzy similarity). */
export function trigrams(s: string): Set<string> {
  const f = ` ${foldVi(s)} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= f.length; i++) out.add(f.slice(i, i + 3));
  return out;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
