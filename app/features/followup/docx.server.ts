/**
 * The conclusion notice as a DOCX laid out like a Vietnamese administrative
 * document (Decree 30/2020/NĐ-CP, Appendix I): A4; margins top/bottom 20 mm,
 * left 30 mm, right 15 mm; Times New Roman; the issuing body and the national
 * motto side by side; number and symbol; place and date; document type and
 * summary; body; signature block; recipients.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { vnDateLine, vnDateString } from "../../platform/time.ts";
import { getProfile } from "../profile/index.server.ts";
import { documentNumber, signatureLines } from "../profile/index.ts";
import type { NoticeFull } from "./notice.server.ts";

const FONT = "Times New Roman";
/** Millimetres to twips, rounded (docx's own helper truncates: A4 would come out 1 twip short). */
const mm = (v: number) => Math.round((v * 1440) / 25.4);
const pt = (n: number) => n * 2; // docx sizes are half-points

function run(text: string, o: { size?: number; bold?: boolean; italics?: boolean; underline?: boolean } = {}) {
  return new TextRun({
    text,
    font: FONT,
    size: pt(o.size ?? 14),
    bold: o.bold,
    italics: o.italics,
    underline: o.underline ? {} : undefined,
  });
}
function center(children: TextRun[], after = 0) {
  return new Paragraph({ alignment: AlignmentType.CENTER, children, spacing: { after } });
}
function body(text: string, o: { bold?: boolean; indent?: boolean } = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: o.indent === false ? undefined : { firstLine: mm(12.7) },
    spacing: { before: 60, after: 60, line: 312 },
    children: [run(text, { bold: o.bold })],
  });
}
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/**
 * The parts of the document, shared by the DOCX and the print page. The issuing body's lines, the place
 * dating it, the number's pattern and the default signing authority come from the deployment profile;
 * the plan's own place, when it has one, dates the documents of its episodes.
 */
export function noticeParts(n: NoticeFull) {
  const profile = getProfile();
  const tb = profile.documents.TB;
  return {
    header: profile.header,
    number: `Số: ${n.number ?? documentNumber(profile, "TB")}`,
    motto1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto2: "Độc lập - Tự do - Hạnh phúc",
    dateLine: vnDateLine(n.place || n.episode.series.place || profile.place, n.issuedAt, profile.timeZone),
    type: "THÔNG BÁO",
    summary: n.title,
    grounds: n.grounds.split(/\n+/).filter(Boolean),
    conclusions: n.conclusions.split(/\n+/).filter(Boolean),
    tasks: n.tasks.map((t, i) => ({
      heading: `${i + 1}. ${t.leadAgency.name}`,
      content: t.content,
      due: t.dueAt ? `Thời hạn hoàn thành: trước ngày ${vnDateString(t.dueAt, profile.timeZone)}.` : "",
      questions: t.questions.map((q) => `${q.trackingCode}: ${q.summary}`),
    })),
    sign: n.signerOnBehalf
      ? signatureLines(n.signerOnBehalf, n.signerTitle)
      : signatureLines(tb.signer.onBehalf, n.signerTitle || tb.signer.title),
    signerName: n.signerName || (n.signerOnBehalf ? "" : tb.signer.name),
    standingCommittee: profile.council.standingCommittee,
    recipients: JSON.parse(n.recipients) as string[],
    draft: n.status !== "issued",
  };
}

/** "Nơi nhận" on the left, the signing authority's lines and the signer's name on the right. */
function signatureBlock(recipients: string[], sign: string[], signerName: string) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    columnWidths: [4400, 4800],
    rows: [
      new TableRow({
        children: [
          new TableCell({
            borders: noBorders,
            children: [
              new Paragraph({ children: [run("Nơi nhận:", { size: 12, bold: true, italics: true })] }),
              ...recipients.map(
                (r, i) =>
                  new Paragraph({
                    children: [run(`- ${r}${i === recipients.length - 1 ? "." : ";"}`, { size: 11 })],
                  }),
              ),
            ],
          }),
          new TableCell({
            borders: noBorders,
            children: [
              ...sign.map((s) => center([run(s, { size: 14, bold: true })])),
              center([run(" ")], 0),
              center([run(" ")], 0),
              center([run(" ")], 0),
              center([run(signerName, { size: 14, bold: true })]),
            ],
          }),
        ],
      }),
    ],
  });
}

