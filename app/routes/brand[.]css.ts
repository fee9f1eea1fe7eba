/** The deployment's brand colours (profile) as CSS custom properties; linked from every page. */
import { getProfile } from "../features/profile/index.server.ts";
import { brandCss } from "../features/profile/index.ts";

export async function loader() {
  return new Response(brandCss(getProfile().site.colors), {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
