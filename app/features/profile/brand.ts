/**
 * The profile's public face, as the root loader hands it to every page: names for titles, header and
 * footer, the logo, colours, languages and where to watch. Client-safe (no server profile here).
 */
import type { MetaDescriptor } from "@remix-run/node";
import { useRouteLoaderData } from "@remix-run/react";
import { translate, type Lang } from "../../platform/i18n/dictionary.ts";
import type { Profile } from "./schemas.ts";

export type Brand = {
  siteName: string;
  programName: string;
  council: string;
  councilShort: string;
  standingCommittee: string;
  office: string;
  logo: string;
  colors: { primary: string; accent: string };
  languages: ("vi" | "en")[];
  watch: { label: string; url: string }[];
  hotlines: string[];
  timeZone: string;
};

export function brandOf(p: Profile): Brand {
  return {
    siteName: p.program.siteName,
    programName: p.program.name,
    council: p.council.name,
    councilShort: p.council.shortName,
    standingCommittee: p.council.standingCommittee,
    office: p.council.office,
    logo: p.site.logo,
    colors: p.site.colors,
    languages: p.site.languages,
    watch: p.program.watch,
    hotlines: p.program.hotlines,
    timeZone: p.timeZone,
  };
}

/** The values dictionary texts interpolate: {council}, {councilShort}, {standing}, {office}, {program}, {site}. */
export function brandVars(b: Brand | undefined): Record<string, string> {
  return {
    council: b?.council ?? "Hội đồng nhân dân",
    councilShort: b?.councilShort ?? "HĐND",
    standing: b?.standingCommittee ?? "Thường trực Hội đồng nhân dân",
    office: b?.office ?? "Văn phòng Hội đồng nhân dân",
    program: b?.programName ?? "Lắng nghe và Trao đổi",
    site: b?.siteName ?? "Lắng nghe",
  };
}

type Match = { id: string; data?: unknown };
const brandIn = (matches: Match[]) =>
  (matches.find((m) => m.id === "root")?.data as { brand?: Brand } | undefined)?.brand;

/**
 * A page's <title> and site meta: "<title> · <program>" (the program and the council on the home page),
 * the site's name for link previews and the description given.
 */
export function pageMeta(matches: Match[], title?: string, description?: string): MetaDescriptor[] {
  const v = brandVars(brandIn(matches));
  const fill = (s: string) => Object.entries(v).reduce((out, [k, x]) => out.replaceAll(`{${k}}`, x), s);
  if (description) description = fill(description);
  return [
    { title: title ? `${title} · ${v.program}` : `${v.program} · ${v.councilShort}` },
    { name: "application-name", content: v.site },
    { property: "og:site_name", content: v.site },
    ...(description ? [{ name: "description", content: description }] : []),
  ];
}

/** pageMeta with the title and description from the dictionary, in the page's language. */
export function pageMetaT(matches: Match[], title: string | undefined, descriptionKey: string): MetaDescriptor[] {
  const lang = (matches.find((m) => m.id === "root")?.data as { lang?: Lang } | undefined)?.lang ?? "vi";
  return pageMeta(matches, title, translate(lang, descriptionKey));
}

export function useBrand(): Brand | undefined {
  return (useRouteLoaderData("root") as { brand?: Brand } | undefined)?.brand;
}
