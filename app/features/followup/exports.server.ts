/** The exports: questions and tasks as CSV or XLSX (with the dashboard's filter), and the follow-up report as DOCX. */
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { vnDateString } from "../../platform/time.ts";
import { auditPersonalExport, mayExportPersonal, seesCallersOf } from "../privacy/index.server.ts";
import { getProfile } from "../profile/index.server.ts";
import { followUpReportDocx } from "./docx.server.ts";
import { dashboard, questionRows, taskRows, toCsv, toXlsx } from "./stats.server.ts";

export const EXPORT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};
export type ExportFilter = { episodeId?: string; status?: string; agencyCode?: string };

/**
 * The file named `file` ("cau-hoi.csv", "nhiem-vu.xlsx", "bao-cao-theo-doi.docx"…), or null when there is no such
 * export. Askers' names, phones and areas are in the questions' export only when the user asks for them
 * (`personal`) and holds personal:view: filled for the episodes the grant covers (the lead Ban's own, all for an
 * operator or the admin), and the export is recorded in the audit log with the items it carried (docs/PRIVACY.md).
 */
export async function exportFile(user: SessionUser, file: string, f: ExportFilter, opts: { personal?: boolean } = {}) {
  const [name, ext] = file.split(".") as [string, keyof typeof EXPORT_TYPES];
  let body: string | Buffer;
  if (name === "cau-hoi" && (ext === "csv" || ext === "xlsx")) {
    const personal =
      opts.personal && mayExportPersonal(user)
        ? (q: { leadCommitteeId: string }) => seesCallersOf(user, q.leadCommitteeId)
        : undefined;
    const { rows, included } = await questionRows(f, personal);
    // Recorded before the file leaves: no record, no file.
    if (included.length) await auditPersonalExport(user, { file, filter: f, items: included });
    body = ext === "csv" ? toCsv(rows) : await toXlsx("Câu hỏi", rows);
  } else if (name === "nhiem-vu" && (ext === "csv" || ext === "xlsx")) {
    const rows = await taskRows({ episodeId: f.episodeId, agencyCode: f.agencyCode });
    body = ext === "csv" ? toCsv(rows) : await toXlsx("Nhiệm vụ", rows);
  } else if (name === "bao-cao-theo-doi" && ext === "docx") {
    body = await followUpReport(user, f.episodeId);
  } else {
    return null;
  }
  return { body, type: EXPORT_TYPES[ext] };
}

/**
 * A committee's own name as it heads its report, under the council's line: "Ban Văn hóa - Xã hội Hội đồng
 * nhân dân tỉnh" → "Ban Văn hóa - Xã hội" (the council is named on the line above it).
 */
export function committeeName(full: string): string {
  const own = full.replace(/\s+(Hội đồng nhân dân|HĐND)(\s.*)?$/u, "").trim();
  return own || full;
}

/** The follow-up report (DOCX) of one episode, or of every episode, signed by the user's committee. */
async function followUpReport(user: SessionUser, episodeId: string | undefined) {
  const d = await dashboard({ episodeId });
  const ep = episodeId ? await db().episode.findUnique({ where: { id: episodeId }, include: { notice: true } }) : null;
  const committee = user.organization?.shortName.startsWith("Ban")
    ? committeeName((await db().organization.findUnique({ where: { id: user.organizationId! } }))!.name)
    : getProfile().council.office;
  const notice = ep?.notice?.number ? `Thông báo kết luận số ${ep.notice.number}` : "kết luận";
  return followUpReportDocx({
    committee,
    title: ep
      ? `Kết quả theo dõi việc thực hiện ${notice} tại Chương trình “${getProfile().program.name}” về ${ep.topic.charAt(0).toLowerCase()}${ep.topic.slice(1)}`
      : `Kết quả theo dõi việc thực hiện kết luận tại Chương trình “${getProfile().program.name}”`,
    date: new Date(),
    summary: [
      `Tổng số ý kiến tiếp nhận: ${d.total}; đã trả lời trực tiếp trên sóng: ${d.outcome.onAir}; ` +
        `đã trả lời bằng văn bản: ${d.outcome.inWriting}; đang giải quyết: ${d.outcome.open}; ` +
        `đóng do không thể giải quyết: ${d.outcome.closed}.`,
      `Số nội dung quá hạn chưa hoàn thành: ${d.overdue.length}. ` +
        `Mức độ hài lòng của cử tri: ${d.satisfaction.satisfied}/${d.satisfaction.rated} ý kiến đánh giá hài lòng.`,
      "Kết quả thực hiện của từng cơ quan, đơn vị như sau:",
    ],
    agencies: d.agencies,
    overdue: d.overdue.map((i) => ({
      agency: i.agency?.shortName ?? "",
      title: i.title,
      due: i.dueAt ? vnDateString(new Date(i.dueAt), getProfile().timeZone) : "",
    })),
  });
}
