/**
 * The conclusion notice (Thông báo kết luận) as a Decree-30 document: its parts (shared by the DOCX and the
 * print page) and the DOCX. The issuing body's lines, the place, the number's pattern and the default signer
 * come from the deployment profile. Only what staff wrote goes in: the tasks, their agencies and deadlines,
 * the questions' summaries; never a tracking code, a citizen's own text or personal data.
 */
import { Document, Packer } from "docx";
import { db } from "../../platform/db.server.ts";
import { vnDateLine, vnDateString } from "../../platform/time.ts";
import { getProfile } from "../profile/index.server.ts";
import { documentNumber, signatureLines } from "../profile/schemas.ts";
import {
  a4Section,
  body,
  documentStyles,
  headerBlock,
  heading,
  signatureBlock,
  titleBlock,
} from "./docx-layout.server.ts";
import { getNotice, type NoticeFull } from "./notice.server.ts";

/** The default sentence opening the tasks, in the profile's words. */
export function defaultTasksIntro(): string {
  return `${getProfile().council.standingCommittee} đề nghị các cơ quan, đơn vị liên quan tổ chức thực hiện các nội dung sau:`;
}

export function noticeParts(n: NoticeFull, orgNames: Map<string, string> = new Map()) {
  const profile = getProfile();
  const tz = profile.timeZone;
  return {
    header: profile.header,
    number: `Số: ${n.number ?? documentNumber(profile, "TB")}`,
    motto1: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto2: "Độc lập - Tự do - Hạnh phúc",
    dateLine: vnDateLine(n.place || n.episode.series.place || profile.place, n.issuedAt, tz),
    type: "THÔNG BÁO",
    summary: n.title,
    grounds: n.grounds.split(/\n+/).filter(Boolean),
    conclusions: n.conclusions.split(/\n+/).filter(Boolean),
    tasksIntro: n.tasksIntro || defaultTasksIntro(),
    tasks: n.tasks.map((t, i) => {
      const coordinating = (JSON.parse(t.coordinating) as string[]).flatMap((id) => orgNames.get(id) ?? []);
      return {
        heading: `${i + 1}. ${t.content}`,
        lead: `Cơ quan chủ trì: ${t.leadAgency.name}.`,
        coordinating: coordinating.length ? `Cơ quan phối hợp: ${coordinating.join("; ")}.` : "",
        due: t.dueAt ? `Thời hạn hoàn thành: trước ngày ${vnDateString(t.dueAt, tz)}.` : "",
        // What staff summarised: a summary still equal to the asker's own words (as taken) is not printed.
        questions: t.questions
          .filter((q) => q.summary.trim() && q.summary.trim() !== q.text.trim())
          .map((q) => q.summary.trim()),
      };
    }),
    // Until it is signed (a draft), the profile's default signer of notices stands in.
    sign: n.signerOnBehalf
      ? signatureLines(n.signerOnBehalf, n.signerTitle)
      : signatureLines(profile.documents.TB.signer.onBehalf, n.signerTitle || profile.documents.TB.signer.title),
    signerName: n.signerName || (n.signerOnBehalf ? "" : profile.documents.TB.signer.name),
    recipients: JSON.parse(n.recipients) as string[],
    draft: n.status !== "issued",
  };
}
export type NoticeParts = ReturnType<typeof noticeParts>;

/** The notice of an episode with its parts, or null: the organizations it names are looked up once. */
export async function noticeDocument(episodeId: string) {
  const n = await getNotice(episodeId);
  if (!n) return null;
  const ids = [...new Set(n.tasks.flatMap((t) => JSON.parse(t.coordinating) as string[]))];
  const orgs = await db().organization.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return { n, parts: noticeParts(n, new Map(orgs.map((o) => [o.id, o.name]))) };
}

/** The download's file name, Vietnamese letters kept: "Thông báo kết luận số 35-TB-HĐND.docx". */
export function noticeFileName(n: { number: string | null }): string {
  return n.number
    ? `Thông báo kết luận số ${n.number.replace(/[/\\:*?"<>|]+/g, "-")}.docx`
    : "Dự thảo thông báo kết luận.docx";
}

type Line = { text: string; heading?: boolean; italics?: boolean; keepNext?: boolean };

export async function noticeDocx(p: NoticeParts): Promise<Buffer> {
  const lines: Line[] = [
    ...p.grounds.map((text) => ({ text })),
    ...p.conclusions.map((text) => ({ text })),
    ...(p.tasks.length ? [{ text: p.tasksIntro, keepNext: true }] : []),
    ...p.tasks.flatMap((t): Line[] => [
      { text: t.heading, heading: true },
      { text: t.lead },
      ...(t.coordinating ? [{ text: t.coordinating }] : []),
      ...(t.due ? [{ text: t.due }] : []),
      ...(t.questions.length
        ? [
            { text: "Nội dung ý kiến, kiến nghị:", italics: true, keepNext: true },
            ...t.questions.map((q) => ({ text: `- ${q}` })),
          ]
        : []),
    ]),
  ];
  // The last lines of the body stay with the signature block: never alone on the next page.
  const paras = lines.map((l, i) =>
    l.heading ? heading(l.text) : body(l.text, { italics: l.italics, keepNext: l.keepNext || i >= lines.length - 2 }),
  );
  const doc = new Document({
    creator: getProfile().program.siteName,
    title: p.summary,
    styles: documentStyles,
    sections: [
      a4Section([
        headerBlock({ body: p.header, number: p.number, dateLine: p.dateLine }),
        ...titleBlock(p.type, p.summary, p.draft),
        ...paras,
        body("", { keepNext: true, indent: false }),
        signatureBlock(p.recipients, p.sign, p.signerName),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
