/**
 * The episodes feature's door for client-safe code: its statuses and kinds (forms: schemas.ts). Its UI is
 * imported from components/ directly (a barrel of components would put every component in every page's bundle).
 */
export * from "./statuses.ts";
