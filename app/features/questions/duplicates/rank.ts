/**
 * The duplicate ranking (issue 21): TF-IDF over words, joined words and thesaurus concepts (cosine,
 * sublinear term frequency, BM25's idf), blended with character trigrams (spelling variants, missing
 * diacritics), then the named things: a shared road, unit or name raises the score; a different one
 * (both name a road, and not the same road) sinks it, as "đường tỉnh 931" is not "đường tỉnh 932".
 * Operators' verdicts come last (learning.ts). An index per episode keeps each question analyzed once.
 */
import type { Doc } from "./analyze.ts";
import { learnedAdjustment, type Learned } from "./learning.ts";

export type Entry = { id: string; doc: Doc };

const W_TERMS = 0.72;
const W_GRAMS = 0.28;
/** Below this a question is not suggested. */
export const THRESHOLD = 0.29;

/** Document frequencies of an episode's questions, kept as questions come and go. */
export class Corpus {
  readonly docs = new Map<string, Doc>();
  private readonly df = new Map<string, number>();
  private readonly gdf = new Map<string, number>();
  /** Term → the questions that have it (candidates are the questions sharing a term). */
  private readonly postings = new Map<string, Set<string>>();

  get size() {
    return this.docs.size;
  }

  put(id: string, doc: Doc) {
    this.remove(id);
    this.docs.set(id, doc);
    for (const t of doc.terms.keys()) {
      this.df.set(t, (this.df.get(t) ?? 0) + 1);
      let p = this.postings.get(t);
      if (!p) this.postings.set(t, (p = new Set()));
      p.add(id);
    }
    for (const g of doc.grams) this.gdf.set(g, (this.gdf.get(g) ?? 0) + 1);
  }

  remove(id: string) {
    const doc = this.docs.get(id);
    if (!doc) return;
    this.docs.delete(id);
    this.vectors.delete(id);
    for (const t of doc.terms.keys()) {
      this.df.set(t, (this.df.get(t) ?? 1) - 1);
      this.postings.get(t)?.delete(id);
    }
    for (const g of doc.grams) this.gdf.set(g, (this.gdf.get(g) ?? 1) - 1);
  }

  /** The questions that have a term. */
  posting(term: string): Iterable<string> {
    return this.postings.get(term) ?? [];
  }

  /**
   * Each question's vectors, kept while the corpus's size stays within 2% of what it was when they were
   * weighed (idf moves little with a few questions more or less): a question is weighed once, not per call.
   */
  private readonly vectors = new Map<string, { t: Vector; g: Vector }>();
  private weighedAt = -1;

  vectorsOf(id: string, doc: Doc) {
    if (Math.abs(this.docs.size - this.weighedAt) > Math.max(5, this.weighedAt * 0.02)) this.weigh();
    let v = this.vectors.get(id);
    if (!v) {
      v = { t: termVector(doc, this), g: gramVector(doc, this) };
      this.vectors.set(id, v);
    }
    return v;
  }

  /** Weighs every question again (the corpus's size moved by more than 2%). */
  weigh() {
    this.vectors.clear();
    this.weighedAt = this.docs.size;
    for (const [id, doc] of this.docs) this.vectors.set(id, { t: termVector(doc, this), g: gramVector(doc, this) });
  }

