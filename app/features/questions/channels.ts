/** Integration channels (client-safe: the admin's form offers them, the server checks them: schemas.ts). */
export const CHANNELS = ["fanpage", "youtube", "email", "switchboard", "zalo", "other"] as const;
