/**
 * Issue 20: a question typed while the broadcast ends. An ended episode (no notice issued yet) takes questions
 * sent for a written answer, over the API and the page's form without JavaScript, flagged for staff; routed like
 * a hotline caller's, the notice's draft takes them up. Once the notice is issued, none is taken, and the page
 * no longer offers the form.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { issueForm } from "../helpers/notice.ts";
import { routeVia } from "../helpers/questions.ts";
import { get, postForm, postJson } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer({ logins: ["tongdai1", "ban.vhxh", "thuongtruc"] });
const c = server.cookies;
const key = () => randomUUID().replace(/-/g, "");
const TEXT = "Đường vào trường tiểu học ấp 3 ngập nước mỗi khi mưa, bao giờ được nâng cấp?";

describe("a question sent after the broadcast", () => {
  it("is taken for a written answer while the episode has ended, and refused once the notice is issued", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live" });
    const ask = (body: Record<string, unknown>) => postJson(server.url, `/api/episodes/${e.id}/questions`, body);
    const end = await postForm(
      server.url,
      `/quan-tri/chuong-trinh/${e.id}`,
      { intent: "status", status: "ended" },
      c.tongdai1,
    );
    expect(end.status).toBe(200);
    expect((await factories.db().episode.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("ended");

    // The page offers the form in its written-answer mode (server-rendered, so without JavaScript too).
    const page = await (await get(server.url, `/chuong-trinh/${e.id}`)).text();
    expect(page).toContain("Gửi để được trả lời bằng văn bản");
    expect(page).toContain('name="writtenAnswer" value="on"');
    const info = await (await get(server.url, `/api/episodes/${e.id}`)).json();
    expect(info.episode).toMatchObject({ acceptingQuestions: false, writtenAnswersOnly: true });

    // Not asked for a written answer: refused, saying how it would be taken.
    const plain = await ask({ text: TEXT, clientKey: key() });
    expect(plain.status).toBe(409);
    expect(plain.body).toEqual({ error: "written-answer-only", status: "ended", writtenAnswer: true });

    // Asked for one: taken, flagged for staff.
    const sent = await ask({ text: TEXT, clientKey: key(), name: "Lê Thị Hoa", writtenAnswer: true });
    expect(sent.status).toBe(201);
    expect(sent.body.trackingCode).toBeTruthy();
    const row = await factories.db().question.findUniqueOrThrow({ where: { id: sent.body.id } });
    expect(row.status).toBe("new");
    expect(JSON.parse(row.flags)).toContain("written_answer");

    // An operator logging a call after the hour: taken without asking, marked to be answered in writing.
    const call = await postJson(
      server.url,
      `/api/episodes/${e.id}/questions`,
      { text: `${TEXT} (gọi sau chương trình)`, clientKey: key(), channel: "hotline" },
      c.tongdai1,
    );
    expect(call.status).toBe(201);
    const callRow = await factories.db().question.findUniqueOrThrow({ where: { id: call.body.id } });
    expect(callRow.channel).toBe("hotline");
    expect(JSON.parse(callRow.flags)).toContain("written_answer");

    // The same without JavaScript: the form posts to the page.
    const formKey = key();
    const noJs = await postForm(server.url, `/chuong-trinh/${e.id}`, {
      text: `${TEXT} (gửi không có JavaScript)`,
      clientKey: formKey,
      writtenAnswer: "on",
    });
    expect(noJs.status).toBe(200);
    expect(await noJs.text()).toContain("Đã gửi câu hỏi. Mã theo dõi:");
    const noJsRow = await factories.db().question.findFirstOrThrow({ where: { episodeId: e.id, clientKey: formKey } });
    expect(JSON.parse(noJsRow.flags)).toContain("written_answer");
    // A form left open from the broadcast (no written-answer mode): refused, what was typed sent back.
    const stale = await postForm(server.url, `/chuong-trinh/${e.id}`, { text: `${TEXT} (cũ)`, clientKey: key() });
    expect(stale.status).toBe(409);
    const staleHtml = await stale.text();
    expect(staleHtml).toContain("chỉ được nhận để trả lời bằng văn bản");
    expect(staleHtml).toContain(`${TEXT} (cũ)`);

    // Staff route it like a hotline caller's; the notice's draft takes it up with the other open questions.
    await routeVia(server.url, row.id, c.tongdai1);
    const conclusions = `/quan-tri/chuong-trinh/${e.id}/ket-luan`;
    expect((await postForm(server.url, conclusions, { intent: "draft" }, c["ban.vhxh"])).status).toBe(200);
    const notice = await factories.db().notice.findUniqueOrThrow({
      where: { episodeId: e.id },
      include: { tasks: { include: { questions: true } } },
    });
    expect(notice.tasks.flatMap((t) => t.questions.map((q) => q.id))).toEqual([row.id]);
    // The committee sees there that it was sent after the program, to be answered in writing.
    const draftPage = await (await get(server.url, conclusions, c["ban.vhxh"])).text();
    expect(draftPage).toContain("gửi sau chương trình, trả lời bằng văn bản");

    // Submitted, then issued: the episode is concluded and takes no question any more.
    expect(
      (await postForm(server.url, conclusions, { intent: "submit", noticeId: notice.id }, c["ban.vhxh"])).status,
    ).toBe(200);
    const issue = issueForm(notice.id);
    expect((await postForm(server.url, conclusions, issue, c.thuongtruc)).status).toBe(200);
    expect((await factories.db().episode.findUniqueOrThrow({ where: { id: e.id } })).status).toBe("concluded");

    const late = await ask({ text: TEXT, clientKey: key(), writtenAnswer: true });
    expect(late.status).toBe(409);
    expect(late.body).toEqual({ error: "not-accepting", status: "concluded" });
    const after = await (await get(server.url, `/chuong-trinh/${e.id}`)).text();
    expect(after).not.toContain('name="writtenAnswer"');
    expect(after).not.toContain('id="ask-text"');
    const lateForm = await postForm(server.url, `/chuong-trinh/${e.id}`, {
      text: TEXT,
      clientKey: key(),
      writtenAnswer: "on",
    });
    expect(lateForm.status).toBe(409);
    // The viewer's two and the operator's call; nothing refused was stored.
    expect(await factories.db().question.count({ where: { episodeId: e.id } })).toBe(3);
  });
});
