import { UploadError } from "../../platform/files.server.ts";
import { formResult, invalid } from "../../platform/http.server.ts";
import { FollowUpError } from "./common.server.ts";

/** Maps follow-up errors to responses (403/404 thrown, 409/422 as action data); others as formResult does. */
export async function runFollowUp<T>(intent: string, fn: () => Promise<T>): Promise<T | Response> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof UploadError)
      return invalid({ files: [e.code] }, intent, undefined, e.code === "err.fileSize" ? 413 : 422);
    // Everything else goes through the one mapping of Remix actions.
    if (!(e instanceof FollowUpError)) return formResult(intent, () => Promise.reject(e));
    if (e.status === 403) throw new Response("Forbidden", { status: 403 });
    if (e.status === 404) throw new Response("Not found", { status: 404 });
    return invalid({ [e.field ?? "_form"]: [`fu.err.${e.code}`] }, intent, undefined, e.status);
  }
}
