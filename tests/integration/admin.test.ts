import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { get, login, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

let admin: string;
let seriesId: string;
const server = suiteServer({ env: { UPLOAD_MAX_MB: "1" } });
beforeAll(async () => {
  admin = await login(server.url, "admin");
  seriesId = (await factories.db().series.findFirstOrThrow({ where: { planNumber: "02/KH-TT" } })).id;
});

const episodeForm = async (over: Record<string, string> = {}) => ({
  seriesId,
  topic: "Tình hình thực hiện chính sách hỗ trợ nhà ở cho công nhân",
  leadCommitteeId: await factories.orgId("BKTNS"),
  startsAt: "2030-06-20T20:00",
  durationMinutes: "60",
  hotlines: "0293 3 878 999",
  relatedResolutions: "Nghị quyết số 01/2030/NQ-HĐND\nNghị quyết số 02/2030/NQ-HĐND",
  ...over,
});

describe("admin pages", () => {
  it("creates an episode that appears on the public schedule and feed, with the plan's checklist and an audit event", async () => {
    const res = await postForm(server.url, "/quan-tri/chuong-trinh/moi", await episodeForm(), admin);
    expect(res.status).toBe(302);
    const id = res.headers.get("location")!.split("/").pop()!;
    const html = await (await get(server.url, "/lich")).text();
    expect(html).toContain("Tình hình thực hiện chính sách hỗ trợ nhà ở cho công nhân");
    expect(await (await get(server.url, "/lich.ics")).text()).toContain(
      "DTSTART;TZID=Asia/Ho_Chi_Minh:20300620T200000",
    );
    const items = await factories.db().checklistItem.findMany({ where: { episodeId: id } });
    expect(items).toHaveLength(5);
    const audit = await factories
      .db()
      .auditEvent.findFirstOrThrow({ where: { entity: "Episode", entityId: id, action: "create" } });
    expect(audit.actorLabel).toBe("admin");
    expect(JSON.parse(audit.after!).topic).toContain("nhà ở cho công nhân");
  });

  it("answers bad input with field-level errors and writes nothing", async () => {
    const before = await factories.db().episode.count();
    const res = await postForm(
      server.url,
      "/quan-tri/chuong-trinh/moi",
      await episodeForm({ topic: "", startsAt: "hôm qua", durationMinutes: "0" }),
      admin,
    );
    expect(res.status).toBe(422);
    const body = await res.text();
    for (const key of ["err.required", "err.datetime", "err.durationRange"]) expect(body).toContain(key);
    expect(await factories.db().episode.count()).toBe(before);
  });

  it("records every status change with actor and time, and refuses an illegal transition with 409", async () => {
    const e = await factories.episode();
    const ok = await postForm(
      server.url,
      `/quan-tri/chuong-trinh/${e.id}`,
      { intent: "status", status: "live" },
      admin,
    );
    expect(ok.status).toBe(200);
    const bad = await postForm(
      server.url,
      `/quan-tri/chuong-trinh/${e.id}`,
      { intent: "status", status: "closed" },
      admin,
    );
    expect(bad.status).toBe(409);
    const events = await factories.db().auditEvent.findMany({ where: { entityId: e.id, action: "status" } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].before!)).toEqual({ status: "planned" });
    expect(JSON.parse(events[0].after!)).toEqual({ status: "live" });
  });

  it("accepts a real PDF as survey report and refuses a disguised or oversized file", async () => {
    const e = await factories.episode();
    const upload = (name: string, bytes: Buffer) => {
      const form = new FormData();
      form.set("intent", "survey-upload");
      form.set("file", new File([new Uint8Array(bytes)], name));
      return fetch(`${server.url}/quan-tri/chuong-trinh/${e.id}`, {
        method: "POST",
        body: form,
        headers: { cookie: admin },
      });
    };
    expect((await upload("virus.pdf", Buffer.from("MZ this is an exe"))).status).toBe(422);
    expect(
      (await upload("big.pdf", Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(1.5 * 1024 * 1024)]))).status,
    ).toBe(413);
    const ok = await upload("Báo cáo khảo sát.pdf", Buffer.from("%PDF-1.7\n%%EOF\n"));
    expect(ok.status).toBe(200);
    const dl = await get(server.url, `/quan-tri/chuong-trinh/${e.id}/bao-cao`, admin);
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-type")).toBe("application/pdf");
    expect(dl.headers.get("content-disposition")).toContain(
      "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20kh%E1%BA%A3o%20s%C3%A1t.pdf",
    );
    expect(await dl.text()).toBe("%PDF-1.7\n%%EOF\n");
    const row = await factories.db().episode.findUniqueOrThrow({ where: { id: e.id } });
    expect(row.surveyFileSize).toBe(15);
  });

  it("manages organizations with duplicate-code and parent-loop checks", async () => {
    const res = await postForm(
      server.url,
      "/quan-tri/don-vi/moi",
      { code: "SCT", name: "Trùng", shortName: "Trùng", kind: "department" },
      admin,
    );
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("err.duplicate");
    const created = await postForm(
      server.url,
      "/quan-tri/don-vi/moi",
      {
        code: "BQLDA",
        name: "Ban Quản lý dự án đầu tư xây dựng tỉnh",
        shortName: "Ban QLDA",
        kind: "agency",
        keywords: "dự án\ncông trình",
        email: "bqlda@example.org",
        phone: "0293 3 123 456",
        active: "on",
      },
      admin,
    );
    expect(created.status).toBe(302);
    const org = await factories.db().organization.findUniqueOrThrow({ where: { code: "BQLDA" } });
    expect(org.keywords).toBe("dự án\ncông trình");
    expect(org.phone).toBe("02933123456");
    const sct = await factories.db().organization.findUniqueOrThrow({ where: { code: "SCT" } });
    await postForm(
      server.url,
      `/quan-tri/don-vi/${org.id}`,
      { code: "BQLDA", name: org.name, shortName: org.shortName, kind: "agency", parentId: sct.id, active: "on" },
      admin,
    );
    const loop = await postForm(
      server.url,
      `/quan-tri/don-vi/${sct.id}`,
      { code: "SCT", name: sct.name, shortName: sct.shortName, kind: "department", parentId: org.id, active: "on" },
      admin,
    );
    expect(loop.status).toBe(409);
    expect(await loop.text()).toContain("err.cycle");
  });

  it("creates users; an agency user needs an organization; deactivation ends sessions", async () => {
    const noOrg = await postForm(
      server.url,
      "/quan-tri/nguoi-dung/moi",
      { username: "so.ct", displayName: "Sở Công Thương", role: "agency", password: "long-password-1", active: "on" },
      admin,
    );
    expect(noOrg.status).toBe(409);
    expect(await noOrg.text()).toContain("err.orgRequired");
    const ok = await postForm(
      server.url,
      "/quan-tri/nguoi-dung/moi",
      {
        username: "so.ct",
        displayName: "Sở Công Thương",
        role: "agency",
        organizationId: await factories.orgId("SCT"),
        password: "long-password-1",
        active: "on",
      },
      admin,
    );
    expect(ok.status).toBe(302);
    const cookie = await login(server.url, "so.ct", "long-password-1");
    expect((await get(server.url, "/quan-tri", cookie)).status).toBe(200);
    const id = ok.headers.get("location")!.split("/").pop()!;
    await postForm(
      server.url,
      `/quan-tri/nguoi-dung/${id}`,
      {
        username: "so.ct",
        displayName: "Sở Công Thương",
        role: "agency",
        organizationId: await factories.orgId("SCT"),
      },
      admin,
    );
    expect((await get(server.url, "/quan-tri", cookie)).status).toBe(302);
    const audit = await factories.db().auditEvent.findMany({ where: { entity: "User", entityId: id } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["create", "update"]));
    expect(audit.every((a) => !(a.after ?? "").includes("$argon2"))).toBe(true);
  });

  it("edits a plan (series)", async () => {
    const res = await postForm(
      server.url,
      `/quan-tri/ke-hoach/${seriesId}`,
      {
        planNumber: "02/KH-TT",
        title: "Kế hoạch đã sửa",
        programName: "Lắng nghe và Trao đổi",
        issuedAt: "2024-01-02",
        place: "Hậu Giang",
      },
      admin,
    );
    expect(res.status).toBe(200);
    expect((await factories.db().series.findUniqueOrThrow({ where: { id: seriesId } })).title).toBe("Kế hoạch đã sửa");
  });
});

