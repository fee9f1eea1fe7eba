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

export function formatDateTime(lang: Lang, d: Date | string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "vi-VN", {
    timeZone: TZ, weekday: "long", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit",
  }).format(new Date(d));
}

export function formatDate(lang: Lang, d: Date | string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "vi-VN", { timeZone: TZ, day: "2-digit", month: "2-digit", year: "numeric" }).format(new Date(d));
}

export function formatShort(lang: Lang, d: Date | string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "vi-VN", {
    timeZone: TZ, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit",
  }).format(new Date(d));
}
