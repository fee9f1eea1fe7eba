/**
 * The asker's rights (issue 16, item 12; Decree 13/2023): only the asker
 * rates an answer, once, changeable within a window; a merged asker follows
 * the merged item without learning its code; the asker sees the personal
 * data held about the question and withdraws it, recorded. The asker is
 * proven by the secret given only in the submit answer, or by the device
 * that asked; the public tracking code proves nothing.
 */
import { createHash, randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { formatTrackingCode } from "../../app/features/questions/tracking-format.ts";
import { factories } from "../helpers/factories.ts";
import { get, postForm, postJson } from "../helpers/session.ts";
import { connected, socketOpener } from "../helpers/sockets.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer({ env: { RATE_LIMIT_SCALE: "100" }, logins: ["tongdai1", "ban.vhxh", "so.ldtbxh"] });
const c = server.cookies;
const { open, closeAll } = socketOpener(() => server.url);
afterAll(() => closeAll());

const key = () => randomUUID().replace(/-/g, "");
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

const api = (path: string, body: unknown, cookie?: string) => postJson(server.url, path, body, cookie);

type Submitted = { id: string; trackingCode: string; askerSecret?: string };

async function ask(episodeId: string, extra: Record<string, unknown> = {}): Promise<Submitted> {
  const r = await api(`/api/episodes/${episodeId}/questions`, {
    text: "Hộ nghèo được hỗ trợ tiền điện hằng tháng theo mức nào?",
    clientKey: key(),
    deviceId: key(),
    ...extra,
  });
  expect(r.status).toBe(201);
  return r.body;
}

/** Routes the question, the agency answers, the committee approves: the answer is published. */
async function publish(episodeId: string, questionId: string) {
  const q = await factories.db().question.findUniqueOrThrow({ where: { id: questionId } });
  const routed = await api(
    `/api/questions/${questionId}/actions`,
    { action: "route", version: q.version, agencyId: await factories.orgId("SLDTBXH") },
    c.tongdai1,
  );
  expect(routed.status).toBe(200);
  const answered = await postForm(
    server.url,
    `/quan-tri/hop-thu/${questionId}`,
    { intent: "answer-submit", body: "Hộ nghèo được hỗ trợ 30 kWh mỗi tháng theo quy định hiện hành." },
    c["so.ldtbxh"],
  );
  expect(answered.status).toBe(200);
  const approved = await postForm(
    server.url,
    `/quan-tri/chuong-trinh/${episodeId}/ket-luan`,
    { intent: "approve", questionId, note: "" },
    c["ban.vhxh"],
  );
  expect(approved.status).toBe(200);
  const answer = await factories.db().answer.findUniqueOrThrow({ where: { questionId } });
  expect(answer.publishedAt).not.toBeNull();
}

const ratingsOf = (trackingCode: string) => factories.db().rating.findMany({ where: { trackingCode } });

describe("the asker's secret", () => {
  it("is given once, in the submit answer (HTTP and socket), stored only as its SHA-256 hash, shown nowhere else", async () => {
    const e = await factories.episode({ status: "live" });
    const clientKey = key();
    const body = { text: "Đường vào ấp 3 xã Vị Trung bị sạt lở, khi nào sửa?", clientKey, deviceId: key() };
    const first = await api(`/api/episodes/${e.id}/questions`, body);
    expect(first.status).toBe(201);
    expect(first.body.askerSecret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const row = await factories.db().question.findUniqueOrThrow({ where: { id: first.body.id } });
    expect(row.askerSecretHash).toBe(sha256(first.body.askerSecret));
    // A resend with the same client key answers the same question, without a secret.
    const again = await api(`/api/episodes/${e.id}/questions`, body);
    expect(again.status).toBe(200);
    expect(again.body.trackingCode).toBe(first.body.trackingCode);
    expect(again.body.askerSecret).toBeUndefined();

    const viewer = open("/");
    await connected(viewer);
    const ack = await viewer.emitWithAck("question:submit", {
      episodeId: e.id,
      text: "Xin hỏi thời hạn cấp đổi thẻ bảo hiểm y tế cho người cao tuổi",
      clientKey: key(),
      deviceId: key(),
    });
    expect(ack).toMatchObject({ ok: true, status: 201 });
    expect(ack.askerSecret).toMatch(/^[A-Za-z0-9_-]{22}$/);

    // An operator typing in a caller's question is not the asker: no secret for staff to hold.
    const hotline = await api(
      `/api/episodes/${e.id}/questions`,
      { text: "Người gọi đường dây nóng hỏi về chế độ người có công", clientKey: key(), channel: "hotline" },
      c.tongdai1,
    );
    expect(hotline.status).toBe(201);
    expect(hotline.body.askerSecret).toBeUndefined();
    expect((await factories.db().question.findUniqueOrThrow({ where: { id: hotline.body.id } })).askerSecretHash).toBe(
      null,
    );

    const pub = await (await fetch(`${server.url}/api/questions/${first.body.trackingCode}`)).text();
    const page = await (await get(server.url, `/theo-doi/${first.body.trackingCode}`)).text();
    const staff = await (await get(server.url, `/api/episodes/${e.id}/questions`, c.tongdai1)).text();
    for (const text of [pub, page, staff]) {
      expect(text).not.toContain(first.body.askerSecret);
      expect(text).not.toContain(row.askerSecretHash);
    }
  });
});

describe("rating the answer", () => {
  it("is refused with only the public tracking code, on the API and on the page", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await ask(e.id);
    await publish(e.id, q.id);
    // The page without JavaScript: the form posts what the asker typed; a field message, not an error page.
    const page = await postForm(server.url, `/theo-doi/${q.trackingCode}`, { intent: "rate", satisfied: "no" });
    expect(page.status).toBe(403);
    expect(await page.text()).toContain("Không xác minh được người gửi câu hỏi");
    const refused = await api(`/api/questions/${q.trackingCode}/rating`, { satisfied: false, comment: "Sai" });
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: "not-asker" });
    const wrong = await api(`/api/questions/${q.trackingCode}/rating`, {
      satisfied: false,
      secret: "AAAAAAAAAAAAAAAAAAAAAA",
      deviceId: key(),
    });
    expect(wrong.status).toBe(403);
    expect(await ratingsOf(q.trackingCode)).toHaveLength(0);
  });

  it("counts once per asker: the secret from the submit answer or the same device rates, a second rating replaces the first", async () => {
    const e = await factories.episode({ status: "live" });
    const deviceId = key();
    const q = await ask(e.id, { deviceId });
    await publish(e.id, q.id);
    const first = await api(`/api/questions/${q.trackingCode}/rating`, {
      satisfied: true,
      comment: "Rõ ràng",
      secret: q.askerSecret,
    });
    expect(first.status).toBe(200);
    expect(first.body.rating).toMatchObject({ satisfied: true, comment: "Rõ ràng" });
    expect(first.body.openUntil).toEqual(expect.any(String));
    // From the device that asked, no secret needed; it replaces the rating.
    const second = await api(`/api/questions/${q.trackingCode}/rating`, { satisfied: false, deviceId });
    expect(second.status).toBe(200);
    const rows = await ratingsOf(q.trackingCode);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ satisfied: false, questionId: q.id });
    // The page's form, as a browser without JavaScript posts it, with the secret pasted.
    const page = await postForm(server.url, `/theo-doi/${q.trackingCode}`, {
      intent: "rate",
      satisfied: "yes",
      comment: "Đã rõ",
      secret: ` ${q.askerSecret} `,
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Cảm ơn bạn đã đánh giá.");
    expect(await ratingsOf(q.trackingCode)).toHaveLength(1);
    const report = await (await get(server.url, `/quan-tri/bao-cao?ep=${e.id}`, c["ban.vhxh"])).text();
    expect(report).toContain("Mức độ hài lòng: 1/1 đánh giá hài lòng.");
    // Each change is audited, never with the secret.
    const audits = await factories.db().auditEvent.findMany({ where: { entityId: q.id, action: "rate" } });
    expect(audits).toHaveLength(3);
    expect(JSON.stringify(audits)).not.toContain(q.askerSecret!);
  });

  it("is refused before the answer is published and after the window", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await ask(e.id);
    const early = await api(`/api/questions/${q.trackingCode}/rating`, { satisfied: true, secret: q.askerSecret });
    expect(early.status).toBe(409);
    expect(early.body.error).toBe("not-answered");
    await publish(e.id, q.id);
    await factories
      .db()
      .answer.update({ where: { questionId: q.id }, data: { publishedAt: new Date(Date.now() - 31 * 86400_000) } });
    const late = await api(`/api/questions/${q.trackingCode}/rating`, { satisfied: true, secret: q.askerSecret });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: "rating-closed", openUntil: expect.any(String) });
    const page = await postForm(server.url, `/theo-doi/${q.trackingCode}`, {
      intent: "rate",
      satisfied: "yes",
      secret: q.askerSecret!,
    });
    expect(page.status).toBe(409);
    expect(await page.text()).toContain("Đã hết thời hạn đánh giá");
    expect(await ratingsOf(q.trackingCode)).toHaveLength(0);
  });

  it("a question taken before secrets existed is rated from the device that asked only", async () => {
    const e = await factories.episode({ status: "live" });
    const deviceId = key();
    const q = await ask(e.id, { deviceId });
    await factories.db().question.update({ where: { id: q.id }, data: { askerSecretHash: null } });
    await publish(e.id, q.id);
    expect(
      (await api(`/api/questions/${q.trackingCode}/rating`, { satisfied: true, secret: q.askerSecret })).status,
    ).toBe(403);
    expect((await api(`/api/questions/${q.trackingCode}/rating`, { satisfied: true, deviceId })).status).toBe(200);
  });
});

