/** Applies an import's plan inside the caller's transaction: organizations first, then places. */
import type { Tx } from "../../platform/db.server.ts";
import type { ImportPlan, Snapshot } from "./import-plan-types.ts";

export async function applyPlan(tx: Tx, plan: ImportPlan, now: Snapshot) {
  const idOf = new Map(now.orgs.map((o) => [o.code, o.id]));
  const parentLater: { id: string; parentCode: string }[] = [];
  for (const op of plan.orgOps) {
    if (op.change === "unchanged") continue;
    const parentId = op.parentCode ? (idOf.get(op.parentCode) ?? null) : null;
    const data = { ...op.data, parentId, active: true };
    const saved = op.existingId
      ? await tx.organization.update({ where: { id: op.existingId }, data, select: { id: true } })
      : await tx.organization.create({ data, select: { id: true } });
    idOf.set(op.data.code, saved.id);
    if (op.parentCode && !parentId) parentLater.push({ id: saved.id, parentCode: op.parentCode });
  }
  // Parents that are new rows further down the file.
  for (const p of parentLater)
    await tx.organization.update({ where: { id: p.id }, data: { parentId: idOf.get(p.parentCode)! } });
  if (plan.orgRetire.length)
    await tx.organization.updateMany({ where: { id: { in: plan.orgRetire } }, data: { active: false } });

  for (const op of plan.placeOps) {
    if (op.change === "unchanged") continue;
    const data = { ...op.data, organizationId: idOf.get(op.ubndCode)!, active: true };
    if (op.existingId) await tx.place.update({ where: { id: op.existingId }, data });
    else await tx.place.create({ data });
  }
  if (plan.placeRetire.length)
    await tx.place.updateMany({ where: { id: { in: plan.placeRetire } }, data: { active: false } });
}
