/** The forms of the notifications feature's admin pages: a gateway webhook, the delivery log's filter. */
import { z } from "zod/v4";
import { checkbox, text } from "../../platform/validation.ts";
import { ASKER_TYPES } from "./types.ts";

/** A webhook's URL: http or https with a host, no credentials in it; any other scheme is refused. */
export function webhookUrlOk(raw: string): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  return (u.protocol === "https:" || u.protocol === "http:") && !!u.hostname && !u.username && !u.password;
}

/** Checkboxes: none (undefined), one (a string) or several (an array) become a list. */
const typeList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean))
  .pipe(z.array(z.enum(ASKER_TYPES, { error: "err.choice" })));

export const webhookSchema = z.object({
  name: text(120),
  url: text(500).refine(webhookUrlOk, "err.webhookUrl"),
  events: typeList,
  active: checkbox,
});
export type WebhookInput = z.output<typeof webhookSchema>;
