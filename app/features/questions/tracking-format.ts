import { ALPHABET, CODE_LENGTH } from "./tracking-alphabet.ts";

/** Browser-safe formatting of a tracking code (the generator lives server-side). */
export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Reads a code as a person may type it: any case, with spaces or dashes. */
export function normalizeTrackingCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "");
  if (s.length !== CODE_LENGTH) return null;
  for (const ch of s) if (!ALPHABET.includes(ch)) return null;
  return s;
}
