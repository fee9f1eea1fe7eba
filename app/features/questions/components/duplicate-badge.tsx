/**
 * The queue's "likely duplicate" badges (issue 21): for each open question, the earlier question it
 * most likely repeats, from `GET /api/episodes/:id/duplicates` (the same ranking as the suggestions),
 * read again a moment after the queue changes, and every 30 s.
 */
import { useEffect, useState } from "react";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { formatTrackingCode } from "../index.ts";

type Flag = { questionId: string; otherId: string; trackingCode: string; score: number };

/** The badges by question id; `key` changes when the queue does (questions added, edited, merged). */
export function useDuplicateFlags(episodeId: string, key: string) {
  const [flags, setFlags] = useState<Map<string, Flag>>(new Map());
  useEffect(() => {
    let live = true;
    const read = () =>
      fetch(`/api/episodes/${episodeId}/duplicates`)
        .then((r) => (r.ok ? (r.json() as Promise<{ flags: Flag[] }>) : null))
        .then((body) => {
          if (live && body) setFlags(new Map(body.flags.map((f) => [f.questionId, f])));
        })
        .catch(() => {});
    const timer = setTimeout(read, 800);
    // Another console's "not a duplicate" changes no question: read again now and then.
    const every = setInterval(read, 30_000);
    return () => {
      live = false;
      clearTimeout(timer);
      clearInterval(every);
    };
  }, [episodeId, key]);
  return flags;
}

export function DuplicateBadge({ flag }: { flag: Flag | undefined }) {
  const t = useT();
  if (!flag) return null;
  return (
    <span className="badge bg-violet-100 text-violet-800" data-testid="duplicate-badge">
      {t("duplicates.badge")} {formatTrackingCode(flag.trackingCode)}
    </span>
  );
}
