/**
 * The directory import through the admin's page: the template's round trip, a preview that writes nothing,
 * the import (one transaction, audited), re-imports that update by code and retire what is left out,
 * places with former names, bad files refused with a field message, and the page refused to others.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { factories } from "../helpers/factories.ts";
import { get, login, postForm } from "../helpers/session.ts";
import { suiteServer } from "../helpers/suite.ts";

const PAGE = "/quan-tri/don-vi/nhap";
const ORG_HEADERS = [
  "Mã",
  "Tên đầy đủ",
  "Tên viết tắt",
  "Loại",
  "Mã cơ quan cấp trên",
  "Từ khóa thẩm quyền",
  "Thư điện tử",
  "Điện thoại",
];
const PLACE_HEADERS = ["Loại", "Tên", "Mã UBND", "Tên cũ"];

let admin: string;
const server = suiteServer();
beforeAll(async () => {
  admin = await login(server.url, "admin");
});

function upload(name: string, bytes: Buffer | string, cookie = admin, type = "application/octet-stream") {
  const form = new FormData();
  form.set("intent", "preview");
  form.set("file", new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], { type }), name);
  return fetch(server.url + PAGE, { method: "POST", body: form, headers: { cookie }, redirect: "manual" });
}
const confirm = (stageId: string, cookie = admin) => postForm(server.url, PAGE, { intent: "import", stageId }, cookie);
const stageIdOf = (html: string) => /name="stageId" value="([a-f0-9]{32})"/.exec(html)?.[1];

async function workbook(orgs: string[][] | null, places: string[][] | null, other?: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (other) wb.addWorksheet("Sheet1").addRows(other);
  if (orgs) wb.addWorksheet("Cơ quan").addRows([ORG_HEADERS, ...orgs]);
  if (places) wb.addWorksheet("Địa bàn").addRows([PLACE_HEADERS, ...places]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Every table the import touches, to show that a refused file changes nothing. */
async function state() {
  const db = factories.db();
  return JSON.stringify([
    await db.organization.findMany({ orderBy: { code: "asc" } }),
    await db.place.findMany({ orderBy: { name: "asc" } }),
    await db.auditEvent.count({ where: { entity: "Directory" } }),
  ]);
}

/** A sheet's data rows as text, the header left out. */
async function sheetRows(ws: ExcelJS.Worksheet) {
  const out: string[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push(Array.from({ length: 8 }, (_, i) => row.getCell(i + 1).text));
  });
  return out;
}

async function templateRows() {
  const res = await get(server.url, "/quan-tri/don-vi/mau.xlsx", admin);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  return wb;
}

const NEW_ORGS = [
  ["UBND-NK", "Ủy ban nhân dân phường Ninh Kiều", "UBND P. Ninh Kiều", "UBND địa phương", "UBND", "", "", ""],
  ["SO-MOI", "Sở Mới", "", "Sở, ngành", "KHONG-CO", "cấp nước*2; điện", "so.moi@example.vn", "0292 3 123 456"],
];
const PLACES = [
  ["phường", "Ninh Kiều", "UBND-NK", "phường Xuân Khánh; phường Tân An\nphường Thới Bình"],
  ["", "phường Cái Khế", "UBND-NK", ""],
];

