/**
 * The thesaurus's use cases (/quan-tri/tu-dien): list, add, edit and delete groups of words, and the
 * candidates learned from merges (accepted as a new group, or turned down for good). Every change is
 * audited and rebuilds this node's ranking at once (others within 30 s).
 */
import type { AuditActor } from "../../../platform/audit.server.ts";
import { audit } from "../../../platform/audit.server.ts";
import { db } from "../../../platform/db.server.ts";
import { notFound } from "../../../platform/errors.ts";
import { parseInput } from "../../../platform/validation.ts";
import { viTokens } from "../../../platform/vi/index.ts";
import {
  thesaurusCandidateSchema,
  thesaurusEntrySchema,
  thesaurusUpdateSchema,
  type ThesaurusKind,
} from "./schemas.ts";
import { duplicateState, invalidateDuplicates } from "./service.server.ts";

export type ThesaurusRow = { id: string; kind: ThesaurusKind; terms: string[]; facet: string; source: string };
export type Candidate = { a: string; b: string; merges: number };

const fold = (s: string) =>
  viTokens(s)
    .map((t) => t.fold)
    .join(" ");

/** The active groups, the learned candidates (the most merges first) and the facets in use. */
export async function listThesaurus(): Promise<{ entries: ThesaurusRow[]; candidates: Candidate[]; facets: string[] }> {
  const rows = await db().thesaurusEntry.findMany({ orderBy: [{ kind: "asc" }, { createdAt: "asc" }] });
  const entries = rows
    .filter((r) => r.status === "active")
    .map((r) => ({
      id: r.id,
      kind: r.kind as ThesaurusKind,
      terms: r.terms.split("\n"),
      facet: r.facet,
      source: r.source,
    }));
  // A candidate is known when one group (of any status) already has both words.
  const known = rows.map((r) => new Set(r.terms.split("\n").map(fold)));
  const { learned } = await duplicateState();
  const candidates: Candidate[] = [];
  for (const [key, merges] of learned.together) {
    const [u, w] = key.split("|");
    if (/^(name|road|unit|facet):/.test(u) || /^(name|road|unit|facet):/.test(w)) continue;
    const a = learned.surfaces.get(u) ?? u;
    const b = learned.surfaces.get(w) ?? w;
    if (known.some((k) => k.has(fold(a)) && k.has(fold(b)))) continue;
    candidates.push({ a, b, merges });
  }
  candidates.sort((x, y) => y.merges - x.merges || x.a.localeCompare(y.a));
  const facets = [...new Set(entries.map((e) => e.facet).filter(Boolean))].sort();
  return { entries, candidates: candidates.slice(0, 50), facets };
}

export async function createEntry(actor: AuditActor, raw: unknown) {
  const input = parseInput(thesaurusEntrySchema, raw);
  const row = await db().$transaction(async (tx) => {
    const e = await tx.thesaurusEntry.create({
      data: { kind: input.kind, terms: input.terms.join("\n"), facet: input.facet, source: "admin" },
    });
    await audit(tx, { actor, action: "create", entity: "ThesaurusEntry", entityId: e.id, after: e });
    return e;
  });
  invalidateDuplicates();
  return row;
}

export async function updateEntry(actor: AuditActor, raw: unknown) {
  const input = parseInput(thesaurusUpdateSchema, raw);
  const row = await db().$transaction(async (tx) => {
    const before = await tx.thesaurusEntry.findUnique({ where: { id: input.id } });
    if (!before || before.status !== "active") throw notFound();
    const e = await tx.thesaurusEntry.update({
      where: { id: input.id },
      data: { kind: input.kind, terms: input.terms.join("\n"), facet: input.facet },
    });
    await audit(tx, { actor, action: "update", entity: "ThesaurusEntry", entityId: e.id, before, after: e });
    return e;
  });
  invalidateDuplicates();
  return row;
}

export async function deleteEntry(actor: AuditActor, id: string) {
  await db().$transaction(async (tx) => {
    const before = await tx.thesaurusEntry.findUnique({ where: { id } });
    if (!before || before.status !== "active") throw notFound();
    // A seed row is kept as "removed", so that the next start's seed does not bring it back.
    if (before.seedKey) await tx.thesaurusEntry.update({ where: { id }, data: { status: "removed" } });
    else await tx.thesaurusEntry.delete({ where: { id } });
    await audit(tx, { actor, action: "delete", entity: "ThesaurusEntry", entityId: id, before });
  });
  invalidateDuplicates();
}

/** A learned pair becomes a group (accepted) or is kept as turned down, never proposed again. */
export async function decideCandidate(actor: AuditActor, raw: unknown, accept: boolean) {
  const { a, b } = parseInput(thesaurusCandidateSchema, raw);
  const row = await db().$transaction(async (tx) => {
    const e = await tx.thesaurusEntry.create({
      data: { kind: "synonym", terms: `${a}\n${b}`, source: "learned", status: accept ? "active" : "rejected" },
    });
    await audit(tx, {
      actor,
      action: accept ? "accept" : "reject",
      entity: "ThesaurusEntry",
      entityId: e.id,
      after: e,
    });
    return e;
  });
  invalidateDuplicates();
  return row;
}
