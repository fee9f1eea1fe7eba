/**
 * The asker's side of notifications (issue 19): where the asker is told of
 * the question's progress (an e-mail address, an SMS to the phone given),
 * the subscription from the tracking page by the proven asker, and the
 * one-click unsubscribe by the token every message carries. What is sent,
 * and when, is the notifications feature's; it reads Question.notifyEmail,
 * notifyPhone and notifyToken.
 */
import { z } from "zod/v4";
import type { Context } from "../../platform/context.server.ts";
import { db } from "../../platform/db.server.ts";
import { parseInput } from "../../platform/validation.ts";
import { changeQuestion } from "./actions.server.ts";
import { askerProof, personalData, provenAsker, type PersonalData } from "./asker.server.ts";
import { newNotifyToken } from "./intake-batch.server.ts";
import { subscribeEmail } from "./schemas.ts";

/** The one-click unsubscribe page of a token: `baseUrl` is the deployment's public address (PUBLIC_URL). */
export function askerUnsubscribeUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/huy-nhan-tin/${encodeURIComponent(token)}`;
}

const ASKER = { id: null, username: "asker" };
const subscribeInput = askerProof.extend({ email: subscribeEmail });

/**
 * The asker asks to be told by e-mail, later (from the tracking page or the API): proven like the rating
 * (the secret or the device that asked). The address replaces any given before; the token stays, so links
 * already sent keep working. The history and the audit record that it changed, never the address.
 */
export async function subscribeAsker(ctx: Context, raw: unknown): Promise<PersonalData> {
  const input = parseInput(subscribeInput, raw);
  const q = await provenAsker(ctx, input);
  await changeQuestion(q.id, ASKER, "notify_subscribe", async (tx, row) => {
    const held = await tx.question.findUniqueOrThrow({ where: { id: row.id }, select: { notifyToken: true } });
    return {
      data: { notifyEmail: input.email, notifyToken: held.notifyToken ?? newNotifyToken() },
      detail: { channel: "email", by: q.by },
    };
  });
  return personalData(ctx, input);
}

const tokenInput = z.string().min(16).max(100);

/** What the unsubscribe page shows of a token: the question's tracking code and whether it still tells anyone. */
export async function unsubscribeTarget(token: string) {
  const t = tokenInput.safeParse(token);
  if (!t.success) return null;
  const q = await db().question.findUnique({
    where: { notifyToken: t.data },
    select: { trackingCode: true, notifyEmail: true, notifyPhone: true },
  });
  return q ? { trackingCode: q.trackingCode, subscribed: !!q.notifyEmail || q.notifyPhone } : null;
}

/**
 * One-click unsubscribe (RFC 8058): whoever holds the token stops every message about its question; the
 * e-mail address is erased. Again and again safe: a second click changes nothing. Null for an unknown token.
 */
export async function unsubscribeAsker(token: string) {
  const t = tokenInput.safeParse(token);
  if (!t.success) return null;
  const rows = await db().question.findMany({
    where: { notifyToken: t.data },
    select: { id: true, trackingCode: true, notifyEmail: true, notifyPhone: true },
  });
  if (!rows.length) return null;
  for (const q of rows) {
    if (!q.notifyEmail && !q.notifyPhone) continue;
    await changeQuestion(q.id, ASKER, "notify_unsubscribe", async () => ({
      data: { notifyEmail: "", notifyPhone: false },
      detail: { erased: [q.notifyEmail ? "notifyEmail" : "", q.notifyPhone ? "notifyPhone" : ""].filter(Boolean) },
    }));
  }
  return { trackingCode: rows[0].trackingCode, subscribed: false };
}
