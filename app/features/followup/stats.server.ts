/** Dashboards and exports: questions by channel, topic, agency and status; agencies' timeliness; satisfaction. */
import { db } from "../../platform/db.server.ts";
import { localDateTimeText, vnDayKey } from "../../platform/time.ts";
import { getProfile } from "../profile/index.server.ts";
import { followUpItems, scopeEpisodes, summarize, type FollowUpItem, type ItemScope } from "./items.server.ts";

function count<T>(rows: T[], key: (r: T) => string | string[] | null | undefined) {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    for (const x of Array.isArray(k) ? k : [k]) if (x) m.set(x, (m.get(x) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => ({ key: k, n }));
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export type AgencyRow = {
  code: string;
  shortName: string;
  assigned: number;
  doneOnTime: number;
  doneLate: number;
  overdueOpen: number;
  open: number;
  closed: number;
  returned: number;
  onTimeRate: number | null;
  medianDays: number | null;
};

/**
 * The questions received (by channel, topic, agency, status) and the follow-up of the items in scope: their
 * classes (`summarize`), the questions answered on air beside them, each agency's record, satisfaction.
 */
export async function dashboard(opts: Omit<ItemScope, "agencyId"> = {}) {
  const episodes = await scopeEpisodes(opts);
  const where = episodes ? { episodeId: { in: episodes } } : {};
  const questions = await db().question.findMany({
    where,
    select: {
      id: true,
      channel: true,
      status: true,
      topics: true,
      agency: { select: { code: true, shortName: true } },
      ratings: { select: { satisfied: true } },
    },
  });
  const items = await followUpItems({ episodeIds: episodes ?? undefined, now: opts.now });
  const orgs = await db().organization.findMany({ select: { id: true, code: true, shortName: true } });
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const byCode = new Map(orgs.map((o) => [o.code, o]));

  // Days from routing to the approved answer, per agency.
  const approved = await db().answer.findMany({
    where: { status: "approved", question: where },
    select: { agencyId: true, reviewedAt: true, questionId: true },
  });
  const routes = await db().questionEvent.findMany({
    where: { type: "route", questionId: { in: approved.map((a) => a.questionId) } },
    select: { questionId: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const routedAt = new Map<string, Date>();
  for (const r of routes) routedAt.set(r.questionId, r.createdAt);
  const days = new Map<string, number[]>();
  for (const a of approved) {
    const start = routedAt.get(a.questionId);
    if (!start || !a.reviewedAt) continue;
    days.set(a.agencyId, [...(days.get(a.agencyId) ?? []), (a.reviewedAt.getTime() - start.getTime()) / 86400_000]);
  }
  const returns = await db().questionEvent.findMany({
    where: { type: "return", question: where },
    select: { data: true },
  });
  const returned = count(returns, (r) => (JSON.parse(r.data) as { agencyCode?: string }).agencyCode);

  const agencies = new Map<string, AgencyRow>();
  const row = (id: string): AgencyRow => {
    const o = byId.get(id)!;
    let r = agencies.get(id);
    if (!r) {
      r = {
        code: o.code,
        shortName: o.shortName,
        assigned: 0,
        doneOnTime: 0,
        doneLate: 0,
        overdueOpen: 0,
        open: 0,
        closed: 0,
        returned: 0,
        onTimeRate: null,
        medianDays: null,
      };
      agencies.set(id, r);
    }
    return r;
  };
  for (const i of items) {
    if (!i.agency) continue;
    const r = row(i.agency.id);
    r.assigned++;
    if (i.status === "done_on_time") r.doneOnTime++;
    else if (i.status === "done_late") r.doneLate++;
    else if (i.status === "closed_unresolvable") r.closed++;
    else {
      r.open++;
      if (i.overdue) r.overdueOpen++;
    }
  }
  for (const { key, n } of returned) {
    const o = byCode.get(key);
    if (o) row(o.id).returned = n;
  }
  for (const [id, r] of agencies) {
    const due = r.doneOnTime + r.doneLate + r.overdueOpen;
    r.onTimeRate = due ? r.doneOnTime / due : null;
    const m = median(days.get(id) ?? []);
    r.medianDays = m === null ? null : Math.round(m * 10) / 10;
  }

  const rated = questions.flatMap((q) => q.ratings);
  return {
    total: questions.length,
    byChannel: count(questions, (q) => q.channel),
    byStatus: count(questions, (q) => q.status),
    byTopic: count(questions, (q) => JSON.parse(q.topics) as string[]),
    byAgency: count(questions, (q) => q.agency?.shortName),
    /** The follow-up items by class: each matter counted once. */
    summary: summarize(items),
    /** Questions answered on air: not follow-up items. */
    onAir: questions.filter((q) => q.status === "answered_on_air").length,
    items,
    agencies: [...agencies.values()].sort((a, b) => b.assigned - a.assigned),
    overdue: items.filter((i) => i.overdue),
    satisfaction: { rated: rated.length, satisfied: rated.filter((r) => r.satisfied).length },
  };
}
export type Dashboard = Awaited<ReturnType<typeof dashboard>>;

/**
 * Rows for CSV/XLSX exports of questions. Without `personal` there is no name, phone or area column at all;
 * with it, the columns are there and filled for the rows `personal` allows (by the episode's lead committee).
 * `included`: the questions whose asker's data went into the rows.
 */
export async function questionRows(
  opts: { episodeId?: string; status?: string; agencyCode?: string },
  personal?: (q: { leadCommitteeId: string }) => boolean,
) {
  const rows = await db().question.findMany({
    where: {
      episodeId: opts.episodeId || undefined,
      status: opts.status || undefined,
      agency: opts.agencyCode ? { code: opts.agencyCode } : undefined,
    },
    include: {
      agency: true,
      episode: { select: { topic: true, leadCommitteeId: true } },
      answer: { select: { status: true, publishedAt: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  const included: { id: string; trackingCode: string }[] = [];
  const personalColumns = (q: (typeof rows)[number]) => {
    const shown = personal!({ leadCommitteeId: q.episode.leadCommitteeId });
    if (shown && (q.name || q.phone || q.area)) included.push({ id: q.id, trackingCode: q.trackingCode });
    return {
      "Họ tên": shown ? q.name : "",
      "Điện thoại": shown ? q.phone : "",
      "Địa bàn": shown ? q.area : "",
      "Đồng ý liên hệ": shown ? (q.contactConsent ? "Có" : "Không") : "",
    };
  };
  const tz = getProfile().timeZone;
  const out = rows.map((q) => ({
    "Mã theo dõi": q.trackingCode,
    "Chương trình": q.episode.topic,
    Kênh: q.channel,
    "Thời gian": localDateTimeText(q.createdAt, tz),
    ...(personal ? personalColumns(q) : {}),
    "Nội dung": q.summary,
    "Trạng thái": q.status,
    "Cơ quan": q.agency?.shortName ?? "",
    Hạn: q.dueAt ? vnDayKey(q.dueAt, tz) : "",
    "Hạn ban đầu": q.originalDueAt ? vnDayKey(q.originalDueAt, tz) : "",
    "Trả lời": q.answer?.status ?? "",
    "Công khai": q.answer?.publishedAt ? localDateTimeText(q.answer.publishedAt, tz) : "",
  }));
  return { rows: out, included };
}

export async function taskRows(opts: { episodeId?: string; agencyCode?: string }) {
  const items = (await followUpItems({ episodeId: opts.episodeId })).filter(
    (i) => i.kind === "task" && (!opts.agencyCode || i.agency?.code === opts.agencyCode),
  );
  const tz = getProfile().timeZone;
  return items.map((i: FollowUpItem) => ({
    "Nhiệm vụ": i.title,
    "Cơ quan chủ trì": i.agency?.shortName ?? "",
    Hạn: i.dueAt ? vnDayKey(new Date(i.dueAt), tz) : "",
    "Hạn ban đầu": i.originalDueAt ? vnDayKey(new Date(i.originalDueAt), tz) : "",
    "Tình trạng": i.status,
    "Quá hạn": i.overdue ? "x" : "",
  }));
}

export function toCsv(rows: Record<string, string | number>[]): string {
  if (!rows.length) return "\uFEFF";
  const head = Object.keys(rows[0]);
  const esc = (v: unknown) => {
    const s = String(v ?? "");
    // Cells that a spreadsheet would run as a formula are quoted with a leading apostrophe.
    const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
    return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return (
    "\uFEFF" + [head.map(esc).join(","), ...rows.map((r) => head.map((h) => esc(r[h])).join(","))].join("\r\n") + "\r\n"
  );
}

export async function toXlsx(sheet: string, rows: Record<string, string | number>[]): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const profile = getProfile();
  wb.creator = profile.program.siteName;
  wb.title = `${profile.program.name} · ${profile.council.shortName}: ${sheet}`;
  const ws = wb.addWorksheet(sheet);
  const head = rows.length ? Object.keys(rows[0]) : ["(trống)"];
  ws.columns = head.map((h) => ({ header: h, key: h, width: Math.min(60, Math.max(12, h.length + 4)) }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.views = [{ state: "frozen", ySplit: 1 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
