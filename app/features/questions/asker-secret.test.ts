import { describe, expect, it } from "vitest";
import { ASKER_SECRET, deviceMatches, hashAskerSecret, newAskerSecret, secretMatches } from "./asker-secret.ts";

describe("the asker's secret", () => {
  it("is 128 random bits in base64url, matched against its SHA-256 hash only", () => {
    const s = newAskerSecret();
    expect(s).toMatch(ASKER_SECRET);
    expect(Buffer.from(s, "base64url")).toHaveLength(16);
    expect(newAskerSecret()).not.toBe(s);
    const hash = hashAskerSecret(s);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(secretMatches(hash, s)).toBe(true);
    expect(secretMatches(hash, newAskerSecret())).toBe(false);
    expect(secretMatches(hash, `${s}x`)).toBe(false);
    expect(secretMatches(hash, hash)).toBe(false); // the stored hash is no secret
    expect(secretMatches(null, s)).toBe(false); // a question taken before secrets existed
    expect(secretMatches(hash, null)).toBe(false);
  });

  it("a device proves the asker only when the question kept the same one", () => {
    expect(deviceMatches("d0c5a1b2c3d4", "d0c5a1b2c3d4")).toBe(true);
    expect(deviceMatches("d0c5a1b2c3d4", "d0c5a1b2c3d5")).toBe(false);
    expect(deviceMatches("d0c5a1b2c3d4", "d0c5")).toBe(false);
    expect(deviceMatches(null, "d0c5a1b2c3d4")).toBe(false);
    expect(deviceMatches("d0c5a1b2c3d4", null)).toBe(false);
  });
});
