/**
 * Every hand-off reaches its next owner (issue 19): in the app (the bell's count, live over the
 * user's own room), and by e-mail through a real SMTP server in this process. Hand-offs of a live
 * episode are gathered into one message per recipient when it ends; a mail server that refuses a
 * recipient never fails the action, and its delivery is retried.
 */
import { randomUUID } from "node:crypto";
import { io as connect, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { get, postForm, postJson } from "../helpers/session.ts";
import { startSmtpSink } from "../helpers/smtp.ts";
import { suiteServer } from "../helpers/suite.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const env: Record<string, string> = { OUTBOX_INTERVAL_MS: "200", MAIL_FROM: "Lắng nghe <lang-nghe@hdnd.example>" };
beforeAll(async () => {
  sink = await startSmtpSink();
  env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
});
afterAll(async () => sink?.close());
const server = suiteServer({ env, logins: ["tongdai1", "ban.vhxh", "so.ldtbxh", "thuongtruc"] });
const c = server.cookies;
const AGENCY = "so.ldtbxh@haugiang.example";
const BAN = "ban.vhxh@haugiang.example";

const mailsTo = (address: string) => sink.mails.filter((m) => m.to.includes(address));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function ask(episodeId: string, text: string, extra: Record<string, unknown> = {}) {
  const r = await postJson(server.url, `/api/episodes/${episodeId}/questions`, {
    text,
    clientKey: randomUUID().replace(/-/g, ""),
    phone: "0912000111",
    ...extra,
  });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

async function route(id: string, agency = "SLDTBXH") {
  const q = await factories.db().question.findUniqueOrThrow({ where: { id } });
  const agencyId = await factories.orgId(agency);
  const r = await postJson(
    server.url,
    `/api/questions/${id}/actions`,
    { action: "route", version: q.version, agencyId },
    c.tongdai1,
  );
  expect(r.status).toBe(200);
}

function userSocket(cookie: string) {
  const s: Socket = connect(`${server.url}/staff`, {
    transports: ["websocket"],
    extraHeaders: { cookie },
    forceNew: true,
  });
  const got = { changed: 0 };
  s.on("notifications:changed", () => got.changed++);
  return { s, got, ready: new Promise<void>((r) => s.once("connect", () => r())) };
}

/** The user's unread notifications of a type, as the notifications page counts them. */
const unread = async (cookie: string, type = "routed") => {
  const html = await (await get(server.url, `/quan-tri/thong-bao?state=unread&type=${type}`, cookie)).text();
  return Number(/(\d+) thông báo/.exec(html)?.[1]);
};

describe("hand-offs during a live episode", () => {
  it("are in the app at once, live, and gathered into one e-mail per recipient when the episode ends", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const agencyLive = userSocket(c["so.ldtbxh"]);
    await agencyLive.ready;
    const before = await unread(c["so.ldtbxh"]);
    const ids = [
      // The first asker asks to be told by e-mail.
      await ask(e.id, "Lao động nông thôn học nghề có được hỗ trợ tiền ăn không?", { email: "nguoi.hoi@example.vn" }),
      await ask(e.id, "Hộ cận nghèo được hỗ trợ đóng bảo hiểm y tế bao nhiêu phần trăm?"),
      await ask(e.id, "Người khuyết tật nặng được trợ cấp hằng tháng bao nhiêu?"),
    ];
    for (const id of ids) await route(id);
    await expect.poll(() => agencyLive.got.changed, { timeout: 5000 }).toBeGreaterThan(0);
    expect(await unread(c["so.ldtbxh"])).toBe(before + 3);
    // The agency's messages about this hour (the demo's scheduled reminders may reach it too).
    const ofHour = () => mailsTo(AGENCY).filter((m) => ids.some((id) => m.text.includes(id)));
    const list = await (await get(server.url, `/quan-tri/thong-bao?episodeId=${e.id}`, c["so.ldtbxh"])).text();
    expect(list).toContain("Ý kiến cử tri chuyển đến");
    // While the episode is live, nothing is e-mailed.
    await sleep(800);
    expect(ofHour()).toHaveLength(0);
    expect(mailsTo("nguoi.hoi@example.vn")).toHaveLength(0);

    const ended = await postForm(
      server.url,
      `/quan-tri/chuong-trinh/${e.id}`,
      { intent: "status", status: "ended" },
      c.tongdai1,
    );
    expect(ended.status).toBe(200);
    await expect.poll(() => ofHour().length, { timeout: 5000 }).toBe(1);
    await sleep(600);
    expect(ofHour()).toHaveLength(1); // one message for the hour, not one per question
    const m = ofHour()[0];
    expect(m.subject).toBe("Lắng nghe và Trao đổi: 3 việc mới cần xử lý");
    expect(m.text).toContain("Kính gửi Sở Lao động - Thương binh và Xã hội,");
    for (const id of ids) expect(m.text).toContain(`${server.url}/quan-tri/hop-thu/${id}`);
    expect(m.html).toContain(`href="${server.url}/quan-tri/hop-thu/${ids[0]}"`);
    expect(m.text).toMatch(/Lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/);
    const listUnsubscribe = /^List-Unsubscribe:(.*(?:\r?\n[ \t].*)*)/im.exec(m.data)?.[1].replace(/\s+/g, "");
    expect(listUnsubscribe).toContain(`<${server.url}/huy-nhan-tin/nguoi-dung/`);
    expect(m.data).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/im);

    // The asker: one message with the tracking link and a one-click unsubscribe.
    await expect.poll(() => mailsTo("nguoi.hoi@example.vn").length, { timeout: 5000 }).toBe(1);
    const a = mailsTo("nguoi.hoi@example.vn")[0];
    const code = (await factories.db().question.findUniqueOrThrow({ where: { id: ids[0] } })).trackingCode;
    expect(a.subject).toContain(`câu hỏi ${code}`);
    expect(a.text).toContain(`${server.url}/theo-doi/${code}`);
    // Its one-click unsubscribe (RFC 8058) stops what the asker receives.
    const unsubscribe = /Ngừng nhận thư: (\S+)/.exec(a.text)![1];
    expect(unsubscribe.startsWith(`${server.url}/huy-nhan-tin/`)).toBe(true);
    const off = await fetch(unsubscribe, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(off.status).toBeLessThan(400);
    expect((await factories.db().question.findUniqueOrThrow({ where: { id: ids[0] } })).notifyEmail).toBe("");
    agencyLive.s.close();
  });
});

describe("hand-offs after the broadcast", () => {
  it("tell the lead Ban of an answer, the agency of a return with its reason, the asker of the publication", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const deviceId = randomUUID().replace(/-/g, "");
    const id = await ask(e.id, "Chính sách hỗ trợ học nghề cho lao động nông thôn năm nay thế nào?", {
      email: "ban.doc@example.vn",
      deviceId,
    });
    await route(id);
    await postForm(server.url, `/quan-tri/chuong-trinh/${e.id}`, { intent: "status", status: "ended" }, c.tongdai1);
    await expect.poll(() => mailsTo("ban.doc@example.vn").length, { timeout: 5000 }).toBe(1);

    const banMails = mailsTo(BAN).length;
    const answer = await postForm(
      server.url,
      `/quan-tri/hop-thu/${id}`,
      { intent: "answer-submit", body: "Được hỗ trợ 30.000 đồng/ngày." },
      c["so.ldtbxh"],
    );
    expect(answer.status).toBe(200);
    await expect.poll(() => mailsTo(BAN).length, { timeout: 5000 }).toBe(banMails + 1);
    expect(mailsTo(BAN).at(-1)!.subject).toContain("Cơ quan gửi trả lời");

    const agencyLive = userSocket(c["so.ldtbxh"]);
    await agencyLive.ready;
    const page = `/quan-tri/chuong-trinh/${e.id}/ket-luan`;
    const revise = await postForm(
      server.url,
      page,
      { intent: "revise", questionId: id, note: "Đề nghị nêu rõ căn cứ Nghị quyết." },
      c["ban.vhxh"],
    );
    expect(revise.status).toBe(200);
    await expect.poll(() => agencyLive.got.changed, { timeout: 5000 }).toBeGreaterThan(0);
    const aboutIt = () => mailsTo(AGENCY).filter((m) => m.text.includes(id) && m.subject.includes("hoàn thiện"));
    await expect.poll(() => aboutIt().length, { timeout: 5000 }).toBe(1);
    const returned = aboutIt()[0];
    expect(returned.subject).toContain("Trả lời cần hoàn thiện");
    expect(returned.text).toContain("Đề nghị nêu rõ căn cứ Nghị quyết.");
    agencyLive.s.close();

    await postForm(
      server.url,
      `/quan-tri/hop-thu/${id}`,
      { intent: "answer-submit", body: "Theo Nghị quyết số 10/2023: 30.000 đồng/ngày." },
      c["so.ldtbxh"],
    );
    expect(
      (await postForm(server.url, page, { intent: "approve", questionId: id, note: "" }, c["ban.vhxh"])).status,
    ).toBe(200);
    await expect.poll(() => mailsTo("ban.doc@example.vn").length, { timeout: 5000 }).toBe(2);
    const published = mailsTo("ban.doc@example.vn")[1];
    expect(published.subject).toContain("Trả lời đã được công khai");

    // The asker is not satisfied: the lead Ban (who may reopen it) and the agency are told.
    const { trackingCode } = await factories.db().question.findUniqueOrThrow({ where: { id } });
    const rated = await postJson(server.url, `/api/questions/${trackingCode}/rating`, { satisfied: false, deviceId });
    expect(rated.status).toBe(200);
    const told = await factories.db().notification.findMany({
      where: { type: "not_satisfied", title: { contains: trackingCode } },
      include: { user: { select: { username: true } } },
    });
    expect(told.map((n) => n.user?.username).sort()).toEqual(["ban.vhxh", "so.ldtbxh"]);
  });

  it("keeps the action when the mail server refuses a recipient, and retries the delivery", async () => {
    sink.refuse(AGENCY);
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const id = await ask(e.id, "Đường vào trường học ấp 3 ngập nước khi mưa");
    await factories.db().episode.update({ where: { id: e.id }, data: { status: "ended" } });
    await route(id);
    const q = await factories.db().question.findUniqueOrThrow({ where: { id } });
    expect(q.status).toBe("routed"); // the action itself succeeded
    const delivery = () =>
      factories
        .db()
        .delivery.findFirst({ where: { recipient: AGENCY, text: { contains: id } }, orderBy: { createdAt: "desc" } });
    await expect.poll(async () => (await delivery())?.attempts ?? 0, { timeout: 5000 }).toBe(1);
    const failed = (await delivery())!;
    expect(failed.status).toBe("pending");
    expect(failed.lastError).toMatch(/550|unavailable/i);
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    // When the recipient is accepted again and the retry is due, it is delivered once.
    sink.accept(AGENCY);
    await factories.db().delivery.update({ where: { id: failed.id }, data: { nextAttemptAt: new Date() } });
    await expect.poll(async () => (await delivery())?.status, { timeout: 5000 }).toBe("sent");
    expect(mailsTo(AGENCY).filter((m) => m.text.includes(id))).toHaveLength(1);
  });
});
