import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  maskSecret,
  newWebhookSecret,
  signatureHeader,
  signWebhook,
  verifyWebhookSignature,
} from "./webhook-signature.ts";

const secret = "whsec_test-secret";
const body = JSON.stringify({ event: "answer_published", message: "Câu hỏi đã có trả lời" });

describe("webhook signature", () => {
  it("is the hex HMAC-SHA256 of '<timestamp>.<body>' under the secret", () => {
    const expected = createHmac("sha256", secret).update(`1733300000.${body}`).digest("hex");
    expect(signWebhook(secret, 1733300000, body)).toBe(expected);
    expect(signatureHeader(secret, 1733300000, body)).toBe(`sha256=${expected}`);
    // A known vector, so that receivers in other languages can check theirs.
    expect(signWebhook("k", 1, "{}")).toBe(createHmac("sha256", "k").update("1.{}").digest("hex"));
  });

  it("is verified by a receiver, and refused when anything changed or the timestamp is stale", () => {
    const now = 1733300000_000;
    const ts = 1733300000;
    const h = signatureHeader(secret, ts, body);
    expect(verifyWebhookSignature(secret, h, String(ts), body, now)).toBe(true);
    expect(verifyWebhookSignature("another", h, String(ts), body, now)).toBe(false);
    expect(verifyWebhookSignature(secret, h, String(ts), body.replace("đã", "chưa"), now)).toBe(false);
    expect(verifyWebhookSignature(secret, h, String(ts + 1), body, now)).toBe(false);
    expect(verifyWebhookSignature(secret, h, String(ts), body, now + 301_000)).toBe(false);
    expect(verifyWebhookSignature(secret, null, String(ts), body, now)).toBe(false);
    expect(verifyWebhookSignature(secret, h, "abc", body, now)).toBe(false);
    expect(verifyWebhookSignature(secret, h.slice(0, -1), String(ts), body, now)).toBe(false);
  });

  it("makes long random secrets and masks them", () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
    const masked = maskSecret(a);
    expect(masked.startsWith("whsec_")).toBe(true);
    expect(masked.endsWith(a.slice(-4))).toBe(true);
    expect(masked).not.toContain(a.slice(10, -4));
  });
});
