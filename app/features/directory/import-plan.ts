/**
 * An import's plan from the file's rows and the directory as it is (pure: the caller reads the
 * database): row errors, warnings, counts per table, and the writes that applying it makes.
 */
import { en } from "../../platform/i18n/dictionary-en.ts";
import { checkOrganizations } from "./import-check-orgs.ts";
import { checkPlaces } from "./import-check-places.ts";
import { countOps, warning, type ImportPlan, type ImportWarning, type Snapshot } from "./import-plan-types.ts";
import type { DirectoryRows } from "./import-rows.ts";
import { ORG_KINDS } from "./schemas.ts";

const EN_LABELS = Object.fromEntries(ORG_KINDS.map((k) => [k, en[`orgKind.${k}`]]));

export function buildPlan(rows: DirectoryRows, now: Snapshot): ImportPlan {
  const orgs = rows.organizations ? checkOrganizations(rows.organizations, now.orgs, EN_LABELS) : null;
  let fileOrgs: Map<string, string> | null = null;
  if (orgs) {
    // A row with errors still names its code: places pointing at it get no second error.
    fileOrgs = new Map([...orgs.rowOf.keys()].map((c) => [c, "local"]));
    for (const op of orgs.ops) fileOrgs.set(op.data.code, op.data.kind);
  }
  const places = rows.places ? checkPlaces(rows.places, now.places, now.orgs, fileOrgs) : null;

  const warnings: ImportWarning[] = [];
  for (const o of orgs?.retire ?? []) {
    const b = now.busy[o.id];
    if (b && (b.users || b.tasks || b.questions))
      warnings.push(
        warning("import.warn.busy", { code: o.code, users: b.users, tasks: b.tasks, questions: b.questions }),
      );
    // Places the file leaves alone keep pointing at their UBND, retired or not.
    if (!places && b?.places) warnings.push(warning("import.warn.places", { code: o.code, places: b.places }));
  }
  return {
    tables: { organizations: !!orgs, places: !!places },
    counts: {
      organizations: countOps(orgs?.ops ?? [], orgs?.retire.length ?? 0),
      places: countOps(places?.ops ?? [], places?.retire.length ?? 0),
    },
    errors: [...(orgs?.errors ?? []), ...(places?.errors ?? [])],
    warnings,
    orgOps: orgs?.ops ?? [],
    orgRetire: orgs?.retire.map((o) => o.id) ?? [],
    placeOps: places?.ops ?? [],
    placeRetire: places?.retire.map((p) => p.id) ?? [],
  };
}
