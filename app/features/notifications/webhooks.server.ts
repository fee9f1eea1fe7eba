/**
 * Outgoing webhooks for the gateways that reach askers' phones (SMS
 * brandname, Zalo ZNS): a message is queued once per active webhook that
 * takes its type, and POSTed signed with HMAC-SHA256 (docs/API.md).
 */
import { createHmac } from "node:crypto";
import type { Tx } from "../../platform/db.server.ts";
import { db } from "../../platform/db.server.ts";
import { ASKER_TYPES } from "./types.ts";

type Delivery = { id: string; key: string; payload: string; webhookId: string | null };

/** The types a webhook takes: its list, or all the asker's when the list is empty. */
export function webhookTypes(events: string): string[] {
  const list = events
    .split(/\r?\n|,/)
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : [...ASKER_TYPES];
}

/** Queues the message for every active webhook that takes its type (the key makes each one once). */
export async function queueWebhooks(tx: Tx, n: { key: string; type: string; payload: object }): Promise<number> {
  const hooks = (await tx.webhook.findMany({ where: { active: true } })).filter((w) =>
    webhookTypes(w.events).includes(n.type),
  );
  for (const w of hooks)
    await tx.delivery.create({
      data: {
        channel: "webhook",
        key: `${n.key}:${w.id}`,
        recipient: w.url,
        webhookId: w.id,
        subject: n.type,
        payload: JSON.stringify({ ...n.payload, id: `${n.key}:${w.id}` }),
      },
    });
  return hooks.length;
}

/** The signature a receiver checks: hex HMAC-SHA256 of "<timestamp>.<body>" under the webhook's secret. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** POSTs one delivery; throws unless the receiver answers 2xx within 10 s. */
export async function sendWebhook(d: Delivery): Promise<void> {
  const hook = d.webhookId ? await db().webhook.findUnique({ where: { id: d.webhookId } }) : null;
  if (!hook || !hook.active) throw new Error("webhook removed or inactive");
  const url = new URL(hook.url);
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`unsupported URL scheme ${url.protocol}`);
  const timestamp = Math.floor(Date.now() / 1000);
  const type = (JSON.parse(d.payload) as { event?: string }).event ?? "";
  const res = await fetch(url, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(10_000),
    headers: {
      "content-type": "application/json",
      "x-langnghe-event": type,
      "x-langnghe-delivery": d.id,
      "idempotency-key": d.key,
      "x-langnghe-timestamp": String(timestamp),
      "x-langnghe-signature": `sha256=${signWebhook(hook.secret, timestamp, d.payload)}`,
    },
    body: d.payload,
  });
  await res.arrayBuffer().catch(() => undefined);
  if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status}`);
}
