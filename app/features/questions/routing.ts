/**
 * Routing suggestions: which organization should answer a question, with
 * the reasons. Scores come from the directory's competence keywords, place
 * names (local matters go to the UBND of the commune or ward named), the
 * organizations' own names, and operators' past routing decisions.
 * Vietnamese-aware: text is folded (no diacritics, NFC/NFD alike) and
 * abbreviations expanded.
 *
 * A keyword line starting with "@" is a local matter ("@rác thải sinh
 * hoạt"): when the question names a place, it goes mainly to that place's
 * UBND, and otherwise to the organization whose keyword it is.
 */
import { withoutPersonNames } from "../../platform/vi/index.ts";
import { placeTerms, shares, type OtherPlace } from "./place-names.ts";
import {
  ABBREVIATIONS,
  ambiguousFolds,
  matchAt,
  matches,
  outermost,
  ownCompounds,
  tokens,
  toTokens,
  type Hit,
} from "./routing-match.ts";
import { contentWords, foldVi, jaccard } from "./text.ts";

export { ABBREVIATIONS, matches, toTokens };

export type RoutingOrg = { code: string; name: string; shortName: string; kind: string; keywords: string };
export type RoutingDecision = { text: string; code: string };
/** A place: its UBND's code, the kind word written before its name ("phường", or "" for none), former names. */
export type RoutingPlace = { code: string; kind: string; name: string; formerNames: string[] };
export type Reason = {
  kind: "keyword" | "name" | "place" | "former" | "local" | "history";
  term: string;
  weight: number;
  /** For a place name that denotes more than one unit: the others, and whether it is their former name. */
  others?: OtherPlace[];
};
export type Suggestion = { code: string; score: number; reasons: Reason[] };

type Term = { phrase: string; tokens: string[]; label: string; weight: number; local: boolean };

const NOT_ROUTED_TO = new Set(["council"]);
const KIND_ORDER: Record<string, number> = {
  department: 0,
  agency: 1,
  utility: 2,
  local: 3,
  public_service: 3,
  government: 4,
  media: 5,
  council: 6,
};

/** Parses "phrase*2.5" (explicit weight) or "phrase" (weight by length); "@phrase" is a local matter. */
export function parseTerm(raw: string): Term | null {
  const local = raw.trim().startsWith("@");
  const m = /^(.*?)(?:\s*\*\s*(\d+(?:\.\d+)?))?\s*$/.exec(raw.trim().replace(/^@\s*/, ""));
  if (!m || !m[1].trim()) return null;
  const phrase = foldVi(m[1]);
  if (!phrase) return null;
  const toks = tokens(m[1]);
  const n = toks.length;
  const weight = m[2] ? Number(m[2]) : Math.min(3, 1 + 0.5 * (n - 1));
  return { phrase, tokens: toks, label: m[1].trim(), weight, local };
}

/** People's names ("ông Lương Tâm", "Nguyễn Thị Mỹ Xuyên") are neither places nor keywords. */
export { withoutPersonNames };

