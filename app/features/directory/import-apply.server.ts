/**
 * Applies an import's plan inside the caller's transaction: organizations first, then places. New rows
 * are written in batches (a full 5,000-row sheet takes seconds, not minutes); changed rows one by one.
 */
import type { Tx } from "../../platform/db.server.ts";
import type { ImportPlan, Snapshot } from "./import-plan-types.ts";

/** Rows per statement: well under SQLite's and PostgreSQL's limits on bound parameters. */
const BATCH = 500;
const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / BATCH) }, (_, i) => xs.slice(i * BATCH, (i + 1) * BATCH));

export async function applyPlan(tx: Tx, plan: ImportPlan, now: Snapshot) {
  const idOf = new Map(now.orgs.map((o) => [o.code, o.id]));
  /** Organizations whose parent is new in this file, by the parent's code: set once it has an id. */
  const parentLater = new Map<string, string[]>();
  const later = (parentCode: string, code: string) =>
    parentLater.set(parentCode, [...(parentLater.get(parentCode) ?? []), code]);

  for (const op of plan.orgOps) {
    if (op.change !== "updated") continue;
    const parentId = op.parentCode ? (idOf.get(op.parentCode) ?? null) : null;
    if (op.parentCode && !parentId) later(op.parentCode, op.data.code);
    await tx.organization.update({ where: { id: op.existingId! }, data: { ...op.data, parentId, active: true } });
  }
  const fresh = plan.orgOps.filter((op) => op.change === "new");
  for (const batch of chunks(fresh)) {
    const data = batch.map((op) => {
      const parentId = op.parentCode ? (idOf.get(op.parentCode) ?? null) : null;
      if (op.parentCode && !parentId) later(op.parentCode, op.data.code);
      return { ...op.data, parentId, active: true };
    });
    for (const o of await tx.organization.createManyAndReturn({ data, select: { id: true, code: true } }))
      idOf.set(o.code, o.id);
  }
  for (const [parentCode, codes] of parentLater)
    for (const batch of chunks(codes))
      await tx.organization.updateMany({ where: { code: { in: batch } }, data: { parentId: idOf.get(parentCode)! } });
  for (const batch of chunks(plan.orgRetire))
    await tx.organization.updateMany({ where: { id: { in: batch } }, data: { active: false } });

  const placeData = (op: ImportPlan["placeOps"][number]) => ({
    ...op.data,
    organizationId: idOf.get(op.ubndCode)!,
    active: true,
  });
  for (const op of plan.placeOps)
    if (op.change === "updated") await tx.place.update({ where: { id: op.existingId! }, data: placeData(op) });
  for (const batch of chunks(plan.placeOps.filter((op) => op.change === "new")))
    await tx.place.createMany({ data: batch.map(placeData) });
  for (const batch of chunks(plan.placeRetire))
    await tx.place.updateMany({ where: { id: { in: batch } }, data: { active: false } });
}
