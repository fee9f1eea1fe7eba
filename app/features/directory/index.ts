/** The directory's door for client-safe code: its form schemas, kinds and the import file's contract. */
export * from "./schemas.ts";
export { MAX_IMPORT_ROWS, ORG_COLUMNS, PLACE_COLUMNS } from "./import-rows.ts";
