import { randomInt } from "node:crypto";

import { ALPHABET, CODE_LENGTH } from "./tracking-alphabet.ts";

export { ALPHABET, CODE_LENGTH };

export function newTrackingCode(): string {
  let s = "";
  for (let i = 0; i < CODE_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

export { formatTrackingCode, normalizeTrackingCode } from "./tracking-format.ts";
