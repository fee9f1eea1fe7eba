import type { LoaderFunctionArgs } from "@remix-run/node";
import { listEpisodes, buildCalendar } from "../features/episodes/index.server.ts";
import { getProfile } from "../features/profile/index.server.ts";
import { brandOf, brandVars } from "../features/profile/index.ts";
import { getConfig } from "../platform/config.server.ts";
import { notFound } from "../platform/http.server.ts";
import { translate } from "../platform/i18n/dictionary.ts";

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = getConfig().publicUrl?.replace(/\/$/, "") ?? new URL(request.url).origin;
  const host = new URL(origin).hostname;
  // ?chuong-trinh=<id>: one episode's file (its page's "add to calendar"); without it, the whole program.
  const only = new URL(request.url).searchParams.get("chuong-trinh");
  const episodes = (await listEpisodes()).filter((e) => !only || e.id === only);
  if (only && !episodes.length) throw notFound();
  const profile = getProfile();
  const body = buildCalendar({
    name: only
      ? `${profile.program.name}: ${episodes[0].topic}`
      : `${profile.program.name} · ${profile.council.shortName}`,
    timeZone: profile.timeZone,
    description: translate("vi", "app.tagline", brandVars(brandOf(profile))),
    events: episodes.map((e) => {
      const url = `${origin}/chuong-trinh/${e.id}`;
      const watch = e.platforms.map((p) => (p.url ? `${p.label}: ${p.url}` : p.label)).join("\n");
      return {
        uid: `${e.id}@${host}`,
        start: e.startsAt,
        end: e.endsAt,
        stamp: e.updatedAt,
        sequence: Math.floor(e.updatedAt.getTime() / 1000) - 1_700_000_000,
        summary: `${e.series.programName}: ${e.topic}`,
        description: [
          `${translate("vi", "episode.committee")}: ${e.leadCommittee.name}`,
          e.hotlines.length ? `${translate("vi", "episode.hotline")}: ${e.hotlines.join(", ")}` : "",
          watch ? `${translate("vi", "episode.watch")}:\n${watch}` : "",
          url,
        ]
          .filter(Boolean)
          .join("\n"),
        location: e.platforms.map((p) => p.label).join(", ") || undefined,
        url,
      };
    }),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${only ? `lang-nghe-${only}` : "lang-nghe"}.ics"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
