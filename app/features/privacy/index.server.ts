/** The privacy feature's door (server): who sees askers' personal data, the audited reveal and exports, retention. */
export {
  auditPersonalExport,
  callersOf,
  callerView,
  mayExportPersonal,
  personalAccess,
  revealPhone,
  searchByPhone,
  seesCallersOf,
  type PersonalScope,
} from "./access.server.ts";
export { erasePersonalData, startRetentionScheduler, type ErasureRun } from "./retention.server.ts";
