/**
 * The directory file's contract, client-safe: its two tables, their columns (Vietnamese headers, with
 * English ones accepted), the row limit, and the pure readings shared by the parser and the plan:
 * headers and kinds compared without case or diacritics, lists split on ";" or new lines, CSV.
 */
import { foldVi } from "../../platform/text.ts";
import { ORG_KINDS, PLACE_KINDS, PLACE_KIND_WORD, type PlaceKind } from "./kinds.ts";

/** Data rows per sheet at most; a larger file is refused before anything is loaded. */
export const MAX_IMPORT_ROWS = 5000;

export const ORG_SHEET = "Cơ quan";
export const PLACE_SHEET = "Địa bàn";
export const GUIDE_SHEET = "Hướng dẫn";
export type SheetName = typeof ORG_SHEET | typeof PLACE_SHEET;

/** One organization row as read: trimmed cells, validated by the plan. `row` is the row number in Excel. */
export type OrgRow = {
  row: number;
  code: string;
  name: string;
  shortName: string;
  kind: string;
  parent: string;
  keywords: string;
  email: string;
  phone: string;
};
export type PlaceRow = { row: number; kind: string; name: string; ubnd: string; formerNames: string };
/** A table the file does not have is null: only the tables present are changed. */
export type DirectoryRows = { organizations: OrgRow[] | null; places: PlaceRow[] | null };

type Column<F extends string> = { field: F; header: string; en: string; required?: boolean };
export const ORG_COLUMNS: Column<Exclude<keyof OrgRow, "row">>[] = [
  { field: "code", header: "Mã", en: "code", required: true },
  { field: "name", header: "Tên đầy đủ", en: "name", required: true },
  { field: "shortName", header: "Tên viết tắt", en: "shortName" },
  { field: "kind", header: "Loại", en: "kind", required: true },
  { field: "parent", header: "Mã cơ quan cấp trên", en: "parent" },
  { field: "keywords", header: "Từ khóa thẩm quyền", en: "keywords" },
  { field: "email", header: "Thư điện tử", en: "email" },
  { field: "phone", header: "Điện thoại", en: "phone" },
];
export const PLACE_COLUMNS: Column<Exclude<keyof PlaceRow, "row">>[] = [
  { field: "kind", header: "Loại", en: "kind" },
  { field: "name", header: "Tên", en: "name", required: true },
  { field: "ubnd", header: "Mã UBND", en: "ubnd", required: true },
  { field: "formerNames", header: "Tên cũ", en: "formerNames" },
];

/** Headers, kinds and labels are compared folded: lower case, no diacritics (đ → d), words only. */
const foldHeader = (s: string) => foldVi(s).replace(/[^a-z0-9]/g, "");

/**
 * Which table a header row belongs to, and each field's column index; null when it is neither.
 * `missing` lists the required columns not found (their Vietnamese headers).
 */
export function matchHeaders(
  cells: string[],
): { table: "organizations" | "places"; index: Record<string, number>; missing: string[] } | null {
  const folded = cells.map(foldHeader);
  const find = (c: Column<string>) => {
    const i = folded.findIndex((h) => h !== "" && (h === foldHeader(c.header) || h === foldHeader(c.en)));
    return i;
  };
  const table = folded.some((h) => h === "ma" || h === "code")
    ? "organizations"
    : folded.some((h) => h === "maubnd" || h === "ubnd")
      ? "places"
      : null;
  if (!table) return null;
  const columns: Column<string>[] = table === "organizations" ? ORG_COLUMNS : PLACE_COLUMNS;
  const index: Record<string, number> = {};
  const missing: string[] = [];
  for (const c of columns) {
    const i = find(c);
    if (i >= 0) index[c.field] = i;
    else if (c.required) missing.push(c.header);
  }
  return { table, index, missing };
}

/** Cells of a row by field, trimmed ("" for a column the file does not have). */
export function rowOf(cells: string[], index: Record<string, number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, i] of Object.entries(index)) out[field] = (cells[i] ?? "").trim();
  return out;
}

/** Items separated by ";" or new lines, trimmed, empty ones dropped. */
export function splitList(s: string): string[] {
  return s
    .split(/[;\n\r]+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/**
 * An organization kind from its code or its label (Vietnamese or English, with or without the part in
 * brackets), compared without case or diacritics; null when unknown. Labels come from the dictionary.
 */
export function orgKindOf(s: string, labels: Record<string, string[]>): string | null {
  const f = foldVi(s);
  if (!f) return null;
  for (const kind of ORG_KINDS) {
    if (f === kind || f === foldVi(kind.replace("_", " "))) return kind;
    for (const label of labels[kind] ?? []) if (f === foldVi(label) || f === foldVi(label.split(" (")[0])) return kind;
  }
  return null;
}

/** A place kind from its word ("phường", "phuong") or code ("dac_khu"); "" for none, null when unknown. */
export function placeKindOf(s: string): PlaceKind | "" | null {
  const f = foldVi(s);
  if (!f) return "";
  for (const k of PLACE_KINDS)
    if (f === k || f === foldVi(k.replace("_", " ")) || f === foldVi(PLACE_KIND_WORD[k])) return k;
  return null;
}

/**
 * A place's kind and name: "phường Ninh Kiều" in the name with no kind (or the same) is split. The kind
 * word must be written as it is (any case): "Quán Thánh" is not "quận Thánh".
 */
export function splitPlaceName(kind: PlaceKind | "", name: string): { kind: PlaceKind | ""; name: string } {
  const lower = name.toLocaleLowerCase("vi");
  const words = [...PLACE_KINDS].sort((a, b) => PLACE_KIND_WORD[b].length - PLACE_KIND_WORD[a].length);
  for (const k of words) {
    const w = `${PLACE_KIND_WORD[k]} `;
    if ((kind === "" || kind === k) && lower.startsWith(w) && name.slice(w.length).trim())
      return { kind: k, name: name.slice(w.length).trim() };
  }
  return { kind, name };
}

/**
 * Parses CSV (RFC 4180: quoted fields with embedded quotes and line breaks), comma or semicolon separated
 * (the first line tells), a BOM dropped; blank lines are kept as records. Stops after `limit` records:
 * `more` says there were more.
 */
export function parseCsv(text: string, limit = Infinity): { records: string[][]; more: boolean } {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = s.slice(0, s.search(/\r|\n|$/));
  const outside = firstLine.replace(/"[^"]*"/g, "");
  const sep = (outside.match(/;/g)?.length ?? 0) > (outside.match(/,/g)?.length ?? 0) ? ";" : ",";
  const records: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(field);
    field = "";
    records.push(row); // blank lines too: a record's index is its row number
    row = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === sep) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && s[i + 1] === "\n") i++;
      endRow();
      if (records.length > limit) return { records: records.slice(0, limit), more: true };
    } else field += c;
    i++;
  }
  if (field !== "" || row.length) endRow();
  return { records: records.slice(0, limit), more: records.length > limit };
}
