import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { mayDownload } from "../features/followup/index.server.ts";
import { getUser } from "../platform/auth.server.ts";
import { contentDisposition, storedPath } from "../platform/files.server.ts";

/** Downloads an attachment (404 for anyone who may not see it). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const a = await mayDownload(await getUser(request), params.id ?? "");
  if (!a) throw new Response("Not found", { status: 404 });
  const file = storedPath(a.stored);
  const info = await stat(file).catch(() => null);
  if (!info) throw new Response("Not found", { status: 404 });
  return new Response(createReadableStreamFromReadable(createReadStream(file)), {
    headers: {
      "Content-Type": a.type,
      "Content-Length": String(info.size),
      "Content-Disposition": contentDisposition(a.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
