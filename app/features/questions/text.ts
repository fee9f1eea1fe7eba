import { foldVi } from "../../platform/text.ts";

export { foldVi };

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
