/** An import's plan against the directory in the database (reads only). */
import { db, type Tx } from "../../platform/db.server.ts";
import type { Busy, ImportPlan, Snapshot } from "./import-plan-types.ts";
import { buildPlan } from "./import-plan.ts";
import type { DirectoryRows } from "./import-rows.ts";

/** Questions routed to an organization and not yet closed. */
const OPEN_QUESTIONS = ["new", "approved", "on_air", "routed"];

/** The directory as it is, and what still depends on each active organization. */
export async function snapshot(tx: Tx = db()): Promise<Snapshot> {
  const [orgs, places, users, tasks, questions, placeCounts] = await Promise.all([
    tx.organization.findMany({
      select: {
        id: true,
        code: true,
        name: true,
        shortName: true,
        kind: true,
        parentId: true,
        email: true,
        phone: true,
        keywords: true,
        active: true,
      },
    }),
    tx.place.findMany({
      select: { id: true, kind: true, name: true, organizationId: true, formerNames: true, active: true },
    }),
    tx.user.groupBy({ by: ["organizationId"], where: { active: true }, _count: { _all: true } }),
    tx.task.groupBy({ by: ["leadAgencyId"], where: { closedAt: null, completedAt: null }, _count: { _all: true } }),
    tx.question.groupBy({
      by: ["agencyId"],
      where: { status: { in: OPEN_QUESTIONS } },
      _count: { _all: true },
    }),
    tx.place.groupBy({ by: ["organizationId"], where: { active: true }, _count: { _all: true } }),
  ]);
  const busy: Record<string, Busy> = {};
  const at = (id: string | null) => (id ? (busy[id] ??= { users: 0, tasks: 0, questions: 0, places: 0 }) : null);
  for (const u of users) if (at(u.organizationId)) at(u.organizationId)!.users = u._count._all;
  for (const t of tasks) at(t.leadAgencyId)!.tasks = t._count._all;
  for (const q of questions) if (at(q.agencyId)) at(q.agencyId)!.questions = q._count._all;
  for (const p of placeCounts) at(p.organizationId)!.places = p._count._all;
  return { orgs, places, busy };
}

/** The preview: row errors, warnings and counts per table. Writes nothing. */
export async function planDirectoryImport(rows: DirectoryRows): Promise<ImportPlan> {
  return buildPlan(rows, await snapshot());
}
