/**
 * The admin's view of the outbox (/quan-tri/gui-tin): every e-mail and webhook delivery, newest first,
 * with its attempts and last error; a failed one (given up after its retries) can be sent again.
 */
import type { AuditActor } from "../../platform/audit.server.ts";
import { audit } from "../../platform/audit.server.ts";
import { db } from "../../platform/db.server.ts";
import { AppError, forbidden, notFound } from "../../platform/errors.ts";
import { can } from "../../platform/permissions.ts";
import { wakeOutbox } from "./notify.server.ts";
import { DELIVERY_CHANNELS, DELIVERY_STATUSES, type DeliveryChannel, type DeliveryStatus } from "./types.ts";
import type { WebhookAdmin } from "./webhook-admin.server.ts";

const PAGE_SIZE = 50;
const actor = (u: WebhookAdmin): AuditActor => ({ id: u.id, label: u.username });
function guard(u: WebhookAdmin) {
  if (!can(u, "integration:manage")) throw forbidden();
}

export type DeliveryFilter = { status: DeliveryStatus | null; channel: DeliveryChannel | null; page: number };

/** The filter from the page's query: unknown values are ignored, the page is at least 1. */
export function deliveryFilter(q: Record<string, string | undefined>): DeliveryFilter {
  const status = DELIVERY_STATUSES.find((s) => s === q.status) ?? null;
  const channel = DELIVERY_CHANNELS.find((c) => c === q.channel) ?? null;
  const page = Math.max(1, Math.min(10_000, Math.floor(Number(q.page)) || 1));
  return { status, channel, page };
}

export async function listDeliveries(u: WebhookAdmin, q: Record<string, string | undefined>) {
  guard(u);
  const filter = deliveryFilter(q);
  const where = { ...(filter.status && { status: filter.status }), ...(filter.channel && { channel: filter.channel }) };
  const [total, rows, failed, hooks] = await Promise.all([
    db().delivery.count({ where }),
    db().delivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        channel: true,
        key: true,
        recipient: true,
        webhookId: true,
        subject: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    db().delivery.count({ where: { status: "failed" } }),
    db().webhook.findMany({ select: { id: true, name: true } }),
  ]);
  const hookName = new Map(hooks.map((h) => [h.id, h.name]));
  return {
    filter,
    total,
    failed,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: rows.map((d) => ({
      id: d.id,
      channel: d.channel as DeliveryChannel,
      status: d.status as DeliveryStatus,
      key: d.key,
      // A webhook is named by its name (its URL may carry a gateway's token); an e-mail by its address.
      recipient: d.channel === "webhook" ? (hookName.get(d.webhookId ?? "") ?? "—") : d.recipient,
      subject: d.subject,
      attempts: d.attempts,
      nextAttemptAt: d.status === "pending" ? d.nextAttemptAt.toISOString() : null,
      lastError: d.lastError,
      createdAt: d.createdAt.toISOString(),
      sentAt: d.sentAt?.toISOString() ?? null,
    })),
  };
}

/** Sends a failed delivery again at once: pending, due now, its attempts kept (one more failure fails it). */
export async function retryDelivery(u: WebhookAdmin, id: string) {
  guard(u);
  await db().$transaction(async (tx) => {
    const d = await tx.delivery.findUnique({ where: { id }, select: { status: true, attempts: true } });
    if (!d) throw notFound();
    if (d.status !== "failed") throw new AppError("delivery.notFailed", 409);
    await tx.delivery.update({
      where: { id },
      data: { status: "pending", nextAttemptAt: new Date(), claimedBy: null, claimedUntil: null },
    });
    await audit(tx, {
      actor: actor(u),
      action: "retry",
      entity: "Delivery",
      entityId: id,
      before: { status: "failed", attempts: d.attempts },
      after: { status: "pending" },
    });
  });
  wakeOutbox();
}

/** Sends every failed delivery again; returns how many. */
export async function retryAllFailed(u: WebhookAdmin) {
  guard(u);
  const count = await db().$transaction(async (tx) => {
    const now = new Date();
    const r = await tx.delivery.updateMany({
      where: { status: "failed" },
      data: { status: "pending", nextAttemptAt: now, claimedBy: null, claimedUntil: null },
    });
    if (r.count)
      await audit(tx, {
        actor: actor(u),
        action: "retry-all",
        entity: "Delivery",
        entityId: "*",
        after: { count: r.count },
      });
    return r.count;
  });
  if (count) wakeOutbox();
  return count;
}
