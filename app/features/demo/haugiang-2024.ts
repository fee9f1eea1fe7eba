/** The Hậu Giang 2024 demo directory (app/data), as the router reads a directory. */
import agencies from "../../data/agencies.json";
import keywords from "../../data/keywords.json";
import places from "../../data/places.json";
import type { RoutingOrg, RoutingPlace } from "../questions/routing.ts";

type SeedOrg = { code: string; kind: string; name: string; short: string; parent?: string };

export const HG_ORGS = agencies.organizations as SeedOrg[];
export const HG_KEYWORDS = keywords.keywords as Record<string, string[]>;

/** The 2024 places: names under each district UBND, kinds not given (matched as written). */
export const HG_PLACES: RoutingPlace[] = Object.entries(places.places as Record<string, string[]>).flatMap(
  ([code, names]) => names.map((name) => ({ code, kind: "", name, formerNames: [] })),
);

export function hgRouting(): { orgs: RoutingOrg[]; places: RoutingPlace[] } {
  return {
    orgs: HG_ORGS.map((o) => ({
      code: o.code,
      name: o.name,
      shortName: o.short,
      kind: o.kind,
      keywords: (HG_KEYWORDS[o.code] ?? []).join("\n"),
    })),
    places: HG_PLACES,
  };
}
