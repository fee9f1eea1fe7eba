import { useRouteLoaderData } from "@remix-run/react";
import { currentTimeZone, zonedParts } from "../time.ts";
import { translate, type Key, type Lang } from "./dictionary.ts";

export type T = (key: Key | (string & {}), vars?: Record<string, string | number>) => string;

/** The deployment's time zone (the profile's, from the root loader): pass it to the format helpers. */
export function useTimeZone(): string {
  const data = useRouteLoaderData("root") as { zone?: { tz: string } } | undefined;
  return data?.zone?.tz ?? currentTimeZone();
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

/**
 * 15.000 in Vietnamese, 15,000 in English. Whole numbers are grouped here, as the two locales do, so a
 * phone's page does not pay for loading Intl (its first call costs ~150 ms of a slow phone's CPU).
 */
export function formatNumber(lang: Lang, n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString(localeOf(lang));
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "en" ? "," : ".");
  return n < 0 ? `-${digits}` : digits;
}

/** "23/05/2024" (both languages write the day first). */
export function formatDate(_lang: Lang, d: Date | string, tz = currentTimeZone()): string {
  const p = zonedParts(d, tz);
  return `${two(p.day)}/${two(p.month)}/${p.year}`;
}

/** "20:05 23/05/2024" in Vietnamese, "23/05/2024, 20:05" in English. */
export function formatShort(lang: Lang, d: Date | string, tz = currentTimeZone()): string {
  const p = zonedParts(d, tz);
  const day = `${two(p.day)}/${two(p.month)}/${p.year}`;
  const time = `${two(p.hour)}:${two(p.minute)}`;
  return lang === "en" ? `${day}, ${time}` : `${time} ${day}`;
}
