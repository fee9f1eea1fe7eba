/** Attachments of answers and progress reports, and who may download them. */
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { can } from "../../platform/permissions.ts";

export type FileRef = { id: string; name: string; size: number };

export async function attachmentsOf(owners: { type: string; id: string }[]): Promise<Map<string, FileRef[]>> {
  const out = new Map<string, FileRef[]>();
  if (!owners.length) return out;
  const rows = await db().attachment.findMany({
    where: { OR: owners.map((o) => ({ ownerType: o.type, ownerId: o.id })) },
    orderBy: { createdAt: "asc" },
  });
  for (const r of rows)
    out.set(r.ownerId, [...(out.get(r.ownerId) ?? []), { id: r.id, name: r.fileName, size: r.size }]);
  return out;
}

/**
 * A published answer's files are public; otherwise the agency concerned, the lead committee, the Standing Committee,
 * admins.
 */
export async function mayDownload(user: SessionUser | null, attachmentId: string) {
  const a = await db().attachment.findUnique({ where: { id: attachmentId } });
  if (!a) return null;
  if (a.ownerType === "answer") {
    const ans = await db().answer.findUnique({
      where: { id: a.ownerId },
      include: { question: { include: { episode: true } } },
    });
    if (!ans) return null;
    if (ans.publishedAt) return a;
    return can(user, "followup:answer", [ans.agencyId]) ||
      can(user, "followup:review", [ans.question.episode.leadCommitteeId])
      ? a
      : null;
  }
  const r = await db().progressReport.findUnique({
    where: { id: a.ownerId },
    include: {
      question: { include: { episode: true } },
      task: { include: { notice: { include: { episode: true } } } },
    },
  });
  if (!r) return null;
  const lead = r.question?.episode.leadCommitteeId ?? r.task?.notice.episode.leadCommitteeId;
  return can(user, "followup:answer", [r.agencyId]) || can(user, "followup:review", [lead]) ? a : null;
}
