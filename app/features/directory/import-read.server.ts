/**
 * Reads a directory file (XLSX with the sheets "Cơ quan" and "Địa bàn", or a CSV holding one of the two
 * tables) into rows, refusing what it cannot read with a DirectoryFileError. A workbook's sheets are
 * counted in its XML before the workbook is loaded, so a 50,000-row file is refused in a moment.
 */
import JSZip from "jszip";
import { getConfig } from "../../platform/config.server.ts";
import { InvalidInput } from "../../platform/errors.ts";
import {
  MAX_IMPORT_ROWS,
  matchHeaders,
  parseCsv,
  rowOf,
  type DirectoryRows,
  type OrgRow,
  type PlaceRow,
} from "./import-rows.ts";

export type DirectoryFileReason =
  | "import.file.empty"
  | "import.file.type"
  | "import.file.corrupt"
  | "import.file.tooManyRows"
  | "import.file.noTable"
  | "import.file.headers"
  | "import.file.twice"
  | "err.fileSize";

/** A file that cannot be read: a 422 (413 for size) with the reason as the `file` field's error. */
export class DirectoryFileError extends InvalidInput {
  constructor(
    public reason: DirectoryFileReason,
    status = 422,
  ) {
    super({ file: [reason] }, status);
  }
}

/** The most a sheet's XML may grow to once unzipped (a zip bomb is refused before it is inflated). */
const MAX_SHEET_XML = 64 * 1024 * 1024;

type Table = { table: "organizations" | "places"; header: string[]; rows: { row: number; cells: string[] }[] };

export async function readDirectoryFile(file: { name: string; bytes: Buffer }): Promise<DirectoryRows> {
  const { name, bytes } = file;
  if (bytes.length === 0) throw new DirectoryFileError("import.file.empty");
  if (bytes.length > getConfig().uploadMaxBytes) throw new DirectoryFileError("err.fileSize", 413);
  const lower = name.toLowerCase();
  const zip = bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50;
  let tables: Table[];
  if (lower.endsWith(".xlsx") && zip) tables = await readXlsx(bytes);
  else if (lower.endsWith(".csv") && !zip) tables = [readCsv(bytes)];
  else throw new DirectoryFileError("import.file.type");
  return toRows(tables);
}

function toRows(tables: Table[]): DirectoryRows {
  const out: DirectoryRows = { organizations: null, places: null };
  for (const t of tables) {
    const m = matchHeaders(t.header)!;
    if (m.missing.length) throw new DirectoryFileError("import.file.headers");
    if (out[t.table]) throw new DirectoryFileError("import.file.twice");
    const rows = t.rows
      .filter((r) => r.cells.some((c) => c.trim() !== ""))
      .map((r) => ({ row: r.row, ...rowOf(r.cells, m.index) }));
    if (rows.length === 0) continue; // a table with its header only is left as it is
    if (t.table === "organizations") out.organizations = rows.map(orgRow);
    else out.places = rows.map(placeRow);
  }
  if (!out.organizations && !out.places) throw new DirectoryFileError("import.file.empty");
  return out;
}

const orgRow = (r: Record<string, string | number>): OrgRow => ({
  row: r.row as number,
  code: String(r.code ?? ""),
  name: String(r.name ?? ""),
  shortName: String(r.shortName ?? ""),
  kind: String(r.kind ?? ""),
  parent: String(r.parent ?? ""),
  keywords: String(r.keywords ?? ""),
  email: String(r.email ?? ""),
  phone: String(r.phone ?? ""),
});
const placeRow = (r: Record<string, string | number>): PlaceRow => ({
  row: r.row as number,
  kind: String(r.kind ?? ""),
  name: String(r.name ?? ""),
  ubnd: String(r.ubnd ?? ""),
  formerNames: String(r.formerNames ?? ""),
});

function readCsv(bytes: Buffer): Table {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DirectoryFileError("import.file.type");
  }
  if (text.includes("\u0000")) throw new DirectoryFileError("import.file.type");
  const { records, more } = parseCsv(text, MAX_IMPORT_ROWS + 1);
  if (more) throw new DirectoryFileError("import.file.tooManyRows");
  const [header = [], ...rest] = records;
  const m = matchHeaders(header);
  if (!m) throw new DirectoryFileError("import.file.headers");
  return { table: m.table, header, rows: rest.map((cells, i) => ({ row: i + 2, cells })) };
}

/** Rows with at least one value in a sheet's XML, counted without loading the workbook. */
async function checkSheetSizes(bytes: Buffer) {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DirectoryFileError("import.file.corrupt");
  }
  const sheets = zip.file(/^xl\/worksheets\/[^/]+\.xml$/);
  if (!zip.file("xl/workbook.xml") || sheets.length === 0) throw new DirectoryFileError("import.file.corrupt");
  for (const f of sheets) {
    const size = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
    if (size > MAX_SHEET_XML) throw new DirectoryFileError("import.file.tooManyRows");
    let xml: string;
    try {
      xml = await f.async("string");
    } catch {
      throw new DirectoryFileError("import.file.corrupt");
    }
    let rows = 0;
    for (const m of xml.matchAll(/<row\b[^>]*?(?:\/>|>([\s\S]*?)<\/row>)/g))
      if (m[1] && /<v>|<is>/.test(m[1]) && ++rows > MAX_IMPORT_ROWS + 1)
        throw new DirectoryFileError("import.file.tooManyRows");
  }
}

async function readXlsx(bytes: Buffer): Promise<Table[]> {
  await checkSheetSizes(bytes);
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DirectoryFileError("import.file.corrupt");
  }
  const tables: Table[] = [];
  for (const ws of wb.worksheets) {
    const width = Math.min(ws.columnCount, 50);
    const cellsOf = (r: number) => {
      const row = ws.getRow(r);
      return Array.from({ length: width }, (_, i) => String(row.getCell(i + 1).text ?? ""));
    };
    const header = cellsOf(1);
    const m = matchHeaders(header);
    if (!m) continue; // the guide, or a sheet of the admin's own
    const rows: Table["rows"] = [];
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      if (n > 1) rows.push({ row: n, cells: cellsOf(n) });
    });
    if (rows.length > MAX_IMPORT_ROWS) throw new DirectoryFileError("import.file.tooManyRows");
    tables.push({ table: m.table, header, rows });
  }
  if (tables.length === 0) throw new DirectoryFileError("import.file.noTable");
  return tables;
}
