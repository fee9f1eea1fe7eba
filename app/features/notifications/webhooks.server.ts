/**
 * Outgoing webhooks for the gateways that reach askers' phones (SMS
 * brandname, Zalo ZNS): a message is queued once per active webhook that
 * takes its type, and POSTed signed with HMAC-SHA256 (docs/API.md).
 */
import type { Tx } from "../../platform/db.server.ts";
import { db } from "../../platform/db.server.ts";
import { webhookUrlOk } from "./schemas.ts";
import { ASKER_TYPES } from "./types.ts";
import { signatureHeader, signWebhook } from "./webhook-signature.ts";

export { signWebhook };

type Delivery = { id: string; key: string; payload: string; webhookId: string | null; subject?: string };

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

/** Redirects followed: only to the same scheme, host and port, and only those that keep the POST. */
const MAX_REDIRECTS = 3;
const TIMEOUT_MS = 10_000;

/**
 * POSTs one delivery (headers and signature in docs/API.md); throws unless the receiver answers 2xx within
 * 10 s. A redirect is followed only when it keeps the method (307, 308) and stays on the same origin: a
 * gateway that moved elsewhere is not handed the asker's phone on the say of a Location header.
 */
export async function sendWebhook(d: Delivery): Promise<void> {
  const hook = d.webhookId ? await db().webhook.findUnique({ where: { id: d.webhookId } }) : null;
  if (!hook || !hook.active) throw new Error("webhook removed or inactive");
  if (!webhookUrlOk(hook.url)) throw new Error("webhook URL must be http(s)");
  let url = new URL(hook.url);
  const timestamp = Math.floor(Date.now() / 1000);
  const type = d.subject || ((JSON.parse(d.payload) as { event?: string }).event ?? "");
  const headers = {
    "content-type": "application/json",
    "user-agent": "LangNghe-Webhook/1",
    "x-langnghe-event": type,
    "x-langnghe-delivery": d.id,
    "idempotency-key": d.key,
    "x-langnghe-timestamp": String(timestamp),
    "x-langnghe-signature": signatureHeader(hook.secret, timestamp, d.payload),
  };
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  for (let hop = 0; ; hop++) {
    const res = await fetch(url, { method: "POST", redirect: "manual", signal, headers, body: d.payload });
    await res.arrayBuffer().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return;
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.origin !== url.origin) throw new Error(`HTTP ${res.status}: redirect to another host refused`);
      if (res.status !== 307 && res.status !== 308) throw new Error(`HTTP ${res.status}: redirect not followed`);
      if (hop >= MAX_REDIRECTS) throw new Error(`HTTP ${res.status}: too many redirects`);
      url = next;
      continue;
    }
    throw new Error(`HTTP ${res.status}`);
  }
}
