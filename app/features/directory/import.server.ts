/**
 * The directory import: a file read, planned (the preview), and applied in one transaction with an
 * audit record; the routing cache is dropped afterwards. A plan with row errors is never applied.
 */
import { audit, type AuditActor } from "../../platform/audit.server.ts";
import { db } from "../../platform/db.server.ts";
import { InvalidInput } from "../../platform/errors.ts";
import { invalidateRouter } from "../questions/index.server.ts";
import { applyPlan } from "./import-apply.server.ts";
import { planSummary, type ImportWarning, type PlanSummary, type TableCounts } from "./import-plan-types.ts";
import { planDirectoryImport, snapshot } from "./import-plan.server.ts";
import { buildPlan } from "./import-plan.ts";
import { readDirectoryFile } from "./import-read.server.ts";
import type { DirectoryRows } from "./import-rows.ts";
import { dropStaged, stagedFile, stageFile } from "./import-stage.server.ts";

export { DirectoryFileError, readDirectoryFile, type DirectoryFileReason } from "./import-read.server.ts";
export { planDirectoryImport } from "./import-plan.server.ts";
export { directoryTemplate } from "./import-template.server.ts";
export type { ImportIssue, ImportPlan, ImportWarning, PlanSummary, TableCounts } from "./import-plan-types.ts";
export type { DirectoryRows, OrgRow, PlaceRow } from "./import-rows.ts";

export type ImportResult = {
  fileName: string;
  tables: { organizations: boolean; places: boolean };
  counts: { organizations: TableCounts; places: TableCounts };
  warnings: ImportWarning[];
};

/** A plan with row errors: nothing was written. `plan` is what the preview shows. */
export class ImportRefused extends InvalidInput {
  constructor(public plan: PlanSummary) {
    super({ file: ["import.hasErrors"] });
  }
}

/** Imports already-read rows (the demo data calls this): planned and applied in one transaction. */
export async function importDirectoryRows(
  actor: AuditActor,
  rows: DirectoryRows,
  fileName: string,
): Promise<ImportResult> {
  const result = await db().$transaction(
    async (tx) => {
      const now = await snapshot(tx);
      const plan = buildPlan(rows, now);
      if (plan.errors.length) throw new ImportRefused(planSummary(plan));
      await applyPlan(tx, plan, now);
      const out: ImportResult = { fileName, tables: plan.tables, counts: plan.counts, warnings: plan.warnings };
      await audit(tx, {
        actor,
        action: "import",
        entity: "Directory",
        entityId: "directory",
        after: { fileName, counts: plan.counts, warnings: plan.warnings.length },
      });
      return out;
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  invalidateRouter();
  return result;
}

/** Reads, plans and applies a directory file (see importDirectoryRows). */
export async function importDirectory(actor: AuditActor, file: { name: string; bytes: Buffer }): Promise<ImportResult> {
  return importDirectoryRows(actor, await readDirectoryFile(file), file.name);
}

export type UploadPreview = { fileName: string; plan: PlanSummary; stageId: string | null };

/** The page's preview: the uploaded file planned and, when it has no row errors, kept for the confirmation. */
export async function previewDirectoryUpload(
  userId: string,
  file: { name: string; bytes: Buffer } | undefined,
): Promise<UploadPreview> {
  if (!file) throw new InvalidInput({ file: ["err.required"] });
  const plan = planSummary(await planDirectoryImport(await readDirectoryFile(file)));
  const stageId = plan.errors.length ? null : await stageFile(userId, file);
  return { fileName: file.name, plan, stageId };
}

/** The page's confirmation: the staged file imported; a plan that now has errors comes back as a preview. */
export async function confirmDirectoryUpload(
  actor: AuditActor & { id: string },
  stageId: string,
): Promise<{ imported: ImportResult } | { preview: UploadPreview }> {
  const file = await stagedFile(actor.id, stageId);
  try {
    const imported = await importDirectory(actor, file);
    await dropStaged(stageId);
    return { imported };
  } catch (e) {
    if (!(e instanceof ImportRefused)) throw e;
    await dropStaged(stageId);
    return { preview: { fileName: file.name, plan: e.plan, stageId: null } };
  }
}
