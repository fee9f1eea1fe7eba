/**
 * Vietnam time (UTC+7, no daylight saving) for dates as offices write them.
 * One place for the offset; browser-safe.
 */
export const VN_OFFSET_MS = 7 * 3600_000;

/** The Vietnamese calendar day of an instant. */
export function vnParts(d: Date): { day: number; month: number; year: number } {
  const l = new Date(d.getTime() + VN_OFFSET_MS);
  return { day: l.getUTCDate(), month: l.getUTCMonth() + 1, year: l.getUTCFullYear() };
}

const two = (n: number) => String(n).padStart(2, "0");

/** "23/05/2024" */
export function vnDateString(d: Date): string {
  const p = vnParts(d);
  return `${two(p.day)}/${two(p.month)}/${p.year}`;
}

/** "2024-05-23": sortable day key. */
export function vnDayKey(d: Date): string {
  const p = vnParts(d);
  return `${p.year}-${two(p.month)}-${two(p.day)}`;
}

/**
 * "<place>, ngày 05 tháng 02 năm 2024" — Decree 30: days below 10 and months below 3 take a leading zero.
 * Without a place (a deployment whose profile has none yet): "Ngày 05 tháng 02 năm 2024".
 */
export function vnDateLine(place: string, d: Date | null): string {
  const p = d && vnParts(d);
  const date = p
    ? `ngày ${two(p.day)} tháng ${p.month < 3 ? two(p.month) : p.month} năm ${p.year}`
    : "ngày     tháng     năm";
  return place ? `${place}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}