export async function noticeDocx(n: NoticeFull): Promise<Buffer> {
  const p = noticeParts(n);
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: noBorders,
    columnWidths: [3600, 5600],
    rows: [
      new TableRow({
        children: [
          new TableCell({
            borders: noBorders,
            width: { size: 39, type: WidthType.PERCENTAGE },
            children: [
              ...p.header.map((line) => center([run(line, { size: 13, bold: true })])),
              center([run("⎯⎯⎯⎯⎯", { size: 13 })]),
              center([run(p.number, { size: 13 })]),
            ],
          }),
          new TableCell({
            borders: noBorders,
            width: { size: 61, type: WidthType.PERCENTAGE },
            children: [
              center([run(p.motto1, { size: 13, bold: true })]),
              center([run(p.motto2, { size: 14, bold: true, underline: true })]),
              center([run(" ", { size: 8 })]),
              center([run(p.dateLine, { size: 14, italics: true })]),
            ],
          }),
        ],
      }),
    ],
  });

  const taskParas = p.tasks.flatMap((t) => [
    body(t.heading, { bold: true }),
    body(t.content),
    ...(t.due ? [body(t.due)] : []),
    ...t.questions.map(
      (q) =>
        new Paragraph({ indent: { left: mm(12.7) }, spacing: { after: 40 }, children: [run(`- ${q}`, { size: 13 })] }),
    ),
  ]);

  const signature = signatureBlock(p.recipients, p.sign, p.signerName);

  const doc = new Document({
    creator: getProfile().program.siteName,
    title: p.summary,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children: [
          header,
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          ...(p.draft ? [center([run("(DỰ THẢO)", { size: 13, italics: true })])] : []),
          center([run(p.type, { size: 14, bold: true })]),
          center([run(p.summary, { size: 14, bold: true })], 60),
          center([run("⎯⎯⎯⎯⎯⎯⎯⎯", { size: 13 })], 200),
          ...p.grounds.map((g) => body(g)),
          ...p.conclusions.map((c) => body(c)),
          ...(p.tasks.length
            ? [body(`${p.standingCommittee} đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:`)]
            : []),
          ...taskParas,
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          signature,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Báo cáo kết quả theo dõi: the committee's follow-up report to the Standing Committee. */
export async function followUpReportDocx(r: {
  committee: string;
  title: string;
  date: Date;
  summary: string[];
  agencies: {
    shortName: string;
    assigned: number;
    doneOnTime: number;
    doneLate: number;
    overdueOpen: number;
    open: number;
    onTimeRate: number | null;
  }[];
  overdue: { agency: string; title: string; due: string }[];
}): Promise<Buffer> {
  const profile = getProfile();
  // Signed as the profile's report signer says ("TM. Ban", "Trưởng ban", the name).
  const bc = profile.documents.BC;
  const cell = (text: string, bold = false) =>
    new TableCell({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, { size: 12, bold })] })],
    });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          "Cơ quan",
          "Được giao",
          "Đúng hạn",
          "Quá hạn",
          "Đang quá hạn",
          "Đang thực hiện",
          "Tỷ lệ đúng hạn",
        ].map((h) => cell(h, true)),
      }),
      ...r.agencies.map(
        (a) =>
          new TableRow({
            children: [
              a.shortName,
              String(a.assigned),
              String(a.doneOnTime),
              String(a.doneLate),
              String(a.overdueOpen),
              String(a.open),
              a.onTimeRate === null ? "—" : `${Math.round(a.onTimeRate * 100)}%`,
            ].map((x) => cell(x)),
          }),
      ),
    ],
  });
  const doc = new Document({
    creator: getProfile().program.siteName,
    title: r.title,
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children: [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: noBorders,
            columnWidths: [3600, 5600],
            rows: [
              new TableRow({
                children: [
                  new TableCell({
                    borders: noBorders,
                    children: [
                      center([run(profile.council.shortName.toUpperCase(), { size: 13 })]),
                      center([run(r.committee.toUpperCase(), { size: 13, bold: true })]),
                      center([run(`Số: ${documentNumber(profile, "BC")}`, { size: 13 })]),
                    ],
                  }),
                  new TableCell({
                    borders: noBorders,
                    children: [
                      center([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 13, bold: true })]),
                      center([run("Độc lập - Tự do - Hạnh phúc", { size: 14, bold: true, underline: true })]),
                      center([run(vnDateLine(profile.place, r.date, profile.timeZone), { size: 14, italics: true })]),
                    ],
                  }),
                ],
              }),
            ],
          }),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          center([run("BÁO CÁO", { bold: true })]),
          center([run(r.title, { bold: true })], 200),
          ...r.summary.map((s) => body(s)),
          table,
          ...(r.overdue.length
            ? [
                body("Các nội dung quá hạn chưa hoàn thành:", { bold: true }),
                ...r.overdue.map((o) => body(`- ${o.agency}: ${o.title} (hạn ${o.due}).`, { indent: false })),
              ]
            : []),
          body(`${r.committee} kính báo cáo ${profile.council.standingCommittee}.`),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          signatureBlock(
            [profile.council.standingCommittee, ...bc.recipients, "Lưu: VT"],
            signatureLines(bc.signer.onBehalf, bc.signer.title),
            bc.signer.name,
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
