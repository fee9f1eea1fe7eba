/**
 * The seed list (thesaurus-seed.ts) brought into the database at each start, without undoing an
 * admin's work:
 * - a seed group with no row is inserted;
 * - a row no admin changed (its words still hash to `seedHash`) follows the list: updated when its
 *   group changed, deleted when its group left the list;
 * - a row an admin changed is theirs and stays as it is;
 * - a seed row an admin deleted stays deleted (status "removed", see thesaurus.server.ts).
 * Rows inserted by the first migration, before rows knew their group, are adopted on the first sync:
 * as the admin's when their `updatedAt` moved since they were inserted, as the seed's otherwise.
 * One transaction; nothing is written when nothing changed. Two nodes starting at once: the unique
 * `seedKey` lets one of them win, and the other finds the work done.
 */
import { createHash } from "node:crypto";
import { db } from "../../../platform/db.server.ts";
import { viTokens } from "../../../platform/vi/index.ts";
import { invalidateDuplicates } from "./service.server.ts";
import { THESAURUS_SEED, type SeedGroup } from "./thesaurus-seed.ts";

type Words = { kind: string; terms: string[]; facet?: string };

/** A group's lasting name: its kind and first word, folded ("synonym:mat nuoc"). */
export function seedKeyOf(g: Words): string {
  const first = viTokens(g.terms[0] ?? "")
    .map((t) => t.fold)
    .join(" ");
  return `${g.kind}:${first}`;
}

/** What a row says, as a hash: equal for the seed's group and for a row no admin changed. */
export function seedHashOf(g: Words): string {
  return createHash("sha256")
    .update(JSON.stringify([g.kind, g.facet ?? "", g.terms]))
    .digest("base64url")
    .slice(0, 22);
}

type Row = {
  id: string;
  kind: string;
  terms: string;
  facet: string;
  status: string;
  seedKey: string | null;
  seedHash: string | null;
  createdAt: Date;
  updatedAt: Date;
};
const wordsOf = (r: Row): Words => ({ kind: r.kind, terms: r.terms.split("\n"), facet: r.facet });
/** The hash no row can have: an admin's row, which the seed never touches again. */
const EDITED = "edited";

/** Brings the thesaurus's seed rows in line with `seed`; returns how many rows it wrote. */
export async function syncThesaurusSeed(seed: SeedGroup[] = THESAURUS_SEED): Promise<number> {
  let written: number;
  try {
    written = await syncOnce(seed);
  } catch (e) {
    // Another node inserted the same group meanwhile (unique seedKey): its rows are ours now.
    if ((e as { code?: string }).code !== "P2002") throw e;
    written = await syncOnce(seed);
  }
  if (written) invalidateDuplicates();
  return written;
}

async function syncOnce(seed: SeedGroup[]): Promise<number> {
  const wanted = new Map(seed.map((g) => [seedKeyOf(g), g]));
  return db().$transaction(async (tx) => {
    let written = 0;
    const rows: Row[] = await tx.thesaurusEntry.findMany({ where: { source: "seed" }, orderBy: { createdAt: "asc" } });
    const byKey = new Map(rows.filter((r) => r.seedKey).map((r) => [r.seedKey!, r]));
    // The first migration's rows: given their group, once.
    for (const r of rows.filter((x) => !x.seedKey)) {
      const key = seedKeyOf(wordsOf(r));
      if (byKey.has(key)) continue;
      const untouched = r.updatedAt.getTime() === r.createdAt.getTime();
      const seedHash = untouched ? seedHashOf(wordsOf(r)) : EDITED;
      const adopted = await tx.thesaurusEntry.update({ where: { id: r.id }, data: { seedKey: key, seedHash } });
      byKey.set(key, adopted);
      written++;
    }
    for (const [key, r] of byKey) {
      const untouched = r.seedHash === seedHashOf(wordsOf(r));
      const g = wanted.get(key);
      if (!g) {
        // Its group left the list: gone with it, unless an admin made it theirs.
        if (untouched || r.status === "removed") {
          await tx.thesaurusEntry.delete({ where: { id: r.id } });
          written++;
        }
        continue;
      }
      if (!untouched || r.status !== "active" || r.seedHash === seedHashOf(g)) continue;
      await tx.thesaurusEntry.update({
        where: { id: r.id },
        data: { kind: g.kind, terms: g.terms.join("\n"), facet: g.facet ?? "", seedHash: seedHashOf(g) },
      });
      written++;
    }
    const missing = [...wanted].filter(([key]) => !byKey.has(key));
    if (missing.length) {
      await tx.thesaurusEntry.createMany({
        data: missing.map(([key, g]) => ({
          kind: g.kind,
          terms: g.terms.join("\n"),
          facet: g.facet ?? "",
          source: "seed",
          seedKey: key,
          seedHash: seedHashOf(g),
        })),
      });
      written += missing.length;
    }
    return written;
  });
}
