/** The audit feature's door for routes: the log as the staff read it. */
export { auditFilter, auditLog, changesOf, AUDIT_PAGE_SIZE, type AuditFilter } from "./audit-log.server.ts";
