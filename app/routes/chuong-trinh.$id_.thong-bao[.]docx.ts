import type { LoaderFunctionArgs } from "@remix-run/node";
import { noticeDocument, noticeDocx, noticeFileName } from "../features/followup/index.server.ts";
import { getUser } from "../platform/auth.server.ts";
import { contentDisposition } from "../platform/files.server.ts";
import { can } from "../platform/permissions.ts";

/** The notice as DOCX: public once issued; drafts for the committee only. Its name keeps the Vietnamese letters. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const doc = await noticeDocument(params.id ?? "");
  if (!doc) throw new Response("Not found", { status: 404 });
  if (doc.n.status !== "issued") {
    const user = await getUser(request);
    if (!can(user, "followup:review", [doc.n.episode.leadCommitteeId]))
      throw new Response("Not found", { status: 404 });
  }
  const buf = await noticeDocx(doc.parts);
  return new Response(new Uint8Array(buf), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": contentDisposition(noticeFileName(doc.n)),
      "Cache-Control": "no-store",
    },
  });
}
