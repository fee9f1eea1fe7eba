import { createCookie } from "@remix-run/node";
import type { Lang } from "./dictionary.ts";

export const langCookie = createCookie("ln_lang", { path: "/", sameSite: "lax", httpOnly: true, maxAge: 365 * 86400 });

export async function getLang(request: Request): Promise<Lang> {
  const v = await langCookie.parse(request.headers.get("Cookie"));
  return v === "en" ? "en" : "vi";
}
