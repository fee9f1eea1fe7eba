import { useRouteLoaderData } from "@remix-run/react";
import { currentTimeZone, zonedParts } from "../time.ts";
import { translate, type Key, type Lang } from "./dictionary.ts";

export type T = (key: Key | (string & {}), vars?: Record<string, string | number>) => string;

/** The deployment's time zone (the profile's, from the root loader): pass it to the format helpers. */
export function useTimeZone(): string {
  const data = useRouteLoaderData("root") as { timeZone?: string } | undefined;
  return data?.timeZone ?? currentTimeZone();
}

export function useLang(): Lang {
  const data = useRouteLoaderData("root") as { lang?: Lang } | undefined;
  return data?.lang ?? "vi";
}

/**
 * Texts in the visitor's language, with the deployment's names filled in: the root loader's `textVars`
 * ({council}, {councilShort}, {standing}, {office}, {program}, {site}) under the caller's own variables.
 */
export function useT(): T {
  const lang = useLang();
  const data = useRouteLoaderData("root") as { textVars?: Record<string, string> } | undefined;
  const base = data?.textVars;
  return (key, vars) => translate(lang, key, base ? { ...base, ...vars } : vars);
}

const WEEKDAYS_VI = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const two = (n: number) => String(n).padStart(2, "0");

/** "20:00, Thứ Năm, 23/5/2024" as Vietnamese offices write it; English long form otherwise. */
export function formatDateTime(lang: Lang, d: Date | string, tz = currentTimeZone()): string {
  if (lang === "en") {
    return new Intl.DateTimeFormat("en-GB", {
      timeZone: tz,
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    }).format(new Date(d));
  }
  const p = zonedParts(d, tz);
  return `${two(p.hour)}:${two(p.minute)}, ${WEEKDAYS_VI[p.weekday]}, ${p.day}/${p.month}/${p.year}`;
}

/** The Intl locale of a UI language. */
const localeOf = (lang: Lang) => (lang === "en" ? "en-GB" : "vi-VN");

/** 15.000 in Vietnamese, 15,000 in English. */
export function formatNumber(lang: Lang, n: number): string {
  return n.toLocaleString(localeOf(lang));
}

export function formatDate(lang: Lang, d: Date | string, tz = currentTimeZone()): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: tz,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date(d));
}

export function formatShort(lang: Lang, d: Date | string, tz = currentTimeZone()): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: tz,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(d));
}
