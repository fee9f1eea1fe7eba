/**
 * Durability: the server is killed with SIGKILL under load and restarted.
 * Every acknowledged submission is there exactly once, and a client retry
 * with the same key returns the original question.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectFactories, factories } from "../helpers/factories.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMIT_SCALE: "1000" } });
  await connectFactories(server);
});
afterAll(async () => {
  await server?.cleanup();
});

async function submit(url: string, episodeId: string, clientKey: string, i: number) {
  try {
    const res = await fetch(`${url}/api/episodes/${episodeId}/questions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: `Câu hỏi trong lúc máy chủ gặp sự cố, số ${i}`, clientKey }),
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 201 && res.status !== 200) return null;
    return (await res.json()) as { id: string; trackingCode: string };
  } catch {
    return null;
  }
}

describe("crash safety", () => {
  it("keeps every acknowledged question, exactly once, across a SIGKILL", async () => {
    const e = await factories.episode({ status: "live" });
    const keys = Array.from({ length: 600 }, () => randomUUID().replace(/-/g, ""));
    const acked = new Map<string, string>();
    let next = 0;
    const worker = async () => {
      while (next < keys.length) {
        const i = next++;
        const r = await submit(server.url, e.id, keys[i], i);
        if (r) acked.set(keys[i], r.id);
      }
    };
    const load = Promise.all(Array.from({ length: 20 }, worker));
    await new Promise((r) => setTimeout(r, 400));
    await server.stop("SIGKILL");
    await load;
    expect(acked.size).toBeGreaterThan(0);
    expect(acked.size).toBeLessThan(keys.length); // the kill did interrupt the load

    server = await server.restart();
    const rows = await factories
      .db()
      .question.findMany({ where: { episodeId: e.id }, select: { id: true, clientKey: true } });
    const byKey = new Map<string, string[]>();
    for (const r of rows) byKey.set(r.clientKey!, [...(byKey.get(r.clientKey!) ?? []), r.id]);
    for (const [key, id] of acked) expect(byKey.get(key)).toEqual([id]);
    for (const ids of byKey.values()) expect(ids).toHaveLength(1);

    // Retries with the same keys return the originals; the unacknowledged ones are stored once.
    const retried = new Map<string, string | null>();
    let k = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (k < keys.length) {
          const i = k++;
          retried.set(keys[i], (await submit(server.url, e.id, keys[i], i))?.id ?? null);
        }
      }),
    );
    for (const key of keys) {
      expect(retried.get(key)).not.toBeNull();
      if (acked.has(key)) expect(retried.get(key)).toBe(acked.get(key));
    }
    expect(await factories.db().question.count({ where: { episodeId: e.id } })).toBe(keys.length);
    const seqs = (
      await factories
        .db()
        .episodeEvent.findMany({ where: { episodeId: e.id }, select: { seq: true }, orderBy: { seq: "asc" } })
    ).map((x) => x.seq);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, k) => seqs[0] + k));
  });
});
