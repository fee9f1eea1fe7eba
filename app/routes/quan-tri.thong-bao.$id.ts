/** Opens a notification: marks it read and goes to its item (only the user's own). */
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { openNotification } from "../features/notifications/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { notFound, safeRedirect } from "../platform/http.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  const to = await openNotification(user, params.id!);
  if (!to) throw notFound();
  return redirect(safeRedirect(to, "/quan-tri/thong-bao"));
}
