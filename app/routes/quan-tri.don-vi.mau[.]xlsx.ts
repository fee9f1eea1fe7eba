/** The directory import's XLSX template, with the current directory filled in (admin). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { directoryTemplate } from "../features/directory/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { contentDisposition } from "../platform/files.server.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "organization:edit");
  return new Response(new Uint8Array(await directoryTemplate()), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": contentDisposition("danh-ba-mau.xlsx"),
      "Cache-Control": "private, no-store",
    },
  });
}