  /** BM25's idf, never negative; a term no other question has counts as rare. */
  idf(term: string) {
    const n = Math.max(this.docs.size, 1);
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  gidf(gram: string) {
    const n = Math.max(this.docs.size, 1);
    const df = this.gdf.get(gram) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
}

type Vector = { w: Map<string, number>; norm: number };

function termVector(doc: Doc, corpus: Corpus): Vector {
  const w = new Map<string, number>();
  let sq = 0;
  for (const [t, tf] of doc.terms) {
    const x = (tf >= 1 ? 1 + Math.log(tf) : tf) * corpus.idf(t);
    w.set(t, x);
    sq += x * x;
  }
  return { w, norm: Math.sqrt(sq) || 1 };
}

function gramVector(doc: Doc, corpus: Corpus): Vector {
  const w = new Map<string, number>();
  let sq = 0;
  for (const g of doc.grams) {
    const x = corpus.gidf(g);
    w.set(g, x);
    sq += x * x;
  }
  return { w, norm: Math.sqrt(sq) || 1 };
}

export type Why = {
  /** Terms both share, as the other question wrote them. */
  shared: { term: string; weight: number }[];
  /** Thesaurus concepts both name, and how each wrote it. */
  thesaurus: { concept: string; here: string; there: string }[];
  /** Named things (places, roads, names) both name. */
  places: string[];
  /** Named things that differ (the score was lowered). */
  differs: string[];
  learned: "promoted" | "demoted" | null;
};

export type Scored = { id: string; score: number; why: Why };

/** The class of a named thing: two questions naming different things of one class differ. */
function classOf(key: string) {
  if (key.startsWith("facet:")) return key.slice(0, key.lastIndexOf(":"));
  if (key.startsWith("road:")) return "road";
  return "name";
}

/** How much a difference in a class lowers the score (names: less when another name is shared). */
const ROAD_CONFLICT = 0.2;
const FACET_CONFLICT = 0.2;
/** Two places (of the directory or the thesaurus) that differ: another commune is another matter. */
const PLACE_CONFLICT = 0.25;
/** Both name facets (what, for whom, which problem…), and not one in common: a weaker sign. */
const FACETS_DISJOINT = 0.4;

/** Each names a facet's group the other does not, of different facets: a weaker sign still. */
const FACETS_APART = 0.6;
const ownFacet = (x: Doc, y: Doc) =>
  [...x.entities.keys()].some((k) => k.startsWith("facet:") && !y.entities.has(k) && !nestedIn(k, y));
const hasFacet = (x: Doc) => [...x.entities.keys()].some((k) => k.startsWith("facet:"));
const sharesFacet = (q: Doc, d: Doc) =>
  [...q.entities.keys()].some((k) => k.startsWith("facet:") && (d.entities.has(k) || nestedIn(k, d)));

const isPlace = (k: string) => k.startsWith("place:");
/**
 * Both name things the other does not: two places of the directory (another commune, another route's
 * end) is another matter; other names (a project, a school) less surely, and less when one is shared.
 */
function nameConflict(q: Doc, d: Doc, sharesOne: boolean) {
  const onlyPlaces = (x: Doc, y: Doc) => [...x.entities.keys()].some((k) => isPlace(k) && !y.entities.has(k));
  if (onlyPlaces(q, d) && onlyPlaces(d, q)) return PLACE_CONFLICT;
  return sharesOne ? 0.45 : 0.3;
}

/** The words of a facet's concept, as "_a_b_" ("facet:chế độ:≡bao_hiem_xa_hoi" → "_bao_hiem_xa_hoi_"). */
const facetWords = (key: string) => `_${key.slice(classOf(key).length + 1).replace(/^≡/, "")}_`;

/**
 * A facet's concept that is a narrower or broader form of one the other question names in the same
 * facet, its words followed by more ("BHXH" and "BHXH một lần"): not a different matter. Words inside
 * ("cháy" in "phòng cháy chữa cháy") do not make one concept a form of the other.
 */
function nestedIn(key: string, other: Doc) {
  if (!key.startsWith("facet:")) return false;
  const c = classOf(key);
  const mine = facetWords(key);
  for (const k of other.entities.keys()) {
    if (classOf(k) !== c) continue;
    const theirs = facetWords(k);
    if (mine.startsWith(theirs) || theirs.startsWith(mine)) return true;
  }
  return false;
}

/** What the named things of two questions say: shared ones, and a factor for different ones. */
function entities(q: Doc, d: Doc) {
  const shared: string[] = [];
  const onlyQ = new Map<string, string[]>();
  const onlyD = new Set<string>();
  for (const [k, s] of q.entities) {
    if (d.entities.has(k)) {
      if (!k.startsWith("facet:")) shared.push(s);
    } else if (!nestedIn(k, d)) onlyQ.set(classOf(k), [...(onlyQ.get(classOf(k)) ?? []), s]);
  }
  for (const k of d.entities.keys()) if (!q.entities.has(k) && !nestedIn(k, q)) onlyD.add(classOf(k));
  const differs: string[] = [];
  let factor = 1;
  for (const [c, surfaces] of onlyQ) {
    if (!onlyD.has(c)) continue;
    differs.push(...surfaces);
    factor *= c === "name" ? nameConflict(q, d, shared.length > 0) : c === "road" ? ROAD_CONFLICT : FACET_CONFLICT;
  }
  if (factor === 1 && !sharesFacet(q, d) && hasFacet(q) && hasFacet(d)) factor = FACETS_DISJOINT;
  else if (factor === 1 && ownFacet(q, d) && ownFacet(d, q)) factor = FACETS_APART;
  if (shared.length && factor === 1) factor = 1 + 0.12 * Math.min(shared.length, 2);
  return { shared, differs, factor };
}

/** How many questions, the closest by words, are scored in full (spelling, named things, verdicts). */
const SHORTLIST = 60;

/**
 * Scores the questions of the corpus against `q` (not itself); the best first, above THRESHOLD. Two
 * steps: the term cosine, accumulated over the questions sharing a term (inverted lists), picks a
 * shortlist; only those are scored in full.
 */
export function rank(
  qid: string,
  q: Doc,
  corpus: Corpus,
  learned: Learned,
  opts: { limit?: number; accept?: (id: string) => boolean } = {},
): Scored[] {
  const qt = termVector(q, corpus);
  const qg = gramVector(q, corpus);
  const dots = new Map<string, number>();
  for (const [t, x] of qt.w) {
    for (const id of corpus.posting(t)) {
      if (id === qid) continue;
      const d = corpus.docs.get(id)!;
      const y = corpus.vectorsOf(id, d).t.w.get(t) ?? 0;
      dots.set(id, (dots.get(id) ?? 0) + x * y);
    }
  }
  const cosines: [string, number][] = [];
  for (const [id, dot] of dots) {
    if (learned.dismissed(qid, id) || (opts.accept && !opts.accept(id))) continue;
    cosines.push([id, dot / (qt.norm * corpus.vectorsOf(id, corpus.docs.get(id)!).t.norm)]);
  }
  cosines.sort((a, b) => b[1] - a[1]);
  const out: Scored[] = [];
  for (const [id, cos] of cosines.slice(0, SHORTLIST)) {
    const s = scorePair(q, { qt, qg }, id, cos, corpus, learned);
    if (s.score >= THRESHOLD) out.push({ id, score: Math.round(s.score * 1000) / 1000, why: s.why() });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, opts.limit ?? 5);
}

/** The full score of one question against `q`, given their term cosine; `why` explains it. */
export function scorePair(
  q: Doc,
  v: { qt: Vector; qg: Vector },
  id: string,
  cos: number,
  corpus: Corpus,
  learned: Learned,
) {
  const d = corpus.docs.get(id)!;
  const { t: dt, g: dg } = corpus.vectorsOf(id, d);
  let gdot = 0;
  for (const [g, x] of v.qg.w) {
    const y = dg.w.get(g);
    if (y) gdot += x * y;
  }
  const grams = gdot / (v.qg.norm * dg.norm);
  const base = W_TERMS * cos + W_GRAMS * grams;
  const e = entities(q, d);
  const l = learnedAdjustment(q, d, learned);
  const score = Math.min(1, base * e.factor * l.factor);
  return { score, cos, grams, factor: e.factor, why: () => explain(q, d, v.qt, dt, e, l.effect) };
}

/** Term and gram vectors of a question against the corpus (for scorePair). */
export const vectorsFor = (q: Doc, corpus: Corpus) => ({ qt: termVector(q, corpus), qg: gramVector(q, corpus) });

/** The term cosine of two questions of the corpus. */
export function cosine(v: { qt: Vector }, id: string, corpus: Corpus) {
  const dt = corpus.vectorsOf(id, corpus.docs.get(id)!).t;
  let dot = 0;
  for (const [t, x] of v.qt.w) dot += x * (dt.w.get(t) ?? 0);
  return dot / (v.qt.norm * dt.norm);
}

function explain(
  q: Doc,
  d: Doc,
  qt: Vector,
  dt: Vector,
  e: { shared: string[]; differs: string[] },
  learned: Why["learned"],
): Why {
  const shared: Why["shared"] = [];
  const thesaurus: Why["thesaurus"] = [];
  for (const [t, x] of qt.w) {
    const y = dt.w.get(t);
    if (!y || /^(name|place|road|unit):/.test(t)) continue;
    const here = q.surfaces.get(t) ?? t;
    const there = d.surfaces.get(t) ?? t;
    if (t.startsWith("≡")) thesaurus.push({ concept: q.labels.get(t) ?? there, here, there });
    shared.push({ term: there, weight: Math.round(x * y * 100) / 100 });
  }
  shared.sort((a, b) => b.weight - a.weight);
  return { shared: shared.slice(0, 6), thesaurus, places: e.shared, differs: e.differs, learned };
}
