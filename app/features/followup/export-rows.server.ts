/**
 * The sheets of the exports: the questions received (with the dashboard's filter) and the follow-up items
 * (the one model's items and classes). Every status, class, channel and answer state is written with its
 * Vietnamese label; dates stay instants until the writer puts them in the profile's time zone.
 */
import { db } from "../../platform/db.server.ts";
import { translate } from "../../platform/i18n/dictionary.ts";
import { vnDateString } from "../../platform/time.ts";
import { getProfile } from "../profile/index.server.ts";
import type { Cell, Column, Sheet, SheetContext } from "./export-sheets.server.ts";
import { followUpItems, scopeEpisodes } from "./items.server.ts";
import { resultText } from "./report.server.ts";
import { followUpLabel } from "./status.ts";

const vi = (key: string) => translate("vi", key);
/** A code's label, or the code itself when the dictionary has none (never an empty cell). */
const label = (prefix: string, code: string | null | undefined) => {
  if (!code) return "";
  const text = vi(`${prefix}.${code}`);
  return text === `${prefix}.${code}` ? code : text;
};

export type RowFilter = { episodeId?: string; status?: string; agencyCode?: string; from?: Date; to?: Date };

export function sheetContext(now = new Date()): SheetContext {
  const p = getProfile();
  return {
    council: p.council.name,
    councilShort: p.council.shortName,
    program: p.program.name,
    generatedAt: now,
    timeZone: p.timeZone,
    creator: p.program.siteName,
  };
}

/** The filter in words, for the title rows. */
async function filterText(f: RowFilter): Promise<string> {
  const parts: string[] = [];
  if (f.episodeId) {
    const e = await db().episode.findUnique({ where: { id: f.episodeId }, select: { topic: true } });
    if (e) parts.push(`Chương trình: ${e.topic}`);
  }
  if (f.agencyCode) {
    const o = await db().organization.findUnique({ where: { code: f.agencyCode }, select: { shortName: true } });
    parts.push(`Cơ quan: ${o?.shortName ?? f.agencyCode}`);
  }
  if (f.status) parts.push(`Trạng thái: ${label("qstatus", f.status)}`);
  // The period of broadcasts, as Vietnam days (the route's bounds are the first and last instants of those days).
  const tz = getProfile().timeZone;
  if (f.from && f.to) parts.push(`Phát sóng từ ngày ${vnDateString(f.from, tz)} đến ngày ${vnDateString(f.to, tz)}`);
  else if (f.from) parts.push(`Phát sóng từ ngày ${vnDateString(f.from, tz)}`);
  else if (f.to) parts.push(`Phát sóng đến ngày ${vnDateString(f.to, tz)}`);
  return parts.length ? parts.join("; ") : "Tất cả chương trình";
}

/**
 * The questions. Without `personal` there is no name, phone or area column at all; with it, the columns are
 * there and filled for the rows `personal` allows (by the episode's lead committee). `included`: the
 * questions whose asker's data went into the rows.
 */
export async function questionSheet(f: RowFilter, personal?: (q: { leadCommitteeId: string }) => boolean) {
  // The episode, or the episodes that aired in the period (as the items export and the dashboard scope them).
  const episodes = await scopeEpisodes({ episodeId: f.episodeId || undefined, from: f.from, to: f.to });
  const rows = await db().question.findMany({
    where: {
      episodeId: episodes ? { in: episodes } : undefined,
      status: f.status || undefined,
      agency: f.agencyCode ? { code: f.agencyCode } : undefined,
    },
    include: {
      agency: true,
      episode: { select: { topic: true, leadCommitteeId: true } },
      answer: { select: { status: true, publishedAt: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const included: { id: string; trackingCode: string }[] = [];
  const columns: Column[] = [
    { header: "STT", kind: "number" },
    { header: "Mã theo dõi" },
    { header: "Chương trình", width: 30 },
    { header: "Kênh" },
    { header: "Thời gian", kind: "datetime" },
    ...(personal
      ? ([
          { header: "Họ tên" },
          { header: "Điện thoại", kind: "phone" },
          { header: "Địa bàn" },
          { header: "Đồng ý liên hệ" },
        ] satisfies Column[])
      : []),
    { header: "Nội dung", width: 50 },
    { header: "Trạng thái" },
    { header: "Cơ quan" },
    { header: "Thời hạn", kind: "date" },
    { header: "Hạn ban đầu", kind: "date" },
    { header: "Trả lời" },
    { header: "Công khai", kind: "datetime" },
  ];
  const out: Cell[][] = rows.map((q, i) => {
    let person: Cell[] = [];
    if (personal) {
      const shown = personal({ leadCommitteeId: q.episode.leadCommitteeId });
      if (shown && (q.name || q.phone || q.area)) included.push({ id: q.id, trackingCode: q.trackingCode });
      person = shown ? [q.name, q.phone, q.area, q.contactConsent ? "Có" : "Không"] : ["", "", "", ""];
    }
    return [
      i + 1,
      q.trackingCode,
      q.episode.topic,
      label("channel", q.channel),
      q.createdAt,
      ...person,
      q.summary,
      label("qstatus", q.status),
      q.agency?.shortName ?? "",
      q.dueAt,
      q.originalDueAt,
      label("answer", q.answer?.status),
      q.answer?.publishedAt ?? null,
    ];
  });
  const sheet: Sheet = {
    name: "Câu hỏi",
    title: "DANH SÁCH Ý KIẾN, CÂU HỎI TIẾP NHẬN",
    filter: await filterText(f),
    columns,
    rows: out,
  };
  return { sheet, included };
}

/** The follow-up items: one row an item, in the one model's classes. */
export async function itemSheet(f: RowFilter, now = new Date()): Promise<Sheet> {
  const agencyId = f.agencyCode
    ? ((await db().organization.findUnique({ where: { code: f.agencyCode }, select: { id: true } }))?.id ?? "-")
    : undefined;
  const items = await followUpItems({ episodeId: f.episodeId, from: f.from, to: f.to, agencyId, now });
  const tz = getProfile().timeZone;
  return {
    name: "Theo dõi",
    title: "KẾT QUẢ THEO DÕI VIỆC THỰC HIỆN KẾT LUẬN",
    filter: await filterText({ ...f, status: undefined }),
    columns: [
      { header: "STT", kind: "number" },
      { header: "Nội dung", width: 50 },
      { header: "Loại" },
      { header: "Cơ quan chủ trì" },
      { header: "Cơ quan phối hợp" },
      { header: "Thời hạn", kind: "date" },
      { header: "Hạn ban đầu", kind: "date" },
      { header: "Ngày hoàn thành", kind: "date" },
      { header: "Số ngày quá hạn", kind: "number" },
      { header: "Kết quả thực hiện", width: 40 },
      { header: "Phân loại" },
    ],
    rows: items.map((i, n) => [
      n + 1,
      i.title,
      i.kind === "task" ? "Nhiệm vụ" : "Câu hỏi",
      i.agency?.shortName ?? "",
      i.coordinating.map((a) => a.shortName).join(", "),
      i.dueAt ? new Date(i.dueAt) : null,
      i.originalDueAt ? new Date(i.originalDueAt) : null,
      i.completedAt ? new Date(i.completedAt) : null,
      i.daysLate,
      resultText(i, tz),
      followUpLabel(i.status),
    ]),
  };
}
