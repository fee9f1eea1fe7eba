/**
 * The agency's inbox form (progress on a task): every refusal is a field message on the form (4xx), never an
 * error page; a report is recorded on the task it names.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { login, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

let agency: string;
let taskId: string;
const server = suiteServer({ env: { REMINDER_INTERVAL_MINUTES: "0" } });
beforeAll(async () => {
  agency = await login(server.url, "so.ldtbxh");
  const e = await factories.episode({ status: "ended" });
  const notice = await factories.db().notice.create({
    data: {
      episodeId: e.id,
      status: "issued",
      title: "Kết luận",
      tasks: { create: { content: "Rà soát chính sách", leadAgencyId: await factories.orgId("SLDTBXH") } },
    },
    include: { tasks: true },
  });
  taskId = notice.tasks[0].id;
});

const send = (fields: Record<string, string>) => postForm(server.url, "/quan-tri/hop-thu?index", fields, agency);

describe("the agency's progress form", () => {
  it("names the missing task as a field, not a missing page", async () => {
    const r = await send({ intent: "progress", text: "Đã rà soát", percent: "50" });
    expect(r.status).toBe(422);
    expect(await r.text()).toContain("taskId");
  });

  it("refuses a percentage out of range on its field", async () => {
    const r = await send({ intent: "progress", taskId, text: "Đã rà soát", percent: "150" });
    expect(r.status).toBe(422);
    const html = await r.text();
    expect(html).toContain("err.percent");
    // Without JavaScript the page itself shows the message beside the field.
    expect(html).toMatch(/role="alert"[^>]*>Tỷ lệ hoàn thành từ 0 đến 100\./);
  });

  it("refuses an unknown intent on the form", async () => {
    expect((await send({ intent: "bogus" })).status).toBe(422);
  });

  it("records a report on the task", async () => {
    expect((await send({ intent: "progress", taskId, text: "Đã rà soát 12 hồ sơ", percent: "40" })).status).toBe(200);
    const reports = await factories.db().progressReport.findMany({ where: { taskId } });
    expect(reports.map((r) => [r.text, r.percent])).toEqual([["Đã rà soát 12 hồ sơ", 40]]);
  });
});