export function createRouter(opts: {
  orgs: RoutingOrg[];
  places: RoutingPlace[];
  decisions?: RoutingDecision[];
  abbreviations?: Record<string, string>;
}) {
  const abbreviations = Object.fromEntries(
    Object.entries(opts.abbreviations ?? ABBREVIATIONS).map(([k, v]) => [foldVi(k), v]),
  );
  const orgs = opts.orgs.filter((o) => !NOT_ROUTED_TO.has(o.kind));
  const byCode = new Map(orgs.map((o) => [o.code, o]));
  const keywordTerms = orgs.map((o) => ({
    code: o.code,
    terms: o.keywords
      .split(/\r?\n/)
      .map(parseTerm)
      .filter((t): t is Term => !!t),
    names: [...new Set([o.name, o.shortName].filter((n) => tokens(n).length >= 2))].map((n) => ({
      label: n,
      tokens: tokens(n),
    })),
  }));
  const names = placeTerms(opts.places, (code) => byCode.has(code));
  const ambiguous = ambiguousFolds(
    keywordTerms.flatMap((k) => [...k.terms.map((t) => t.label), ...k.names.map((n) => n.label)]),
  );
  // Local matters, by phrase: the organizations answering for each where no place is named.
  const localTerms = new Map<string, Term & { fallbacks: string[] }>();
  for (const k of keywordTerms)
    for (const t of k.terms.filter((t) => t.local)) {
      const l = localTerms.get(t.phrase) ?? { ...t, fallbacks: [] };
      l.fallbacks.push(k.code);
      localTerms.set(t.phrase, l);
    }
  const decisions = (opts.decisions ?? []).map((d) => ({ code: d.code, words: new Set(contentWords(d.text)) }));

  function suggest(text: string, limit = 5): Suggestion[] {
    const toks = toTokens(withoutPersonNames(text), abbreviations);
    const scores = new Map<string, Suggestion>();
    const add = (code: string, weight: number, reason: Omit<Reason, "weight">) => {
      if (!byCode.has(code) || weight <= 0) return;
      const s = scores.get(code) ?? { code, score: 0, reasons: [] };
      s.score += weight;
      s.reasons.push({ ...reason, weight: Math.round(weight * 100) / 100 });
      scores.set(code, s);
    };

    // Competence keywords, whole words; a phrase inside a longer matched phrase is not counted again.
    const hits: (Hit & { term: Term })[] = [];
    for (const k of keywordTerms) {
      for (const term of k.terms) {
        if (term.local) continue;
        const at = matchAt(toks, term.tokens, { inCompounds: true, ambiguous });
        if (at.length) hits.push({ code: k.code, term, size: term.tokens.length, at });
      }
      for (const n of k.names) if (matches(toks, n.tokens)) add(k.code, 4, { kind: "name", term: n.label });
    }
    for (const h of outermost(ownCompounds(hits, toks)))
      add(h.code, h.term.weight, { kind: "keyword", term: h.term.label });

    // Places: longest names first, each stretch of words counted once.
    let rest = toks;
    const placed = new Map<string, number>();
    for (const p of names) {
      for (let i = 0; i + p.tokens.length <= rest.length; i++) {
        if (!matches(rest.slice(i, i + p.tokens.length), p.tokens)) continue;
        for (const s of shares(p)) {
          const before = placed.get(s.code) ?? 0;
          const share = Math.min(1, before + s.share) - before;
          if (share <= 0) continue;
          placed.set(s.code, before + share);
          const reason = { kind: s.current ? "place" : "former", term: p.label } as const;
          add(s.code, share, s.others.length ? { ...reason, others: s.others } : reason);
        }
        rest = [
          ...rest.slice(0, i),
          { raw: "|", fold: "|", bare: false, joined: false },
          ...rest.slice(i + p.tokens.length),
        ];
        break;
      }
    }

    const placedTotal = [...placed.values()].reduce((a, b) => a + b, 0);
    for (const t of localTerms.values()) {
      if (!matches(toks, t.tokens)) continue;
      for (const [code, share] of placed)
        add(code, (t.weight * 1.6 * share) / placedTotal, { kind: "local", term: t.label });
      for (const code of t.fallbacks)
        add(code, placed.size ? t.weight * 0.5 : t.weight, { kind: "keyword", term: t.label });
    }

    if (decisions.length) {
      const mine = new Set(contentWords(text));
      const votes = new Map<string, { sim: number; n: number }>();
      for (const d of decisions) {
        const sim = jaccard(mine, d.words);
        if (sim < 0.3) continue;
        const v = votes.get(d.code) ?? { sim: 0, n: 0 };
        v.sim += sim;
        v.n++;
        votes.set(d.code, v);
      }
      for (const [code, v] of votes) add(code, Math.min(4, v.sim * 4), { kind: "history", term: String(v.n) });
    }

    return [...scores.values()]
      .sort(
        (a, b) =>
          b.score - a.score ||
          (KIND_ORDER[byCode.get(a.code)!.kind] ?? 9) - (KIND_ORDER[byCode.get(b.code)!.kind] ?? 9) ||
          a.code.localeCompare(b.code),
      )
      .slice(0, limit)
      .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }));
  }

  return { suggest };
}
