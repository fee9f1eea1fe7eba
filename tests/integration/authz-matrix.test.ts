/**
 * Authorization matrix: every staff route of the built app, for every role,
 * must be listed here with its expected outcome. A new staff route without
 * an entry, or a route whose guard was forgotten, fails this test.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../app/platform/permissions.ts";
import { factories } from "../helpers/factories.ts";
import { ROOT } from "../helpers/server.ts";
import { get, login, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

type Who = Role | "anonymous";
const ALL: Role[] = [...ROLES];
const only = (...roles: Role[]) => roles;

/** GET: the roles that may open each staff page; all others get 403 (anonymous: redirect to login). */
const PAGES: Record<string, Role[]> = {
  "/quan-tri": ALL,
  "/quan-tri/chuong-trinh": ALL,
  "/quan-tri/chuong-trinh/:id": ALL,
  "/quan-tri/chuong-trinh/:id/bao-cao": ALL,
  "/quan-tri/chuong-trinh/:id/tiep-nhan": only("admin", "standing", "committee", "operator"),
  "/quan-tri/chuong-trinh/:id/truong-quay": only("admin", "standing", "committee", "operator"),
  "/quan-tri/chuong-trinh/:id/dan-chuong-trinh": only("admin", "standing", "committee", "operator"),
  "/quan-tri/kenh": only("admin"),
  "/quan-tri/webhook": only("admin"),
  "/quan-tri/webhook/:id": only("admin"),
  "/quan-tri/gui-tin": only("admin"),
  "/quan-tri/chuong-trinh/:id/ket-luan": only("admin", "standing", "committee"),
  "/quan-tri/hop-thu": only("admin", "agency"),
  "/quan-tri/bao-cao": only("admin", "standing", "committee"),
  "/quan-tri/bao-cao/:file": only("admin", "standing", "committee"),
  "/quan-tri/hop-thu/:id": only("admin", "agency"),
  "/quan-tri/chuan-bi": ALL,
  "/quan-tri/ke-hoach": only("admin", "standing"),
  "/quan-tri/ke-hoach/:id": only("admin", "standing"),
  "/quan-tri/don-vi": only("admin"),
  "/quan-tri/don-vi/:id": only("admin"),
  "/quan-tri/don-vi/nhap": only("admin"),
  "/quan-tri/don-vi/mau.xlsx": only("admin"),
  "/quan-tri/dia-ban": only("admin"),
  "/quan-tri/nguoi-dung": only("admin"),
  "/quan-tri/nguoi-dung/:id": only("admin"),
  "/quan-tri/nhat-ky": only("admin", "standing"),
  "/quan-tri/ho-so": only("admin"),
  "/quan-tri/tu-dien": only("admin"),
  "/quan-tri/thong-bao": ALL,
  "/tai-khoan": ALL,
};

const cookies: Partial<Record<Role, string>> = {};
const ids: Record<string, string> = {};

