/**
 * Live intake with real sockets: many viewers at once, every staff client
 * gets each question exactly once and in order, retries are idempotent,
 * concurrent operators conflict cleanly, and nothing is lost across a
 * disconnect or a server restart.
 */
import { randomUUID } from "node:crypto";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectFactories, factories } from "../helpers/factories.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { login } from "../helpers/session.ts";

let server: TestServer;
const sockets: Socket[] = [];
let operator1: string;
let operator2: string;

beforeAll(async () => {
  server = await startTestServer({ env: { RATE_LIMIT_SCALE: "1000" } });
  await connectFactories(server);
  operator1 = await login(server.url, "tongdai1");
  operator2 = await login(server.url, "tongdai2");
});
afterAll(async () => {
  sockets.forEach((s) => s.close());
  await server?.cleanup();
});

function open(ns: string, cookie?: string, opts: Record<string, unknown> = {}): Socket {
  const s = connect(server.url + ns, { transports: ["websocket"], extraHeaders: cookie ? { cookie } : {}, ...opts });
  sockets.push(s);
  return s;
}
const connected = (s: Socket) =>
  s.connected
    ? Promise.resolve()
    : new Promise<void>((r, j) => {
        s.once("connect", () => r());
        s.once("connect_error", j);
      });

const key = () => randomUUID().replace(/-/g, "");
const ask = (i: number) => `Câu hỏi số ${i}: xin hỏi về chính sách hỗ trợ học nghề cho lao động nông thôn`;

async function post(path: string, body: unknown, cookie?: string) {
  const res = await fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: await res.json().catch(() => null) };
}

/** A staff client that records the episode's events. */
async function staffClient(cookie: string, episodeId: string) {
  const s = open("/staff", cookie);
  await connected(s);
  const created: { seq: number; id: string }[] = [];
  const all: number[] = [];
  s.on("question:created", (e: { seq: number; question: { id: string } }) => {
    created.push({ seq: e.seq, id: e.question.id });
    all.push(e.seq);
  });
  s.on("question:updated", (e: { seq: number }) => all.push(e.seq));
  const join = await s.emitWithAck("episode:join", { episodeId });
  expect(join.ok).toBe(true);
  return { s, created, all, joinSeq: join.seq as number };
}

