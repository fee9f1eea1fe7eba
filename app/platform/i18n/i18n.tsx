import { useRouteLoaderData } from "@remix-run/react";
import { translate, type Key, type Lang } from "./dictionary.ts";

export type T = (key: Key | (string & {}), vars?: Record<string, string | number>) => string;

export function useLang(): Lang {
  const data = useRouteLoaderData("root") as { lang?: Lang } | undefined;
  return data?.lang ?? "vi";
}

export function useT(): T {
  const lang = useLang();
  return (key, vars) => translate(lang, key, vars);
}

const TZ = "Asia/Ho_Chi_Minh";

const WEEKDAYS_VI = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];

function partsOf(d: Date | string) {
  const parts: Record<string, string> = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: TZ,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    })
      .formatToParts(new Date(d))
      .map((p) => [p.type, p.value]),
  );
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday);
  return { hour: parts.hour, minute: parts.minute, day: parts.day, month: parts.month, year: parts.year, weekday };
}

/** "20:00, Thứ Năm, 23/5/2024" as Vietnamese offices write it; English long form otherwise. */
export function formatDateTime(lang: Lang, d: Date | string): string {
  if (lang === "en") {
    return new Intl.DateTimeFormat("en-GB", {
      timeZone: TZ,
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    }).format(new Date(d));
  }
  const p = partsOf(d);
  return `${p.hour}:${p.minute}, ${WEEKDAYS_VI[p.weekday]}, ${Number(p.day)}/${Number(p.month)}/${p.year}`;
}

/** The Intl locale of a UI language. */
const localeOf = (lang: Lang) => (lang === "en" ? "en-GB" : "vi-VN");

/** 15.000 in Vietnamese, 15,000 in English. */
export function formatNumber(lang: Lang, n: number): string {
  return n.toLocaleString(localeOf(lang));
}

export function formatDate(lang: Lang, d: Date | string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: TZ,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date(d));
}

export function formatShort(lang: Lang, d: Date | string): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: TZ,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(d));
}