describe("the directory edited by hand", () => {
  it("routes by an organization's new keywords at once, not after the router's cache expires", async () => {
    const e = await factories.episode({ status: "live" });
    const ask = async (text: string) => {
      const res = await fetch(`${server.url}/api/episodes/${e.id}/questions`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.url },
        body: JSON.stringify({ text, clientKey: randomUUID() }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const operator = await login(server.url, "tongdai1");
    const first = async (id: string) =>
      (
        (await (await get(server.url, `/api/questions/${id}/suggestions`, operator)).json()) as {
          routing: { code: string }[];
        }
      ).routing[0]?.code;
    const text = "Hỏi về chương trình Mái ấm công đoàn cho đoàn viên khó khăn năm nay";
    expect(await first(await ask(text))).not.toBe("SNV"); // and the router is now built and cached
    const org = await factories.db().organization.findUniqueOrThrow({ where: { code: "SNV" } });
    const res = await postForm(
      server.url,
      `/quan-tri/don-vi/${org.id}`,
      {
        code: org.code,
        name: org.name,
        shortName: org.shortName,
        kind: org.kind,
        parentId: org.parentId ?? "",
        email: org.email ?? "",
        phone: org.phone ?? "",
        keywords: `${org.keywords}\nmái ấm công đoàn*5`,
        active: "on",
      },
      admin,
    );
    expect(res.status).toBe(200);
    expect(await first(await ask(`${text}, xin hỏi thủ tục`))).toBe("SNV");
  });
});
