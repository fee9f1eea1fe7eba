/**
 * Two app nodes, one PostgreSQL, one Redis. An operator on node A sees a
 * question submitted to node B; node B is killed with SIGKILL while
 * submissions continue against A; the operator who was on B reconnects to A
 * and, like the one on A, ends with every acknowledged question exactly once.
 * Presence (viewer count, staff on duty) is summed over the nodes, and a
 * killed node drops out of it.
 */
import { randomUUID } from "node:crypto";
import { createClient } from "redis";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staffConsole } from "../helpers/console.ts";
import { connectFactories, factories } from "../helpers/factories.ts";
import { freshPostgres, startTestServer, type TestServer } from "../helpers/server.ts";
import { login } from "../helpers/session.ts";

const REDIS_URL = process.env.REDIS_TEST_URL ?? "redis://127.0.0.1:6379";
let a: TestServer;
let b: TestServer;
const sockets: Socket[] = [];
let databaseUrl = "";

beforeAll(async () => {
  databaseUrl = await freshPostgres();
  // Every node signs sessions with the same secret.
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    RATE_LIMIT_SCALE: "1000",
    SESSION_SECRET: randomUUID() + randomUUID(),
  };
  a = await startTestServer({ env });
  b = await startTestServer({ env });
  await connectFactories(a);
});

afterAll(async () => {
  sockets.forEach((s) => s.close());
  await b?.stop("SIGKILL");
  await a?.cleanup(); // also drops the database
});

async function submit(url: string, episodeId: string, i: number): Promise<string | null> {
  try {
    const res = await fetch(`${url}/api/episodes/${episodeId}/questions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: `Câu hỏi số ${i} gửi qua nhiều máy chủ về học nghề`,
        clientKey: `mn-${i}-${randomUUID().slice(0, 8)}`,
      }),
    });
    if (res.status !== 201) return null;
    return (await res.json()).id as string;
  } catch {
    return null; // the node died: not acknowledged
  }
}

describe("several nodes (PostgreSQL + Redis)", () => {
  it("shares events across nodes and loses nothing when a node is killed", async () => {
    const redis = createClient({ url: REDIS_URL });
    await redis.connect(); // Redis must be there
    await redis.quit();
    const e = await factories.episode({ status: "live" });
    const cookieA = await login(a.url, "tongdai1");
    const cookieB = await login(b.url, "tongdai2");
    const opA = staffConsole(a.url, cookieA, e.id);
    let opB = staffConsole(b.url, cookieB, e.id);
    sockets.push(opA.s, opB.s);
    const [recA, recB] = [opA.rec, opB.rec];
    await Promise.all([opA.ready, opB.ready]);

    // A question submitted to B reaches the operator on A.
    const first = await submit(b.url, e.id, 0);
    expect(first).not.toBeNull();
    await expect.poll(() => recA.ids.includes(first!), { timeout: 5000 }).toBe(true);

    // Holds are shared: tongdai1 claims on A, tongdai2 on B is refused.
    expect(await opA.s.emitWithAck("question:claim", { questionId: first })).toMatchObject({ ok: true });
    expect(await opB.s.emitWithAck("question:claim", { questionId: first })).toMatchObject({
      ok: false,
      error: "held",
    });
    await opA.s.emitWithAck("question:release", { questionId: first });

    // Presence over both nodes: 2 viewers on A, 3 on B; both operators on duty.
    type P = { viewers: number; staff: { username: string }[] };
    let seenOnA: P | null = null;
    let viewerSeesOnA: number | null = null;
    opA.s.on("episode:presence", (p: P) => (seenOnA = p));
    const viewers = [a, a, b, b, b].map((n) => {
      const v = connect(n.url, { transports: ["websocket"], forceNew: true, reconnection: false });
      sockets.push(v);
      return v;
    });
    viewers[0].on("episode:viewers", (p: { viewers: number }) => (viewerSeesOnA = p.viewers));
    await Promise.all(viewers.map((v) => v.emitWithAck("episode:watch", { episodeId: e.id })));
    await expect.poll(() => seenOnA?.viewers, { timeout: 8000 }).toBe(5);
    expect(seenOnA!.staff.map((x) => x.username)).toEqual(["tongdai1", "tongdai2"]);
    await expect.poll(() => viewerSeesOnA, { timeout: 12_000 }).toBe(5);

    const acked: string[] = [first!];
    // Load on both nodes; B is killed in the middle.
    const runs: Promise<void>[] = [];
    let i = 1;
    const kill = (async () => {
      await new Promise((r) => setTimeout(r, 300));
      await b.stop("SIGKILL");
    })();
    for (const target of [a, b]) {
      runs.push(
        (async () => {
          for (let k = 0; k < 40; k++) {
            const id = await submit(target.url, e.id, i++);
            if (id) acked.push(id);
          }
        })(),
      );
    }
    await Promise.all([...runs, kill]);
    // B's viewers and operator drop out of the totals once its share goes stale.
    await expect.poll(() => (seenOnA as P | null)?.viewers, { timeout: 12_000 }).toBe(2);
    expect((seenOnA as P | null)!.staff.map((x) => x.username)).toEqual(["tongdai1"]);
    for (let k = 0; k < 20; k++) {
      const id = await submit(a.url, e.id, i++);
      expect(id).not.toBeNull();
      acked.push(id!);
    }

    // The operator who was on B reconnects to A (as a load balancer would send it) and catches up.
    opB = staffConsole(a.url, cookieB, e.id, recB);
    sockets.push(opB.s);
    await opB.ready;
    await opA.sync();
    await opB.sync();
    const rows = await factories.db().question.findMany({ where: { episodeId: e.id }, select: { id: true } });
    const stored = new Set(rows.map((r) => r.id));
    for (const id of acked) expect(stored.has(id)).toBe(true);
    for (const rec of [recA, recB]) {
      expect(new Set(rec.ids).size).toBe(rec.ids.length); // nothing doubled
      for (const id of acked) expect(rec.ids).toContain(id); // nothing missed
      expect(rec.seqs).toEqual([...rec.seqs].sort((x, y) => x - y));
    }
    expect(acked.length).toBeGreaterThanOrEqual(61);
    expect([...recA.syncErrors, ...recB.syncErrors]).toEqual([]); // catch-ups that failed while connected
  });
});
