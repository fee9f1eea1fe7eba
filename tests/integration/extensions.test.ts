/**
 * An agency asks for more time; the lead Ban decides (issue 19). The agency requests on its question's page or,
 * for a task it leads, in its inbox; the Ban is told, approves (the deadline moves, the first one kept) or
 * refuses with a reason, and the agency is told once. One open request per item; another agency cannot ask;
 * a date before the deadline is a field error. The staff dashboard shows what waits on the Standing Committee
 * and on the Ban.
 */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { issueForm } from "../helpers/notice.ts";
import { get, postForm, postJson } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer({
  env: { REMINDER_INTERVAL_MINUTES: "0" },
  logins: ["tongdai1", "ban.vhxh", "thuongtruc", "so.ldtbxh", "bql.kcn"],
});
const c = server.cookies;
const DAY = 86400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

const userId = async (username: string) => (await factories.db().user.findUniqueOrThrow({ where: { username } })).id;
const notifications = async (username: string, type: string) =>
  factories
    .db()
    .notification.findMany({ where: { userId: await userId(username), type }, orderBy: { createdAt: "asc" } });

/** An agency asks for more time, on its question's page or in its inbox (a task). */
const requestExtensionRes = (path: string, body: Record<string, string>, who: string) =>
  postForm(server.url, path, { intent: "extension-request", ...body }, c[who]);
const requestExtension = async (...args: Parameters<typeof requestExtensionRes>): Promise<number> =>
  (await requestExtensionRes(...args)).status;
/** The lead Ban (or whoever tries) decides on a request. */
const decideRes = (intent: "extension-approve" | "extension-refuse", extensionId: string, note: string, who: string) =>
  postForm(server.url, page, { intent, extensionId, note }, c[who]);
const decide = async (...args: Parameters<typeof decideRes>): Promise<number> => (await decideRes(...args)).status;

let episodeId = "";
let questionId = "";
let taskId = "";
let page = "";

