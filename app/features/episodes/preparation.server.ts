/** An episode's preparation: where to watch (platforms), speakers and guests, the survey report file, the checklist. */
import type { z } from "zod/v4";
import { audit, type AuditActor } from "../../platform/audit.server.ts";
import { db, type Tx } from "../../platform/db.server.ts";
import {
  detectType,
  DOCUMENT_TYPES,
  removeStored,
  safeFileName,
  storedPath,
  storeFile,
  UploadError,
} from "../../platform/files.server.ts";
import type { checklistItemSchema, personSchema, platformSchema } from "./schemas.ts";

async function childAudit(
  tx: Tx,
  actor: AuditActor,
  action: string,
  entity: string,
  entityId: string,
  before?: unknown,
  after?: unknown,
) {
  await audit(tx, { actor, action, entity, entityId, before, after });
}

export async function addPlatform(actor: AuditActor, episodeId: string, input: z.output<typeof platformSchema>) {
  return db().$transaction(async (tx) => {
    const position = await tx.episodePlatform.count({ where: { episodeId } });
    const created = await tx.episodePlatform.create({
      data: { episodeId, kind: input.kind, label: input.label, url: input.url || null, position },
    });
    await childAudit(tx, actor, "create", "EpisodePlatform", created.id, undefined, created);
    return created;
  });
}

export async function removePlatform(actor: AuditActor, episodeId: string, id: string) {
  return db().$transaction(async (tx) => {
    const before = await tx.episodePlatform.findFirstOrThrow({ where: { id, episodeId } });
    await tx.episodePlatform.delete({ where: { id } });
    await childAudit(tx, actor, "delete", "EpisodePlatform", id, before);
  });
}

export async function addPerson(actor: AuditActor, episodeId: string, input: z.output<typeof personSchema>) {
  return db().$transaction(async (tx) => {
    const position = await tx.episodePerson.count({ where: { episodeId } });
    const created = await tx.episodePerson.create({ data: { episodeId, ...input, position } });
    await childAudit(tx, actor, "create", "EpisodePerson", created.id, undefined, created);
    return created;
  });
}

export async function removePerson(actor: AuditActor, episodeId: string, id: string) {
  return db().$transaction(async (tx) => {
    const before = await tx.episodePerson.findFirstOrThrow({ where: { id, episodeId } });
    await tx.episodePerson.delete({ where: { id } });
    await childAudit(tx, actor, "delete", "EpisodePerson", id, before);
  });
}

// ------------------------------------------------------------ checklist

export function listChecklist(opts: { episodeIds?: string[]; ownerOrgId?: string }) {
  return db().checklistItem.findMany({
    where: { episodeId: opts.episodeIds ? { in: opts.episodeIds } : undefined, ownerOrgId: opts.ownerOrgId },
    include: { ownerOrg: { select: { id: true, shortName: true } } },
    orderBy: [{ episodeId: "asc" }, { position: "asc" }],
  });
}

export function getChecklistItem(id: string) {
  return db().checklistItem.findUnique({
    where: { id },
    include: { episode: { select: { id: true, leadCommitteeId: true } } },
  });
}

export async function addChecklistItem(
  actor: AuditActor,
  episodeId: string,
  input: z.output<typeof checklistItemSchema>,
) {
  return db().$transaction(async (tx) => {
    const position = await tx.checklistItem.count({ where: { episodeId } });
    const created = await tx.checklistItem.create({ data: { episodeId, ...input, position } });
    await childAudit(tx, actor, "create", "ChecklistItem", created.id, undefined, created);
    return created;
  });
}

export async function updateChecklistItem(actor: AuditActor, id: string, input: z.output<typeof checklistItemSchema>) {
  return db().$transaction(async (tx) => {
    const before = await tx.checklistItem.findUniqueOrThrow({ where: { id } });
    const after = await tx.checklistItem.update({ where: { id }, data: input });
    await childAudit(tx, actor, "update", "ChecklistItem", id, before, after);
    return after;
  });
}

export async function setChecklistDone(actor: AuditActor, id: string, done: boolean) {
  return db().$transaction(async (tx) => {
    const before = await tx.checklistItem.findUniqueOrThrow({ where: { id } });
    const after = await tx.checklistItem.update({
      where: { id },
      data: { done, doneAt: done ? new Date() : null, doneById: done ? actor.id : null },
    });
    await childAudit(tx, actor, done ? "check" : "uncheck", "ChecklistItem", id, { done: before.done }, { done });
    return after;
  });
}

export async function removeChecklistItem(actor: AuditActor, id: string) {
  return db().$transaction(async (tx) => {
    const before = await tx.checklistItem.findUniqueOrThrow({ where: { id } });
    await tx.checklistItem.delete({ where: { id } });
    await childAudit(tx, actor, "delete", "ChecklistItem", id, before);
  });
}

// ------------------------------------------------------------ survey report file

export { UploadError };

/** Stores the survey report (PDF, DOC, DOCX; type from content) and replaces the previous one. */
export async function attachSurveyFile(actor: AuditActor, episodeId: string, file: { name: string; bytes: Buffer }) {
  const { type, ext } = detectType(file.name, file.bytes, DOCUMENT_TYPES);
  const stored = await storeFile(file.bytes, ext);
  const safeName = safeFileName(file.name);
  let old: string | null = null;
  try {
    await db().$transaction(async (tx) => {
      const before = await tx.episode.findUniqueOrThrow({ where: { id: episodeId } });
      old = before.surveyFileStored;
      const data = {
        surveyFileName: safeName,
        surveyFileStored: stored,
        surveyFileType: type,
        surveyFileSize: file.bytes.length,
      };
      await tx.episode.update({ where: { id: episodeId }, data });
      await audit(tx, {
        actor,
        action: "update",
        entity: "Episode",
        entityId: episodeId,
        before: { surveyFileName: before.surveyFileName, surveyFileSize: before.surveyFileSize },
        after: data,
      });
    });
  } catch (e) {
    await removeStored(stored);
    throw e;
  }
  await removeStored(old);
}

export async function removeSurveyFile(actor: AuditActor, episodeId: string) {
  const before = await db().episode.findUniqueOrThrow({ where: { id: episodeId } });
  if (!before.surveyFileStored) return;
  await db().$transaction(async (tx) => {
    await tx.episode.update({
      where: { id: episodeId },
      data: { surveyFileName: null, surveyFileStored: null, surveyFileType: null, surveyFileSize: null },
    });
    await audit(tx, {
      actor,
      action: "update",
      entity: "Episode",
      entityId: episodeId,
      before: { surveyFileName: before.surveyFileName },
      after: { surveyFileName: null },
    });
  });
  await removeStored(before.surveyFileStored);
}

export const surveyFilePath = storedPath;
