/**
 * The layout of an administrative document (Decree 30/2020/NĐ-CP, Appendix I), shared by the conclusion
 * notice and the follow-up report: A4 portrait; margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New
 * Roman; page numbers centred at the top from page 2 on; the header block in two fixed columns with its
 * rules drawn as paragraph borders as wide as the text they underline; headings kept with what follows;
 * tables whose header row repeats and whose rows never split; the signature block and "Nơi nhận" kept
 * together and with the last lines of the body.
 */
import {
  AlignmentType,
  BorderStyle,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from "docx";

export const FONT = "Times New Roman";
/** Millimetres to twips, rounded (docx's own helper truncates: A4 would come out 1 twip short). */
export const mm = (v: number) => Math.round((v * 1440) / 25.4);
const pt = (n: number) => n * 2; // docx sizes are half-points

/** The text width of the page: 210 mm less 30 mm and 15 mm of margins. */
export const TEXT_WIDTH = mm(165);
const LEFT_COL = mm(68);
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;

type RunOptions = { size?: number; bold?: boolean; italics?: boolean };
export function run(text: string, o: RunOptions = {}) {
  return new TextRun({ text, font: FONT, size: pt(o.size ?? 14), bold: o.bold, italics: o.italics });
}

type ParaOptions = { after?: number; before?: number; keepNext?: boolean };
export function center(children: TextRun[], o: ParaOptions = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    keepNext: o.keepNext,
    keepLines: true,
  });
}

/** A body paragraph: justified, 14 pt, first line indented 1.27 cm, 6 pt apart, line spacing 1.15. */
export function body(
  text: string,
  o: { bold?: boolean; italics?: boolean; indent?: boolean; keepNext?: boolean } = {},
) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: o.indent === false ? undefined : { firstLine: mm(12.7) },
    spacing: { before: 120, after: 0, line: 276 },
    keepNext: o.keepNext,
    children: [run(text, { bold: o.bold, italics: o.italics })],
  });
}

/** A section heading: bold, kept with the paragraph after it and never split. */
export function heading(text: string) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 160, after: 0, line: 276 },
    keepNext: true,
    keepLines: true,
    children: [run(text, { bold: true })],
  });
}

/**
 * A solid rule `width` twips long, centred in a column `column` twips wide: the bottom border of an empty,
 * 1-pt-high paragraph indented from both sides.
 */
export function rule(width: number, column: number, after = 0) {
  const side = Math.max(0, Math.round((column - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after, line: 20, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    keepNext: true,
    children: [run("", { size: 1 })],
  });
}

/**
 * The approximate printed width of a line of Times New Roman, in twips: upper case and bold are wider. Good
 * to a few per cent for Vietnamese text, which is what a rule "as long as the text" needs.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize("NFC")) {
    if (ch === " ") em += 0.25;
    else if (/[-.,:;]/.test(ch)) em += 0.3;
    else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) em += bold ? 0.72 : 0.68;
    else em += bold ? 0.5 : 0.46;
  }
  return Math.round(em * size * 20);
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
export const noBorders = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/**
 * The header block: the issuing body (its parent above it when it has one) with a rule beneath it and the
 * number below, beside the national motto with its rule and the place and date. Fixed column widths, so
 * neither side wraps into the other.
 */
export function headerBlock(h: { body: string[]; number: string; dateLine: string }) {
  const last = h.body[h.body.length - 1] ?? "";
  const lines = h.body.map((line, i) =>
    center([run(line.toUpperCase(), { size: 13, bold: i === h.body.length - 1 })], { keepNext: true }),
  );
  const motto2 = "Độc lập - Tự do - Hạnh phúc";
  return twoColumns(
    LEFT_COL,
    [
      ...lines,
      // About 40 % of the issuing body's line, centred under it.
      rule(Math.max(mm(15), Math.round(textWidth(last.toUpperCase(), 13, true) * 0.4)), LEFT_COL, 120),
      center([run(h.number, { size: 13 })]),
    ],
    [
      center([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 12, bold: true })], { keepNext: true }),
      center([run(motto2, { size: 13, bold: true })], { keepNext: true }),
      rule(textWidth(motto2, 13, true), RIGHT_COL, 120),
      center([run(h.dateLine, { size: 13, italics: true })]),
    ],
  );
}

/** Two borderless columns of fixed widths (the left one `leftWidth`) in one row that never splits. */
function twoColumns(leftWidth: number, left: Paragraph[], right: Paragraph[]) {
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ borders: noBorders, width: { size: width, type: WidthType.DXA }, children });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ cantSplit: true, children: [cell(leftWidth, left), cell(TEXT_WIDTH - leftWidth, right)] })],
  });
}

/** The document type and its summary, centred and bold, with a short rule beneath. */
export function titleBlock(type: string, summary: string, draft = false) {
  return [
    ...(draft ? [center([run("(DỰ THẢO)", { size: 13, italics: true })], { before: 240, keepNext: true })] : []),
    center([run(type, { size: 14, bold: true })], { before: draft ? 60 : 360, keepNext: true }),
    center([run(summary, { size: 14, bold: true })], { keepNext: true }),
    rule(mm(30), TEXT_WIDTH, 240),
  ];
}

/**
 * "Nơi nhận" on the left (bold italic 12 pt; one recipient a line in 11 pt, "-" before and ";" after, "."
 * after the last), the signing authority's lines and the signer's name on the right: one row that never
 * splits, every paragraph kept with the next, so the block moves to the next page whole.
 */
export function signatureBlock(recipients: string[], sign: string[], signerName: string) {
  const keep = { keepNext: true };
  const left = [
    new Paragraph({ keepNext: true, children: [run("Nơi nhận:", { size: 12, bold: true, italics: true })] }),
    ...recipients.map(
      (r, i) =>
        new Paragraph({
          keepNext: true,
          children: [run(`- ${r}${i === recipients.length - 1 ? "." : ";"}`, { size: 11 })],
        }),
    ),
  ];
  const right = [
    ...sign.map((s) => center([run(s, { size: 14, bold: true })], keep)),
    ...[0, 1, 2, 3].map(() => center([run(" ")], keep)),
    center([run(signerName, { size: 14, bold: true })]),
  ];
  return twoColumns(mm(80), left, right);
}

/** A bordered table: its header row repeats on every page, no row splits across pages. */
export function dataTable(columns: { title: string; width: number; align?: "left" | "center" }[], rows: string[][]) {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => Math.round((c.width / total) * TEXT_WIDTH));
  const cell = (text: string, i: number, head = false) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      children: text.split("\n").map(
        (line) =>
          new Paragraph({
            alignment: head || columns[i].align === "center" ? AlignmentType.CENTER : AlignmentType.LEFT,
            children: [run(line, { size: 12, bold: head })],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.title, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((x, i) => cell(x, i)) })),
    ],
  });
}

/**
 * The section: A4 portrait with the decree's margins; no page number on page 1 (a distinct, empty first-page
 * header), the page number centred at the top of every other page, 13 pt.
 */
export function a4Section(children: ISectionOptions["children"]): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: mm(210), height: mm(297) },
        margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10) },
      },
    },
    headers: {
      first: new Header({ children: [new Paragraph({ children: [] })] }),
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
          }),
        ],
      }),
    },
    children,
  };
}

export const documentStyles = { default: { document: { run: { font: FONT, size: pt(14) } } } };
