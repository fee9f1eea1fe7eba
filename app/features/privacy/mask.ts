/** Personal data as staff screens show it before a reveal (client-safe). */

/**
 * A phone number with its middle hidden: the first two digits (three with "+") and the last three stay,
 * so that a caller can be told apart and recognized on the line, e.g. "0912345678" → "09•• ••• 678".
 */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (!p) return "";
  const head = p.startsWith("+") ? 3 : 2;
  if (p.length < head + 5) return "•".repeat(Math.max(3, p.length));
  const middle = "•".repeat(p.length - head - 3);
  const hidden = middle.length > 3 ? `${middle.slice(0, 2)} ${middle.slice(2)}` : middle;
  return `${p.slice(0, head)}${hidden} ${p.slice(-3)}`;
}

/**
 * An e-mail address with its local part hidden but for its first character, the domain kept:
 * "nguyen.an@gmail.com" → "n•••@gmail.com".
 */
export function maskEmail(email: string): string {
  const e = email.trim();
  if (!e) return "";
  const at = e.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${e[0]}•••${e.slice(at)}`;
}

/** The asker as a staff page shows it: the phone masked until revealed (an audited action). */
export type CallerView = {
  name: string;
  area: string;
  /** "09•• ••• 678", or "" when the asker gave no phone. */
  phoneMasked: string;
  contactConsent: boolean;
};