const server = suiteServer();
beforeAll(async () => {
  // The demo accounts: committee ban.vhxh (BVHXH), agency so.ldtbxh (SLDTBXH).
  const usernames: Record<Role, string> = {
    admin: "admin",
    standing: "thuongtruc",
    committee: "ban.vhxh",
    operator: "tongdai1",
    agency: "so.ldtbxh",
  };
  for (const r of ROLES) cookies[r] = await login(server.url, usernames[r]);
  const ep = await factories.episode({ leadCommittee: "BVHXH" });
  ids.episode = ep.id;
  // A survey report file, uploaded by the admin through the real form.
  const form = new FormData();
  form.set("intent", "survey-upload");
  form.set("file", new File([Buffer.from("%PDF-1.4\n% test\n")], "bao-cao-khao-sat.pdf", { type: "application/pdf" }));
  const up = await fetch(`${server.url}/quan-tri/chuong-trinh/${ep.id}`, {
    method: "POST",
    body: form,
    headers: { cookie: cookies.admin! },
  });
  expect(up.status).toBe(200);
  ids.series = (await factories.db().series.findFirstOrThrow()).id;
  ids.org = await factories.orgId("SCT");
  ids.user = (await factories.db().user.findFirstOrThrow({ where: { username: "tongdai2" } })).id;
  ids.webhook = (
    await factories.db().webhook.create({
      data: { name: "Cổng SMS", url: "https://sms.example.vn/hook", secret: "whsec_authz", active: false },
    })
  ).id;
  // A question routed to the agency account's organization (Sở LĐ-TB&XH).
  const live = await factories.episode({ status: "live" });
  const q = await fetch(`${server.url}/api/episodes/${live.id}/questions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: "Câu hỏi chuyển Sở LĐ-TB&XH để kiểm tra quyền", clientKey: "authz-matrix-routed-1" }),
  }).then((r) => r.json());
  const routed = await fetch(`${server.url}/api/questions/${q.id}/actions`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: cookies.operator! },
    body: JSON.stringify({ action: "route", version: 1, agencyId: await factories.orgId("SLDTBXH") }),
  });
  expect(routed.status).toBe(200);
  ids.question = q.id;
});

function concrete(pattern: string): string {
  return pattern
    .replace("/chuong-trinh/:id", `/chuong-trinh/${ids.episode}`)
    .replace("/ke-hoach/:id", `/ke-hoach/${ids.series}`)
    .replace("/don-vi/:id", `/don-vi/${ids.org}`)
    .replace("/nguoi-dung/:id", `/nguoi-dung/${ids.user}`)
    .replace("/hop-thu/:id", `/hop-thu/${ids.question}`)
    .replace("/webhook/:id", `/webhook/${ids.webhook}`)
    .replace("/bao-cao/:file", "/bao-cao/cau-hoi.csv");
}

async function staffRoutesOfBuild(): Promise<string[]> {
  const build = await import(pathToFileURL(path.join(ROOT, "build", "index.js")).href);
  const routes = build.routes as Record<string, { path?: string; parentId?: string; index?: boolean }>;
  const full = (id: string): string => {
    const r = routes[id];
    const parent = r.parentId && r.parentId !== "root" ? full(r.parentId) : "";
    return r.path ? `${parent}/${r.path}` : parent;
  };
  return Object.keys(routes)
    .filter((id) => id !== "root")
    .map(full)
    .filter((p) => p.startsWith("/quan-tri") || p === "/tai-khoan")
    .map((p) => p.replace(/\$(\w+)/g, ":$1"));
}

describe("authorization matrix", () => {
  it("lists every staff route of the app", async () => {
    const built = [...new Set(await staffRoutesOfBuild())].sort();
    expect(built).toEqual(Object.keys(PAGES).sort());
  });

  for (const [pattern, allowed] of Object.entries(PAGES)) {
    for (const who of ["anonymous", ...ROLES] as Who[]) {
      const expected = who === "anonymous" ? 302 : allowed.includes(who) ? 200 : 403;
      it(`GET ${pattern} as ${who} → ${expected}`, async () => {
        const res = await get(server.url, concrete(pattern), who === "anonymous" ? undefined : cookies[who]);
        expect(res.status).toBe(expected);
        if (expected === 302) expect(res.headers.get("location")).toMatch(/^\/dang-nhap\?redirectTo=/);
      });
    }
  }

  it("lets a committee edit only the episodes its Ban leads", async () => {
    const own = await factories.episode({ leadCommittee: "BVHXH" });
    const other = await factories.episode({ leadCommittee: "BKTNS" });
    const series = ids.series;
    const body = (leadCommitteeId: string) => ({
      intent: "save",
      seriesId: series,
      topic: "Chủ đề đã sửa",
      leadCommitteeId,
      startsAt: "2030-01-01T20:00",
      durationMinutes: "60",
    });
    const bvhxh = await factories.orgId("BVHXH");
    const bktns = await factories.orgId("BKTNS");
    expect(
      (await postForm(server.url, `/quan-tri/chuong-trinh/${own.id}`, body(bvhxh), cookies.committee)).status,
    ).toBe(200);
    expect(
      (await postForm(server.url, `/quan-tri/chuong-trinh/${other.id}`, body(bktns), cookies.committee)).status,
    ).toBe(403);
    // Nor hand its own episode to another Ban.
    expect(
      (await postForm(server.url, `/quan-tri/chuong-trinh/${own.id}`, body(bktns), cookies.committee)).status,
    ).toBe(403);
    expect(
      (
        await postForm(
          server.url,
          `/quan-tri/chuong-trinh/${other.id}`,
          { intent: "status", status: "live" },
          cookies.committee,
        )
      ).status,
    ).toBe(403);
    expect(
      (
        await postForm(
          server.url,
          `/quan-tri/chuong-trinh/${own.id}`,
          { intent: "status", status: "live" },
          cookies.committee,
        )
      ).status,
    ).toBe(200);
    expect(
      (await postForm(server.url, `/quan-tri/chuong-trinh/${other.id}`, body(bktns), cookies.operator)).status,
    ).toBe(403);
    expect(
      (await postForm(server.url, `/quan-tri/chuong-trinh/${other.id}`, body(bktns), cookies.standing)).status,
    ).toBe(200);
    expect((await postForm(server.url, "/quan-tri/chuong-trinh/moi", body(bktns), cookies.committee)).status).toBe(403);
    expect((await postForm(server.url, "/quan-tri/chuong-trinh/moi", body(bktns), cookies.agency)).status).toBe(403);
  });

  it("lets agency staff tick only the preparation steps assigned to their organization", async () => {
    const ep = await factories.episode({ leadCommittee: "BVHXH" });
    const items = await factories
      .db()
      .checklistItem.findMany({ where: { episodeId: ep.id }, orderBy: { position: "asc" } });
    await factories
      .db()
      .checklistItem.update({ where: { id: items[0].id }, data: { ownerOrgId: await factories.orgId("SLDTBXH") } });
    const tick = (id: string) =>
      postForm(server.url, "/quan-tri/chuan-bi", { intent: "checklist-toggle", id, done: "true" }, cookies.agency);
    expect((await tick(items[0].id)).status).toBe(200);
    expect((await tick(items[1].id)).status).toBe(403);
    expect((await factories.db().checklistItem.findUniqueOrThrow({ where: { id: items[0].id } })).done).toBe(true);
    expect((await factories.db().checklistItem.findUniqueOrThrow({ where: { id: items[1].id } })).done).toBe(false);
    // The agency may not add or remove steps.
    expect(
      (
        await postForm(
          server.url,
          `/quan-tri/chuong-trinh/${ep.id}`,
          { intent: "checklist-add", title: "Việc mới" },
          cookies.agency,
        )
      ).status,
    ).toBe(403);
  });

  it("keeps a Ban's studio screen to its own episodes, and the triage API to triage roles", async () => {
    const other = await factories.episode({ leadCommittee: "BKTNS", status: "live" });
    for (const screen of ["truong-quay", "dan-chuong-trinh"])
      expect((await get(server.url, `/quan-tri/chuong-trinh/${other.id}/${screen}`, cookies.committee)).status).toBe(
        403,
      );
    const q = await fetch(`${server.url}/api/episodes/${other.id}/questions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "Câu hỏi để kiểm tra quyền xử lý", clientKey: "authz-matrix-key-1" }),
    }).then((r) => r.json());
    const act = (cookie?: string) =>
      fetch(`${server.url}/api/questions/${q.id}/actions`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ action: "approve", version: 1 }),
      });
    expect((await act()).status).toBe(401);
    expect((await act(cookies.agency)).status).toBe(403);
    expect((await act(cookies.committee)).status).toBe(403); // BVHXH may not triage a BKTNS episode
    expect(
      (await fetch(`${server.url}/api/episodes/${other.id}/questions`, { headers: { cookie: cookies.agency! } }))
        .status,
    ).toBe(403);
    expect((await act(cookies.operator)).status).toBe(200);
  });

  it("refuses every admin-only action to other roles", async () => {
    for (const who of ["standing", "committee", "operator", "agency"] as Role[]) {
      const c = cookies[who];
      expect(
        (
          await postForm(
            server.url,
            "/quan-tri/nguoi-dung/moi",
            { username: "x.y", displayName: "X", role: "admin", password: "long-password-1" },
            c,
          )
        ).status,
      ).toBe(403);
      expect(
        (
          await postForm(
            server.url,
            "/quan-tri/don-vi/moi",
            { code: "NEW", name: "N", shortName: "N", kind: "agency" },
            c,
          )
        ).status,
      ).toBe(403);
      expect((await postForm(server.url, "/quan-tri/don-vi/nhap", { intent: "import", stageId: "x" }, c)).status).toBe(
        403,
      );
    }
    expect(await factories.db().user.count({ where: { username: "x.y" } })).toBe(0);
  });
});
