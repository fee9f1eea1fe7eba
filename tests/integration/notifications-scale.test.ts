/**
 * Notifications at scale and over time (issue 19): ten thousand hand-offs of one live episode make one
 * message per recipient; a type taken as a daily digest waits for the user's digest hour (two nodes:
 * notifications-nodes.test.ts).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { askVia, routeVia } from "../helpers/questions.ts";
import { TEST_DATABASE } from "../helpers/server.ts";
import { postForm } from "../helpers/session.ts";
import { startSmtpSink } from "../helpers/smtp.ts";
import { suiteServer } from "../helpers/suite.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
// No reminder run: its first pass (5 s after start) would land in the agency's message of the hour on a slow
// machine, which is right for the product but makes the count below depend on timing.
const env: Record<string, string> = {
  OUTBOX_INTERVAL_MS: "200",
  REMINDER_INTERVAL_MINUTES: "0",
  SESSION_SECRET: randomUUID() + randomUUID(),
};
beforeAll(async () => {
  sink = await startSmtpSink();
  env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
  if (TEST_DATABASE === "postgresql") env.REDIS_PREFIX = `t${randomUUID().slice(0, 8)}:`;
});
afterAll(async () => sink?.close());
const server = suiteServer({ env, logins: ["tongdai1", "ban.vhxh", "so.ldtbxh"] });
const c = server.cookies;
const AGENCY = "so.ldtbxh@haugiang.example";
const mailsTo = (address: string) => sink.mails.filter((m) => m.to.includes(address));
/** The messages about this episode's hand-offs (the demo's own reminders also reach the agency). */
const aboutHour = (address: string) => mailsTo(address).filter((m) => m.text.includes("câu hỏi số"));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("ten thousand hand-offs in one live episode", () => {
  it("make one message per recipient when the episode ends", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    // A second user of the agency, with an address: two recipients, so two messages.
    const second = await factories.user("agency", "SLDTBXH");
    const secondUser = await factories.db().user.update({
      where: { username: second.username },
      data: { email: "chuyenvien.sld@haugiang.example" },
    });
    const agencyUser = await factories.db().user.findUniqueOrThrow({ where: { username: "so.ldtbxh" } });
    // Two questions routed through the console; the rest of the ten thousand as the routing writes them.
    for (const text of ["Hỗ trợ học nghề cho lao động nông thôn", "Trợ cấp cho người khuyết tật nặng"])
      await routeVia(server.url, await askVia(server.url, e.id, text), c.tongdai1);
    const rows = [];
    for (let i = 0; i < 9_998; i++)
      for (const u of [agencyUser, secondUser])
        rows.push({
          id: randomUUID(),
          userId: u.id,
          type: "routed",
          episodeId: e.id,
          title: `Ý kiến cử tri chuyển đến: câu hỏi số ${i + 3}`,
          link: "/quan-tri/hop-thu",
          mail: "instant",
        });
    for (let i = 0; i < rows.length; i += 2000)
      await factories.db().notification.createMany({ data: rows.slice(i, i + 2000) });
    await sleep(600);
    expect(aboutHour(AGENCY)).toHaveLength(0);

    const ended = await postForm(
      server.url,
      `/quan-tri/chuong-trinh/${e.id}`,
      { intent: "status", status: "ended" },
      c.tongdai1,
    );
    expect(ended.status).toBe(200);
    await expect
      .poll(() => aboutHour(AGENCY).length + aboutHour(secondUser.email!).length, { timeout: 20_000 })
      .toBe(2);
    await sleep(1000);
    expect(aboutHour(AGENCY)).toHaveLength(1);
    expect(aboutHour(secondUser.email!)).toHaveLength(1);
    const m = aboutHour(AGENCY)[0];
    expect(m.subject).toBe("Lắng nghe và Trao đổi: 10000 việc mới cần xử lý");
    expect(m.text).toContain("… và 9950 việc khác:");
    expect(m.data.length).toBeLessThan(200_000);
    expect(await factories.db().notification.count({ where: { episodeId: e.id, mailedAt: null } })).toBe(0);
  }, 60_000);
});

describe("the daily digest", () => {
  it("keeps a digest type for the user's hour, then sends what waited in one message", async () => {
    const ban = await factories.db().user.findUniqueOrThrow({ where: { username: "ban.vhxh" } });
    const BAN = ban.email!;
    await postForm(
      server.url,
      "/tai-khoan/thong-bao",
      { email: BAN, digestHour: "7", "mode.answer_submitted": "digest" },
      c["ban.vhxh"],
    );
    expect(
      await factories.db().notificationPreference.findUnique({
        where: { userId_type: { userId: ban.id, type: "answer_submitted" } },
      }),
    ).toMatchObject({ mode: "digest" });
    // A bad hour is a field error, nothing saved.
    const bad = await postForm(
      server.url,
      "/tai-khoan/thong-bao",
      { email: "khong-phai-thu", digestHour: "25" },
      c["ban.vhxh"],
    );
    expect(bad.status).toBe(422);
    const badText = await bad.text();
    expect(badText).toContain("Địa chỉ thư điện tử không hợp lệ.");
    expect(badText).toContain("Giờ phải là số nguyên từ 0 đến 23.");

    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const id = await askVia(server.url, e.id, "Chế độ cho người có công với cách mạng năm nay thế nào?");
    await routeVia(server.url, id, c.tongdai1);
    await factories.db().episode.update({ where: { id: e.id }, data: { status: "ended" } });
    const before = mailsTo(BAN).length;
    await postForm(
      server.url,
      `/quan-tri/hop-thu/${id}`,
      { intent: "answer-submit", body: "Trả lời." },
      c["so.ldtbxh"],
    );
    const n = await factories.db().notification.findFirstOrThrow({
      where: { userId: ban.id, type: "answer_submitted" },
      orderBy: { createdAt: "desc" },
    });
    expect(n.mail).toBe("digest");
    await sleep(800);
    expect(mailsTo(BAN)).toHaveLength(before); // waits for the digest hour
    // Its digest moment passes (it was made before the last 07:00 in Vietnam): sent as the digest.
    await factories
      .db()
      .notification.update({ where: { id: n.id }, data: { createdAt: new Date(Date.now() - 2 * 86400_000) } });
    await expect.poll(() => mailsTo(BAN).length, { timeout: 5000 }).toBe(before + 1);
    expect(mailsTo(BAN).at(-1)!.text).toContain("Cơ quan gửi trả lời");
  });
});
