/** The directory's door for client-safe code: its form schemas and organization kinds. */
export * from "./schemas.ts";
