/**
 * Place names for routing: every name a place is known by (its current name
 * with and without its kind word, and its former names) mapped to the places
 * it denotes. One name may denote several places: a current name that was
 * also a merged unit's name ("phường Tân An"), or a former district split
 * between new communes ("huyện Vị Thủy"). Such a match is shared between
 * them, the current name first, and each reason names the others.
 */
import type { RoutingPlace } from "./routing.ts";

export type PlaceTarget = { code: string; label: string; current: boolean };
export type PlaceTerm = { tokens: string[]; label: string; targets: PlaceTarget[] };
/** How much a matched name counts for one place it may denote. */
export type OtherPlace = { label: string; former: boolean };
export type PlaceShare = { code: string; label: string; share: number; current: boolean; others: OtherPlace[] };

/** Lowercase NFC words, diacritics kept. */
export function nameTokens(s: string): string[] {
  return s
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The kind words of units known by their bare name: communes, wards, special zones, towns (thị trấn). */
const BARE_KINDS = new Set(["xã", "phường", "đặc khu", "thị trấn"]);

export const placeLabel = (p: { kind: string; name: string }) => (p.kind ? `${p.kind} ${p.name}` : p.name);

/** The names to look for, longest first, each with the places it denotes. */
export function placeTerms(places: RoutingPlace[], known: (code: string) => boolean): PlaceTerm[] {
  const byPhrase = new Map<string, PlaceTerm>();
  const add = (phrase: string, target: PlaceTarget) => {
    const toks = nameTokens(phrase);
    if (!toks.length) return;
    const key = toks.join(" ");
    const term = byPhrase.get(key) ?? { tokens: toks, label: phrase.trim(), targets: [] };
    const same = term.targets.find((t) => t.code === target.code && t.label === target.label);
    if (!same) term.targets.push(target);
    else same.current ||= target.current;
    byPhrase.set(key, term);
  };
  for (const p of places) {
    if (!known(p.code)) continue;
    const label = placeLabel(p);
    add(label, { code: p.code, label, current: true });
    // A commune-level unit is known by its bare name too ("Ninh Kiều"), unless a single word that could be
    // anything; a district-level one is not (the 2025 communes often took a former district's name).
    if (BARE_KINDS.has(p.kind) && nameTokens(p.name).length >= 2) add(p.name, { code: p.code, label, current: true });
    for (const f of p.formerNames) add(f, { code: p.code, label, current: false });
  }
  return [...byPhrase.values()].sort((a, b) => b.tokens.length - a.tokens.length || b.label.length - a.label.length);
}

/**
 * What a matched name counts for each place: the current places share 1, the
 * places it was a former name of share ½ beside them (1 when no current place
 * has the name).
 */
export function shares(term: PlaceTerm): PlaceShare[] {
  const current = term.targets.filter((t) => t.current);
  const former = term.targets.filter((t) => !t.current);
  const formerTotal = current.length ? 0.5 : 1;
  const others = (t: PlaceTarget) =>
    term.targets.filter((o) => o !== t).map((o) => ({ label: o.label, former: !o.current }));
  return [
    ...current.map((t) => ({ ...t, share: 1 / current.length, others: others(t) })),
    ...former.map((t) => ({ ...t, share: formerTotal / former.length, others: others(t) })),
  ];
}
