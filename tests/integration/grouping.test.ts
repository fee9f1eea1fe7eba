/**
 * The committee groups the draft's questions into tasks: a question moves to another task, to a new task of
 * its own, or out of every task (then it is followed on its own); the task's text never counts them, so it
 * cannot go stale. Only the lead committee regroups, and only a draft.
 */
import { describe, expect, it } from "vitest";
import { newTrackingCode } from "../../app/features/questions/tracking.ts";
import { factories } from "../helpers/factories.ts";
import { get, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer({ logins: ["ban.vhxh", "ban.ktns"] });
const c = server.cookies;

describe("grouping the draft's questions into tasks", () => {
  it("moves a question between tasks, to a new task and out, refused to others and once issued", async () => {
    const db = factories.db();
    const e = await factories.episode({ status: "ended", leadCommittee: "BVHXH" });
    const sld = await factories.orgId("SLDTBXH");
    const sxd = await factories.orgId("SXD");
    const q = (summary: string, agencyId: string) =>
      db.question.create({
        data: {
          episodeId: e.id,
          trackingCode: newTrackingCode(),
          channel: "web",
          text: `${summary}?`,
          summary,
          status: "routed",
          agencyId,
        },
      });
    const a1 = await q("Hỗ trợ học nghề", sld);
    const a2 = await q("Trợ cấp thất nghiệp", sld);
    const b1 = await q("Cấp phép xây dựng", sxd);
    const page = `/quan-tri/chuong-trinh/${e.id}/ket-luan`;
    expect((await postForm(server.url, page, { intent: "draft" }, c["ban.vhxh"])).status).toBe(200);
    const notice = await db.notice.findUniqueOrThrow({ where: { episodeId: e.id }, include: { tasks: true } });
    expect(notice.tasks).toHaveLength(2);
    for (const t of notice.tasks) expect(t.content).not.toMatch(/\d+ ý kiến/);
    const taskOf = async (id: string) => (await db.question.findUniqueOrThrow({ where: { id } })).taskId;
    const [tA, tB] = [await taskOf(a1.id), await taskOf(b1.id)];
    const group = (questionId: string, target: string, cookie = c["ban.vhxh"]) =>
      postForm(server.url, page, { intent: "group", noticeId: notice.id, questionId, target }, cookie);

    // The draft page offers the move for each question.
    expect(await (await get(server.url, page, c["ban.vhxh"])).text()).toContain('name="target"');
    expect((await group(a2.id, tB!)).status).toBe(200);
    expect(await taskOf(a2.id)).toBe(tB);
    expect((await group(a2.id, "new")).status).toBe(200);
    const fresh = await db.task.findUniqueOrThrow({ where: { id: (await taskOf(a2.id))! } });
    expect(fresh.leadAgencyId).toBe(sld);
    expect(fresh.noticeId).toBe(notice.id);
    expect((await group(a1.id, "")).status).toBe(200);
    expect(await taskOf(a1.id)).toBeNull();
    expect(tA).not.toBe(tB);

    // A task of another notice is a field error; another committee may not; an issued notice is not regrouped.
    // (the demo's issued notice has tasks of its own)
    const other = await db.task.findFirstOrThrow({ where: { noticeId: { not: notice.id } } });
    expect((await group(a1.id, other.id)).status).toBe(422);
    expect((await group(a1.id, tA!, c["ban.ktns"])).status).toBe(403);
    await db.notice.update({ where: { id: notice.id }, data: { status: "issued", number: "99/TB-HĐND" } });
    expect((await group(a1.id, tA!)).status).toBe(409);
    expect(await taskOf(a1.id)).toBeNull();
  });
});
