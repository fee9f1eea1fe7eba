/** The audit feature's client-safe values: the records and actions audited, and their dictionary keys. */
export { AUDIT_ACTIONS, AUDIT_ENTITIES, actionKey, entityKey, type AuditAction, type AuditEntity } from "./labels.ts";