describe("extension requests", () => {
  it("a notice submitted waits on the Standing Committee's dashboard until it is issued", async () => {
    const e = await factories.episode({ leadCommittee: "BVHXH", status: "live", topic: "Chủ đề gia hạn kiểm thử" });
    episodeId = e.id;
    page = `/quan-tri/chuong-trinh/${e.id}/ket-luan`;
    const q = await postJson(server.url, `/api/episodes/${e.id}/questions`, {
      text: "Khi nào hoàn thành việc nâng cấp đường vào khu tái định cư?",
      clientKey: randomUUID().replace(/-/g, ""),
      phone: "0912000222",
    });
    questionId = q.body.id;
    const sld = await factories.orgId("SLDTBXH");
    const routed = await postJson(
      server.url,
      `/api/questions/${questionId}/actions`,
      { action: "route", version: 1, agencyId: sld },
      c.tongdai1,
    );
    expect(routed.status).toBe(200);
    const ended = await postForm(
      server.url,
      `/quan-tri/chuong-trinh/${e.id}`,
      { intent: "status", status: "ended" },
      c.tongdai1,
    );
    expect(ended.status).toBe(200);
    expect((await postForm(server.url, page, { intent: "draft" }, c["ban.vhxh"])).status).toBe(200);
    const notice = await factories
      .db()
      .notice.findUniqueOrThrow({ where: { episodeId: e.id }, include: { tasks: true } });
    taskId = notice.tasks[0].id;
    expect((await postForm(server.url, page, { intent: "submit", noticeId: notice.id }, c["ban.vhxh"])).status).toBe(
      200,
    );

    // The Standing Committee sees it waiting; the Ban and the agency do not get that list.
    const standing = await (await get(server.url, "/quan-tri", c.thuongtruc)).text();
    expect(standing).toContain('data-testid="to-issue"');
    expect(standing).toContain("Chủ đề gia hạn kiểm thử");
    expect(standing).toContain(page);
    expect(await (await get(server.url, "/quan-tri", c["so.ldtbxh"])).text()).not.toContain('data-testid="to-issue"');

    const issued = await postForm(server.url, page, issueForm(notice.id), c.thuongtruc);
    expect(issued.status).toBe(200);
    expect(await (await get(server.url, "/quan-tri", c.thuongtruc)).text()).not.toContain("Chủ đề gia hạn kiểm thử");
  });

  it("the agency asks for a question, the Ban is told and approves: the deadline moves once, the agency is told once", async () => {
    const itemPage = `/quan-tri/hop-thu/${questionId}`;
    const before = await factories.db().question.findUniqueOrThrow({ where: { id: questionId } });
    expect(before.dueAt).not.toBeNull();
    const to = day(new Date(before.dueAt!.getTime() + 15 * DAY));

    // Another agency may not ask.
    expect(await requestExtension(itemPage, { dueAt: to, reason: "Lý do" }, "bql.kcn")).toBe(403);
    // A date before the current deadline, and a missing reason, are field errors.
    const early = await requestExtensionRes(
      itemPage,
      { dueAt: day(new Date(Date.now() + DAY)), reason: "Chưa đủ kinh phí" },
      "so.ldtbxh",
    );
    expect(early.status).toBe(422);
    expect(await early.text()).toContain("Ngày đề nghị gia hạn phải sau thời hạn hiện tại");
    expect(await requestExtension(itemPage, { dueAt: to, reason: "" }, "so.ldtbxh")).toBe(422);
    expect(await requestExtension(itemPage, { dueAt: "31/02", reason: "x" }, "so.ldtbxh")).toBe(422);

    const asked = await requestExtensionRes(itemPage, { dueAt: to, reason: "Chờ bố trí vốn đầu tư công" }, "so.ldtbxh");
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("đang chờ Ban xem xét");
    // One open request at a time.
    const second = await requestExtensionRes(itemPage, { dueAt: to, reason: "Nhắc lại" }, "so.ldtbxh");
    expect(second.status).toBe(409);
    expect(await second.text()).toContain("Đã có đề nghị gia hạn đang chờ Ban xem xét");
    expect(await factories.db().deadlineExtension.count({ where: { questionId, status: "requested" } })).toBe(1);

    const told = await notifications("ban.vhxh", "extension_requested");
    expect(told).toHaveLength(1);
    expect(told[0].link).toBe(page);
    expect(told[0].body).toBe("Chờ bố trí vốn đầu tư công");

    // The Ban's dashboard and its conclusions page show the request.
    expect(await (await get(server.url, "/quan-tri", c["ban.vhxh"])).text()).toContain(
      "1 đề nghị gia hạn chờ quyết định",
    );
    const conclusions = await (await get(server.url, page, c["ban.vhxh"])).text();
    expect(conclusions).toContain('data-testid="extension-requests"');
    expect(conclusions).toContain("Chờ bố trí vốn đầu tư công");

    const x = await factories.db().deadlineExtension.findFirstOrThrow({ where: { questionId, status: "requested" } });
    // The agency cannot decide on its own request.
    expect(await decide("extension-approve", x.id, "", "so.ldtbxh")).toBe(403);
    expect(await decide("extension-approve", x.id, "Đồng ý", "ban.vhxh")).toBe(200);
    const after = await factories.db().question.findUniqueOrThrow({ where: { id: questionId } });
    expect(after.dueAt).toEqual(x.toDate);
    expect(after.dueAt!.getTime()).toBeGreaterThan(before.dueAt!.getTime());
    expect(after.originalDueAt).toEqual(before.originalDueAt ?? before.dueAt);
    const decided = await factories.db().deadlineExtension.findUniqueOrThrow({ where: { id: x.id } });
    expect(decided.status).toBe("approved");
    expect(decided.decisionNote).toBe("Đồng ý");
    expect(decided.decidedAt).not.toBeNull();

    const back = await notifications("so.ldtbxh", "extension_decided");
    expect(back).toHaveLength(1);
    expect(back[0].title).toContain("Chấp thuận gia hạn đến ngày");
    // Decided once: a second decision is refused.
    expect(await decide("extension-refuse", x.id, "Không", "ban.vhxh")).toBe(409);
    expect(await (await get(server.url, page, c["ban.vhxh"])).text()).not.toContain('data-testid="extension-requests"');
  });

  it("the lead agency asks for a task in its inbox; the Ban refuses with a reason and the deadline stays", async () => {
    const before = await factories.db().task.findUniqueOrThrow({ where: { id: taskId } });
    const to = day(new Date(before.dueAt!.getTime() + 20 * DAY));
    expect(
      await requestExtension("/quan-tri/hop-thu", { taskId, dueAt: to, reason: "Khối lượng lớn" }, "bql.kcn"),
    ).toBe(403);
    const early = await requestExtensionRes(
      "/quan-tri/hop-thu",
      { taskId, dueAt: day(new Date(Date.now() + DAY)), reason: "Khối lượng lớn" },
      "so.ldtbxh",
    );
    expect(early.status).toBe(422);
    expect(
      await requestExtension(
        "/quan-tri/hop-thu",
        { taskId, dueAt: to, reason: "Khối lượng công việc lớn" },
        "so.ldtbxh",
      ),
    ).toBe(200);
    expect(await (await get(server.url, "/quan-tri/hop-thu", c["so.ldtbxh"])).text()).toContain(
      'data-testid="extension-pending"',
    );
    const second = await requestExtensionRes(
      "/quan-tri/hop-thu",
      { taskId, dueAt: to, reason: "Lần hai" },
      "so.ldtbxh",
    );
    expect(second.status).toBe(409);
    expect(await notifications("ban.vhxh", "extension_requested")).toHaveLength(2);

    const x = await factories.db().deadlineExtension.findFirstOrThrow({ where: { taskId, status: "requested" } });
    // A refusal needs its reason.
    expect(await decide("extension-refuse", x.id, "", "ban.vhxh")).toBe(422);
    expect(await decide("extension-refuse", x.id, "Đề nghị khẩn trương thực hiện theo kế hoạch", "ban.vhxh")).toBe(200);
    const after = await factories.db().task.findUniqueOrThrow({ where: { id: taskId } });
    expect(after.dueAt).toEqual(before.dueAt);
    expect((await factories.db().deadlineExtension.findUniqueOrThrow({ where: { id: x.id } })).status).toBe("refused");
    const refused = (await notifications("so.ldtbxh", "extension_decided")).filter((n) =>
      n.title.includes("Không chấp thuận"),
    );
    expect(refused).toHaveLength(1);
    expect(refused[0].title).toContain("Đề nghị khẩn trương thực hiện theo kế hoạch");

    // Refused, the agency may ask again; approved, the task and its questions move, the first deadline kept.
    expect(
      await requestExtension("/quan-tri/hop-thu", { taskId, dueAt: to, reason: "Bổ sung hồ sơ" }, "so.ldtbxh"),
    ).toBe(200);
    const y = await factories.db().deadlineExtension.findFirstOrThrow({ where: { taskId, status: "requested" } });
    expect(await decide("extension-approve", y.id, "", "ban.vhxh")).toBe(200);
    const moved = await factories.db().task.findUniqueOrThrow({ where: { id: taskId } });
    expect(moved.dueAt).toEqual(y.toDate);
    expect(moved.originalDueAt).toEqual(before.originalDueAt ?? before.dueAt);
    expect((await factories.db().question.findUniqueOrThrow({ where: { id: questionId } })).dueAt).toEqual(y.toDate);
    expect(
      (await notifications("so.ldtbxh", "extension_decided")).filter((n) => n.title.startsWith("Chấp thuận gia hạn")),
    ).toHaveLength(2);
  });

  it("an approval never moves a deadline back: the committee extended it further meanwhile", async () => {
    const before = await factories.db().question.findUniqueOrThrow({ where: { id: questionId } });
    const asked = day(new Date(before.dueAt!.getTime() + 5 * DAY));
    expect(
      await requestExtension(
        `/quan-tri/hop-thu/${questionId}`,
        { dueAt: asked, reason: "Thêm thời gian khảo sát" },
        "so.ldtbxh",
      ),
    ).toBe(200);
    const further = day(new Date(before.dueAt!.getTime() + 30 * DAY));
    expect(
      (
        await postForm(
          server.url,
          page,
          { intent: "extend", kind: "question", itemId: questionId, dueAt: further, reason: "Theo chỉ đạo" },
          c["ban.vhxh"],
        )
      ).status,
    ).toBe(200);
    const extended = await factories.db().question.findUniqueOrThrow({ where: { id: questionId } });
    const x = await factories.db().deadlineExtension.findFirstOrThrow({ where: { questionId, status: "requested" } });
    const approve = await decideRes("extension-approve", x.id, "", "ban.vhxh");
    expect(approve.status).toBe(409);
    expect(await approve.text()).toContain("Ngày đề nghị gia hạn phải sau thời hạn hiện tại");
    expect((await factories.db().question.findUniqueOrThrow({ where: { id: questionId } })).dueAt).toEqual(
      extended.dueAt,
    );
    expect((await factories.db().deadlineExtension.findUniqueOrThrow({ where: { id: x.id } })).status).toBe(
      "requested",
    );
  });

  it("the committee's dashboard lists the answers waiting for its review", async () => {
    expect(
      (
        await postForm(
          server.url,
          `/quan-tri/hop-thu/${questionId}`,
          { intent: "answer-submit", body: "Dự kiến hoàn thành trong quý II." },
          c["so.ldtbxh"],
        )
      ).status,
    ).toBe(200);
    const dash = await (await get(server.url, "/quan-tri", c["ban.vhxh"])).text();
    expect(dash).toContain('data-testid="to-review"');
    expect(dash).toContain("1 văn bản trả lời chờ xem xét");
    expect(dash).toContain(`/quan-tri/chuong-trinh/${episodeId}/ket-luan`);
    // Nothing waits on an operator.
    expect(await (await get(server.url, "/quan-tri", c.tongdai1)).text()).not.toContain('data-testid="to-review"');
  });
});
