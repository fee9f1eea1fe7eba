/** Integration channels (client-safe: the admin's form offers them, the server checks them). */
import { z } from "zod/v4";
import { text } from "../../platform/validation.ts";

export const CHANNELS = ["fanpage", "youtube", "email", "switchboard", "zalo", "other"] as const;

/** The form that creates a channel's access token. */
export const channelTokenSchema = z.object({ name: text(100), channel: z.enum(CHANNELS, { error: "err.choice" }) });
