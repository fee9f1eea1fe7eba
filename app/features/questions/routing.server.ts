/** Builds the router from the database: the directory as edited, and past routing decisions. */
import places from "../../data/places.json";
import { db } from "../../platform/db.server.ts";
import { createRouter, type RoutingDecision } from "./routing.ts";

export async function routerInputs() {
  const orgs = await db().organization.findMany({ where: { active: true } });
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
    places,
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
