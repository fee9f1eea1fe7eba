/**
 * One door for every transport: the client address behind a proxy, and the
 * end of a session, resolved the same way for HTTP and sockets.
 */
import { afterAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { login, postForm } from "../helpers/session.ts";
import { connected, socketOpener } from "../helpers/sockets.ts";
import { suiteServer } from "../helpers/suite.ts";

const { open, closeAll } = socketOpener(() => server.url);
// The test's connections come from 127.0.0.1, the proxy TRUST_PROXY names (loopback, the default).
const server = suiteServer();
afterAll(() => closeAll());

const key = (i: number, tag: string) => `${tag}-${String(i).padStart(8, "0")}`;

describe("the client address", () => {
  it("limits socket submissions per viewer behind a trusted proxy, not per proxy", async () => {
    const e = await factories.episode();
    // 40 viewers behind one reverse proxy (one TCP peer, 127.0.0.1), each named by X-Forwarded-For.
    const viewers = Array.from({ length: 40 }, (_, i) => open("/", { "x-forwarded-for": `203.0.113.${i + 1}` }));
    await Promise.all(viewers.map(connected));
    const acks = await Promise.all(
      viewers.map((v, i) =>
        v.emitWithAck("question:submit", {
          episodeId: e.id,
          text: `Câu hỏi số ${i} của người xem qua proxy`,
          clientKey: key(i, "proxy"),
        }),
      ),
    );
    expect(acks.filter((a) => a.ok).length).toBe(40);
  });

  it("counts one viewer's socket submissions against its own address, as HTTP does", async () => {
    const e = await factories.episode();
    // Several sockets (tabs, reconnections) of one address: each within its own event budget.
    const sockets = Array.from({ length: 8 }, () => open("/", { "x-forwarded-for": "198.51.100.7" }));
    await Promise.all(sockets.map(connected));
    const acks = [];
    for (let i = 0; i < 31; i++) {
      acks.push(
        await sockets[i % sockets.length].emitWithAck("question:submit", {
          episodeId: e.id,
          text: `Câu hỏi thứ ${i} của cùng một người`,
          clientKey: key(i, "one"),
        }),
      );
    }
    expect(acks.slice(0, 30).every((a) => a.ok)).toBe(true);
    expect(acks[30]).toMatchObject({ ok: false, status: 429, error: "rate_limited" });
    // The same address over HTTP shares the bucket: one door, one count.
    const res = await fetch(`${server.url}/api/episodes/${e.id}/questions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.7" },
      body: JSON.stringify({ text: "Một câu hỏi nữa qua HTTP từ cùng địa chỉ", clientKey: key(99, "one") }),
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("the end of a session", () => {
  it("signing out through the API disconnects that session's staff sockets", async () => {
    const cookie = await login(server.url, "tongdai1");
    const s = open("/staff", { cookie });
    await connected(s);
    const gone = new Promise<string>((r) => s.once("disconnect", r));
    const res = await fetch(`${server.url}/api/session`, { method: "DELETE", headers: { cookie } });
    expect(res.status).toBe(204);
    expect(await gone).toBe("io server disconnect");
  });

  it("a staff socket whose session ended elsewhere can no longer act", async () => {
    const cookie = await login(server.url, "tongdai2");
    const s = open("/staff", { cookie });
    await connected(s);
    const e = await factories.episode();
    expect(await s.emitWithAck("episode:join", { episodeId: e.id })).toMatchObject({ ok: true });
    // The session row goes without a sign-out signal (expiry, or another node's sign-out while Redis is away).
    await factories.db().session.deleteMany({ where: { user: { username: "tongdai2" } } });
    const ack = await s
      .timeout(3000)
      .emitWithAck("episode:sync", { episodeId: e.id, afterSeq: 0 })
      .catch(() => ({ ok: false, status: 0 }));
    expect(ack.ok).toBe(false);
  });
});

describe("staff rooms", () => {
  it("an agency cannot join an episode's staff room, so callers' names and phones never reach it live", async () => {
    const e = await factories.episode({ status: "live" });
    const cookie = await login(server.url, "so.ldtbxh");
    const agency = open("/staff", { cookie });
    await connected(agency);
    const heard: unknown[] = [];
    agency.on("question:created", (m) => heard.push(m));
    expect(await agency.emitWithAck("episode:join", { episodeId: e.id })).toMatchObject({ ok: false, status: 403 });
    const viewer = open("/");
    await connected(viewer);
    const ack = await viewer.emitWithAck("question:submit", {
      episodeId: e.id,
      text: "Câu hỏi có họ tên và số điện thoại của người gọi",
      name: "Nguyễn Văn A",
      phone: "0912345678",
      clientKey: key(1, "agency"),
    });
    expect(ack.ok).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(heard).toEqual([]);
  });
});

describe("the origin of a socket", () => {
  it("only the app's own pages may open a socket: a page on another port of the same host is refused", async () => {
    const cookie = await login(server.url, "tongdai1");
    const otherPort = new URL(server.url);
    otherPort.port = String(Number(otherPort.port) + 1);
    for (const ns of ["/staff", "/"]) {
      const foreign = open(ns, { cookie, origin: otherPort.origin });
      await expect(connected(foreign), ns).rejects.toThrow();
      const own = open(ns, { cookie, origin: new URL(server.url).origin });
      await expect(connected(own), ns).resolves.toBeUndefined();
    }
    const sandboxed = open("/staff", { cookie, origin: "null" });
    await expect(connected(sandboxed)).rejects.toThrow();
  });
});

describe("a socket's event budget", () => {
  it("one socket flooding questions:follow is refused, then disconnected, and the server stays quick for others", async () => {
    const e = await factories.episode({ status: "live" });
    const flooder = open("/", { "x-forwarded-for": "198.51.100.66" });
    await connected(flooder);
    const gone = new Promise<string>((r) => flooder.once("disconnect", r));
    const acks: { ok: boolean; error?: string; retryAfter?: number }[] = [];
    let flooding = true;
    void (async () => {
      const codes = Array.from({ length: 50 }, (_, i) => `HG${String(i).padStart(6, "0")}`);
      while (flooding && flooder.connected) {
        for (let i = 0; i < 200; i++)
          flooder.emit("questions:follow", { trackingCodes: codes }, (a: never) => acks.push(a));
        await new Promise((r) => setImmediate(r));
      }
    })();

    const health: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      expect((await fetch(`${server.url}/healthz`)).status).toBeLessThan(500);
      health.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 25));
    }
    const viewer = open("/", { "x-forwarded-for": "198.51.100.67" });
    await connected(viewer);
    const t = performance.now();
    const ack = await viewer.emitWithAck("question:submit", {
      episodeId: e.id,
      text: "Một người xem khác gửi câu hỏi trong lúc có kẻ phá",
      clientKey: key(1, "flood"),
    });
    const submitMs = performance.now() - t;
    flooding = false;

    expect(ack.ok).toBe(true);
    expect(await gone).toBe("io server disconnect");
    // (The few events within the budget may still be running when the socket goes: their acks are not awaited.)
    expect(acks.find((a) => !a.ok)).toMatchObject({ ok: false, error: "rate_limited" });
    expect(acks.find((a) => !a.ok)!.retryAfter).toBeGreaterThan(0);
    health.sort((a, b) => a - b);
    expect(health[10]).toBeLessThan(100);
    expect(health[19]).toBeLessThan(1000);
    expect(submitMs).toBeLessThan(1000);
  });

  it("an event larger than the payload limit closes the socket without reaching a handler", async () => {
    const viewer = open("/");
    await connected(viewer);
    const gone = new Promise<string>((r) => viewer.once("disconnect", r));
    viewer.emit("questions:follow", { trackingCodes: ["x".repeat(100_000)] });
    expect(await gone).toBe("transport close");
  });
});

describe("the end of a session, on its own or elsewhere", () => {
  it("an idle staff socket is disconnected when its session expires", async () => {
    const cookie = await login(server.url, "tongdai1");
    const sessions = await factories.db().session.findMany({
      where: { user: { username: "tongdai1" } },
      orderBy: { createdAt: "desc" },
      take: 1,
    });
    await factories.db().session.update({
      where: { id: sessions[0].id },
      data: { expiresAt: new Date(Date.now() + 1500) },
    });
    const s = open("/staff", { cookie });
    await connected(s);
    const gone = await Promise.race([
      new Promise<string>((r) => s.once("disconnect", r)),
      new Promise<string>((r) => setTimeout(() => r("still connected"), 5000)),
    ]);
    expect(gone).toBe("io server disconnect");
  });

  it("changing one's password disconnects the sockets of one's other sessions, not this one's", async () => {
    const { username, password } = await factories.user("operator");
    const mine = await login(server.url, username, password);
    const other = await login(server.url, username, password);
    const otherSocket = open("/staff", { cookie: other });
    const mySocket = open("/staff", { cookie: mine });
    await Promise.all([connected(otherSocket), connected(mySocket)]);
    const gone = new Promise<string>((r) => otherSocket.once("disconnect", r));
    const res = await postForm(
      server.url,
      "/tai-khoan",
      { current: password, next: "mot-mat-khau-moi-dai", confirm: "mot-mat-khau-moi-dai" },
      mine,
    );
    expect(res.status).toBeLessThan(400);
    expect(await gone).toBe("io server disconnect");
    expect(mySocket.connected).toBe(true);
  });
});
