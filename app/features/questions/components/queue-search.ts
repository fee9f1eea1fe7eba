/**
 * The console's search over its queue: the text (the question's words and the operator's wording, with or without
 * diacritics, folded by the Vietnamese pipeline), the tracking code (typed however), and the caller's phone. The
 * queue carries no phone numbers (masked at most), so digits are looked up on the server, for those who see the
 * episode's callers; each look-up is recorded there.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { viTokens } from "../../../platform/vi/index.ts";
import type { StaffQuestion } from "../index.server.ts";

/** A text as the search compares it: its words folded (no diacritics, đ → d, lower case), one space apart. */
export const foldForSearch = (s: string) =>
  viTokens(s)
    .map((w) => w.fold)
    .join(" ");

/** Digits typed as a phone number (spaces, dots, dashes, brackets, a leading +), or null. */
export function phoneDigits(query: string): string | null {
  const s = query.trim().replace(/[\s.\-()]/g, "");
  return /^\+?\d{4,}$/.test(s) ? s.replace("+", "") : null;
}

export function useQueueSearch(episodeId: string, personal: boolean) {
  const [query, setQuery] = useState("");
  const [phoneIds, setPhoneIds] = useState<Set<string> | null>(null);
  const folded = useRef(new Map<string, { key: string; text: string }>());
  const phone = personal ? phoneDigits(query) : null;
  // Looked up once the operator stops typing: every look-up is an audited reading of personal data.
  useEffect(() => {
    setPhoneIds(null);
    if (!phone) return;
    const ctl = new AbortController();
    const id = setTimeout(() => {
      fetch(`/api/episodes/${episodeId}/phone-search`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ phone }),
        signal: ctl.signal,
      })
        .then((r) => (r.ok ? (r.json() as Promise<{ ids: string[] }>) : null))
        .then((r) => r && setPhoneIds(new Set(r.ids)))
        .catch(() => {});
    }, 600);
    return () => {
      clearTimeout(id);
      ctl.abort();
    };
  }, [episodeId, phone]);

  const match = useMemo(() => {
    const words = foldForSearch(query);
    const code = query.toUpperCase().replace(/[\s-]/g, "");
    // Half a code at least, or a few characters with a digit: words of a text seldom look like either.
    const byCode = /^[0-9A-Z]+$/.test(code) && (code.length >= 5 || (code.length >= 3 && /\d/.test(code)));
    if (!words && !byCode) return null;
    const textOf = (q: StaffQuestion) => {
      const key = `${q.version}`;
      let f = folded.current.get(q.id);
      if (f?.key !== key) folded.current.set(q.id, (f = { key, text: foldForSearch(`${q.summary} ${q.text}`) }));
      return f.text;
    };
    return (q: StaffQuestion) =>
      (!!words && ` ${textOf(q)} `.includes(words)) ||
      (byCode && q.trackingCode.includes(code)) ||
      !!phoneIds?.has(q.id);
  }, [query, phoneIds]);

  return { query, setQuery, match, phoneCount: phone ? (phoneIds?.size ?? null) : null };
}
