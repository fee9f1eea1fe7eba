/**
 * A node started during a Redis outage subscribes (the Socket.IO adapter does so at once) before
 * its client ever connected. When Redis came, node-redis sent those subscriptions twice and the
 * extra reply crashed the process. The subscriber now waits for its first connection.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const script = path.resolve(__dirname, "../helpers/late-subscriber.ts");
const run = (env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", script], {
    encoding: "utf8",
    timeout: 20_000,
    env: { ...process.env, ...env },
  });

describe("a subscriber created while Redis is unreachable", () => {
  it("survives Redis coming, and receives what is published afterwards", () => {
    const r = run();
    expect(r.stderr).not.toMatch(/Cannot destructure/);
    expect(r.stdout.trim()).toBe("received");
    expect(r.status).toBe(0);
  });
});
