/**
 * The asker's side of notifications (issue 19): an e-mail address and/or SMS
 * to be told at, through every door (API, socket, the web form without
 * JavaScript, the hotline); the subscription from the tracking page by the
 * proven asker only; the one-click unsubscribe by token; the tracking-code
 * lookup; the e-mail as personal data (shown to those who see the phone,
 * masked; erased by withdrawal and retention).
 */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { askerUnsubscribeUrl } from "../../app/features/questions/index.server.ts";
import { factories } from "../helpers/factories.ts";
import { get, postForm, postJson } from "../helpers/session.ts";
import { connected, socketOpener } from "../helpers/sockets.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer({
  env: { RATE_LIMIT_SCALE: "1000", PERSONAL_DATA_ERASE_INTERVAL_HOURS: "0", REMINDER_INTERVAL_MINUTES: "0" },
  logins: ["tongdai1", "thuongtruc", "so.ldtbxh"],
});
const c = server.cookies;
const { open, closeAll } = socketOpener(() => server.url);
afterAll(() => closeAll());

const key = () => randomUUID().replace(/-/g, "");
const api = (path: string, body: unknown, cookie?: string) => postJson(server.url, path, body, cookie);
const TOKEN = /^[A-Za-z0-9_-]{32}$/;
const TEXT = "Xin hỏi khi nào đường liên ấp Tân Phú được sửa chữa lại?";

const rowOf = (id: string) => factories.db().question.findUniqueOrThrow({ where: { id } });
const byKey = (clientKey: string) => factories.db().question.findMany({ where: { clientKey } });

async function ask(episodeId: string, extra: Record<string, unknown> = {}) {
  const r = await api(`/api/episodes/${episodeId}/questions`, { text: TEXT, clientKey: key(), ...extra });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as { id: string; trackingCode: string; askerSecret?: string };
}