describe("merged askers", () => {
  it("follow the merged item's status and answer without seeing its code: socket, follow, API and page", async () => {
    const e = await factories.episode({ status: "live" });
    const a = await ask(e.id, { text: "Khi nào có phiên giao dịch việc làm ở Vị Thanh?" });
    const b = await ask(e.id, { text: "phien giao dich viec lam o vi thanh khi nao to chuc" });
    const codes = [a.trackingCode, formatTrackingCode(a.trackingCode)];
    const viewer = open("/");
    await connected(viewer);
    const follow = await viewer.emitWithAck("questions:follow", { trackingCodes: [b.trackingCode] });
    expect(follow.ok).toBe(true);
    const seen: unknown[] = [];
    viewer.on("question:status", (p) => seen.push(p));
    const routedSeen = new Promise<Record<string, unknown>>((res) =>
      viewer.on("question:status", (p) => p.status === "routed" && res(p)),
    );
    const merged = await api(
      `/api/questions/${b.id}/actions`,
      { action: "merge", version: 1, targetId: a.id },
      c.tongdai1,
    );
    expect(merged.body.question.status).toBe("merged");
    await publish(e.id, a.id);
    expect(await routedSeen).toMatchObject({ trackingCode: b.trackingCode, status: "routed", merged: true });

    const again = await viewer.emitWithAck("questions:follow", { trackingCodes: [b.trackingCode] });
    expect(again.questions).toEqual([
      expect.objectContaining({ trackingCode: b.trackingCode, status: "answered", merged: true }),
    ]);
    const pub = await (await fetch(`${server.url}/api/questions/${b.trackingCode}`)).json();
    expect(pub).toMatchObject({ status: "answered", ownStatus: "merged", merged: true });
    expect(pub.answer.html).toContain("30 kWh");
    const page = await (await get(server.url, `/theo-doi/${b.trackingCode}`)).text();
    expect(page).toContain("30 kWh");
    expect(page).toContain("Đã gộp với câu hỏi tương tự");
    for (const text of [JSON.stringify(seen), JSON.stringify(follow), JSON.stringify(again), JSON.stringify(pub), page])
      for (const code of codes) expect(text).not.toContain(code);

    // The merged asker rates the answer they follow with their own secret, not with the other asker's.
    expect(
      (await api(`/api/questions/${b.trackingCode}/rating`, { satisfied: true, secret: a.askerSecret })).status,
    ).toBe(403);
    expect(
      (await api(`/api/questions/${b.trackingCode}/rating`, { satisfied: true, secret: b.askerSecret })).status,
    ).toBe(200);
    expect(await ratingsOf(b.trackingCode)).toEqual([expect.objectContaining({ questionId: a.id })]);
  });
});

