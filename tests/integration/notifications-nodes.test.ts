/**
 * Notifications on two nodes (issue 19), always on PostgreSQL + Redis whatever the run's database: a
 * hand-off made on one node reaches the user's page on the other, and every message is delivered once
 * although both nodes run the outbox.
 */
import { randomUUID } from "node:crypto";
import { io as connect } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectFactories, factories } from "../helpers/factories.ts";
import { askVia, routeVia } from "../helpers/questions.ts";
import { freshPostgres, startTestServer, type TestServer } from "../helpers/server.ts";
import { login } from "../helpers/session.ts";
import { startSmtpSink } from "../helpers/smtp.ts";

const AGENCY = "so.ldtbxh@haugiang.example";
let a: TestServer;
let b: TestServer;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  sink = await startSmtpSink();
  const env = {
    DATABASE_URL: await freshPostgres(),
    REDIS_URL: process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379",
    REDIS_PREFIX: `t${randomUUID().slice(0, 8)}:`,
    SESSION_SECRET: randomUUID() + randomUUID(),
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    OUTBOX_INTERVAL_MS: "200",
  };
  a = await startTestServer({ env });
  b = await startTestServer({ env: { ...env, DEMO_DATA: "0" } });
  await connectFactories(a);
});
afterAll(async () => {
  await b?.stop();
  await a?.cleanup(); // also drops the database
  await sink?.close();
});

describe("two nodes (PostgreSQL + Redis)", () => {
  it("signal a user's page on the other node, and deliver each message once", async () => {
    const mailsTo = (address: string) => sink.mails.filter((m) => m.to.includes(address));
    const onA = connect(`${a.url}/staff`, {
      transports: ["websocket"],
      extraHeaders: { cookie: await login(a.url, "so.ldtbxh") },
      forceNew: true,
    });
    let changed = 0;
    onA.on("notifications:changed", () => changed++);
    await new Promise<void>((r) => onA.once("connect", () => r()));
    const opOnB = await login(b.url, "tongdai2");
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++)
      ids.push(await askVia(b.url, e.id, `Câu hỏi về học nghề số ${i + 1} gửi tới máy chủ thứ hai`));
    await factories.db().episode.update({ where: { id: e.id }, data: { status: "ended" } });
    // Routed on node B, each at once (the episode is over): both nodes compose and deliver.
    for (const id of ids) await routeVia(b.url, id, opOnB);
    await expect.poll(() => changed, { timeout: 5000 }).toBeGreaterThan(0);
    const about = () => mailsTo(AGENCY).filter((m) => ids.some((id) => m.text.includes(id)));
    await expect.poll(() => about().length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await sleep(2000);
    // Every routed question is in exactly one message.
    for (const id of ids) expect(about().filter((m) => m.text.includes(`/quan-tri/hop-thu/${id}`))).toHaveLength(1);
    const sent = await factories.db().delivery.findMany({ where: { recipient: AGENCY, text: { contains: ids[0] } } });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ status: "sent", attempts: 1 });
    onA.close();
  });
});
