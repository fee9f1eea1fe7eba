/**
 * The follow-up report (Báo cáo kết quả theo dõi): for one episode, or for the episodes aired in a period.
 * Its figures are the one model's (`followUpItems` + `summarize`), its sections the five classes (and
 * "closed"), each with its table; then the overdue items with days late and the askers' satisfaction. Signed
 * by the user's committee, or by the council's office.
 */
import { Document, Packer } from "docx";
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { vnDateLine, vnDateString } from "../../platform/time.ts";
import { getProfile } from "../profile/index.server.ts";
import { documentNumber, signatureLines } from "../profile/schemas.ts";
import {
  a4Section,
  body,
  dataTable,
  documentStyles,
  headerBlock,
  heading,
  signatureBlock,
  titleBlock,
} from "./docx-layout.server.ts";
import {
  countAnsweredOnAir,
  followUpItems,
  scopeEpisodes,
  summarize,
  type FollowUpItem,
  type ItemScope,
} from "./items.server.ts";
import { FOLLOW_UP_STATUSES, followUpLabel } from "./status.ts";

export type ReportScope = Pick<ItemScope, "episodeId" | "from" | "to" | "now">;

/**
 * A committee's own name as it heads its report, under the council's line: "Ban Văn hóa - Xã hội Hội đồng
 * nhân dân tỉnh" → "Ban Văn hóa - Xã hội" (the council is named on the line above it).
 */
export function committeeName(full: string): string {
  const own = full.replace(/\s+(Hội đồng nhân dân|HĐND)(\s.*)?$/u, "").trim();
  return own || full;
}

const ROMAN = ["I", "II", "III", "IV", "V"];

/** "Kết quả thực hiện" of an item as the report writes it. */
export function resultText(i: FollowUpItem, tz: string): string {
  const parts: string[] = [];
  if (i.linked?.total) parts.push(`Đã trả lời ${i.linked.answered}/${i.linked.total} ý kiến.`);
  if (i.result) parts.push(i.result);
  if (i.completedAt) parts.push(`Hoàn thành ngày ${vnDateString(new Date(i.completedAt), tz)}.`);
  if (i.closedAt) parts.push(`Đóng ngày ${vnDateString(new Date(i.closedAt), tz)}: ${i.closedReason}`);
  return parts.join("\n") || "Chưa có báo cáo.";
}

export async function reportData(user: SessionUser, scope: ReportScope) {
  const profile = getProfile();
  const tz = profile.timeZone;
  const episodes = (await scopeEpisodes(scope)) ?? undefined;
  const items = await followUpItems({ episodeIds: episodes, now: scope.now });
  const summary = summarize(items);
  const onAir = await countAnsweredOnAir({ episodeIds: episodes });
  const ratings = await db().rating.findMany({
    where: { question: episodes ? { episodeId: { in: episodes } } : {} },
    select: { satisfied: true },
  });
  const eps = episodes
    ? await db().episode.findMany({
        where: { id: { in: episodes } },
        include: { notice: true },
        orderBy: { startsAt: "asc" },
      })
    : [];
  const org = user.organizationId ? await db().organization.findUnique({ where: { id: user.organizationId } }) : null;
  // A committee of the council (a "Ban") signs its own report; anyone else's is the council office's.
  const committee = org?.shortName.startsWith("Ban") ? committeeName(org.name) : profile.council.office;
  const program = profile.program.name;
  let title: string;
  if (scope.episodeId && eps[0]) {
    const e = eps[0];
    const notice = e.notice?.number ? `Thông báo kết luận số ${e.notice.number}` : "kết luận";
    title = `Kết quả theo dõi việc thực hiện ${notice} tại Chương trình “${program}” về ${e.topic.charAt(0).toLowerCase()}${e.topic.slice(1)}`;
  } else if (scope.from || scope.to) {
    const from = scope.from ? ` từ ngày ${vnDateString(scope.from, tz)}` : "";
    const to = scope.to ? ` đến ngày ${vnDateString(scope.to, tz)}` : "";
    title = `Kết quả theo dõi việc thực hiện các kết luận tại Chương trình “${program}”${from}${to}`;
  } else title = `Kết quả theo dõi việc thực hiện các kết luận tại Chương trình “${program}”`;
  const bc = profile.documents.BC;
  return {
    header: [profile.council.shortName, committee],
    number: `Số: ${documentNumber(profile, "BC")}`,
    dateLine: vnDateLine(profile.place, scope.now ?? new Date(), tz),
    title,
    committee,
    episodes: eps.map((e) => `${e.topic}${e.notice?.number ? ` (Thông báo số ${e.notice.number})` : ""}`),
    summary,
    onAir,
    satisfaction: { rated: ratings.length, satisfied: ratings.filter((r) => r.satisfied).length },
    classes: FOLLOW_UP_STATUSES.map((c) => ({
      status: c,
      label: followUpLabel(c),
      rows: items
        .filter((i) => i.status === c)
        .map((i, n) => [
          String(n + 1),
          i.title,
          i.agency?.shortName ?? "",
          i.coordinating.map((a) => a.shortName).join(", "),
          i.dueAt ? vnDateString(new Date(i.dueAt), tz) : "",
          resultText(i, tz),
          followUpLabel(i.status),
        ]),
    })),
    overdue: items
      .filter((i) => i.overdue)
      .map((i) => ({
        agency: i.agency?.shortName ?? "",
        title: i.title.replace(/[.;:\s]+$/u, ""),
        due: i.dueAt ? vnDateString(new Date(i.dueAt), tz) : "",
        days: i.daysLate ?? 0,
      })),
    recipients: [profile.council.standingCommittee, ...bc.recipients, "Lưu: VT"],
    // A committee signs on its own behalf: the profile's bare "TM. Ban" names the committee.
    sign: signatureLines(
      org?.shortName.startsWith("Ban") && /^TM\.\s*Ban$/iu.test(bc.signer.onBehalf.trim())
        ? `TM. ${committee}`
        : bc.signer.onBehalf,
      bc.signer.title,
    ),
    signerName: bc.signer.name,
    standingCommittee: profile.council.standingCommittee,
  };
}
export type ReportData = Awaited<ReturnType<typeof reportData>>;

