/**
 * The asker's rating of a published answer: one per asker (their tracking
 * code), given or changed only by the proven asker (the secret from the
 * submit answer, or the device that asked; never the public tracking code
 * alone), within RATING_WINDOW_DAYS of publication. A merged asker rates
 * the answer they follow. Every change is audited.
 */
import { z } from "zod/v4";
import { audit } from "../../platform/audit.server.ts";
import type { Context } from "../../platform/context.server.ts";
import { db, type Tx } from "../../platform/db.server.ts";
import { parseInput, tidy } from "../../platform/validation.ts";
import { AskerError, askerProof, provenAsker, ratingOpenUntil } from "../questions/index.server.ts";

const rateInput = askerProof.extend({
  /** true/false from the API, "yes"/"no" from the page's buttons. */
  satisfied: z.union([z.boolean(), z.enum(["yes", "no"]).transform((v) => v === "yes")], { error: "err.choice" }),
  comment: z
    .string({ error: "err.type" })
    .optional()
    .nullable()
    .transform((s) => tidy(s ?? ""))
    .pipe(z.string().max(1000, "err.tooLong")),
});

export async function rate(ctx: Context, raw: unknown) {
  const input = parseInput(rateInput, raw);
  const asker = await provenAsker(ctx, input);
  const targetId = asker.mergedIntoId ?? asker.id;
  const answer = await db().answer.findUnique({ where: { questionId: targetId }, select: { publishedAt: true } });
  if (!answer?.publishedAt) throw new AskerError("not-answered", 409);
  const openUntil = ratingOpenUntil(answer.publishedAt);
  if (Date.now() > openUntil.getTime())
    throw new AskerError("rating-closed", 409, { openUntil: openUntil.toISOString() });
  const rating = await db().$transaction(async (tx: Tx) => {
    const before = await tx.rating.findUnique({ where: { trackingCode: asker.trackingCode } });
    const now = new Date();
    const r = await tx.rating.upsert({
      where: { trackingCode: asker.trackingCode },
      create: {
        questionId: targetId,
        trackingCode: asker.trackingCode,
        satisfied: input.satisfied,
        comment: input.comment,
        createdAt: now,
      },
      update: { questionId: targetId, satisfied: input.satisfied, comment: input.comment, createdAt: now },
    });
    await audit(tx, {
      actor: { id: null, label: "asker" },
      action: "rate",
      entity: "Question",
      entityId: targetId,
      before: before ? { satisfied: before.satisfied } : null,
      after: { satisfied: input.satisfied, by: asker.by },
    });
    return r;
  });
  return {
    rating: { satisfied: rating.satisfied, comment: rating.comment, ratedAt: rating.createdAt.toISOString() },
    openUntil: openUntil.toISOString(),
  };
}
