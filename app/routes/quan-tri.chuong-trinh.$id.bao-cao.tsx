import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { getEpisode, surveyFilePath } from "../features/episodes/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { notFound } from "../platform/http.server.ts";

/** Downloads the survey report attachment (staff only). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, "episode:view");
  const e = await getEpisode(params.id ?? "");
  if (!e?.surveyFileStored) throw notFound();
  const file = surveyFilePath(e.surveyFileStored);
  const info = await stat(file).catch(() => null);
  if (!info) throw notFound();
  const name = e.surveyFileName ?? "bao-cao";
  return new Response(createReadableStreamFromReadable(createReadStream(file)), {
    headers: {
      "Content-Type": e.surveyFileType ?? "application/octet-stream",
      "Content-Length": String(info.size),
      "Content-Disposition": `attachment; filename="${name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
