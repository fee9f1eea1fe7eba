/**
 * Exports: questions and tasks as CSV or XLSX (with the dashboard's filter), and the follow-up report as DOCX.
 * `personal=1` asks for the askers' personal data in the questions' export (only with personal:view; audited).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportFile } from "../features/followup/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { contentDisposition } from "../platform/files.server.ts";
import { notFound } from "../platform/http.server.ts";
import { currentTimeZone, endOfLocalDay, zonedTimeToInstant } from "../platform/time.ts";

/** "2026-03-31" as the first or last instant of that day in the profile's zone; anything else is no bound. */
function dayParam(v: string | null, end: "start" | "end"): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v ?? "");
  if (!m) return undefined;
  const start = zonedTimeToInstant({ year: +m[1], month: +m[2], day: +m[3] }, currentTimeZone());
  return end === "start" ? start : endOfLocalDay(start, currentTimeZone());
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "report:view");
  const q = new URL(request.url).searchParams;
  const file = params.file ?? "";
  const filter = {
    episodeId: q.get("ep") || undefined,
    status: q.get("status") || undefined,
    agencyCode: q.get("agency") || undefined,
    // A period of broadcasts, as Vietnam days: from the start of `from` to the end of `to`.
    from: dayParam(q.get("from"), "start"),
    to: dayParam(q.get("to"), "end"),
  };
  const out = await exportFile(user, file, filter, { personal: q.get("personal") === "1" });
  if (!out) throw notFound();
  return new Response(typeof out.body === "string" ? out.body : new Uint8Array(out.body), {
    headers: {
      "Content-Type": out.type,
      "Content-Disposition": contentDisposition(out.name),
      "Cache-Control": "private, no-store",
    },
  });
}
