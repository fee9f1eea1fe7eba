/**
 * The admin's gateway webhooks (/quan-tri/webhook): create one (its secret is made here and shown once),
 * edit its name, URL and types, pause or resume it, make it a new secret. Each change is audited without
 * the secret.
 */
import type { AuditActor } from "../../platform/audit.server.ts";
import { audit } from "../../platform/audit.server.ts";
import { db } from "../../platform/db.server.ts";
import { forbidden, notFound } from "../../platform/errors.ts";
import { can, type Actor } from "../../platform/permissions.ts";
import { parseInput } from "../../platform/validation.ts";
import { webhookSchema } from "./schemas.ts";
import { ASKER_TYPES } from "./types.ts";
import { maskSecret, newWebhookSecret } from "./webhook-signature.ts";
import { webhookTypes } from "./webhooks.server.ts";

export type WebhookAdmin = Actor & { username: string };
const actor = (u: WebhookAdmin): AuditActor => ({ id: u.id, label: u.username });

/** Only the admin manages the gateways: they receive askers' phone numbers. */
function guard(u: WebhookAdmin) {
  if (!can(u, "integration:manage")) throw forbidden();
}

/** What the audit log keeps of a webhook: never its secret. */
const shown = (w: { name: string; url: string; events: string; active: boolean }) => ({
  name: w.name,
  url: w.url,
  events: w.events,
  active: w.active,
});

/** The stored list of types: one per line; all the asker's types are stored as none (= all). */
const eventsOf = (types: string[]) =>
  types.length === ASKER_TYPES.length ? "" : ASKER_TYPES.filter((t) => types.includes(t)).join("\n");

export async function listWebhooks(u: WebhookAdmin) {
  guard(u);
  const rows = await db().webhook.findMany({ orderBy: [{ active: "desc" }, { createdAt: "desc" }] });
  const failed = await db().delivery.groupBy({
    by: ["webhookId"],
    where: { channel: "webhook", status: "failed" },
    _count: { _all: true },
  });
  const failedOf = new Map(failed.map((f) => [f.webhookId, f._count._all]));
  return rows.map((w) => ({
    id: w.id,
    name: w.name,
    url: w.url,
    events: webhookTypes(w.events),
    allEvents: !w.events.trim(),
    active: w.active,
    secret: maskSecret(w.secret),
    createdAt: w.createdAt.toISOString(),
    failed: failedOf.get(w.id) ?? 0,
  }));
}

export async function getWebhook(u: WebhookAdmin, id: string) {
  guard(u);
  const w = await db().webhook.findUnique({ where: { id } });
  if (!w) throw notFound();
  return {
    id: w.id,
    name: w.name,
    url: w.url,
    events: w.events.trim() ? webhookTypes(w.events) : [],
    active: w.active,
    secret: maskSecret(w.secret),
  };
}

/** Creates a webhook (returns its secret, the only time it is shown) or saves one's name, URL, types, state. */
export async function saveWebhook(u: WebhookAdmin, id: string | null, raw: unknown) {
  guard(u);
  const input = parseInput(webhookSchema, raw);
  const data = { name: input.name, url: input.url, events: eventsOf(input.events), active: input.active };
  return db().$transaction(async (tx) => {
    if (!id) {
      const secret = newWebhookSecret();
      const created = await tx.webhook.create({ data: { ...data, secret } });
      await audit(tx, {
        actor: actor(u),
        action: "create",
        entity: "Webhook",
        entityId: created.id,
        after: shown(created),
      });
      return { id: created.id, secret };
    }
    const before = await tx.webhook.findUnique({ where: { id } });
    if (!before) throw notFound();
    const after = await tx.webhook.update({ where: { id }, data });
    await audit(tx, {
      actor: actor(u),
      action: "update",
      entity: "Webhook",
      entityId: id,
      before: shown(before),
      after: shown(after),
    });
    return { id, secret: null };
  });
}

/** Pauses (nothing more is queued for it; what is queued fails) or resumes a webhook. */
export async function setWebhookActive(u: WebhookAdmin, id: string, active: boolean) {
  guard(u);
  await db().$transaction(async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id } });
    if (!before) throw notFound();
    if (before.active === active) return;
    await tx.webhook.update({ where: { id }, data: { active } });
    await audit(tx, {
      actor: actor(u),
      action: active ? "activate" : "deactivate",
      entity: "Webhook",
      entityId: id,
      before: { active: before.active },
      after: { active },
    });
  });
}

/** Makes the webhook a new secret (the old one stops being valid at once); returns it, shown once. */
export async function regenerateWebhookSecret(u: WebhookAdmin, id: string) {
  guard(u);
  const secret = newWebhookSecret();
  await db().$transaction(async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id } });
    if (!before) throw notFound();
    await tx.webhook.update({ where: { id }, data: { secret } });
    await audit(tx, { actor: actor(u), action: "secret", entity: "Webhook", entityId: id, after: { secret: "[new]" } });
  });
  return secret;
}
