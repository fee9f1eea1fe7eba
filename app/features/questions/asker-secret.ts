/**
 * The asker's secret: 128 random bits (22 base64url characters), given in
 * the submit answer only; the question keeps its SHA-256 hash. Unlike the
 * tracking code, which is public (read out on air, shared, printed on the
 * tracking page), it proves the asker: rating the answer, seeing and
 * withdrawing the personal data held about the question. Free of the ORM:
 * the intake writer thread hashes with it.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** The shape of a secret as given: what a pasted secret is checked against before it is hashed. */
export const ASKER_SECRET = /^[A-Za-z0-9_-]{22}$/;

export function newAskerSecret(): string {
  return randomBytes(16).toString("base64url");
}

export function hashAskerSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Whether `secret` is the one whose hash is `hash` (in constant time). */
export function secretMatches(hash: string | null, secret: string | null | undefined): boolean {
  if (!hash || !secret || !ASKER_SECRET.test(secret)) return false;
  const a = Buffer.from(hashAskerSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether `deviceId` is the device that asked (in constant time); a question without one matches none. */
export function deviceMatches(stored: string | null, deviceId: string | null | undefined): boolean {
  if (!stored || !deviceId) return false;
  const a = Buffer.from(stored, "utf8");
  const b = Buffer.from(deviceId, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}
