/**
 * The operators' console (issue 20), its server side: a reject carries a reason and a bounded note; its operator
 * may undo it within the window, back to the status it had; the search by phone finds an episode's questions for
 * those who see its callers, recorded in the audit log without the digits; a hold lasts HOLD_SECONDS and is renewed
 * by claiming again, the console told what is left.
 */
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { postJson } from "../helpers/session.ts";
import { connected, socketOpener } from "../helpers/sockets.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer({
  env: { HOLD_SECONDS: "40", RATE_LIMIT_SCALE: "1000" },
  logins: ["tongdai1", "tongdai2", "so.ldtbxh"],
});
const c = server.cookies;
const { open, closeAll } = socketOpener(() => server.url);
afterAll(closeAll);

const api = (path: string, body: unknown, cookie?: string) => postJson(server.url, path, body, cookie);

async function ask(episodeId: string, text: string, phone = "") {
  const r = await api(
    `/api/episodes/${episodeId}/questions`,
    { clientKey: randomUUID().replace(/-/g, ""), text, phone, channel: "hotline" },
    c.tongdai1,
  );
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { id: r.body.id as string, trackingCode: r.body.trackingCode as string };
}
const row = (id: string) => factories.db().question.findUniqueOrThrow({ where: { id } });
async function act(id: string, body: Record<string, unknown>, cookie = c.tongdai1) {
  const { version } = await row(id);
  return api(`/api/questions/${id}/actions`, { ...body, version }, cookie);
}
async function actOk(id: string, body: Record<string, unknown>, cookie = c.tongdai1) {
  const r = await act(id, body, cookie);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.question as { status: string; rejectReason: string | null; rejectNote: string };
}

describe("reject and its undo", () => {
  it("a reject needs a listed reason and a note of at most 500 characters", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await ask(e.id, "Người gọi hỏi về chế độ bảo hiểm xã hội tự nguyện");
    const badReason = await act(q.id, { action: "reject", reason: "boring", note: "" });
    expect(badReason.status).toBe(422);
    expect(badReason.body.errors.reason).toEqual(["err.choice"]);
    const longNote = await act(q.id, { action: "reject", reason: "spam", note: "x".repeat(501) });
    expect(longNote.status).toBe(422);
    expect(longNote.body.errors.note).toEqual(["err.tooLong"]);
    expect((await row(q.id)).status).toBe("new");

    const done = await actOk(q.id, { action: "reject", reason: "out_of_scope", note: "Đã trả lời ở kỳ trước" });
    expect(done).toMatchObject({
      status: "rejected",
      rejectReason: "out_of_scope",
      rejectNote: "Đã trả lời ở kỳ trước",
    });
  });

  it("the rejecting operator undoes it: the question is back in the status it had, with history and audit", async () => {
    const e = await factories.episode({ status: "live" });
    const approved = await ask(e.id, "Người gọi hỏi về hỗ trợ vay vốn cho hộ nghèo khởi nghiệp");
    await actOk(approved.id, { action: "approve" });
    await actOk(approved.id, { action: "reject", reason: "spam", note: "bấm nhầm" });
    const back = await actOk(approved.id, { action: "undo_reject" });
    expect(back).toMatchObject({ status: "approved", rejectReason: null, rejectNote: "" });

    const routed = await ask(e.id, "Người gọi hỏi về cấp giấy chứng nhận quyền sử dụng đất lần đầu");
    await actOk(routed.id, { action: "route", agencyId: await factories.orgId("SLDTBXH") });
    await actOk(routed.id, { action: "reject", reason: "offensive", note: "" });
    expect((await actOk(routed.id, { action: "undo_reject" })).status).toBe("routed");
    expect((await row(routed.id)).agencyId).toBe(await factories.orgId("SLDTBXH"));

    const history = await factories.db().questionEvent.findMany({
      where: { questionId: approved.id },
      orderBy: { createdAt: "asc" },
    });
    expect(history.map((h) => [h.type, h.fromStatus, h.toStatus])).toEqual([
      ["created", null, "new"],
      ["approve", "new", "approved"],
      ["reject", "approved", "rejected"],
      ["undo_reject", "rejected", "approved"],
    ]);
    const audit = await factories.db().auditEvent.findFirstOrThrow({
      where: { action: "undo_reject", entityId: approved.id },
    });
    expect(audit.actorLabel).toBe("tongdai1");
    expect(JSON.parse(audit.after!)).toMatchObject({ status: "approved", reason: "spam" });
  });

  it("another operator, or the same one after the window, cannot undo; restore still can (to new)", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await ask(e.id, "Người gọi hỏi về lịch tiêm chủng mở rộng cho trẻ em");
    await actOk(q.id, { action: "approve" });
    await actOk(q.id, { action: "reject", reason: "spam", note: "" });
    const other = await act(q.id, { action: "undo_reject" }, c.tongdai2);
    expect(other.status).toBe(409);
    expect(other.body.error).toBe("undo-expired");

    // The reject was 31 s ago.
    await factories.db().questionEvent.updateMany({
      where: { questionId: q.id, type: "reject" },
      data: { createdAt: new Date(Date.now() - 31_000) },
    });
    const late = await act(q.id, { action: "undo_reject" });
    expect(late.status).toBe(409);
    expect(late.body.error).toBe("undo-expired");
    expect((await row(q.id)).status).toBe("rejected");
    expect((await actOk(q.id, { action: "restore" })).status).toBe("new");
    // Not rejected any more: nothing to undo.
    expect((await act(q.id, { action: "undo_reject" })).body.error).toBe("illegal");
  });
});