describe("personal data", () => {
  const personal = { name: "Lê Thị Hồng", phone: "0912 777 888", area: "Phụng Hiệp" };

  it("the asker sees what is held; others are refused", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await ask(e.id, personal);
    const refused = await api(`/api/questions/${q.trackingCode}/personal-data`, {});
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: "not-asker" });
    const shown = await api(`/api/questions/${q.trackingCode}/personal-data`, { secret: q.askerSecret });
    expect(shown.status).toBe(200);
    expect(shown.body.personalData).toMatchObject({
      name: "Lê Thị Hồng",
      phone: "0912777888",
      area: "Phụng Hiệp",
      device: true,
      withdrawnAt: null,
    });
    // On the page, after the asker posts the secret (no JavaScript needed).
    const page = await postForm(server.url, `/theo-doi/${q.trackingCode}`, { intent: "show", secret: q.askerSecret! });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Lê Thị Hồng");
    expect(html).toContain("0912777888");
    expect(html).not.toContain(q.askerSecret!);
    const stranger = await postForm(server.url, `/theo-doi/${q.trackingCode}`, { intent: "show", secret: "x" });
    expect(stranger.status).toBe(403);
    const strangerHtml = await stranger.text();
    expect(strangerHtml).not.toContain("Lê Thị Hồng");
    expect(strangerHtml).toContain("Không xác minh được người gửi câu hỏi");
    expect(await (await get(server.url, `/theo-doi/${q.trackingCode}`)).text()).not.toContain("Lê Thị Hồng");
  });

  it("withdrawal erases name, phone, area and the device id, everywhere they were kept, audited, once", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await ask(e.id, personal);
    const staff = open("/staff", c.tongdai1);
    await connected(staff);
    expect((await staff.emitWithAck("episode:join", { episodeId: e.id })).ok).toBe(true);
    const updated = new Promise<{ question: { id: string; name: string; phone: string; area: string } }>((res) =>
      staff.on("question:updated", (p) => p.question.id === q.id && res(p)),
    );

    const refused = await api(`/api/questions/${q.trackingCode}/personal-data/withdraw`, {});
    expect(refused.status).toBe(403);
    const page = await postForm(server.url, `/theo-doi/${q.trackingCode}`, { intent: "withdraw" });
    expect(page.status).toBe(403);
    expect((await factories.db().question.findUniqueOrThrow({ where: { id: q.id } })).phone).toBe("0912777888");

    const done = await api(`/api/questions/${q.trackingCode}/personal-data/withdraw`, { secret: q.askerSecret });
    expect(done.status).toBe(200);
    expect(done.body.personalData).toMatchObject({
      name: "",
      phone: "",
      area: "",
      device: false,
      withdrawnAt: expect.any(String),
    });
    const row = await factories.db().question.findUniqueOrThrow({ where: { id: q.id } });
    expect(row).toMatchObject({ name: "", phone: "", area: "", deviceId: null, publishName: false });
    expect(row.personalDataWithdrawnAt).not.toBeNull();
    // The consoles drop it at once, and the episode's event log no longer holds it.
    expect((await updated).question).toMatchObject({ name: "", phone: "", area: "" });
    const log = await factories.db().episodeEvent.findMany({ where: { questionId: q.id } });
    expect(log.length).toBeGreaterThan(1);
    for (const ev of log) {
      expect(ev.payload).not.toContain("0912777888");
      expect(ev.payload).not.toContain("Lê Thị Hồng");
      expect(ev.payload).not.toContain("Phụng Hiệp");
    }
    const audits = await factories
      .db()
      .auditEvent.findMany({ where: { entityId: q.id, action: "withdraw_personal_data" } });
    expect(audits).toHaveLength(1);
    expect(audits[0].actorLabel).toBe("asker");
    expect(JSON.stringify(audits)).not.toContain("0912777888");
    const history = await factories
      .db()
      .questionEvent.findMany({ where: { questionId: q.id, type: "withdraw_personal_data" } });
    expect(history).toHaveLength(1);

    // Idempotent: again, through the page without JavaScript, nothing more is written.
    const again = await postForm(server.url, `/theo-doi/${q.trackingCode}`, {
      intent: "withdraw",
      secret: q.askerSecret!,
    });
    expect(again.status).toBe(200);
    expect(await again.text()).toContain("Dữ liệu cá nhân đã được xóa");
    expect(await factories.db().auditEvent.count({ where: { entityId: q.id, action: "withdraw_personal_data" } })).toBe(
      1,
    );
    // The secret still proves the asker afterwards (the device id is gone).
    const view = await api(`/api/questions/${q.trackingCode}/personal-data`, { secret: q.askerSecret });
    expect(view.body.personalData).toMatchObject({ name: "", phone: "", area: "", device: false });
  });
});