describe("viewer submissions", () => {
  it("stores 1000 questions from 200 concurrent viewers; each staff client gets each exactly once, in seq order", async () => {
    const e = await factories.episode({ status: "live" });
    const staffA = await staffClient(operator1, e.id);
    const staffB = await staffClient(operator2, e.id);

    const viewers = Array.from({ length: 200 }, () => open("/", undefined, { forceNew: true }));
    await Promise.all(viewers.map(connected));
    const acks = await Promise.all(
      viewers.flatMap((v, vi) =>
        Array.from({ length: 5 }, (_, j) =>
          v.timeout(30_000).emitWithAck("question:submit", {
            episodeId: e.id,
            text: ask(vi * 5 + j),
            clientKey: key(),
            deviceId: `device-${vi}-x`,
          }),
        ),
      ),
    );
    expect(acks.every((a) => a.ok && a.status === 201)).toBe(true);
    expect(new Set(acks.map((a) => a.trackingCode)).size).toBe(1000);
    expect(await factories.db().question.count({ where: { episodeId: e.id } })).toBe(1000);

    await expect.poll(() => staffA.created.length, { timeout: 10_000 }).toBe(1000);
    await expect.poll(() => staffB.created.length, { timeout: 10_000 }).toBe(1000);
    for (const c of [staffA, staffB]) {
      expect(new Set(c.created.map((x) => x.id)).size).toBe(1000);
      const seqs = c.created.map((x) => x.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(seqs[0]).toBe(c.joinSeq + 1);
      expect(seqs.at(-1)).toBe(c.joinSeq + 1000);
    }
    viewers.forEach((v) => v.close());
  });

  it("returns the same question for the same client key, over HTTP and socket", async () => {
    const e = await factories.episode({ status: "live" });
    const clientKey = key();
    const first = await post(`/api/episodes/${e.id}/questions`, {
      text: "Xin hỏi phiên giao dịch việc làm tháng tới?",
      clientKey,
    });
    expect(first.status).toBe(201);
    expect(first.body.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
    const again = await post(`/api/episodes/${e.id}/questions`, {
      text: "Xin hỏi phiên giao dịch việc làm tháng tới?",
      clientKey,
    });
    expect(again.status).toBe(200);
    // The same question; the asker's secret was in the first answer only (it is kept as a hash).
    const { askerSecret, ...same } = first.body;
    expect(askerSecret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(again.body).toEqual(same);
    const v = open("/");
    await connected(v);
    const viaSocket = await v.emitWithAck("question:submit", {
      episodeId: e.id,
      text: "Xin hỏi phiên giao dịch việc làm tháng tới?",
      clientKey,
    });
    expect(viaSocket).toMatchObject({ ok: true, status: 200, trackingCode: first.body.trackingCode });
    expect(viaSocket.askerSecret).toBeUndefined();
    // A double tap: both at once.
    const k2 = key();
    const [a, b] = await Promise.all([
      post(`/api/episodes/${e.id}/questions`, { text: "Câu hỏi gửi hai lần cùng lúc do bấm đúp", clientKey: k2 }),
      post(`/api/episodes/${e.id}/questions`, { text: "Câu hỏi gửi hai lần cùng lúc do bấm đúp", clientKey: k2 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.id).toBe(b.body.id);
    // Only the answer that created it carries the secret.
    expect((a.status === 201 ? a : b).body.askerSecret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((a.status === 201 ? b : a).body.askerSecret).toBeUndefined();
    expect(await factories.db().question.count({ where: { episodeId: e.id } })).toBe(2);
  });

  it("answers bad input, closed episodes, oversized bodies and floods with the documented codes", async () => {
    const e = await factories.episode({ status: "live" });
    const bad = await post(`/api/episodes/${e.id}/questions`, { text: "ngắn", phone: "12345", clientKey: "x" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual({
      text: ["err.questionShort"],
      phone: ["err.phone"],
      clientKey: ["err.clientKey"],
    });
    const ended = await factories.episode({ status: "ended" });
    expect(
      (
        await post(`/api/episodes/${ended.id}/questions`, {
          text: "Câu hỏi gửi sau khi chương trình kết thúc",
          clientKey: key(),
        })
      ).status,
    ).toBe(409);
    expect(
      (await post(`/api/episodes/nope/questions`, { text: "Câu hỏi gửi cho chương trình không có", clientKey: key() }))
        .status,
    ).toBe(404);
    const big = await post(`/api/episodes/${e.id}/questions`, { text: "x".repeat(20_000), clientKey: key() });
    expect(big.status).toBe(413);
    // HTML is stored as text, never interpreted.
    const html = await post(`/api/episodes/${e.id}/questions`, {
      text: "<img src=x onerror=alert(1)> đường hư quá",
      clientKey: key(),
    });
    expect(html.status).toBe(201);
  });

  it("flags profanity and links for the operator without deleting anything", async () => {
    const e = await factories.episode({ status: "live" });
    const r = await post(`/api/episodes/${e.id}/questions`, {
      text: "dit me duong nay hu qua, xem https://spam.example",
      clientKey: key(),
    });
    expect(r.status).toBe(201);
    const q = await factories.db().question.findUniqueOrThrow({ where: { id: r.body.id } });
    expect(JSON.parse(q.flags)).toEqual(expect.arrayContaining(["profanity", "link"]));
    expect(q.status).toBe("new");
    // The same text again from the same device is flagged as repeated, whether in one batch or later.
    const body = { text: "Đường vào ấp 3 ngập nước mỗi khi triều cường", deviceId: "device-repeat-1" };
    const [first, second] = await Promise.all([
      post(`/api/episodes/${e.id}/questions`, { ...body, clientKey: key() }),
      post(`/api/episodes/${e.id}/questions`, { ...body, clientKey: key() }),
    ]);
    const third = await post(`/api/episodes/${e.id}/questions`, { ...body, clientKey: key() });
    const flags = await Promise.all(
      [first, second, third].map(async (r) =>
        JSON.parse((await factories.db().question.findUniqueOrThrow({ where: { id: r.body.id } })).flags),
      ),
    );
    expect(flags.filter((f) => f.includes("repeated"))).toHaveLength(2);
    expect(flags[2]).toContain("repeated");
  });
});

describe("what is stored", () => {
  it("stores every field of a submission as the ORM reads it back, with its history and its event in the log", async () => {
    const e = await factories.episode({ status: "live" });
    const staff = await staffClient(operator1, e.id);
    const clientKey = key();
    const r = await post(`/api/episodes/${e.id}/questions`, {
      text: "Xin hỏi khi nào sửa cầu Kênh Xáng ở xã Tân Bình?",
      clientKey,
      name: "Nguyễn Văn A",
      phone: "0912345678",
      area: "Phụng Hiệp",
      publishName: true,
      deviceId: "device-fields-1",
    });
    expect(r.status).toBe(201);
    const q = await factories.db().question.findUniqueOrThrow({ where: { id: r.body.id }, include: { events: true } });
    expect(q).toMatchObject({
      episodeId: e.id,
      clientKey,
      channel: "web",
      text: "Xin hỏi khi nào sửa cầu Kênh Xáng ở xã Tân Bình?",
      summary: "Xin hỏi khi nào sửa cầu Kênh Xáng ở xã Tân Bình?",
      name: "Nguyễn Văn A",
      phone: "0912345678",
      area: "Phụng Hiệp",
      publishName: true,
      deviceId: "device-fields-1",
      status: "new",
      version: 1,
      votes: 0,
      priority: 0,
      topics: "[]",
      flags: "[]",
      mergedIntoId: null,
      agencyId: null,
      externalId: null,
      trackingCode: r.body.trackingCode,
      askerSecretHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      personalDataWithdrawnAt: null,
    });
    expect(q.id).toMatch(/^c[0-9a-z]{24}$/);
    expect(q.createdAt.toISOString()).toBe(r.body.createdAt);
    expect(q.updatedAt.getTime()).toBe(q.createdAt.getTime());
    expect(q.events).toEqual([
      expect.objectContaining({
        type: "created",
        toStatus: "new",
        fromStatus: null,
        actorLabel: "viewer",
        createdAt: q.createdAt,
      }),
    ]);
    // The log's payload is what staff clients were sent, and what they catch up from.
    await expect.poll(() => staff.created.some((c) => c.id === q.id)).toBe(true);
    const logged = await factories.db().episodeEvent.findFirstOrThrow({ where: { episodeId: e.id, questionId: q.id } });
    const sync = await staff.s.emitWithAck("episode:sync", { episodeId: e.id, afterSeq: logged.seq - 1 });
    expect(sync.events[0]).toMatchObject({
      seq: logged.seq,
      type: "question:created",
      question: {
        id: q.id,
        name: "Nguyễn Văn A",
        publishName: true,
        createdAt: r.body.createdAt,
        flags: [],
        agency: null,
        mergedCount: 0,
      },
    });
    // The log keeps no personal data: staff who may see it get it from the question itself (personal.ts).
    expect(JSON.parse(logged.payload)).toEqual({
      ...sync.events[0].question,
      name: "",
      phone: "",
      area: "",
      hasPhone: false,
    });
  });
});

describe("operators", () => {
  /** Posts n questions into an episode; their ids. */
  async function questionsIn(episodeId: string, n: number, textFrom: number) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push(
        (await post(`/api/episodes/${episodeId}/questions`, { text: ask(textFrom + i), clientKey: key() })).body
          .id as string,
      );
    return ids;
  }

  /**
   * 30 viewers send 20 questions each into `streamInto` while two operators route
   * `routeIds` (half each, one after another): the viewers' acks and the actions' statuses.
   */
  async function streamWhileRouting(streamInto: string, routeIds: string[], textFrom: number, deviceTag: string) {
    const agencyId = await factories.orgId("SGTVT");
    const viewers = Array.from({ length: 30 }, () => open("/", undefined, { forceNew: true }));
    await Promise.all(viewers.map(connected));
    const submissions = Promise.all(
      viewers.flatMap((v, vi) =>
        Array.from({ length: 20 }, (_, j) =>
          v.timeout(30_000).emitWithAck("question:submit", {
            episodeId: streamInto,
            text: ask(textFrom + vi * 20 + j),
            clientKey: key(),
            deviceId: `device-${vi}-${deviceTag}`,
          }),
        ),
      ),
    );
    const route = async (cookie: string, ids: string[]) => {
      const out: number[] = [];
      for (const id of ids)
        out.push(
          (await post(`/api/questions/${id}/actions`, { action: "route", version: 1, agencyId }, cookie)).status,
        );
      return out;
    };
    const half = routeIds.length / 2;
    const [acks, byOne, byTwo] = await Promise.all([
      submissions,
      route(operator1, routeIds.slice(0, half)),
      route(operator2, routeIds.slice(half)),
    ]);
    viewers.forEach((v) => v.close());
    return { acks, statuses: [...byOne, ...byTwo] };
  }

  it("act while viewers' questions stream in: both writers of the database succeed, no event log has a gap", async () => {
    // On SQLite the intake is written by its own thread and connection while the operators'
    // actions are Prisma transactions on the main one. Within one episode the two take turns
    // (seq order); across episodes they run at once, and neither may fail on the other's lock.
    const e = await factories.episode({ status: "live" });
    const other = await factories.episode({ status: "live" });
    const earlier = await questionsIn(other.id, 60, 5000);
    const staff = await staffClient(operator1, e.id);
    const staffOther = await staffClient(operator2, other.id);
    const { acks, statuses } = await streamWhileRouting(e.id, earlier, 6000, "stream");
    expect(acks.filter((a) => a.status !== 201)).toEqual([]);
    expect(statuses).toEqual(Array(60).fill(200));
    expect(await factories.db().question.count({ where: { episodeId: e.id } })).toBe(600);
    expect(await factories.db().question.count({ where: { episodeId: other.id, status: "routed" } })).toBe(60);
    await expect.poll(() => staff.all.length, { timeout: 10_000 }).toBe(600);
    await expect.poll(() => staffOther.all.length, { timeout: 10_000 }).toBe(60);
    for (const c of [staff, staffOther])
      expect([...c.all].sort((a, b) => a - b)).toEqual(
        Array.from({ length: c.all.length }, (_, k) => c.joinSeq + 1 + k),
      );
  });

  it("signals events in commit order when operators act on an episode while its questions stream in", async () => {
    // Intake writes its next batch while the one before is still being signalled; an operator's
    // action on the same episode must still get its sequence number in turn, and every console
    // must receive the episode's events in seq order, none missing, none twice, without sorting.
    const e = await factories.episode({ status: "live" });
    const earlier = await questionsIn(e.id, 60, 7000);
    const staff = await staffClient(operator1, e.id);
    const { acks, statuses } = await streamWhileRouting(e.id, earlier, 8000, "order");
    expect(acks.filter((a) => a.status !== 201)).toEqual([]);
    expect(statuses).toEqual(Array(60).fill(200));
    await expect.poll(() => staff.all.length, { timeout: 10_000 }).toBe(660);
    expect(staff.all).toEqual(Array.from({ length: 660 }, (_, k) => staff.joinSeq + 1 + k));
    const log = await factories.db().episodeEvent.findMany({
      where: { episodeId: e.id, seq: { gt: staff.joinSeq } },
      orderBy: { seq: "asc" },
      select: { seq: true, type: true },
    });
    expect(log.filter((x) => x.type === "question:updated")).toHaveLength(60);
    expect(log.map((x) => x.seq)).toEqual(staff.all);
  });

  it("lets exactly one of two simultaneous routings win; the other gets a conflict", async () => {
    const e = await factories.episode({ status: "live" });
    const r = await post(`/api/episodes/${e.id}/questions`, {
      text: "Thẻ bảo hiểm y tế hết hạn làm lại ở đâu?",
      clientKey: key(),
    });
    const bhxh = await factories.orgId("BHXH");
    const syt = await factories.orgId("SYT");
    const [a, b] = await Promise.all([
      post(`/api/questions/${r.body.id}/actions`, { action: "route", version: 1, agencyId: bhxh }, operator1),
      post(`/api/questions/${r.body.id}/actions`, { action: "route", version: 1, agencyId: syt }, operator2),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error).toBe("conflict");
    expect(loser.body.question.version).toBe(2);
    const q = await factories.db().question.findUniqueOrThrow({ where: { id: r.body.id } });
    expect(q.status).toBe("routed");
    expect(await factories.db().questionEvent.count({ where: { questionId: q.id, type: "route" } })).toBe(1);
  });

  it("enforces the state machine with 409 and records every action with actor and time", async () => {
    const e = await factories.episode({ status: "live" });
    const r = await post(`/api/episodes/${e.id}/questions`, {
      text: "Đường tỉnh 925 xuống cấp nghiêm trọng",
      clientKey: key(),
    });
    const id = r.body.id;
    expect(
      (
        await post(
          `/api/questions/${id}/actions`,
          { action: "answered_on_air", version: 1, speaker: "Giám đốc Sở GTVT" },
          operator1,
        )
      ).status,
    ).toBe(409);
    const approved = await post(`/api/questions/${id}/actions`, { action: "approve", version: 1 }, operator1);
    expect(approved.body.question.status).toBe("approved");
    const onAir = await post(`/api/questions/${id}/actions`, { action: "on_air", version: 2 }, operator1);
    expect(onAir.body.question.status).toBe("on_air");
    const done = await post(
      `/api/questions/${id}/actions`,
      { action: "answered_on_air", version: 3, speaker: "Giám đốc Sở GTVT" },
      operator1,
    );
    expect(done.body.question).toMatchObject({ status: "answered_on_air", answeredBy: "Giám đốc Sở GTVT" });
    const history = await factories
      .db()
      .questionEvent.findMany({ where: { questionId: id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => [h.type, h.toStatus, h.actorLabel])).toEqual([
      ["created", "new", "viewer"],
      ["approve", "approved", "tongdai1"],
      ["on_air", "on_air", "tongdai1"],
      ["answered_on_air", "answered_on_air", "tongdai1"],
    ]);
    const pub = await (await fetch(`${server.url}/api/questions/${r.body.trackingCode}`)).json();
    expect(pub.status).toBe("answered_on_air");
    expect(pub.history.map((h: { status: string }) => h.status)).toEqual([
      "new",
      "approved",
      "on_air",
      "answered_on_air",
    ]);
    expect(JSON.stringify(pub)).not.toContain("tongdai1");
  });

  it("merges duplicates: every asker keeps a tracking code and follows the merged item", async () => {
    const e = await factories.episode({ status: "live" });
    const a = await post(`/api/episodes/${e.id}/questions`, {
      text: "Khi nào có phiên giao dịch việc làm ở Vị Thanh?",
      clientKey: key(),
      name: "Nguyễn Văn A",
      phone: "0912345678",
    });
    const b = await post(`/api/episodes/${e.id}/questions`, {
      text: "phien giao dich viec lam o vi thanh khi nao to chuc",
      clientKey: key(),
    });
    const sugg = await (
      await fetch(`${server.url}/api/questions/${b.body.id}/suggestions`, { headers: { cookie: operator1 } })
    ).json();
    expect(sugg.duplicates[0].id).toBe(a.body.id);
    expect(sugg.routing[0].code).toBe("TTDVVL");
    expect(sugg.routing[0].reasons.length).toBeGreaterThan(0);
    const viewer = open("/");
    await connected(viewer);
    await viewer.emitWithAck("questions:follow", { trackingCodes: [b.body.trackingCode] });
    const statusSeen = new Promise<{ trackingCode: string; status: string }>((res) =>
      viewer.on("question:status", (p) => p.trackingCode === b.body.trackingCode && p.status === "routed" && res(p)),
    );
    const merged = await post(
      `/api/questions/${b.body.id}/actions`,
      { action: "merge", version: 1, targetId: a.body.id },
      operator1,
    );
    expect(merged.body.question.status).toBe("merged");
    const target = await factories.db().question.findUniqueOrThrow({ where: { id: a.body.id } });
    await post(
      `/api/questions/${a.body.id}/actions`,
      { action: "route", version: target.version, agencyId: await factories.orgId("TTDVVL") },
      operator1,
    );
    expect((await statusSeen).status).toBe("routed");
    const pub = await (await fetch(`${server.url}/api/questions/${b.body.trackingCode}`)).json();
    // The merged asker follows the merged item, never learning its code (tests/integration/asker.test.ts).
    expect(pub).toMatchObject({ status: "routed", merged: true, agency: "Trung tâm Dịch vụ việc làm tỉnh Hậu Giang" });
    expect(JSON.stringify(pub)).not.toContain(a.body.trackingCode);
    expect(JSON.stringify(pub)).not.toContain("0912345678");
    expect(JSON.stringify(pub)).not.toContain("Nguyễn Văn A");
  });

  it("holds: a question claimed by one operator cannot be acted on by another until released or disconnected", async () => {
    const e = await factories.episode({ status: "live" });
    const r = await post(`/api/episodes/${e.id}/questions`, {
      text: "Đèn đường ở Nàng Mau hư cả tháng",
      clientKey: key(),
    });
    const a = await staffClient(operator1, e.id);
    const b = await staffClient(operator2, e.id);
    const seenByB = new Promise<{ holder: { username: string } | null }>((res) => b.s.once("question:hold", res));
    expect(await a.s.emitWithAck("question:claim", { questionId: r.body.id })).toMatchObject({ ok: true });
    expect((await seenByB).holder?.username).toBe("tongdai1");
    expect(await b.s.emitWithAck("question:claim", { questionId: r.body.id })).toMatchObject({
      ok: false,
      status: 409,
      error: "held",
      holder: { username: "tongdai1" },
    });
    const blocked = await b.s.emitWithAck("question:action", { questionId: r.body.id, version: 1, action: "approve" });
    expect(blocked).toMatchObject({ ok: false, status: 409, error: "held", holder: "tongdai1" });
    const released = new Promise<{ holder: unknown }>((res) =>
      b.s.on("question:hold", (p) => p.holder === null && res(p)),
    );
    a.s.disconnect();
    await released;
    expect(
      await b.s.emitWithAck("question:action", { questionId: r.body.id, version: 1, action: "approve" }),
    ).toMatchObject({ ok: true, question: { status: "approved" } });
  });
});

describe("catching up", () => {
  it("a staff client away while 50 questions arrive gets exactly those 50 from episode:sync, also after a server restart", async () => {
    const e = await factories.episode({ status: "live" });
    const c = await staffClient(operator1, e.id);
    await post(`/api/episodes/${e.id}/questions`, { text: "Câu hỏi trước khi mất kết nối", clientKey: key() });
    await expect.poll(() => c.all.length).toBe(1);
    const lastSeq = c.all.at(-1)!;
    c.s.disconnect();
    const sent: string[] = [];
    for (let i = 0; i < 25; i++)
      sent.push((await post(`/api/episodes/${e.id}/questions`, { text: ask(i), clientKey: key() })).body.id);

    server = await server.restart();
    for (let i = 25; i < 50; i++)
      sent.push((await post(`/api/episodes/${e.id}/questions`, { text: ask(i), clientKey: key() })).body.id);

    const again = open("/staff", operator1);
    await connected(again);
    await again.emitWithAck("episode:join", { episodeId: e.id });
    const sync = await again.emitWithAck("episode:sync", { episodeId: e.id, afterSeq: lastSeq });
    expect(sync.ok).toBe(true);
    expect(sync.events.map((x: { question: { id: string } }) => x.question.id)).toEqual(sent);
    expect(sync.events.map((x: { seq: number }) => x.seq)).toEqual(
      Array.from({ length: 50 }, (_, i) => lastSeq + 1 + i),
    );
    expect(sync.events.every((x: { type: string }) => x.type === "question:created")).toBe(true);
  });
});
