/**
 * The duplicate ranking on a node: the lexicon (the thesaurus and the directory's places, from the
 * database), operators' verdicts, and one corpus per episode, each cached and kept current. Like the
 * router (routing.server.ts): rebuilt after a change on this node at once, on other nodes within 30 s.
 */
import { db } from "../../../platform/db.server.ts";
import { PLACE_KIND_WORD, type PlaceKind } from "../../directory/schemas.ts";
import { analyze, buildLexicon, type Doc, type Group, type Lexicon } from "./analyze.ts";
import { Learned, type Verdict } from "./learning.ts";
import { Corpus, rank, type Scored } from "./rank.ts";

const TTL = 30_000;
const MAX_VERDICTS = 5000;
const MAX_EPISODES = 20;
const MAX_QUESTIONS = 2000;
/** The queue's badge asks for more than a suggestion does. */
export const FLAG_SCORE = 0.4;

type State = { lex: Lexicon; learned: Learned; version: number; at: number; key: string };
let state: State | undefined;
/** The state before the last invalidation (its lexicon is kept when the words known did not change). */
let last: State | undefined;
let building: Promise<State> | undefined;
let version = 0;

export async function thesaurusGroups(): Promise<Group[]> {
  const rows = await db().thesaurusEntry.findMany({ where: { status: "active" }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => ({ id: r.id, kind: r.kind as Group["kind"], terms: r.terms.split("\n"), facet: r.facet }));
}

/** The directory's places as thesaurus groups: a place's name, with its kind word, and former names. */
export async function placeGroups(): Promise<Group[]> {
  const places = await db().place.findMany({
    where: { active: true },
    select: { kind: true, name: true, formerNames: true },
  });
  return places.map((p) => {
    const word = p.kind ? (PLACE_KIND_WORD[p.kind as PlaceKind] ?? "") : "";
    const former = p.formerNames.split("\n").filter((n) => n.trim());
    return { kind: "place" as const, terms: [p.name, ...(word ? [`${word} ${p.name}`] : []), ...former] };
  });
}

async function verdicts(lex: Lexicon): Promise<Verdict[]> {
  const rows = await db().duplicateVerdict.findMany({
    orderBy: { createdAt: "desc" },
    take: MAX_VERDICTS,
    select: {
      questionId: true,
      otherId: true,
      verdict: true,
      question: { select: { summary: true } },
      other: { select: { summary: true } },
    },
  });
  return rows.map((r) => ({
    questionId: r.questionId,
    otherId: r.otherId,
    verdict: r.verdict === "merged" ? "merged" : "distinct",
    a: analyze(r.question.summary, lex),
    b: analyze(r.other.summary, lex),
  }));
}

async function build(previous: State | undefined): Promise<State> {
  const groups = [...(await thesaurusGroups()), ...(await placeGroups())];
  // The episodes' questions are analyzed again only when the words known changed.
  const key = JSON.stringify(groups);
  const same = previous?.key === key;
  const lex = same ? previous.lex : buildLexicon(groups);
  const learned = new Learned(await verdicts(lex));
  return { lex, learned, version: same ? previous.version : ++version, at: Date.now(), key };
}

/** The lexicon and what was learned, rebuilt at most every 30 s or after a change here. */
export async function duplicateState(): Promise<State> {
  const s = state;
  if (s && Date.now() - s.at < TTL) return s;
  building ??= build(s ?? last).finally(() => (building = undefined));
  state = last = await building;
  return state;
}

/** After a thesaurus edit or a verdict on this node. */
export function invalidateDuplicates() {
  state = undefined;
}

type Row = { id: string; summary: string; trackingCode: string; status: string; createdAt: Date };
type EpisodeIndex = {
  corpus: Corpus;
  texts: Map<string, string>;
  rows: Map<string, Row>;
  version: number;
  used: number;
  /** When the questions were last read in full, and last read for changes (the time each read began). */
  fullAt: number;
  syncedAt: number;
  /** Counts every change to the questions held (added, edited, closed): the badges are kept while it stays. */
  changes: number;
  /** The queue's badges as last computed, for every console asking while nothing changed. */
  flags?: { changes: number; learned: State["learned"]; limit: number; out: Flag[] };
};
type Flag = { questionId: string; otherId: string; trackingCode: string; score: number };
const episodes = new Map<string, EpisodeIndex>();
const CLOSED = ["merged", "rejected"];
/** Changes are read from a little before the last read: a write committed during it is not missed. */
const SYNC_MARGIN = 5_000;
const select = { id: true, summary: true, trackingCode: true, status: true, createdAt: true } as const;

function keep(ix: EpisodeIndex, s: State, r: Row) {
  if (CLOSED.includes(r.status)) return drop(ix, r.id);
  if (ix.texts.get(r.id) !== r.summary) {
    ix.corpus.put(r.id, analyze(r.summary, s.lex));
    ix.texts.set(r.id, r.summary);
    ix.changes++;
  }
  const before = ix.rows.get(r.id);
  if (!before || before.trackingCode !== r.trackingCode || before.createdAt.getTime() !== r.createdAt.getTime())
    ix.changes++;
  ix.rows.set(r.id, r);
}

function drop(ix: EpisodeIndex, id: string) {
  if (!ix.rows.has(id) && !ix.texts.has(id)) return;
  ix.corpus.remove(id);
  ix.texts.delete(id);
  ix.rows.delete(id);
  ix.changes++;
}

/**
 * The episode's open questions (not merged, not rejected), each analyzed once while its text stays:
 * read in full every 30 s (or after the lexicon changed), and in between only what changed since.
 */
async function episodeIndex(episodeId: string, s: State): Promise<EpisodeIndex> {
  const now = Date.now();
  let ix = episodes.get(episodeId);
  if (!ix || ix.version !== s.version || now - ix.fullAt > TTL) {
    const rows = await db().question.findMany({
      where: { episodeId, status: { notIn: CLOSED } },
      select,
      orderBy: { createdAt: "desc" },
      take: MAX_QUESTIONS,
    });
    const fresh = !ix || ix.version !== s.version;
    if (!ix || fresh) {
      ix = {
        corpus: new Corpus(),
        texts: new Map(),
        rows: new Map(),
        version: s.version,
        used: 0,
        fullAt: 0,
        syncedAt: 0,
        changes: 0,
      };
      episodes.set(episodeId, ix);
    }
    const seen = new Set(rows.map((r) => r.id));
    for (const id of [...ix.texts.keys()]) if (!seen.has(id)) drop(ix, id);
    for (const r of rows) keep(ix, s, r);
    ix.fullAt = ix.syncedAt = now;
  } else {
    const rows = await db().question.findMany({
      where: { episodeId, updatedAt: { gte: new Date(ix.syncedAt - SYNC_MARGIN) } },
      select,
    });
    for (const r of rows) keep(ix, s, r);
    ix.syncedAt = now;
  }
  ix.used = now;
  if (episodes.size > MAX_EPISODES) {
    const oldest = [...episodes].sort((a, b) => a[1].used - b[1].used)[0];
    episodes.delete(oldest[0]);
  }
  return ix;
}

export type DuplicateSuggestion = Scored & { trackingCode: string; summary: string; status: string };

/** The likely duplicates of one question among its episode's open questions, with the reasons. */
export async function duplicatesOf(q: { id: string; episodeId: string; summary: string }, limit = 5) {
  const s = await duplicateState();
  const ix = await episodeIndex(q.episodeId, s);
  const doc: Doc = ix.corpus.docs.get(q.id) ?? analyze(q.summary, s.lex);
  return rank(q.id, doc, ix.corpus, s.learned, { limit }).map((x) => {
    const r = ix.rows.get(x.id)!;
    return { ...x, trackingCode: r.trackingCode, summary: r.summary, status: r.status };
  });
}

/**
 * The queue's badges: for each open question, the earlier question it most likely repeats (score at
 * least FLAG_SCORE). Only the newest `limit` questions are looked at. Computed once per state of the
 * episode's questions and of what was learned, however many consoles ask.
 */
export async function duplicateFlags(episodeId: string, limit = 300): Promise<Flag[]> {
  const s = await duplicateState();
  const ix = await episodeIndex(episodeId, s);
  const f = ix.flags;
  if (f && f.changes === ix.changes && f.learned === s.learned && f.limit === limit) return f.out;
  const out = computeFlags(ix, s, limit);
  ix.flags = { changes: ix.changes, learned: s.learned, limit, out };
  return out;
}

function computeFlags(ix: EpisodeIndex, s: State, limit: number): Flag[] {
  const rows = [...ix.rows.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, limit);
  const out: Flag[] = [];
  for (const r of rows) {
    const doc = ix.corpus.docs.get(r.id);
    if (!doc) continue;
    const before = (id: string) => {
      const o = ix.rows.get(id);
      return !!o && (o.createdAt < r.createdAt || (o.createdAt.getTime() === r.createdAt.getTime() && o.id < r.id));
    };
    const [top] = rank(r.id, doc, ix.corpus, s.learned, { limit: 1, accept: before });
    if (top && top.score >= FLAG_SCORE) {
      out.push({
        questionId: r.id,
        otherId: top.id,
        trackingCode: ix.rows.get(top.id)!.trackingCode,
        score: top.score,
      });
    }
  }
  return out;
}
