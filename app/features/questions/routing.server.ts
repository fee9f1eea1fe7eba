/** Builds the router from the database: the directory as edited, and past routing decisions. */
import { db } from "../../platform/db.server.ts";
import { PLACE_KIND_WORD, type PlaceKind } from "../directory/schemas.ts";
import { createRouter, type RoutingDecision } from "./routing.ts";

export async function routerInputs() {
  const orgs = await db().organization.findMany({ where: { active: true } });
  const places = await db().place.findMany({
    where: { active: true, organization: { active: true } },
    select: { kind: true, name: true, formerNames: true, organization: { select: { code: true } } },
  });
  const routes = await db().questionEvent.findMany({
    where: { type: "route" },
    orderBy: { createdAt: "desc" },
    take: 5000,
    select: { data: true, question: { select: { text: true, summary: true } } },
  });
  const decisions: RoutingDecision[] = [];
  for (const r of routes) {
    const code = (JSON.parse(r.data) as { agencyCode?: string }).agencyCode;
    if (code) decisions.push({ text: `${r.question.summary}`, code });
  }
  return {
    orgs: orgs.map((o) => ({ code: o.code, name: o.name, shortName: o.shortName, kind: o.kind, keywords: o.keywords })),
    places: places.map((p) => ({
      code: p.organization.code,
      kind: p.kind ? (PLACE_KIND_WORD[p.kind as PlaceKind] ?? "") : "",
      name: p.name,
      formerNames: p.formerNames.split("\n").filter((n) => n.trim()),
    })),
    decisions,
  };
}

type Router = ReturnType<typeof createRouter>;
type Cache = { router: Router; at: number };
let cache: Cache | undefined;

/** A router rebuilt at most every 30 s (or on demand after a directory edit). */
export async function getRouter(fresh = false): Promise<Router> {
  const c = cache;
  if (!fresh && c && Date.now() - c.at < 30_000) return c.router;
  const router = createRouter(await routerInputs());
  cache = { router, at: Date.now() };
  return router;
}

export function invalidateRouter() {
  cache = undefined;
}
