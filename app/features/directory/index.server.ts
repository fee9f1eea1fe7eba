/** The directory's door (server): organizations, users, places and the directory import. */
export * from "./directory.server.ts";
export {
  DirectoryFileError,
  ImportRefused,
  confirmDirectoryUpload,
  directoryTemplate,
  importDirectory,
  importDirectoryRows,
  planDirectoryImport,
  previewDirectoryUpload,
  readDirectoryFile,
  type DirectoryFileReason,
  type DirectoryRows,
  type ImportIssue,
  type ImportPlan,
  type ImportResult,
  type ImportWarning,
  type OrgRow,
  type PlaceRow,
  type PlanSummary,
  type TableCounts,
  type UploadPreview,
} from "./import.server.ts";
export { listPlaces } from "./places.server.ts";
export { directoryForRouting, type DirectoryForRouting } from "./directory-rows.ts";