describe("the directory import", () => {
  it("refuses the page, the template and the form to anyone but the admin", async () => {
    const standing = await login(server.url, "thuongtruc");
    expect((await get(server.url, PAGE, standing)).status).toBe(403);
    expect((await get(server.url, "/quan-tri/don-vi/mau.xlsx", standing)).status).toBe(403);
    expect((await get(server.url, "/quan-tri/dia-ban", standing)).status).toBe(403);
    const before = await state();
    const res = await upload("a.xlsx", await workbook(NEW_ORGS, null), standing);
    expect(res.status).toBe(403);
    expect(await state()).toBe(before);
  });

  it("gives a template that opens, explains itself, and comes back unchanged", async () => {
    const wb = await templateRows();
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Cơ quan", "Địa bàn", "Hướng dẫn"]);
    const orgs = wb.getWorksheet("Cơ quan")!;
    expect((orgs.getRow(1).values as string[]).slice(1)).toEqual(ORG_HEADERS);
    expect((wb.getWorksheet("Địa bàn")!.getRow(1).values as string[]).slice(1)).toEqual(PLACE_HEADERS);
    const active = await factories.db().organization.count({ where: { active: true } });
    expect(orgs.actualRowCount).toBe(active + 1);
    expect(orgs.getCell("D2").dataValidation).toMatchObject({ type: "list" });
    const res = await upload("mau.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('data-code="');
    expect(stageIdOf(html)).toBeTruthy();
    expect(html).toMatch(new RegExp(`data-count="unchanged">${active}<`));
  });

  it("shows a row error in the preview and writes nothing", async () => {
    const before = await state();
    const res = await upload("danh-ba.xlsx", await workbook(NEW_ORGS, PLACES));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-code="import.err.parent"');
    expect(html).toContain("Không có cơ quan mã KHONG-CO");
    expect(stageIdOf(html)).toBeUndefined();
    expect(await state()).toBe(before);
  });

  it("imports the fixed file: organizations, places with former names, one audit record", async () => {
    const db = factories.db();
    const active = await db.organization.count({ where: { active: true } });
    const demoPlaces = await db.place.count({ where: { active: true } });
    const fixed = NEW_ORGS.map((r) => (r[0] === "SO-MOI" ? [...r.slice(0, 4), "UBND", ...r.slice(5)] : r));
    const current = await sheetRows((await templateRows()).getWorksheet("Cơ quan")!);
    const preview = await (await upload("danh-ba.xlsx", await workbook([...current, ...fixed], PLACES))).text();
    const id = stageIdOf(preview)!;
    expect(id).toBeTruthy();
    const res = await confirm(id);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("Đã nhập danh bạ từ tệp danh-ba.xlsx");
    const nk = await db.organization.findUniqueOrThrow({ where: { code: "UBND-NK" }, include: { parent: true } });
    expect(nk).toMatchObject({ kind: "local", parent: { code: "UBND" }, active: true });
    const moi = await db.organization.findUniqueOrThrow({ where: { code: "SO-MOI" } });
    expect(moi).toMatchObject({ shortName: "Sở Mới", keywords: "cấp nước*2\nđiện", phone: "02923123456" });
    // The file's places sheet is the whole territory now: the demo's places are retired, not deleted.
    expect(await db.place.count({ where: { active: false } })).toBe(demoPlaces);
    const places = await db.place.findMany({ where: { active: true }, orderBy: { name: "asc" } });
    expect(places.map((p) => [p.kind, p.name, p.organizationId, p.formerNames])).toEqual([
      ["phuong", "Cái Khế", nk.id, ""],
      ["phuong", "Ninh Kiều", nk.id, "phường Xuân Khánh\nphường Tân An\nphường Thới Bình"],
    ]);
    expect(await db.organization.count({ where: { active: true } })).toBe(active + 2);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entity: "Directory", action: "import", actorLabel: "admin" },
    });
    expect(JSON.parse(audit.after!)).toMatchObject({
      fileName: "danh-ba.xlsx",
      counts: {
        organizations: { new: 2, updated: 0, unchanged: active, retired: 0 },
        places: { new: 2, retired: demoPlaces },
      },
    });
    // The staged file is used once.
    expect((await confirm(id)).status).toBe(422);
    const list = await (await get(server.url, "/quan-tri/dia-ban", admin)).text();
    expect(list).toContain("phường Ninh Kiều");
    expect(list).toContain("phường Xuân Khánh; phường Tân An; phường Thới Bình");
  });

  it("re-imports by code without duplicates, re-activates, and retires what is left out, keeping history", async () => {
    const db = factories.db();
    const all = await db.organization.findMany({ orderBy: { code: "asc" }, include: { parent: true } });
    const retired = await db.organization.findUniqueOrThrow({ where: { code: "SLDTBXH" } });
    const routed = await db.question.count({ where: { agencyId: retired.id } });
    const csvRows = all
      .filter((o) => o.code !== "SLDTBXH")
      .map((o) => [
        o.code,
        o.code === "STC" ? "Sở Tài chính (mới)" : o.name,
        o.shortName,
        o.kind,
        o.parent?.code ?? "",
      ]);
    const csv = [["code", "name", "shortName", "kind", "parent"], ...csvRows]
      .map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(";"))
      .join("\r\n");
    const html = await (await upload("co-quan.csv", `\uFEFF${csv}`)).text();
    expect(html).toContain('data-code="import.warn.busy"');
    const res = await confirm(stageIdOf(html)!);
    expect(res.status).toBe(200);
    expect(await db.organization.count()).toBe(all.length);
    expect((await db.organization.findUniqueOrThrow({ where: { code: "STC" } })).name).toBe("Sở Tài chính (mới)");
    const after = await db.organization.findUniqueOrThrow({ where: { id: retired.id }, include: { users: true } });
    expect(after.active).toBe(false);
    expect(after.users.map((u) => u.username)).toContain("so.ldtbxh");
    expect(await db.question.count({ where: { agencyId: retired.id } })).toBe(routed);
    expect(await db.organization.count({ where: { active: true } })).toBe(all.length - 1);
    // Places were not in the CSV: left as they were.
    expect(await db.place.count({ where: { active: true } })).toBe(2);
  });

  it("refuses a place whose UBND the same file retires", async () => {
    const before = await state();
    const html = await (
      await upload("x.xlsx", await workbook([NEW_ORGS[0]], [["xã", "Vị Thủy", "UBND-VITHUY", ""]]))
    ).text();
    expect(html).toContain('data-code="import.err.ubndRetired"');
    expect(await state()).toBe(before);
  });

  it("keeps a staged file for its uploader only, and re-plans it at the confirmation", async () => {
    const places = [["xã", "Vị Thủy", "UBND-VITHUY", "xã Vị Thắng"]];
    const id = stageIdOf(await (await upload("dia-ban.xlsx", await workbook(null, places))).text())!;
    expect(id).toBeTruthy();
    const other = await factories.user("admin");
    const otherCookie = await login(server.url, other.username, other.password);
    const stolen = await confirm(id, otherCookie);
    expect(stolen.status).toBe(422);
    expect(await stolen.text()).toContain("import.file.expired");
    // Meanwhile the UBND was retired: the confirmation shows the row error instead, and writes nothing.
    const db = factories.db();
    await db.organization.update({ where: { code: "UBND-VITHUY" }, data: { active: false } });
    const before = await state();
    const html = await (await confirm(id)).text();
    expect(html).toContain('data-code="import.err.ubndRetired"');
    expect(html).not.toContain("Đã nhập danh bạ");
    expect(await state()).toBe(before);
    await db.organization.update({ where: { code: "UBND-VITHUY" }, data: { active: true } });
  });

  it("forgets a staged file after an hour", async () => {
    const id = stageIdOf(
      await (await upload("mau.xlsx", await workbook(null, [["xã", "A", "UBND-VITHUY", ""]]))).text(),
    )!;
    const meta = path.join(server.dataDir, "uploads", ".imports", `${id}.json`);
    const staged = JSON.parse(readFileSync(meta, "utf8"));
    writeFileSync(meta, JSON.stringify({ ...staged, at: Date.now() - 61 * 60_000 }));
    const before = await state();
    const res = await confirm(id);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain("import.file.expired");
    expect(await state()).toBe(before);
  });

  it("refuses bad files with a clear message and changes nothing", async () => {
    const before = await state();
    const cases: [string, Buffer | string, string, number][] = [
      ["ban.xlsx", Buffer.from("%PDF-1.4\n1 0 obj\n"), "import.file.type", 422],
      ["anh.xlsx", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), "import.file.type", 422],
      ["hong.xlsx", Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.alloc(200, 7)]), "import.file.corrupt", 422],
      ["rong.csv", "", "import.file.empty", 422],
      ["trong.csv", "Mã,Tên đầy đủ,Loại\n", "import.file.empty", 422],
      ["sai.csv", "foo,bar\n1,2\n", "import.file.headers", 422],
      ["thieu.csv", "Mã,Tên\nA,B\n", "import.file.headers", 422],
      ["tai-lieu.docx", await workbook(NEW_ORGS, null), "import.file.type", 422],
      ["khac.xlsx", await workbook(null, null, [["Họ tên", "Điện thoại"]]), "import.file.noTable", 422],
    ];
    for (const [name, bytes, code, status] of cases) {
      const res = await upload(name, bytes);
      expect(res.status, name).toBe(status);
      expect(await res.text(), name).toContain(code);
    }
    expect(await state()).toBe(before);
  });

  it("refuses a 50,000-row file quickly, CSV or XLSX", async () => {
    const before = await state();
    const rows = Array.from({ length: 50_000 }, (_, i) => [
      `C${i}`,
      `Cơ quan ${i}`,
      `CQ ${i}`,
      "department",
      "",
      "",
      "",
      "",
    ]);
    const csv = [ORG_HEADERS, ...rows].map((r) => r.join(",")).join("\n");
    const xlsx = await workbook(rows, null);
    for (const [name, bytes] of [
      ["lon.csv", csv],
      ["lon.xlsx", xlsx],
    ] as const) {
      const t0 = Date.now();
      const res = await upload(name, bytes);
      expect(res.status, name).toBe(422);
      expect(await res.text()).toContain("import.file.tooManyRows");
      expect(Date.now() - t0, name).toBeLessThan(5000);
    }
    expect(await state()).toBe(before);
  });

  it("refuses a file over the upload limit and a confirmation with an unknown id", async () => {
    const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
    const res = await upload("lon.csv", big);
    expect(res.status).toBe(413);
    const bogus = await confirm("0".repeat(32));
    expect(bogus.status).toBe(422);
    expect(await bogus.text()).toContain("import.file.expired");
  });
});
