import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectFactories, factories } from "../helpers/factories.ts";
import { startTestServer, type TestServer } from "../helpers/server.ts";
import { login, postForm } from "../helpers/session.ts";
import { startSmtpSink } from "../helpers/smtp.ts";

let server: TestServer;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({
    env: { SMTP_URL: `smtp://127.0.0.1:${sink.port}`, MAIL_FROM: "Lắng nghe <lang-nghe@hdnd.example>" },
  });
  await connectFactories(server);
});
afterAll(async () => {
  await server?.cleanup();
  await sink?.close();
});

describe("e-mail reminders", () => {
  it("delivers a manual reminder to the agency's inbox and by e-mail when SMTP is configured", async () => {
    await factories.db().organization.update({ where: { code: "SGTVT" }, data: { email: "sgtvt@haugiang.example" } });
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const q = await fetch(`${server.url}/api/episodes/${e.id}/questions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Cầu khỉ ở ấp Tân Long hư hỏng nặng", clientKey: randomUUID().replace(/-/g, "") }),
    }).then((r) => r.json());
    const op = await login(server.url, "tongdai1");
    await fetch(`${server.url}/api/questions/${q.id}/actions`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: op },
      body: JSON.stringify({ action: "route", version: 1, agencyId: await factories.orgId("SGTVT") }),
    });
    const ban = await login(server.url, "ban.vhxh");
    const res = await postForm(
      server.url,
      `/quan-tri/chuong-trinh/${e.id}/ket-luan`,
      { intent: "remind", kind: "question", itemId: q.id, message: "Đề nghị Sở GTVT trả lời cử tri trước ngày 15." },
      ban,
    );
    expect(res.status).toBe(200);
    await expect.poll(() => sink.mails.length, { timeout: 5000 }).toBe(1);
    expect(sink.mails[0].to.join()).toContain("sgtvt@haugiang.example");
    // Sent under the profile's site name, signed with its Standing Committee and program.
    const mail = decodeMail(sink.mails[0].data);
    expect(mail).toMatch(/^From: .*<lang-nghe@hdnd\.example>/m);
    expect(mail).toContain("Subject: Lắng nghe và Trao đổi: đôn đốc thực hiện");
    expect(mail).toContain("Thường trực Hội đồng nhân dân tỉnh\r\nLắng nghe và Trao đổi · Lắng nghe");
    const r = await factories.db().reminder.findFirstOrThrow({ where: { questionId: q.id, kind: "manual" } });
    expect(r.emailedAt).not.toBeNull();
    expect(await factories.db().inboxMessage.count({ where: { reminderId: r.id } })).toBe(1);
  });
});

/** Headers and body as text: encoded words and quoted-printable undone (enough for a plain mail). */
function decodeMail(raw: string): string {
  const unQ = (s: string) =>
    Buffer.from(
      s.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))),
      "latin1",
    ).toString("utf8");
  return raw
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?Q\?([^?]*)\?=/gi, (_, q: string) => unQ(q))
    .replace(/=\r?\n/g, "")
    .replace(/(?:=[0-9A-F]{2})+/g, (m) => unQ(m));
}
