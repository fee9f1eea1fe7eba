/**
 * A question as the duplicate ranking reads it: the shared Vietnamese pipeline (platform/vi: tokens,
 * known words joined), then the thesaurus (each of a group's words becomes the group's concept, so
 * "đền bù" and "bồi thường", "BHYT" and "bảo hiểm y tế" are one term), then the named things: roads by
 * their number ("ĐT931", "đường tỉnh 931"), units by their number ("ấp 3", "phường 5"), and names
 * (Title-case runs, "Trần Hưng Đạo", "KCN Sông Hậu"; known places whatever their case, former names
 * read as the current one). Pure: the lexicon comes from the caller.
 */
import { stripMarks } from "../../../platform/text.ts";
import {
  hasMarks,
  isStopword,
  joinPhrases,
  PhraseDict,
  trigramsOf,
  VI_COMPOUNDS,
  VI_STOPWORDS,
  viTokens,
  writtenKey,
  type Unit,
  type ViToken,
} from "../../../platform/vi/index.ts";

export type ConceptKind = "abbreviation" | "synonym" | "place";
export type Concept = { id: string; label: string; kind: ConceptKind; facet: string };
export type Group = { id?: string; kind: ConceptKind; terms: string[]; facet?: string };

/**
 * The words known and what they mean: built once per thesaurus version. `concepts` is keyed by the
 * folded word, for words typed without any diacritics; `exact` by the syllable as written (`writtenKey`:
 * "bão" is not "báo" nor "bao", "hoà" is "hòa"), and `forms` by a phrase's written syllables ("công
 * nhận" is not "công nhân"), for words typed with them.
 */
export type Lexicon = {
  dict: PhraseDict;
  concepts: Map<string, Concept>;
  exact: Map<string, Concept>;
  /** Each folded phrase's written forms (syllables as `looseKey`), for a phrase typed with diacritics. */
  forms: Map<string, { syllables: string[]; concept: Concept }[]>;
  /** Words written in capitals that are also a syllable ("BOT", "bớt" typed bare): met only in capitals. */
  capitals: Set<string>;
};

/** A folded word that could be a Vietnamese syllable ("bot", "hoc"), not only an abbreviation ("bhyt"). */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;

/** Road heads as the thesaurus's concept ids: a number after one names one road. */
const ROAD_HEADS = new Set(["≡quoc_lo", "≡duong_tinh", "≡duong_huyen"]);
/** Words before a unit's number ("ấp 3", "phường 5", "khóm 2", "tổ 4"). */
const UNIT_HEADS = new Set(["ap", "phuong", "khom", "to", "khu_vuc"]);

const PLACE_KIND = /^(thành phố|thị xã|thị trấn|huyện|quận|xã|phường|đặc khu|tỉnh|ấp|khóm)\s+/iu;

const keyOf = (text: string) =>
  viTokens(text)
    .map((t) => t.fold)
    .join("_");

export function buildLexicon(groups: Group[]): Lexicon {
  const dict = new PhraseDict(VI_COMPOUNDS);
  for (const w of VI_STOPWORDS) if (w.includes("_")) dict.add(w.replace(/_/g, " "));
  const concepts = new Map<string, Concept>();
  const exact = new Map<string, Concept>();
  const forms = new Map<string, { syllables: string[]; concept: Concept }[]>();
  const capitals = new Set<string>();
  for (const g of groups) {
    const terms = g.terms.map((t) => t.trim()).filter(Boolean);
    if (!terms.length) continue;
    // A place is one thing however its kind is written: "thành phố Vị Thanh" is "Vị Thanh".
    const head = g.kind === "place" ? terms[0].replace(PLACE_KIND, "") || terms[0] : terms[0];
    const concept: Concept = { id: `≡${keyOf(head)}`, label: terms[0], kind: g.kind, facet: g.facet ?? "" };
    for (const t of terms) {
      const tokens = viTokens(t);
      if (!tokens.length) continue;
      dict.add(tokens.map((x) => x.fold).join(" "));
      const key = tokens.map((x) => x.fold).join("_");
      // The first group to claim a word keeps it (a word means one thing to the ranking).
      if (tokens.length === 1 && tokens[0].upper && SYLLABLE.test(tokens[0].fold)) capitals.add(tokens[0].fold);
      if (!concepts.has(key)) concepts.set(key, concept);
      if (tokens.length === 1) {
        const as = writtenKey(tokens[0].text);
        if (!exact.has(as)) exact.set(as, concept);
      } else {
        const list = forms.get(key) ?? [];
        list.push({ syllables: tokens.map((x) => looseKey(x.text)), concept });
        forms.set(key, list);
      }
    }
  }
  return { dict, concepts, exact, forms, capitals };
}

