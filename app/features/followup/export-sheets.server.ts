/**
 * The CSV and XLSX writers of the exports. A sheet is typed columns and rows of values: dates and times are
 * instants, written in the profile's time zone (as real date cells in XLSX, dd/mm/yyyy and dd/mm/yyyy HH:mm);
 * phone numbers are text, so their leading 0 stays. XLSX: A4 landscape fitted to the page width, title rows
 * (council, report, filter, generated at), a frozen header with an autofilter, wrapped text, widths that fit,
 * the header repeated on every printed page. CSV: UTF-8 with a BOM and CRLF, formula-like cells neutralised.
 */
import { vnDateString, zonedParts } from "../../platform/time.ts";

export type ColumnKind = "text" | "date" | "datetime" | "number" | "phone";
export type Column = { header: string; kind?: ColumnKind; width?: number };
export type Cell = string | number | Date | null | undefined;
export type Sheet = {
  /** The worksheet's name (≤ 31 characters). */
  name: string;
  /** The report's name, the title row. */
  title: string;
  /** The filter in words ("Chương trình: …; Cơ quan: …"), or "". */
  filter: string;
  columns: Column[];
  rows: Cell[][];
};
export type SheetContext = {
  council: string;
  councilShort: string;
  program: string;
  generatedAt: Date;
  timeZone: string;
  creator: string;
};

/** An instant's wall-clock value in `tz`, as a Date whose UTC fields are those local fields (Excel has no zone). */
function wallClock(d: Date, tz: string, withTime: boolean): Date {
  const p = zonedParts(d, tz);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, withTime ? p.hour : 0, withTime ? p.minute : 0));
}

/** "05/02/2024 20:05": a time in `tz` as Vietnamese offices write it (the XLSX cells' format too). */
function dateTimeText(d: Date, tz: string): string {
  const p = zonedParts(d, tz);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(p.day)}/${two(p.month)}/${p.year} ${two(p.hour)}:${two(p.minute)}`;
}

/** A cell as text, the way CSV and the width estimate see it. */
export function cellText(v: Cell, kind: ColumnKind | undefined, tz: string): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return kind === "datetime" ? dateTimeText(v, tz) : vnDateString(v, tz);
  return String(v);
}

export function toCsv(sheet: Sheet, ctx: SheetContext): string {
  const quote = (s: string) => (/[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  // Cells that a spreadsheet would run as a formula are neutralised with a leading apostrophe.
  const esc = (s: string) => quote(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
  // A phone number as a text formula, ="0912…": Excel and Calc show 0912…, the leading 0 kept. Only digits,
  // spaces, dots and a leading + go in, so it can never be anything but that string. The other forms fail in
  // Calc's CSV import (tested): '0912… keeps the apostrophe visible, a leading tab stays in the cell as a tab.
  const phone = (s: string) => (s ? quote(`="${s.replace(/[^0-9+. ]/g, "")}"`) : "");
  const line = (cells: string[]) => cells.join(",");
  const rows = sheet.rows.map((r) =>
    line(
      sheet.columns.map((c, i) => {
        const s = cellText(r[i], c.kind, ctx.timeZone);
        return c.kind === "phone" ? phone(s) : esc(s);
      }),
    ),
  );
  return "\uFEFF" + [line(sheet.columns.map((c) => esc(c.header))), ...rows].join("\r\n") + "\r\n";
}

const TITLE_ROWS = 4;

export async function toXlsx(sheet: Sheet, ctx: SheetContext): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = ctx.creator;
  wb.title = `${ctx.program} · ${ctx.councilShort}: ${sheet.name}`;
  const ws = wb.addWorksheet(sheet.name.slice(0, 31), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  const n = sheet.columns.length;
  const titles = [
    ctx.council.toUpperCase(),
    sheet.title,
    sheet.filter,
    `Lập lúc ${dateTimeText(ctx.generatedAt, ctx.timeZone)}`,
  ];
  titles.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = { name: "Times New Roman", bold: i < 2, italic: i >= 2, size: i === 1 ? 14 : 12 };
    row.getCell(1).alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    if (n > 1) ws.mergeCells(i + 1, 1, i + 1, n);
  });
  const headerRow = ws.getRow(TITLE_ROWS + 1);
  sheet.columns.forEach((c, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: "Times New Roman", bold: true, size: 11 };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    cell.border = {
      top: { style: "thin" },
      bottom: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
    };
  });
  sheet.rows.forEach((r, ri) => {
    const row = ws.getRow(TITLE_ROWS + 2 + ri);
    sheet.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = r[i];
      if (v instanceof Date) {
        cell.value = wallClock(v, ctx.timeZone, c.kind === "datetime");
        cell.numFmt = c.kind === "datetime" ? "dd/mm/yyyy hh:mm" : "dd/mm/yyyy";
      } else if (c.kind === "phone" || c.kind === "text" || c.kind === undefined) {
        cell.value = v === null || v === undefined ? "" : String(v);
        cell.numFmt = "@";
      } else cell.value = v ?? null;
      cell.font = { name: "Times New Roman", size: 11 };
      cell.alignment = { vertical: "top", wrapText: true };
      cell.border = {
        top: { style: "thin" },
        bottom: { style: "thin" },
        left: { style: "thin" },
        right: { style: "thin" },
      };
    });
  });
  // Widths that fit: the longest line of the header or a cell, between 8 and 60 characters.
  ws.columns.forEach((col, i) => {
    const c = sheet.columns[i];
    const longest = Math.max(
      ...c.header.split(" ").map((w) => w.length + 2),
      ...sheet.rows.map((r) => cellText(r[i], c.kind, ctx.timeZone).length + 2),
    );
    col.width = c.width ?? Math.min(60, Math.max(8, longest, c.kind === "datetime" ? 17 : c.kind === "date" ? 12 : 0));
  });
  ws.views = [{ state: "frozen", ySplit: TITLE_ROWS + 1 }];
  ws.autoFilter = { from: { row: TITLE_ROWS + 1, column: 1 }, to: { row: TITLE_ROWS + 1, column: Math.max(1, n) } };
  ws.pageSetup.printTitlesRow = `${TITLE_ROWS + 1}:${TITLE_ROWS + 1}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
