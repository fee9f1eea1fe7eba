import { getConfig } from "../../platform/config.server.ts";

/** Until when the askers of an answer published at `publishedAt` may rate it or change it (RATING_WINDOW_DAYS). */
export function ratingOpenUntil(publishedAt: Date): Date {
  return new Date(publishedAt.getTime() + getConfig().ratingWindowDays * 86400_000);
}
