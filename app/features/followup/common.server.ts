/** What the follow-up's use cases share: stored attachments, their typed error, and who may act on a question. */
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { ATTACHMENT_TYPES, detectType, removeStored, safeFileName, storeFile } from "../../platform/files.server.ts";
import { can } from "../../platform/permissions.ts";

export type Upload = { name: string; bytes: Buffer };
export type Stored = { fileName: string; stored: string; type: string; size: number };

/** Checks every file first (nothing is stored when one is refused), then stores them. */
export async function storeAll(files: Upload[]): Promise<Stored[]> {
  const checked = files.map((f) => ({ f, ...detectType(f.name, f.bytes, ATTACHMENT_TYPES) }));
  const out: Stored[] = [];
  try {
    for (const c of checked)
      out.push({
        fileName: safeFileName(c.f.name),
        stored: await storeFile(c.f.bytes, c.ext),
        type: c.type,
        size: c.f.bytes.length,
      });
  } catch (e) {
    for (const s of out) await removeStored(s.stored);
    throw e;
  }
  return out;
}

/** Runs `fn`; if it fails, the files stored for it are removed again. */
export async function withFiles<T>(files: Upload[], fn: (stored: Stored[]) => Promise<T>): Promise<T> {
  const stored = await storeAll(files);
  try {
    return await fn(stored);
  } catch (e) {
    for (const s of stored) await removeStored(s.stored);
    throw e;
  }
}

export class FollowUpError extends Error {
  constructor(
    public code: "forbidden" | "not-found" | "illegal" | "invalid" | "early" | "pending",
    public status: number,
    public field?: string,
  ) {
    super(code);
  }
}

/** Safe formatting only: paragraphs, line breaks, bold, italic, lists, links. */
export const actorOf = (u: SessionUser) => ({ id: u.id, username: u.username });

export async function questionForAgency(u: SessionUser, questionId: string) {
  const q = await db().question.findUnique({ where: { id: questionId }, include: { answer: true } });
  if (!q) throw new FollowUpError("not-found", 404);
  if (!can(u, "followup:answer", [q.agencyId])) throw new FollowUpError("forbidden", 403);
  return q;
}

export async function questionForCommittee(u: SessionUser, questionId: string) {
  const q = await db().question.findUnique({
    where: { id: questionId },
    include: { answer: true, episode: { select: { leadCommitteeId: true } } },
  });
  if (!q) throw new FollowUpError("not-found", 404);
  if (!can(u, "followup:review", [q.episode.leadCommitteeId])) throw new FollowUpError("forbidden", 403);
  return q;
}

// ------------------------------------------------------------- agency side
