/**
 * The outbox is durable (issue 19): a message queued while the mail server is down survives the node
 * being killed, and the next node on the same database delivers it, once.
 */
import { afterAll, describe, expect, it } from "vitest";
import { connectFactories, factories } from "../helpers/factories.ts";
import { askVia, routeVia } from "../helpers/questions.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { login, postForm } from "../helpers/session.ts";
import { startSmtpSink } from "../helpers/smtp.ts";

let a: TestServer | undefined;
let b: TestServer | undefined;
let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
afterAll(async () => {
  await b?.cleanup();
  await sink?.close();
});

describe("a message in the outbox", () => {
  it("survives a SIGKILL while the mail server is down, and is delivered once by the next node", async () => {
    // The mail server's port, closed for now.
    sink = await startSmtpSink();
    const port = sink.port;
    await sink.close();
    a = await startTestServer({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, OUTBOX_INTERVAL_MS: "200" } });
    await connectFactories(a);
    const op = await login(a.url, "tongdai1");
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const id = await askVia(a.url, e.id, "Trợ cấp thất nghiệp nộp hồ sơ hai tháng chưa được chi trả");
    await postForm(a.url, `/quan-tri/chuong-trinh/${e.id}`, { intent: "status", status: "ended" }, op);
    await routeVia(a.url, id, op);
    const delivery = () =>
      factories.db().delivery.findFirst({ where: { recipient: "so.ldtbxh@haugiang.example", text: { contains: id } } });
    await expect.poll(async () => (await delivery())?.attempts ?? 0, { timeout: 5000 }).toBe(1);
    expect((await delivery())!.lastError).toMatch(/ECONNREFUSED|connect/i);
    await a.stop("SIGKILL");

    // The mail server is back on its port; a new node starts on the same database.
    sink = await startSmtpSink(port);
    b = await startTestServer({
      dataDir: a.dataDir,
      env: { DATABASE_URL: a.databaseUrl, SMTP_URL: `smtp://127.0.0.1:${port}`, OUTBOX_INTERVAL_MS: "200" },
    });
    await connectFactories(b);
    await factories
      .db()
      .delivery.update({ where: { id: (await delivery())!.id }, data: { nextAttemptAt: new Date() } });
    await expect.poll(async () => (await delivery())?.status, { timeout: 5000 }).toBe("sent");
    const mails = sink.mails.filter((m) => m.text.includes(id));
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toEqual(["so.ldtbxh@haugiang.example"]);
  });
});
