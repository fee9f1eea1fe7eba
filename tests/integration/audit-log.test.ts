/**
 * The audit log page (/quan-tri/nhat-ky): Vietnamese labels instead of codes, Vietnam time instead of UTC, and
 * its GET filters by person, days (in the profile's zone) and type, a page at a time.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "../../app/features/audit/index.ts";
import { factories } from "../helpers/factories.ts";
import { get, login } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const server = suiteServer();
let admin: string;
beforeAll(async () => {
  admin = await login(server.url, "admin");
});

/** The log's table as the page renders it (server side, as without JavaScript). */
async function table(query: string) {
  const res = await get(server.url, `/quan-tri/nhat-ky${query}`, admin);
  expect(res.status).toBe(200);
  const html = await res.text();
  const body = /<table[^>]*data-testid="audit"[^>]*>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
  const cells = [...body.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) =>
    m[1]
      .replace(/<[^>]+>/g, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
  const rows = (body.match(/<tr/g) ?? []).length - 1;
  const total = Number(/data-testid="audit-total"[^>]*>(\d+)/.exec(html)?.[1] ?? "-1");
  return { html, body, cells, rows, total };
}

const event = (over: { action: string; entity: string; at: Date; actorId?: string | null; after?: unknown }) =>
  factories.db().auditEvent.create({
    data: {
      actorId: over.actorId ?? null,
      actorLabel: "system",
      action: over.action,
      entity: over.entity,
      entityId: "x",
      after: over.after === undefined ? null : JSON.stringify(over.after),
      createdAt: over.at,
    },
  });

describe("the audit log", () => {
  it("shows labels and Vietnam time, never a raw code or a UTC timestamp", async () => {
    const user = await factories.db().user.findUniqueOrThrow({ where: { username: "admin" } });
    await factories.db().auditEvent.create({
      data: {
        actorId: user.id,
        actorLabel: "admin",
        action: "update",
        entity: "User",
        entityId: user.id,
        before: JSON.stringify({ role: "agency", lastLoginAt: "2030-01-02T03:04:05.000Z" }),
        after: JSON.stringify({ role: "operator", lastLoginAt: "2030-01-02T18:00:00.000Z" }),
        createdAt: new Date("2030-01-02T18:30:00.000Z"),
      },
    });
    // A code the labels do not know (an older record) and one of another form still show as words.
    await event({ action: "question.route", entity: "question", at: new Date("2030-01-02T18:31:00.000Z") });
    const { cells, body } = await table("?from=2030-01-02&to=2030-01-03");
    expect(cells.join(" | ")).toContain("Cập nhật");
    expect(cells).toContain("Người dùng");
    expect(cells.join(" ")).toContain("Vai trò: Cơ quan, đơn vị → Tổng đài viên");
    // 18:30 UTC is 01:30 the next day in Vietnam.
    expect(cells.join(" ")).toMatch(/01:30 03\/01\/2030|03\/01\/2030,? 01:30/);
    expect(cells).toContain("Thao tác khác");
    expect(cells).toContain("Đối tượng khác");
    expect(body).not.toContain("question.route");
    expect(body).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    for (const code of ["update", "User", "operator", "agency", "role", "lastLoginAt"])
      expect(cells).not.toContain(code);
  });

  it("shows a status as the words of its record's kind, never its code", async () => {
    const at = new Date("2029-06-04T05:00:00.000Z");
    const row = (entity: string, from: string, to: string) =>
      factories.db().auditEvent.create({
        data: {
          actorId: null,
          actorLabel: "system",
          action: "status",
          entity,
          entityId: "x",
          before: JSON.stringify({ status: from }),
          after: JSON.stringify({ status: to }),
          createdAt: at,
        },
      });
    await row("Question", "approved", "on_air");
    await row("Episode", "live", "ended");
    await row("Notice", "draft", "submitted");
    const { cells } = await table("?from=2029-06-04&to=2029-06-04");
    const text = cells.join(" | ");
    expect(text).toContain("Đã chọn đưa lên chương trình → Đang trao đổi trên sóng");
    expect(text).toContain("Đang phát trực tiếp → Đã phát sóng");
    expect(text).toContain("Dự thảo → Đã trình Thường trực");
    for (const code of ["approved", "on_air", "live", "ended", "draft", "submitted"])
      expect(text).not.toMatch(new RegExp(`\\b${code}\\b`));
  });

  it("names the thesaurus's changes in words: the record, the action, its kind, source and status", async () => {
    const { thesaurusUseCases } = await import("../../app/features/questions/index.server.ts");
    const { SYSTEM_ACTOR } = await import("../../app/platform/audit.server.ts");
    const seed = await factories.db().thesaurusEntry.findFirstOrThrow({ where: { source: "seed", kind: "synonym" } });
    await thesaurusUseCases.deleteEntry(SYSTEM_ACTOR, seed.id);
    await thesaurusUseCases.decideCandidate(SYSTEM_ACTOR, { a: "máy cày", b: "máy xới" }, true);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" }).format(new Date());
    const { cells } = await table(`?from=${today}&to=${today}`);
    const text = cells.join(" | ");
    expect(text).toContain("Nhóm từ trong từ điển");
    expect(text).toContain("Chấp nhận");
    expect(text).toContain("Loại: ∅ → Từ đồng nghĩa");
    expect(text).toContain("Nguồn: ∅ → Học từ thao tác gộp");
    expect(text).toContain("Trạng thái: Đang dùng → ∅");
    expect(text).toContain("Nguồn: Có sẵn → ∅");
    for (const code of ["ThesaurusEntry", "synonym", "learned", "active", "seedKey", "seedHash"])
      expect(text).not.toMatch(new RegExp(`\\b${code}\\b`));
  });

  it("labels every record and action of the demo's log", async () => {
    const { cells, rows } = await table("");
    expect(rows).toBeGreaterThan(10);
    const codes = new Set<string>([...AUDIT_ACTIONS, ...AUDIT_ENTITIES]);
    expect(cells.filter((c) => codes.has(c))).toEqual([]);
  });

  it("names the changed fields and the records they point to, never a field's code, a record's id or JSON", async () => {
    // The demo's whole log, as an admin reads it page after page.
    const first = await table("");
    const pages = Math.ceil(first.total / first.rows);
    expect(pages).toBeGreaterThan(0);
    const bodies = [first.body];
    for (let p = 2; p <= Math.min(pages, 10); p++) bodies.push((await table(`?page=${p}`)).body);
    // One line a change: "Label: before → after".
    const changes = bodies
      .join("\n")
      .replace(/<!-- -->/g, "")
      .replace(/<[^>]+>/g, "\n")
      .replace(/&amp;/g, "&")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .join("\n");
    // A field reads "Label : before → after"; the labels are words that start with a capital, a code does not.
    expect(
      [...changes.matchAll(/^([a-z][A-Za-z]*):/gm)].map((m) => m[1]),
      "a field's code",
    ).toEqual([]);
    expect(changes).toMatch(/^Trạng thái:/m);
    expect(changes.match(/\bc[a-z0-9]{24}\b/g) ?? [], "a record's id").toEqual([]);
    expect(changes.match(/\[\]|\{"/g) ?? [], "JSON").toEqual([]);
    // What an id stood for: the demo's episodes of a series, led by a committee; its notice of an episode.
    expect(changes).toMatch(/^Chuỗi chương trình: ∅ →\s*\S/m);
    expect(changes).toMatch(/^Chương trình: ∅ →\s*\S/m);
    expect(changes).toMatch(/^Ban chủ trì: ∅ →\s*Ban /m);
  });

  it("filters by days in the profile's zone, by type and by person, and keeps the filters across pages", async () => {
    // 2031-03-01 23:30 in Vietnam is 16:30 UTC; 2031-03-02 00:30 in Vietnam is 17:30 UTC of the 1st.
    await event({ action: "secret", entity: "Webhook", at: new Date("2031-03-01T16:30:00.000Z") });
    for (let i = 0; i < 55; i++)
      await event({ action: "secret", entity: "Webhook", at: new Date(Date.UTC(2031, 2, 1, 17, 30, i)) });
    await event({ action: "create", entity: "Series", at: new Date("2031-03-01T18:00:00.000Z") });

    const day1 = await table("?from=2031-03-01&to=2031-03-01");
    expect(day1.total).toBe(1);
    const day2 = await table("?from=2031-03-02&to=2031-03-02&entity=Webhook&action=secret");
    expect(day2.total).toBe(55);
    expect(day2.rows).toBe(50);
    // The next page's link keeps the filters.
    const next = /href="[^"?]*\?([^"]*page=2[^"]*)"/.exec(day2.html)?.[1].replaceAll("&amp;", "&") ?? "";
    expect(Object.fromEntries(new URLSearchParams(next))).toMatchObject({
      from: "2031-03-02",
      to: "2031-03-02",
      entity: "Webhook",
      action: "secret",
      page: "2",
    });
    const page2 = await table("?from=2031-03-02&to=2031-03-02&entity=Webhook&action=secret&page=2");
    expect(page2.rows).toBe(5);
    expect((await table("?from=2031-03-02&to=2031-03-02&entity=Series")).total).toBe(1);
    expect((await table("?from=2031-03-03")).total).toBe(0);

    // By person: a sign-in of the Standing Committee's account, and nobody else's.
    await login(server.url, "thuongtruc");
    const standing = await factories.db().user.findUniqueOrThrow({ where: { username: "thuongtruc" } });
    const mine = await table(`?person=${standing.id}&action=login`);
    expect(mine.total).toBeGreaterThanOrEqual(1);
    expect(new Set(mine.cells.filter((_, i) => i % 5 === 1))).toEqual(new Set(["Thường trực HĐND tỉnh"]));
    expect(new Set(mine.cells.filter((_, i) => i % 5 === 2))).toEqual(new Set(["Đăng nhập"]));
  });

  it("ignores filter values it does not know instead of failing", async () => {
    const res = await get(
      server.url,
      "/quan-tri/nhat-ky?from=hôm-qua&entity=<x>&action=drop&page=-4&person=%00",
      admin,
    );
    expect(res.status).toBe(200);
  });
});
