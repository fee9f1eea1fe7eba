/**
 * Each hand-off of the follow-up reaches the user who owns the next step (issue 19), as a
 * notification written with the change: the notice from the Ban to the Standing Committee and from
 * it to each agency, progress and returns to the Ban, extensions, reminders, reopening and closure to
 * the agency.
 */
import { describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { issueForm } from "../helpers/notice.ts";
import { askVia, routeVia } from "../helpers/questions.ts";
import { postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer({ logins: ["tongdai1", "ban.vhxh", "so.ldtbxh", "thuongtruc"] });
const c = server.cookies;

/** What a user was told about one episode, as type → titles. */
async function told(username: string, episodeId: string) {
  const rows = await factories.db().notification.findMany({
    where: { user: { username }, episodeId },
    orderBy: { createdAt: "asc" },
  });
  const out: Record<string, string[]> = {};
  for (const n of rows) (out[n.type] ??= []).push(`${n.title}${n.body ? ` — ${n.body}` : ""}`);
  return out;
}

describe("the follow-up's hand-offs", () => {
  it("each reach the next owner, and nobody else", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const q1 = await askVia(server.url, e.id, "Lao động nông thôn học nghề có được hỗ trợ tiền ăn không?");
    const q2 = await askVia(server.url, e.id, "Khu công nghiệp Sông Hậu tuyển dụng lao động thế nào?");
    for (const id of [q1, q2]) await routeVia(server.url, id, c.tongdai1);
    await postForm(server.url, `/quan-tri/chuong-trinh/${e.id}`, { intent: "status", status: "ended" }, c.tongdai1);
    const page = `/quan-tri/chuong-trinh/${e.id}/ket-luan`;

    // "Not our competence": back to the lead Ban, with the agency's reason.
    const back = { intent: "return", reason: "Thuộc thẩm quyền Ban Quản lý các khu công nghiệp" };
    // (It leaves the agency's inbox: the page sends the agency back to its list.)
    expect((await postForm(server.url, `/quan-tri/hop-thu/${q2}`, back, c["so.ldtbxh"])).status).toBe(302);
    expect((await told("ban.vhxh", e.id)).agency_returned).toEqual([
      expect.stringContaining("Thuộc thẩm quyền Ban Quản lý các khu công nghiệp"),
    ]);

    // The draft is submitted: the Standing Committee is told; issued: each agency gets its tasks.
    expect((await postForm(server.url, page, { intent: "draft" }, c["ban.vhxh"])).status).toBe(200);
    const notice = await factories
      .db()
      .notice.findUniqueOrThrow({ where: { episodeId: e.id }, include: { tasks: true } });
    expect((await postForm(server.url, page, { intent: "submit", noticeId: notice.id }, c["ban.vhxh"])).status).toBe(
      200,
    );
    expect((await told("thuongtruc", e.id)).notice_submitted).toHaveLength(1);
    expect((await told("so.ldtbxh", e.id)).notice_submitted).toBeUndefined();
    const issue = issueForm(notice.id);
    expect((await postForm(server.url, page, issue, c.thuongtruc)).status).toBe(200);
    const agencyIssued = (await told("so.ldtbxh", e.id)).notice_issued;
    expect(agencyIssued).toHaveLength(1);
    expect(agencyIssued[0]).toContain("Thông báo kết luận số 41/TB-HĐND: 1 nhiệm vụ giao cho đơn vị");
    expect(agencyIssued[0]).toMatch(/\(hạn \d{2}\/\d{2}\/\d{4}\)/);
    expect((await told("ban.vhxh", e.id)).notice_issued).toEqual(["Đã ban hành Thông báo số 41/TB-HĐND"]);

    // The agency reports progress: the Ban is told.
    const progress = { intent: "progress", text: "Đã liên hệ cử tri, đang xác minh", percent: "40" };
    expect((await postForm(server.url, `/quan-tri/hop-thu/${q1}`, progress, c["so.ldtbxh"])).status).toBe(200);
    expect((await told("ban.vhxh", e.id)).progress_reported).toHaveLength(1);

    // The Ban extends, reminds, closes and reopens: the agency is told of each, with the reason.
    const item = { kind: "question", itemId: q1 };
    const later = new Date(Date.now() + 40 * 86400_000).toISOString().slice(0, 10);
    const [y, m, d] = later.split("-");
    const steps = [
      { intent: "extend", ...item, dueAt: later, reason: "Cần xác minh thêm hồ sơ" },
      { intent: "remind", ...item, message: "Đề nghị khẩn trương trả lời cử tri." },
      { intent: "close", ...item, reason: "Cử tri đã chuyển đi nơi khác" },
      { intent: "reopen", ...item, reason: "Cử tri quay lại đề nghị tiếp tục" },
    ];
    for (const s of steps) expect((await postForm(server.url, page, s, c["ban.vhxh"])).status, s.intent).toBe(200);
    const agency = await told("so.ldtbxh", e.id);
    expect(agency.extension_decided).toEqual([expect.stringContaining(`đến ngày ${d}/${m}/${y}`)]);
    expect(agency.extension_decided[0]).toContain("Cần xác minh thêm hồ sơ");
    expect(agency.reminder).toEqual([expect.stringContaining("Đề nghị khẩn trương trả lời cử tri.")]);
    expect(agency.closed).toEqual([expect.stringContaining("Cử tri đã chuyển đi nơi khác")]);
    expect(agency.reopened).toEqual([expect.stringContaining("Cử tri quay lại đề nghị tiếp tục")]);
    // The operators, who own none of these steps, were told nothing.
    expect(await told("tongdai1", e.id)).toEqual({});
  });
});
