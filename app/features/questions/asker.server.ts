/**
 * The asker's rights over their question (issue 16, item 12; Decree
 * 13/2023): who the asker is, how long an answer may be rated, the
 * personal data held about the question, and its withdrawal.
 *
 * The tracking code is public (read out on air, shared, printed on the
 * tracking page) and proves nothing. The asker is proven by the secret given
 * in the submit answer only (the question keeps its hash), or by the device
 * that asked (Question.deviceId); questions taken before secrets existed
 * have only the device.
 */
import { z } from "zod/v4";
import type { Context } from "../../platform/context.server.ts";
import { db } from "../../platform/db.server.ts";
import { AppError, notFound } from "../../platform/errors.ts";
import { enforce } from "../../platform/limits.server.ts";
import { parseInput } from "../../platform/validation.ts";
import { ERASED_PERSONAL_DATA } from "../privacy/index.ts";
import { changeQuestion } from "./actions.server.ts";
import { deviceMatches, secretMatches } from "./asker-secret.ts";
import { normalizeTrackingCode } from "./tracking.ts";

/** The asker's refusals (docs/API.md): not proven (403), no published answer yet, the rating window closed (409). */
export class AskerError extends AppError {
  constructor(
    public code: "not-asker" | "not-answered" | "rating-closed",
    status: number,
    detail: Record<string, unknown> = {},
  ) {
    super(code, status, detail);
  }
}

/** What an asker sends to be recognized: the code, and the secret or the device id (a form's empty field is none). */
export const askerProof = z.object({
  trackingCode: z.string({ error: "err.required" }).max(40),
  secret: z
    .string({ error: "err.type" })
    .max(200, "err.tooLong")
    .optional()
    .nullable()
    .transform((s) => s?.trim() || null),
  deviceId: z
    .string({ error: "err.type" })
    .max(200, "err.tooLong")
    .optional()
    .nullable()
    .transform((s) => s || null),
});
export type AskerProof = z.output<typeof askerProof>;

/** The asker's own question, proven by the secret or the device: 404 for an unknown code, 403 otherwise. */
export async function provenAsker(ctx: Context, proof: AskerProof) {
  const code = normalizeTrackingCode(proof.trackingCode);
  const q = code
    ? await db().question.findUnique({
        where: { trackingCode: code },
        select: {
          id: true,
          episodeId: true,
          trackingCode: true,
          mergedIntoId: true,
          askerSecretHash: true,
          deviceId: true,
          personalDataWithdrawnAt: true,
        },
      })
    : null;
  if (!q) throw notFound();
  const by = secretMatches(q.askerSecretHash, proof.secret)
    ? ("secret" as const)
    : deviceMatches(q.deviceId, proof.deviceId)
      ? ("device" as const)
      : null;
  if (!by) {
    // Guessing is hopeless (128 random bits), but each refusal is counted: a flood of them is slowed down.
    await enforce([["askerRefusedPerIp", ctx.ip]]);
    throw new AskerError("not-asker", 403);
  }
  return { ...q, by };
}

export type PersonalData = {
  trackingCode: string;
  channel: string;
  name: string;
  phone: string;
  area: string;
  publishName: boolean;
  /** Where the asker asked to be told: the e-mail address, and SMS to the phone. */
  email: string;
  notifyPhone: boolean;
  /** Whether the id of the device that asked is held (the id itself is the device's own). */
  device: boolean;
  withdrawnAt: string | null;
  rating: { satisfied: boolean; comment: string; ratedAt: string } | null;
};

async function personalDataOf(questionId: string): Promise<PersonalData> {
  const q = await db().question.findUniqueOrThrow({
    where: { id: questionId },
    select: {
      trackingCode: true,
      channel: true,
      name: true,
      phone: true,
      area: true,
      publishName: true,
      notifyEmail: true,
      notifyPhone: true,
      deviceId: true,
      personalDataWithdrawnAt: true,
    },
  });
  const rating = await db().rating.findUnique({ where: { trackingCode: q.trackingCode } });
  return {
    trackingCode: q.trackingCode,
    channel: q.channel,
    name: q.name,
    phone: q.phone,
    area: q.area,
    publishName: q.publishName,
    email: q.notifyEmail,
    notifyPhone: q.notifyPhone,
    device: !!q.deviceId,
    withdrawnAt: q.personalDataWithdrawnAt?.toISOString() ?? null,
    rating: rating
      ? { satisfied: rating.satisfied, comment: rating.comment, ratedAt: rating.createdAt.toISOString() }
      : null,
  };
}

/** What is held about the asker's question: shown to the proven asker only. */
export async function personalData(ctx: Context, raw: unknown): Promise<PersonalData> {
  const q = await provenAsker(ctx, parseInput(askerProof, raw));
  return personalDataOf(q.id);
}

const ASKER = { id: null, username: "asker" };
const PERSONAL_FIELDS = ["name", "phone", "area", "notifyEmail", "deviceId"] as const;
/** Thrown inside the change's transaction when another request withdrew first: nothing more is written. */
const ALREADY = Symbol("already withdrawn");

/**
 * The asker withdraws their personal data: name, phone, area and the e-mail to
 * be told at are erased (so no more messages: the SMS goes with the phone),
 * with the consent to publish the name and the device id (which links a
 * person's questions; the episode's event log never held them, personal.ts);
 * a history event and an audit event record it (which fields, not their
 * values). Once: a second call answers what is held and writes nothing.
 * Afterwards the secret alone proves the asker.
 */
export async function withdrawPersonalData(ctx: Context, raw: unknown): Promise<PersonalData> {
  const q = await provenAsker(ctx, parseInput(askerProof, raw));
  if (q.personalDataWithdrawnAt) return personalDataOf(q.id);
  try {
    await changeQuestion(q.id, ASKER, "withdraw_personal_data", async (tx, row) => {
      const held = await tx.question.findUniqueOrThrow({
        where: { id: row.id },
        select: {
          name: true,
          phone: true,
          area: true,
          notifyEmail: true,
          deviceId: true,
          personalDataWithdrawnAt: true,
        },
      });
      if (held.personalDataWithdrawnAt) throw ALREADY;
      return {
        data: {
          ...ERASED_PERSONAL_DATA,
          personalDataWithdrawnAt: new Date(),
        },
        detail: { erased: PERSONAL_FIELDS.filter((f) => !!held[f]), by: q.by },
      };
    });
  } catch (e) {
    if (e !== ALREADY) throw e;
  }
  return personalDataOf(q.id);
}