export type Doc = {
  /** Term → weight (words, joined words, concepts). */
  terms: Map<string, number>;
  /** Term → what was typed, for the reasons shown to the operator. */
  surfaces: Map<string, string>;
  /** Named things: "road:≡duong_tinh:931", "place:vi_thanh", "name:tran_hung_dao", "unit:ap:3" → what was typed. */
  entities: Map<string, string>;
  grams: Set<string>;
  /** Concept → the thesaurus group's first word ("bảo hiểm y tế"). */
  labels: Map<string, string>;
};

const SUB_WEIGHT = 0.3;

/** A syllable as written, with hỏi and ngã taken as one (the South says them alike: "bảo hiễm"). */
const looseKey = (syllable: string) => writtenKey(syllable).replace("\u0303", "\u0309");

/**
 * The concept of a phrase of several syllables typed with diacritics: one of its written forms, each
 * syllable as written (hỏi and ngã alike) or typed bare ("Công nhan", "quốc lo"). So "công nhận" is not
 * "công nhân", but "bảo hiễm y tế" is "bảo hiểm y tế". A road's head is a road's head however typed.
 */
function phraseConcept(key: string, surface: string, lex: Lexicon): Concept | undefined {
  const typed = surface.split(" ");
  for (const f of lex.forms.get(key) ?? []) {
    if (f.syllables.every((w, i) => !hasMarks(typed[i]) || looseKey(typed[i]) === w)) return f.concept;
  }
  const folded = lex.concepts.get(key);
  return folded && ROAD_HEADS.has(folded.id) ? folded : undefined;
}

/**
 * What a word means to the thesaurus. A phrase typed with diacritics is read as written
 * (`phraseConcept`). A syllable typed with diacritics must match as typed. One typed bare in a text
 * that has diacritics elsewhere is bare ("lon" there is "lon"), so it matches only a word written bare
 * ("heo", "BHYT"). In a text typed all bare it is a guess ("tom" for "tôm"; "lon" is "lợn" as much as
 * "lớn"): it counts as a word, but names no facet ("hoi" is "hỏi" far more often than "hôi", "bao" is
 * "bao" before it is "bão") and does not break a name ("Cai Lon").
 */
function conceptOf(u: Unit, lex: Lexicon, bareText: boolean): { concept?: Concept; guess: boolean } {
  if (u.size > 1) {
    const concept = hasMarks(u.surface) ? phraseConcept(u.key, u.surface, lex) : lex.concepts.get(u.key);
    return { concept, guess: false };
  }
  if (!u.upper && !hasMarks(u.surface) && lex.capitals.has(u.key)) return { guess: false };
  const as = writtenKey(u.surface);
  if (hasMarks(u.surface) || lex.exact.has(as)) return { concept: lex.exact.get(as), guess: false };
  return bareText ? { concept: lex.concepts.get(u.key), guess: true } : { guess: false };
}

/**
 * The words inside a joined word ("lấn chiếm vỉa hè" holds "lấn chiếm" and "vỉa hè"), as concepts where
 * the thesaurus knows them, so that a question that wrote them apart still meets it.
 */
function innerWords(u: Unit, lex: Lexicon): { key: string; label: string; concept: boolean }[] {
  const parts = u.key.split("_");
  const typed = u.surface.split(" ");
  const out: { key: string; label: string; concept: boolean }[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (let j = parts.length - (i === 0 ? 1 : 0); j >= i + 2; j--) {
      const span = parts.slice(i, j);
      const written = typed.slice(i, j).join(" ");
      const c = hasMarks(written) ? phraseConcept(span.join("_"), written, lex) : lex.concepts.get(span.join("_"));
      if (c) out.push({ key: c.id, label: c.label, concept: true });
      else if (lex.dict.has(span.join(" "))) out.push({ key: span.join("_"), label: span.join(" "), concept: false });
    }
  }
  return out;
}

/** A joined word's syllables and inner words, weighed lightly: a question that wrote them apart meets it. */
function addParts(doc: Doc, u: Unit, lex: Lexicon, self?: Concept) {
  if (!self) for (const part of u.key.split("_")) if (!VI_STOPWORDS.has(part)) addTerm(doc, part, part, SUB_WEIGHT);
  for (const w of innerWords(u, lex)) {
    if (w.key === self?.id || doc.terms.has(w.key) || VI_STOPWORDS.has(w.key)) continue;
    addTerm(doc, w.key, w.label, SUB_WEIGHT);
    if (w.concept) doc.labels.set(w.key, w.label);
  }
}

