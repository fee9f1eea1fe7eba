/**
 * Audit trail: every create/update/delete and status change writes one
 * event in the same transaction as the change itself.
 */
import type { Tx } from "./db.server.ts";

export type AuditActor = { id: string | null; label: string };
export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system" };

export type AuditInput = {
  actor: AuditActor;
  action: string; // create | update | delete | status | login | logout | password | ...
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const SECRET_FIELDS = new Set(["passwordHash", "password"]);

function serialize(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (k, v) => (SECRET_FIELDS.has(k) ? "[redacted]" : v));
}

/**
 * What runs, in the same transaction, after a change is audited: the
 * notifications feature tells each hand-off to its next owner from here, so
 * every use case that audits a change (and each one does) hands off without
 * a second call to forget.
 */
export type AuditListener = (tx: Tx, e: AuditInput) => Promise<void>;
const listeners = new Set<AuditListener>();

/** Adds a listener; returns the function that removes it. */
export function onAudit(fn: AuditListener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export async function audit(tx: Tx, e: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: e.actor.id,
      actorLabel: e.actor.label,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: serialize(e.before),
      after: serialize(e.after),
    },
  });
  for (const fn of listeners) await fn(tx, e);
}
