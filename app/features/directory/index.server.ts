/** The directory's door (server): organizations and users. */
export * from "./directory.server.ts";
