/**
 * The field rules that need no validation library, for pages that must stay light (the viewer's phone).
 * validation.ts builds the Zod schemas on them, so each rule is written once.
 */
import { cleanText } from "./text.ts";

/** A client-made key (a submission's client key, a device id): the same shape wherever it is read. */
export const CLIENT_TOKEN = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * The one normalization of a stored text field: cleanText (NFC; no control characters but tab and line
 * break, no lone surrogates, bidi controls or invisible characters: platform/text.ts), then trimmed.
 * Every text field goes through it; so do the follow-up's use cases, which take plain strings.
 */
export const tidy = (s: string) => cleanText(s).trim();

/** Vietnamese phone numbers: mobile (0 + 9 digits), landline (02x + 8 digits), hotlines 1800/1900. */
export const VN_PHONE = /^(?:\+?84|0)(?:3|5|7|8|9)\d{8}$|^(?:\+?84|0)2\d{9}$|^(?:1800|1900)\d{4,6}$/;
export function normalizePhone(s: string): string {
  return s.replace(/[\s.\-()]/g, "");
}

/** An e-mail address as the schemas accept it (the pattern Zod's `z.email()` uses). */
export const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
export const EMAIL_MAX = 254;
