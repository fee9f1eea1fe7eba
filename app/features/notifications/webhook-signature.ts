/**
 * The signature of an outgoing webhook (docs/API.md): hex HMAC-SHA256 of
 * "<timestamp>.<body>" under the webhook's secret, sent as
 * `X-LangNghe-Signature: sha256=<hex>` beside `X-LangNghe-Timestamp`.
 * Pure, so a receiver's check is tested against the signer.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/** The hex HMAC-SHA256 of "<timestamp>.<body>" under `secret`. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The headers' value: "sha256=<hex>". */
export const signatureHeader = (secret: string, timestamp: number, body: string) =>
  `sha256=${signWebhook(secret, timestamp, body)}`;

/**
 * A receiver's check: the header matches the body and the timestamp under the secret (in constant time),
 * and the timestamp is within `toleranceS` of `now` (a replayed request is refused).
 */
export function verifyWebhookSignature(
  secret: string,
  header: string | null | undefined,
  timestamp: string | null | undefined,
  body: string,
  now = Date.now(),
  toleranceS = 300,
): boolean {
  const ts = Number(timestamp);
  if (!header || !timestamp || !/^\d+$/.test(timestamp) || Math.abs(now / 1000 - ts) > toleranceS) return false;
  const expected = Buffer.from(signatureHeader(secret, ts, body));
  const got = Buffer.from(header);
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** A new secret: "whsec_" and 32 random bytes (base64url). */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString("base64url")}`;

/** What the admin sees of a secret after it was shown once: its start and its last four characters. */
export const maskSecret = (s: string) => (s.length > 14 ? `${s.slice(0, 10)}…${s.slice(-4)}` : "••••");
