/**
 * A directory file's rows as the router reads a directory, without a database: the rows are checked and
 * normalized by the import's own plan (against an empty directory), so kinds, names and former names are
 * read exactly as an import would store them. Used by the routing evaluation and tests of the demo files.
 */
import { buildPlan } from "./import-plan.ts";
import type { DirectoryRows } from "./import-rows.ts";
import { PLACE_KIND_WORD, type PlaceKind } from "./schemas.ts";

export type DirectoryForRouting = {
  orgs: { code: string; name: string; shortName: string; kind: string; keywords: string }[];
  places: { code: string; kind: string; name: string; formerNames: string[] }[];
};

export function directoryForRouting(rows: DirectoryRows): DirectoryForRouting {
  const plan = buildPlan(rows, { orgs: [], places: [], busy: {} });
  if (plan.errors.length) {
    const first = plan.errors[0];
    throw new Error(`${plan.errors.length} row errors, first: ${first.sheet} row ${first.row}: ${first.message}`);
  }
  return {
    orgs: plan.orgOps.map(({ data: o }) => ({
      code: o.code,
      name: o.name,
      shortName: o.shortName,
      kind: o.kind,
      keywords: o.keywords,
    })),
    places: plan.placeOps.map(({ data: p, ubndCode }) => ({
      code: ubndCode,
      kind: p.kind ? PLACE_KIND_WORD[p.kind as PlaceKind] : "",
      name: p.name,
      formerNames: p.formerNames.split("\n").filter((n) => n.trim()),
    })),
  };
}
