/** The directory's door for client-safe code: kinds and the import file's contract (forms: schemas.ts). */
export { MAX_IMPORT_ROWS, ORG_COLUMNS, PLACE_COLUMNS } from "./import-rows.ts";
export * from "./kinds.ts";
