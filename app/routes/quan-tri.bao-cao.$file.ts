/**
 * Exports: questions and tasks as CSV or XLSX (with the dashboard's filter), and the follow-up report as DOCX.
 * `personal=1` asks for the askers' personal data in the questions' export (only with personal:view; audited).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportFile } from "../features/followup/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { notFound } from "../platform/http.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "report:view");
  const q = new URL(request.url).searchParams;
  const file = params.file ?? "";
  const filter = {
    episodeId: q.get("ep") || undefined,
    status: q.get("status") || undefined,
    agencyCode: q.get("agency") || undefined,
  };
  const out = await exportFile(user, file, filter, { personal: q.get("personal") === "1" });
  if (!out) throw notFound();
  return new Response(typeof out.body === "string" ? out.body : new Uint8Array(out.body), {
    headers: {
      "Content-Type": out.type,
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
