/** Exports: questions and tasks as CSV or XLSX (with the dashboard's filter), and the follow-up report as DOCX. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "../platform/db.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { followUpReportDocx } from "../features/followup/docx.server.ts";
import { dashboard, questionRows, taskRows, toCsv, toXlsx } from "../features/followup/stats.server.ts";
import { notFound } from "../platform/http.server.ts";
import { vnDateString } from "../platform/time.ts";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "report:view");
  const url = new URL(request.url);
  const episodeId = url.searchParams.get("ep") || undefined;
  const status = url.searchParams.get("status") || undefined;
  const agencyCode = url.searchParams.get("agency") || undefined;
  const file = params.file ?? "";
  const [name, ext] = file.split(".") as [string, keyof typeof TYPES];
  let body: string | Buffer;
  if (name === "cau-hoi" && (ext === "csv" || ext === "xlsx")) {
    const rows = await questionRows({ episodeId, status, agencyCode });
    body = ext === "csv" ? toCsv(rows) : await toXlsx("Câu hỏi", rows);
  } else if (name === "nhiem-vu" && (ext === "csv" || ext === "xlsx")) {
    const rows = await taskRows({ episodeId, agencyCode });
    body = ext === "csv" ? toCsv(rows) : await toXlsx("Nhiệm vụ", rows);
  } else if (name === "bao-cao-theo-doi" && ext === "docx") {
    const d = await dashboard({ episodeId });
    const ep = episodeId ? await db().episode.findUnique({ where: { id: episodeId }, include: { notice: true } }) : null;
    const committee = user.organization?.shortName.startsWith("Ban") ? (await db().organization.findUnique({ where: { id: user.organizationId! } }))!.name.replace(/ Hội đồng nhân dân tỉnh$/, "") : "Văn phòng Đoàn ĐBQH và HĐND";
    body = await followUpReportDocx({
      committee,
      province: "Hậu Giang",
      title: ep
        ? `Kết quả theo dõi việc thực hiện ${ep.notice?.number ? `Thông báo kết luận số ${ep.notice.number}` : "kết luận"} tại Chương trình “Lắng nghe và Trao đổi” về ${ep.topic.charAt(0).toLowerCase()}${ep.topic.slice(1)}`
        : "Kết quả theo dõi việc thực hiện kết luận tại Chương trình “Lắng nghe và Trao đổi”",
      date: new Date(),
      summary: [
        `Tổng số ý kiến tiếp nhận: ${d.total}; đã trả lời trực tiếp trên sóng: ${d.outcome.onAir}; đã trả lời bằng văn bản: ${d.outcome.inWriting}; đang giải quyết: ${d.outcome.open}; đóng do không thể giải quyết: ${d.outcome.closed}.`,
        `Số nội dung quá hạn chưa hoàn thành: ${d.overdue.length}. Mức độ hài lòng của cử tri: ${d.satisfaction.satisfied}/${d.satisfaction.rated} ý kiến đánh giá hài lòng.`,
        "Kết quả thực hiện của từng cơ quan, đơn vị như sau:",
      ],
      agencies: d.agencies,
      overdue: d.overdue.map((i) => ({ agency: i.agency?.shortName ?? "", title: i.title, due: i.dueAt ? vnDateString(new Date(i.dueAt)) : "" })),
    });
  } else {
    throw notFound();
  }
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: { "Content-Type": TYPES[ext], "Content-Disposition": `attachment; filename="${file}"`, "Cache-Control": "private, no-store" },
  });
}
