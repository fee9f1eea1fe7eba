/** The exports: questions and tasks as CSV or XLSX (with the dashboard's filter), and the follow-up report as DOCX. */
import type { SessionUser } from "../../platform/auth.server.ts";
import { auditPersonalExport, mayExportPersonal, seesCallersOf } from "../privacy/index.server.ts";
import { itemSheet, questionSheet, sheetContext } from "./export-rows.server.ts";
import { toCsv, toXlsx, type Sheet } from "./export-sheets.server.ts";
import { followUpReport } from "./report.server.ts";

export const EXPORT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};
export type ExportFilter = { episodeId?: string; status?: string; agencyCode?: string; from?: Date; to?: Date };

/**
 * The file named `file` ("cau-hoi.csv", "nhiem-vu.xlsx", "bao-cao-theo-doi.docx"…), or null when there is no such
 * export. Askers' names, phones and areas are in the questions' export only when the user asks for them
 * (`personal`) and holds personal:view: filled for the episodes the grant covers (the lead Ban's own, all for an
 * operator or the admin), and the export is recorded in the audit log with the items it carried (docs/PRIVACY.md).
 */
export async function exportFile(user: SessionUser, file: string, f: ExportFilter, opts: { personal?: boolean } = {}) {
  const [name, ext] = file.split(".") as [string, keyof typeof EXPORT_TYPES];
  let body: string | Buffer;
  const write = (sheet: Sheet) => (ext === "csv" ? toCsv(sheet, sheetContext()) : toXlsx(sheet, sheetContext()));
  if (name === "cau-hoi" && (ext === "csv" || ext === "xlsx")) {
    const personal =
      opts.personal && mayExportPersonal(user)
        ? (q: { leadCommitteeId: string }) => seesCallersOf(user, q.leadCommitteeId)
        : undefined;
    const { sheet, included } = await questionSheet(f, personal);
    // Recorded before the file leaves: no record, no file.
    if (included.length)
      await auditPersonalExport(user, {
        file,
        filter: { ...f, from: f.from?.toISOString(), to: f.to?.toISOString() },
        items: included,
      });
    body = await write(sheet);
  } else if ((name === "nhiem-vu" || name === "theo-doi") && (ext === "csv" || ext === "xlsx")) {
    body = await write(await itemSheet(f));
  } else if (name === "bao-cao-theo-doi" && ext === "docx") {
    body = await followUpReport(user, { episodeId: f.episodeId, from: f.from, to: f.to });
  } else {
    return null;
  }
  return { body, type: EXPORT_TYPES[ext], name: `${DOWNLOAD_NAMES[name] ?? name}.${ext}` };
}

/** The downloads' names, in Vietnamese (sent with RFC 5987 filename*). */
const DOWNLOAD_NAMES: Record<string, string> = {
  "cau-hoi": "Danh sách ý kiến tiếp nhận",
  "nhiem-vu": "Kết quả theo dõi thực hiện kết luận",
  "theo-doi": "Kết quả theo dõi thực hiện kết luận",
  "bao-cao-theo-doi": "Báo cáo kết quả theo dõi",
};
