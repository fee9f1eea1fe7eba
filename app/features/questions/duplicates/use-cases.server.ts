/**
 * The duplicate ranking's use cases: an operator's "not a duplicate" (kept as a verdict the ranking
 * learns from), and the queue's badges. The suggestions themselves are the questions feature's
 * `suggestions` use case.
 */
import { z } from "zod/v4";
import { audit } from "../../../platform/audit.server.ts";
import { type Context, requirePermission } from "../../../platform/context.server.ts";
import { db, type Tx } from "../../../platform/db.server.ts";
import { InvalidInput, notFound } from "../../../platform/errors.ts";
import { io, rooms } from "../../../platform/realtime.server.ts";
import { parseInput, recordId } from "../../../platform/validation.ts";
import { duplicateFlags, invalidateDuplicates } from "./service.server.ts";

const dismissInput = z.object({ questionId: recordId, otherId: recordId });
const episodeRef = z.object({ episodeId: recordId });

/** Keeps an operator's verdict on two questions (the latest verdict on a pair stands). */
export async function recordVerdict(
  tx: Tx,
  v: { questionId: string; otherId: string; verdict: "merged" | "distinct"; userId: string | null },
) {
  const [questionId, otherId] = [v.questionId, v.otherId];
  await tx.duplicateVerdict.deleteMany({ where: { questionId: otherId, otherId: questionId } });
  await tx.duplicateVerdict.upsert({
    where: { questionId_otherId: { questionId, otherId } },
    create: { questionId, otherId, verdict: v.verdict, userId: v.userId },
    update: { verdict: v.verdict, userId: v.userId, createdAt: new Date() },
  });
}

/**
 * "Not a duplicate": the operator says the other question is a different matter. It is never
 * suggested for this one again, and later pairs that differ by the same words rank lower.
 */
export async function dismissDuplicate(ctx: Context, raw: unknown) {
  requirePermission(ctx, "question:triage");
  const input = parseInput(dismissInput, raw);
  if (input.questionId === input.otherId) throw new InvalidInput({ otherId: ["err.duplicateSelf"] });
  const pair = await db().question.findMany({
    where: { id: { in: [input.questionId, input.otherId] } },
    select: { id: true, episodeId: true, trackingCode: true, episode: { select: { leadCommitteeId: true } } },
  });
  const q = pair.find((p) => p.id === input.questionId);
  const other = pair.find((p) => p.id === input.otherId);
  if (!q) throw notFound("not-found");
  if (!other || other.episodeId !== q.episodeId) throw new InvalidInput({ otherId: ["err.duplicateOther"] });
  const user = requirePermission(ctx, "question:triage", [q.episode.leadCommitteeId]);
  await db().$transaction(async (tx) => {
    await recordVerdict(tx, { ...input, verdict: "distinct", userId: user.id });
    await audit(tx, {
      actor: { id: user.id, label: user.username },
      action: "duplicate-dismiss",
      entity: "Question",
      entityId: q.id,
      after: { other: other.trackingCode },
    });
  });
  invalidateDuplicates();
  const payload = { questionId: q.id, otherId: other.id };
  io()?.of("/staff").to(rooms.episode(q.episodeId)).emit("question:duplicate-dismissed", payload);
  return payload;
}

/** The queue's "likely duplicate" badges of an episode's open questions. */
export async function flags(ctx: Context, raw: unknown) {
  requirePermission(ctx, "question:view");
  const { episodeId } = parseInput(episodeRef, raw);
  const e = await db().episode.findUnique({ where: { id: episodeId }, select: { id: true } });
  if (!e) throw notFound("not-found");
  return { flags: await duplicateFlags(episodeId) };
}
