/**
 * The export writers on their own: a sheet with a deadline at Vietnam midnight (the previous day in UTC), a time,
 * a phone with its leading 0 and a formula-like text, written as CSV and XLSX and read back.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCsv, toXlsx, type Sheet, type SheetContext } from "./export-sheets.server.ts";

const TZ = "Asia/Ho_Chi_Minh";
// Midnight starting 1 July 2024 in Vietnam: 17:00 on 30 June in UTC.
const DUE = new Date("2024-06-30T17:00:00Z");
// 20:05 on 1 July 2024 in Vietnam: 13:05 UTC.
const AT = new Date("2024-07-01T13:05:00Z");
// 08:30 on 2 July 2024 in Vietnam: 01:30 UTC.
const NOW = new Date("2024-07-02T01:30:00Z");

const ctx: SheetContext = {
  council: "Hội đồng nhân dân tỉnh Thử",
  councilShort: "HĐND tỉnh",
  program: "Chương trình",
  generatedAt: NOW,
  timeZone: TZ,
  creator: "Lắng nghe",
};

const sheet: Sheet = {
  name: "Câu hỏi",
  title: "DANH SÁCH THỬ",
  filter: "Chương trình: Thử",
  columns: [
    { header: "STT", kind: "number" },
    { header: "Nội dung" },
    { header: "Điện thoại", kind: "phone" },
    { header: "Thời gian", kind: "datetime" },
    { header: "Thời hạn", kind: "date" },
    { header: "Số ngày quá hạn", kind: "number" },
  ],
  rows: [
    [1, '=HYPERLINK("http://x")', "0912345678", AT, DUE, 3],
    [2, "Nội dung dài ".repeat(20), "", null, null, null],
  ],
};

async function readXlsx(buf: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}

describe("toCsv", () => {
  const csv = toCsv(sheet, ctx);
  const lines = csv.slice(1).split("\r\n");

  it("is UTF-8 with a BOM and CRLF line ends", () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n/);
    expect(lines[0]).toBe("STT,Nội dung,Điện thoại,Thời gian,Thời hạn,Số ngày quá hạn");
  });

  it("writes the deadline's Vietnam day and times in Vietnam time, dd/mm/yyyy and dd/mm/yyyy HH:mm", () => {
    expect(lines[1]).toContain(",01/07/2024 20:05,01/07/2024,3");
    expect(csv).not.toContain("30/06/2024");
  });

  it("keeps the formula guard and writes the phone as a text formula", () => {
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines[1]).toContain(`"=""0912345678"""`);
    // A phone can carry nothing but digits, spaces, dots and +: never another formula.
    const evil = toCsv({ ...sheet, rows: [[1, "x", '0912"&HYPERLINK("http://x")&"', null, null, null]] }, ctx);
    expect(evil).not.toContain("HYPERLINK");
  });

  it("keeps the phone's leading 0 when LibreOffice Calc imports it (Vietnamese locale, special numbers)", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "ln-csv-unit-"));
    writeFileSync(path.join(dir, "q.csv"), csv, "utf8");
    execFileSync(
      "libreoffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--infilter=CSV:44,34,76,1,,1066,false,true",
        "q.csv",
      ],
      { cwd: dir, stdio: "ignore", timeout: 120_000 },
    );
    return (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(dir, "q.xlsx"));
      const v = wb.worksheets[0].getRow(2).getCell(3).value as { result?: unknown } | string;
      expect(typeof v === "object" && v ? v.result : v).toBe("0912345678");
      // The guarded text stays text, not a formula.
      expect(wb.worksheets[0].getRow(2).getCell(2).value).toBe(`'=HYPERLINK("http://x")`);
    })();
  }, 180_000);
});

describe("toXlsx", () => {
  it("writes real date cells holding the Vietnam day and wall-clock time", async () => {
    const ws = await readXlsx(await toXlsx(sheet, ctx));
    const row = ws.getRow(6);
    expect(row.getCell(5).value).toEqual(new Date(Date.UTC(2024, 6, 1)));
    expect(row.getCell(5).numFmt).toBe("dd/mm/yyyy");
    expect(row.getCell(4).value).toEqual(new Date(Date.UTC(2024, 6, 1, 20, 5)));
    expect(row.getCell(4).numFmt).toBe("dd/mm/yyyy hh:mm");
    expect(row.getCell(6).value).toBe(3);
    expect(row.getCell(1).value).toBe(1);
  });

  it("writes phones as text cells keeping the 0", async () => {
    const ws = await readXlsx(await toXlsx(sheet, ctx));
    const cell = ws.getRow(6).getCell(3);
    expect(cell.value).toBe("0912345678");
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe("@");
  });

  it("has the title rows: council, report, filter, generated at in Vietnam time", async () => {
    const ws = await readXlsx(await toXlsx(sheet, ctx));
    expect(ws.getRow(1).getCell(1).value).toBe("HỘI ĐỒNG NHÂN DÂN TỈNH THỬ");
    expect(ws.getRow(2).getCell(1).value).toBe("DANH SÁCH THỬ");
    expect(ws.getRow(3).getCell(1).value).toBe("Chương trình: Thử");
    expect(ws.getRow(4).getCell(1).value).toBe("Lập lúc 02/07/2024 08:30");
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual(sheet.columns.map((c) => c.header));
  });

  it("prints on A4 landscape fitted to the width, header frozen, filtered and repeated, text wrapped", async () => {
    const ws = await readXlsx(await toXlsx(sheet, ctx));
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe("5:5");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.autoFilter).toBe("A5:F5");
    expect(ws.getRow(7).getCell(2).alignment?.wrapText).toBe(true);
    expect(ws.getRow(5).getCell(2).alignment?.wrapText).toBe(true);
  });

  it("fits the columns to their content, within bounds", async () => {
    const ws = await readXlsx(await toXlsx(sheet, ctx));
    const widths = sheet.columns.map((_, i) => ws.getColumn(i + 1).width ?? 0);
    for (const w of widths) {
      expect(w).toBeGreaterThanOrEqual(8);
      expect(w).toBeLessThanOrEqual(60);
    }
    // The long text column reaches the bound; the date-time column holds "dd/mm/yyyy hh:mm".
    expect(widths[1]).toBe(60);
    expect(widths[3]).toBeGreaterThanOrEqual(16);
    expect(widths[2]).toBeGreaterThanOrEqual("0912345678".length);
  });
});