describe("the e-mail and SMS to be told at", () => {
  it("are stored through the API with an unsubscribe token; SMS needs a phone; none means no token", async () => {
    const e = await factories.episode({ status: "live" });
    const both = await ask(e.id, { email: " an.nguyen@example.vn ", phone: "0912 345 678", notifyPhone: true });
    expect(await rowOf(both.id)).toMatchObject({
      notifyEmail: "an.nguyen@example.vn",
      notifyPhone: true,
      notifyToken: expect.stringMatching(TOKEN),
    });
    const smsNoPhone = await ask(e.id, { notifyPhone: true });
    expect(await rowOf(smsNoPhone.id)).toMatchObject({ notifyEmail: "", notifyPhone: false, notifyToken: null });
    const smsOnly = await ask(e.id, { phone: "0912345679", notifyPhone: "on" });
    expect(await rowOf(smsOnly.id)).toMatchObject({ notifyPhone: true, notifyToken: expect.stringMatching(TOKEN) });
    const none = await ask(e.id);
    expect(await rowOf(none.id)).toMatchObject({ notifyEmail: "", notifyPhone: false, notifyToken: null });
    // Each token is its own.
    expect((await rowOf(both.id)).notifyToken).not.toBe((await rowOf(smsOnly.id)).notifyToken);
  });

  it("refuses an invalid e-mail with 422 on the field `email`, and stores nothing", async () => {
    const e = await factories.episode({ status: "live" });
    const clientKey = key();
    const r = await api(`/api/episodes/${e.id}/questions`, { text: TEXT, clientKey, email: "khong-phai-email" });
    expect(r.status).toBe(422);
    expect(r.body).toEqual({ errors: { email: ["err.email"] } });
    expect(await byKey(clientKey)).toHaveLength(0);
  });

  it("are taken over the socket, with the same error shape as the other fields", async () => {
    const e = await factories.episode({ status: "live" });
    const viewer = open("/");
    await connected(viewer);
    const ok = await viewer.emitWithAck("question:submit", {
      episodeId: e.id,
      text: TEXT,
      clientKey: key(),
      email: "binh@example.vn",
    });
    expect(ok).toMatchObject({ ok: true, status: 201 });
    expect(await rowOf(ok.id)).toMatchObject({ notifyEmail: "binh@example.vn", notifyToken: expect.any(String) });
    const clientKey = key();
    const bad = await viewer.emitWithAck("question:submit", {
      episodeId: e.id,
      text: TEXT,
      clientKey,
      email: "binh@",
      phone: "123",
    });
    expect(bad).toEqual({
      ok: false,
      status: 422,
      error: "invalid",
      errors: { email: ["err.email"], phone: ["err.phone"] },
    });
    expect(await byKey(clientKey)).toHaveLength(0);
  });

  it("are taken by the web form posted without JavaScript; an invalid e-mail is a Vietnamese field message", async () => {
    const e = await factories.episode({ status: "live" });
    const page = await (await get(server.url, `/chuong-trinh/${e.id}`)).text();
    expect(page).toContain('name="email"');
    expect(page).toContain('name="notifyPhone"');
    expect(page).toContain("khi câu hỏi được chuyển đến cơ quan có trách nhiệm");
    expect(page).toContain("hủy nhận thông báo chỉ bằng một lần bấm");
    const formKey = /name="clientKey" value="([A-Za-z0-9_-]+)"/.exec(page)?.[1];
    expect(formKey).toMatch(/^[A-Za-z0-9_-]{16,}$/);

    const badKey = key();
    const bad = await postForm(server.url, `/chuong-trinh/${e.id}`, {
      text: TEXT,
      email: "sai@dia chi",
      clientKey: badKey,
    });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain("Địa chỉ thư điện tử không hợp lệ.");
    expect(badHtml).toContain(TEXT); // what was typed is kept
    expect(await byKey(badKey)).toHaveLength(0);

    const res = await postForm(server.url, `/chuong-trinh/${e.id}`, {
      text: TEXT,
      phone: "0912 111 222",
      email: "chi@example.vn",
      notifyPhone: "on",
      clientKey: formKey!,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const html = await res.text();
    expect(html).toContain("Đã gửi câu hỏi. Mã theo dõi:");
    const [row] = await byKey(formKey!);
    expect(row).toMatchObject({
      channel: "web",
      notifyEmail: "chi@example.vn",
      notifyPhone: true,
      phone: "0912111222",
    });
    expect(row.notifyToken).toMatch(TOKEN);
    expect(html).toContain(`/theo-doi/${row.trackingCode}`);
  });

  it("are taken by the hotline operator for the caller, and shown masked only to staff who see the phone", async () => {
    const e = await factories.episode({ status: "live", leadCommittee: "BVHXH" });
    const r = await api(
      `/api/episodes/${e.id}/questions`,
      {
        text: TEXT,
        clientKey: key(),
        channel: "hotline",
        phone: "0912000333",
        email: "nguoi.goi@example.vn",
        notifyPhone: true,
        contactConsent: true,
      },
      c.tongdai1,
    );
    expect(r.status).toBe(201);
    expect(await rowOf(r.body.id)).toMatchObject({ channel: "hotline", notifyEmail: "nguoi.goi@example.vn" });
    const listOf = async (cookie: string) => {
      const res = await get(server.url, `/api/episodes/${e.id}/questions`, cookie);
      const text = await res.text();
      expect(text).not.toContain("nguoi.goi@example.vn");
      return (JSON.parse(text) as { questions: { id: string; email: string; notifyPhone: boolean }[] }).questions.find(
        (q) => q.id === r.body.id,
      )!;
    };
    expect(await listOf(c.tongdai1)).toMatchObject({ email: "n•••@example.vn", notifyPhone: true });
    expect(await listOf(c.thuongtruc)).toMatchObject({ email: "", notifyPhone: false });
    // The agency answering never sees it, even when the caller agreed to be contacted.
    const { version } = await rowOf(r.body.id);
    const routed = await api(
      `/api/questions/${r.body.id}/actions`,
      { action: "route", version, agencyId: await factories.orgId("SLDTBXH") },
      c.tongdai1,
    );
    expect(routed.status).toBe(200);
    const agencyPage = await get(server.url, `/quan-tri/hop-thu/${r.body.id}`, c["so.ldtbxh"]);
    expect(agencyPage.status).toBe(200);
    const agencyHtml = await agencyPage.text();
    expect(agencyHtml).not.toContain("example.vn");
    expect(agencyHtml).not.toContain((await rowOf(r.body.id)).notifyToken!);
    // The episode's event log keeps none of it.
    const logged = await factories.db().episodeEvent.findMany({ where: { questionId: r.body.id } });
    expect(JSON.stringify(logged)).not.toContain("example.vn");
  });
});

describe("subscribing later, from the tracking page", () => {
  it("is accepted from the proven asker only (secret or device), on the page and the API", async () => {
    const e = await factories.episode({ status: "live" });
    const deviceId = key();
    const q = await ask(e.id, { deviceId });
    // The public tracking code alone proves nothing.
    const page = await postForm(server.url, `/theo-doi/${q.trackingCode}`, {
      intent: "subscribe",
      email: "ke.la@example.vn",
    });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Không xác minh được người gửi câu hỏi");
    const wrong = await api(`/api/questions/${q.trackingCode}/notify`, {
      email: "ke.la@example.vn",
      secret: "AAAAAAAAAAAAAAAAAAAAAA",
      deviceId: key(),
    });
    expect(wrong.status).toBe(403);
    expect(await rowOf(q.id)).toMatchObject({ notifyEmail: "", notifyToken: null });

    // The page offers it; the asker subscribes without JavaScript, the secret pasted.
    const before = await (await get(server.url, `/theo-doi/${q.trackingCode}`)).text();
    expect(before).toContain("Nhận thông báo");
    const bad = await postForm(server.url, `/theo-doi/${q.trackingCode}`, {
      intent: "subscribe",
      email: "khong hop le",
      secret: q.askerSecret!,
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain("Địa chỉ thư điện tử không hợp lệ.");
    const ok = await postForm(server.url, `/theo-doi/${q.trackingCode}`, {
      intent: "subscribe",
      email: "chu.hoi@example.vn",
      secret: ` ${q.askerSecret} `,
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toContain("no-store");
    expect(await ok.text()).toContain("Đã đăng ký nhận thông báo qua thư điện tử.");
    const row = await rowOf(q.id);
    expect(row).toMatchObject({ notifyEmail: "chu.hoi@example.vn", notifyToken: expect.stringMatching(TOKEN) });

    // The API, from the device that asked: the address changes, the token (in links already sent) stays.
    const api1 = await api(`/api/questions/${q.trackingCode}/notify`, { email: "moi@example.vn", deviceId });
    expect(api1.status).toBe(200);
    expect(api1.body.personalData).toMatchObject({ email: "moi@example.vn", notifyPhone: false });
    expect(await rowOf(q.id)).toMatchObject({ notifyEmail: "moi@example.vn", notifyToken: row.notifyToken });
    const invalid = await api(`/api/questions/${q.trackingCode}/notify`, { email: "", deviceId });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors).toHaveProperty("email");
    // Recorded without the address.
    const audits = await factories.db().auditEvent.findMany({ where: { entityId: q.id, action: "notify_subscribe" } });
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toContain("example.vn");
  });
});

describe("one-click unsubscribe", () => {
  it("shows one button on GET (changing nothing), clears on POST (also RFC 8058), and is safe to repeat", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await ask(e.id, { email: "huy@example.vn", phone: "0912444555", notifyPhone: true });
    const token = (await rowOf(q.id)).notifyToken!;
    expect(askerUnsubscribeUrl("https://langnghe.example.vn/", token)).toBe(
      `https://langnghe.example.vn/huy-nhan-tin/${token}`,
    );
    const path = `/huy-nhan-tin/${token}`;
    const page = await get(server.url, path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Hủy nhận thông báo");
    expect(html).toContain('method="post"');
    expect(html).not.toContain("huy@example.vn");
    expect(await rowOf(q.id)).toMatchObject({ notifyEmail: "huy@example.vn", notifyPhone: true });

    // A mail client's one-click POST (RFC 8058), no Origin header.
    const res = await fetch(server.url + path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
      redirect: "manual",
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Bạn đã hủy nhận thông báo.");
    expect(await rowOf(q.id)).toMatchObject({ notifyEmail: "", notifyPhone: false, phone: "0912444555" });
    // Again: nothing left to do, the same answer; the page now says it is done.
    expect((await postForm(server.url, path, {})).status).toBe(200);
    expect(await (await get(server.url, path)).text()).toContain("Bạn đã hủy nhận thông báo.");
    const events = await factories
      .db()
      .questionEvent.findMany({ where: { questionId: q.id, type: "notify_unsubscribe" } });
    expect(events).toHaveLength(1);
  });

  it("answers an unknown or malformed token with a 404 page in Vietnamese, never 5xx", async () => {
    for (const token of ["A".repeat(32), "x", "%E0%A4%A"]) {
      const page = await get(server.url, `/huy-nhan-tin/${token}`);
      // A token that is not even a valid address is refused before the app (400); any other is 404.
      expect(page.status, token).toBe(token === "%E0%A4%A" ? 400 : 404);
      if (token !== "%E0%A4%A") expect(await page.text()).toContain("Đường dẫn hủy nhận thông báo không đúng");
      const post = await postForm(server.url, `/huy-nhan-tin/${token}`, { "List-Unsubscribe": "One-Click" });
      expect(post.status, token).toBeLessThan(500);
    }
  });
});

describe("the tracking-code lookup", () => {
  it("is on the home page and /theo-doi, redirects a code however typed, and refuses bad codes on the field", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await ask(e.id);
    for (const path of ["/", "/theo-doi"]) {
      const html = await (await get(server.url, path)).text();
      expect(html).toMatch(
        /<form[^>]*method="get"[^>]*action="\/theo-doi"|<form[^>]*action="\/theo-doi"[^>]*method="get"/,
      );
      expect(html).toContain('name="ma"');
    }
    const typed = ` ${q.trackingCode.slice(0, 5).toLowerCase()} - ${q.trackingCode.slice(5)} `;
    const go = await get(server.url, `/theo-doi?ma=${encodeURIComponent(typed)}`);
    expect(go.status).toBe(302);
    expect(go.headers.get("location")).toBe(`/theo-doi/${q.trackingCode}`);

    const malformed = await get(server.url, `/theo-doi?ma=${encodeURIComponent("abc-0O1")}`);
    expect(malformed.status).toBe(200);
    expect(await malformed.text()).toContain("Mã theo dõi không đúng");
    const unknownCode = q.trackingCode.startsWith("2222222222") ? "3333333333" : "2222222222";
    const unknown = await get(server.url, `/theo-doi?ma=${unknownCode}`);
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toContain("Không tìm thấy câu hỏi có mã theo dõi này.");
    const empty = await get(server.url, "/theo-doi?ma=");
    expect(await empty.text()).toContain("Vui lòng nhập trường này.");
  });
});

describe("the e-mail is personal data", () => {
  it("is erased when the asker withdraws their personal data", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await ask(e.id, { email: "rut@example.vn", phone: "0912666777", notifyPhone: true });
    const r = await api(`/api/questions/${q.trackingCode}/personal-data/withdraw`, { secret: q.askerSecret });
    expect(r.status).toBe(200);
    expect(r.body.personalData).toMatchObject({ email: "", notifyPhone: false, phone: "" });
    expect(await rowOf(q.id)).toMatchObject({ notifyEmail: "", notifyPhone: false });
    const [ev] = await factories
      .db()
      .questionEvent.findMany({ where: { questionId: q.id, type: "withdraw_personal_data" } });
    expect(JSON.parse(ev.data).erased).toContain("notifyEmail");
  });

  it("is erased by the retention job with the rest, also when it is the only personal data held", async () => {
    const { erasePersonalData } = await import("../../app/features/privacy/retention.server.ts");
    const now = new Date();
    const longAgo = new Date(now);
    longAgo.setUTCMonth(longAgo.getUTCMonth() - 14);
    const past = await factories.episode({ status: "live", startsAt: longAgo });
    const onlyEmail = await ask(past.id, { email: "cu@example.vn" });
    const full = await ask(past.id, {
      email: "cu2@example.vn",
      name: "Lê Văn C",
      phone: "0912777888",
      notifyPhone: true,
    });
    await factories.db().episode.update({ where: { id: past.id }, data: { status: "concluded" } });
    const run = await erasePersonalData({ now });
    expect(run.ids).toEqual(expect.arrayContaining([onlyEmail.id, full.id]));
    for (const q of [onlyEmail, full])
      expect(await rowOf(q.id)).toMatchObject({ notifyEmail: "", notifyPhone: false, name: "", phone: "" });
  });
});
