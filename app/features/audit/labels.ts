/**
 * What the audit log shows instead of codes: the records (entities) and the actions the use cases audit, each
 * with a dictionary label (`audit.e.*`, `audit.a.*`), and the changed fields with theirs (`audit.f.*`).
 * A code not listed here (an older record) shows as "another action" or "another record", never as the code.
 */
export const AUDIT_ENTITIES = [
  "Episode",
  "Series",
  "ChecklistItem",
  "EpisodePlatform",
  "EpisodePerson",
  "Organization",
  "User",
  "Question",
  "PersonalData",
  "Notice",
  "Task",
  "Reminder",
  "Directory",
  "DeploymentProfile",
  "IntegrationToken",
  "Webhook",
  "Delivery",
  "ThesaurusEntry",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** A change's value that is a whole structure (a profile, counts per table): the record keeps its details. */
export const AUDIT_DETAILS = "{…}";

export const AUDIT_ACTIONS = [
  "create",
  "update",
  "delete",
  "status",
  "check",
  "uncheck",
  "login",
  "login-failed",
  "login-locked",
  "logout",
  "password",
  "import",
  "approve",
  "unapprove",
  "on_air",
  "back_to_queue",
  "answered_on_air",
  "route",
  "reject",
  "accept",
  "restore",
  "undo_reject",
  "merge",
  "edit",
  "tag",
  "priority",
  "reorder",
  "air_summary",
  "notify_subscribe",
  "notify_unsubscribe",
  "withdraw_personal_data",
  "answer_draft",
  "answer_submitted",
  "answer_revision",
  "answer_returned",
  "answer_approved",
  "answer_published",
  "return",
  "rate",
  "progress",
  "issue",
  "amend",
  "group",
  "extend",
  "extension_request",
  "extension_approve",
  "extension_refuse",
  "complete",
  "reopen",
  "close",
  "revoke",
  "secret",
  "activate",
  "deactivate",
  "retry",
  "retry-all",
  "personal-view",
  "personal-search",
  "personal-export",
  "personal-erase",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The dictionary key of an entity's label. */
export function entityKey(entity: string): string {
  return (AUDIT_ENTITIES as readonly string[]).includes(entity) ? `audit.e.${entity}` : "audit.e.other";
}

/** The dictionary key of an action's label. */
export function actionKey(action: string): string {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? `audit.a.${action}` : "audit.a.other";
}