describe("search by phone", () => {
  it("finds the episode's questions by a part of the caller's number, for staff who see callers, audited", async () => {
    const e = await factories.episode({ status: "live" });
    const other = await factories.episode({ status: "live" });
    const a = await ask(e.id, "Người gọi hỏi về trợ cấp thất nghiệp khi nghỉ việc", "0912 345 601");
    const b = await ask(e.id, "Người gọi hỏi về đăng ký thường trú cho con mới sinh", "0987 115 601");
    await ask(e.id, "Người gọi hỏi về giá điện sinh hoạt tháng này", "0933 222 333");
    await ask(other.id, "Người gọi hỏi về trợ cấp thất nghiệp ở nơi khác", "0912 345 601");

    const r = await api(`/api/episodes/${e.id}/phone-search`, { phone: "345 601" }, c.tongdai1);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ ids: [a.id] });
    const tail = await api(`/api/episodes/${e.id}/phone-search`, { phone: "601" }, c.tongdai1);
    expect(tail.status).toBe(422);
    expect(tail.body.errors.phone).toEqual(["err.phoneSearchShort"]);
    const both = await api(`/api/episodes/${e.id}/phone-search`, { phone: "5 601" }, c.tongdai1);
    expect(new Set(both.body.ids)).toEqual(new Set([a.id, b.id]));
    // Typed in the international form.
    const intl = await api(`/api/episodes/${e.id}/phone-search`, { phone: "+84 912 345" }, c.tongdai1);
    expect(intl.body.ids).toEqual([a.id]);

    // An agency sees no callers of the episode: refused, and nothing recorded.
    const agency = await api(`/api/episodes/${e.id}/phone-search`, { phone: "345 601" }, c["so.ldtbxh"]);
    expect(agency.status).toBe(403);
    expect((await api(`/api/episodes/${e.id}/phone-search`, { phone: "345 601" })).status).toBe(401);

    const audits = await factories.db().auditEvent.findMany({
      where: { action: "personal-search", entityId: e.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((x) => x.actorLabel)).toEqual(["tongdai1", "tongdai1", "tongdai1"]);
    expect(JSON.parse(audits[0].after!)).toEqual({ field: "phone", count: 1, trackingCodes: [a.trackingCode] });
    for (const x of audits) expect(x.after).not.toMatch(/601|345/);
  });
});

describe("holds", () => {
  it("a hold lasts HOLD_SECONDS; the console is told what is left, and claiming again renews it", async () => {
    const e = await factories.episode({ status: "live" });
    const q = await ask(e.id, "Người gọi hỏi về thủ tục cấp lại căn cước công dân");
    const s = open("/staff", c.tongdai1);
    await connected(s);
    await s.emitWithAck("episode:join", { episodeId: e.id });
    const first = await s.emitWithAck("question:claim", { questionId: q.id });
    expect(first.ok).toBe(true);
    expect(first.holder.ttlMs).toBeGreaterThan(38_000);
    expect(first.holder.ttlMs).toBeLessThanOrEqual(40_000);
    const expires = Date.parse(first.holder.expiresAt);
    expect(expires - Date.now()).toBeLessThanOrEqual(40_000);

    await new Promise((r) => setTimeout(r, 1100));
    const renewed = await s.emitWithAck("question:claim", { questionId: q.id });
    expect(Date.parse(renewed.holder.expiresAt)).toBeGreaterThan(expires + 1000);
    expect(renewed.holder.ttlMs).toBeGreaterThan(38_000);

    // Another operator still cannot take it.
    const t2 = open("/staff", c.tongdai2);
    await connected(t2);
    expect(await t2.emitWithAck("question:claim", { questionId: q.id })).toMatchObject({ ok: false, status: 409 });
  });
});