/** Words that say something is lacking, as written and typed bare ("thiếu", "thieu"). */
const LACK = new Set(["thiếu", "không đủ", "không có", "chưa có", "hết"].flatMap((w) => [w, stripMarks(w)]));

/**
 * The lack word just before units[i], as typed ("thiếu" in "thiếu thuốc"), if there is one in the same
 * clause ("mưa ướt hết, nền chợ trơn" lacks nothing).
 */
function lackBefore(units: Unit[], tokens: ViToken[], i: number) {
  if (i < 1 || tokens[units[i].at].clause) return undefined;
  const one = units[i - 1].surface;
  if (LACK.has(one)) return one;
  if (i < 2 || tokens[units[i - 1].at].clause) return undefined;
  const two = `${units[i - 2].surface} ${one}`;
  return LACK.has(two) ? two : undefined;
}

function addTerm(doc: Doc, key: string, surface: string, weight = 1) {
  doc.terms.set(key, (doc.terms.get(key) ?? 0) + weight);
  if (!doc.surfaces.has(key)) doc.surfaces.set(key, surface);
}

export function analyze(text: string, lex: Lexicon): Doc {
  const tokens = viTokens(text);
  const units = joinPhrases(tokens, lex.dict);
  const bareText = !hasMarks(text);
  const doc: Doc = { terms: new Map(), surfaces: new Map(), entities: new Map(), grams: new Set(), labels: new Map() };
  let run: { keys: string[]; surfaces: string[] } | null = null;
  const endRun = () => {
    if (run) doc.entities.set(`name:${run.keys.join("_")}`, run.surfaces.join(" "));
    run = null;
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (tokens[u.at].clause) endRun(); // two names parted by a comma are two places
    const { concept, guess } = conceptOf(u, lex, bareText);
    const next = units[i + 1];
    const nextIsNumber = next && /^\d+[a-z]?$/.test(next.key) && !tokens[next.at].start;
    if (concept && ROAD_HEADS.has(concept.id) && nextIsNumber) {
      endRun();
      const number = next.key.replace(/^(\d+)a$/, "$1"); // "QL1A" is "QL1"
      doc.entities.set(`road:${concept.id}:${number}`, `${u.surface} ${next.surface}`);
      addTerm(doc, concept.id, u.surface);
      i++;
      continue;
    }
    if (UNIT_HEADS.has(u.key) && nextIsNumber) {
      endRun();
      doc.entities.set(`unit:${u.key}:${next.key}`, `${u.surface} ${next.surface}`);
      i++;
      continue;
    }
    if (concept?.kind === "place") {
      endRun();
      doc.entities.set(`place:${concept.id.slice(1)}`, u.surface);
      continue;
    }
    if (u.name && (!concept || (guess && run))) {
      run ??= { keys: [], surfaces: [] };
      run.keys.push(u.key);
      run.surfaces.push(
        tokens
          .slice(u.at, u.at + u.size)
          .map((t) => t.text)
          .join(" "),
      );
      continue;
    }
    endRun();
    const lack = lackBefore(units, tokens, i);
    if (lack && !isStopword(u.key, u.surface)) {
      // "thiếu bác sĩ" is not "không đủ thuốc": what is lacking names the matter.
      doc.entities.set(`facet:lack:${concept?.id ?? u.key}`, `${lack} ${u.surface}`);
    }
    if (concept) {
      if (concept.facet && !guess) doc.entities.set(`facet:${concept.facet}:${concept.id}`, u.surface);
      doc.labels.set(concept.id, concept.label);
      addTerm(doc, concept.id, u.surface);
      // A synonym's words say something of their own ("lấn chiếm", "vỉa hè"); an abbreviation's
      // expansion and a place's name do not ("bảo hiểm" in "bảo hiểm y tế" is not another matter).
      if (u.size > 1 && concept.kind === "synonym") addParts(doc, u, lex, concept);
      continue;
    }
    if (isStopword(u.key, u.surface) || (u.key.length < 2 && !/\d/.test(u.key))) continue;
    addTerm(doc, u.key, u.surface);
    if (u.size > 1) addParts(doc, u, lex);
  }
  endRun();
  // Named things are terms too (a shared name is shared content), and their spellings are grams.
  for (const [key, surface] of doc.entities) if (!key.startsWith("facet:")) addTerm(doc, key, surface);
  doc.grams = trigramsOf(tokens.filter((t) => !isStopword(t.fold, t.text)));
  return doc;
}