// Widths in per cent of the text width (165 mm): "STT" and a date fit on one line at 12 pt.
const COLUMNS = [
  { title: "STT", width: 7, align: "center" as const },
  { title: "Nội dung", width: 27 },
  { title: "Cơ quan chủ trì", width: 12 },
  { title: "Cơ quan phối hợp", width: 12 },
  { title: "Thời hạn", width: 13, align: "center" as const },
  { title: "Kết quả thực hiện", width: 18 },
  { title: "Phân loại", width: 11 },
];

export async function followUpReportDocx(r: ReportData): Promise<Buffer> {
  const s = r.summary;
  const done = s.done_on_time + s.done_late;
  const children = [
    headerBlock({ body: r.header, number: r.number, dateLine: r.dateLine }),
    ...titleBlock("BÁO CÁO", r.title),
    heading(`${ROMAN[0]}. KẾT QUẢ CHUNG`),
    ...(r.episodes.length > 1
      ? [body(`Báo cáo gồm ${r.episodes.length} chương trình: ${r.episodes.join("; ")}.`)]
      : []),
    body(
      `Tổng số nội dung theo dõi: ${s.total} (mỗi nhiệm vụ của thông báo kết luận và mỗi ý kiến đã chuyển cơ quan ` +
        `chưa thuộc nhiệm vụ nào được tính một lần); ngoài ra có ${r.onAir} ý kiến đã được trả lời trực tiếp trên sóng.`,
    ),
    body(
      `Đã hoàn thành ${done} nội dung (đúng hạn ${s.done_on_time}, quá hạn ${s.done_late}); đang thực hiện ` +
        `${s.in_progress + s.in_progress_overdue} nội dung (trong hạn ${s.in_progress}, quá hạn ${s.in_progress_overdue}); ` +
        `chưa thực hiện ${s.not_started} nội dung; đóng do không thể giải quyết ${s.closed_unresolvable} nội dung.`,
    ),
    body(
      `Mức độ hài lòng của cử tri, Nhân dân: ${r.satisfaction.satisfied}/${r.satisfaction.rated} ý kiến đánh giá hài lòng.`,
    ),
    heading(`${ROMAN[1]}. KẾT QUẢ THEO TỪNG NHÓM`),
    ...r.classes.flatMap((c, i) => [
      heading(`${i + 1}. ${c.label} (${c.rows.length} nội dung)`),
      ...(c.rows.length ? [dataTable(COLUMNS, c.rows)] : [body("Không có nội dung.")]),
    ]),
    heading(`${ROMAN[2]}. CÁC NỘI DUNG QUÁ HẠN CHƯA HOÀN THÀNH`),
    ...(r.overdue.length
      ? r.overdue.map((o) => body(`- ${o.agency}: ${o.title} (hạn ${o.due}, quá hạn ${o.days} ngày).`))
      : [body("Không có nội dung quá hạn.")]),
    body(`${r.committee} kính báo cáo ${r.standingCommittee}./.`, { keepNext: true }),
    body("", { keepNext: true, indent: false }),
    signatureBlock(r.recipients, r.sign, r.signerName),
  ];
  const doc = new Document({
    creator: getProfile().program.siteName,
    title: r.title,
    styles: documentStyles,
    sections: [a4Section(children)],
  });
  return Packer.toBuffer(doc);
}

export async function followUpReport(user: SessionUser, scope: ReportScope): Promise<Buffer> {
  return followUpReportDocx(await reportData(user, scope));
}
