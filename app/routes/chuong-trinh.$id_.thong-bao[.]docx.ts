import type { LoaderFunctionArgs } from "@remix-run/node";
import { noticeDocx, getNotice } from "../features/followup/index.server.ts";
import { getUser } from "../platform/auth.server.ts";
import { can } from "../platform/permissions.ts";

/** The notice as DOCX: public once issued; drafts for the committee only. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const n = await getNotice(params.id ?? "");
  if (!n) throw new Response("Not found", { status: 404 });
  if (n.status !== "issued") {
    const user = await getUser(request);
    if (!can(user, "followup:review", [n.episode.leadCommitteeId])) throw new Response("Not found", { status: 404 });
  }
  const buf = await noticeDocx(n);
  const name = `thong-bao-ket-luan${n.number ? `-${n.number.replace(/[^0-9A-Za-z]+/g, "-")}` : "-du-thao"}.docx`;
  return new Response(new Uint8Array(buf), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
