/**
 * The console's likely duplicates of the open question (issue 21): each with why it was suggested
 * (the words both share, the thesaurus's matches, the place), "merge into this one" and "not a
 * duplicate" (the ranking learns from both).
 */
import { useEffect, useState } from "react";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { formatTrackingCode } from "../index.ts";

export type DuplicateWhy = {
  shared: { term: string; weight: number }[];
  thesaurus: { concept: string; here: string; there: string }[];
  places: string[];
  differs: string[];
  learned: "promoted" | "demoted" | null;
};
export type Duplicate = { id: string; trackingCode: string; summary: string; score: number; why: DuplicateWhy };

export function DuplicateSuggestions({
  questionId,
  duplicates,
  dismissed,
  canMerge,
  canDismiss,
  merge,
}: {
  questionId: string;
  /** The suggestions not yet dismissed (the caller keeps what was dismissed, for the `m` key too). */
  duplicates: Duplicate[];
  dismissed: (otherId: string) => void;
  canMerge: boolean;
  canDismiss: boolean;
  merge: (targetId: string) => void;
}) {
  const t = useT();
  const [error, setError] = useState(false);
  useEffect(() => setError(false), [questionId]);
  const dismiss = async (otherId: string) => {
    setError(false);
    const res = await fetch(`/api/questions/${questionId}/duplicates/dismiss`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ otherId }),
    }).catch(() => null);
    if (res?.ok) dismissed(otherId);
    else setError(true);
  };
  if (!duplicates.length) return null;
  return (
    <>
      <h3 className="mt-3 font-semibold">{t("console.duplicates")}</h3>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {t("console.err.internal")}
        </p>
      ) : null}
      <ul className="grid gap-2 text-sm" data-testid="duplicates">
        {duplicates.map((d) => (
          <li key={d.id} className="rounded border border-slate-200 p-2">
            <div className="flex flex-wrap items-center gap-2">
              <button type="button" className="btn-secondary" disabled={!canMerge} onClick={() => merge(d.id)}>
                {t("console.mergeInto")}
              </button>
              <button type="button" className="btn-secondary" disabled={!canDismiss} onClick={() => dismiss(d.id)}>
                {t("duplicates.dismiss")}
              </button>
              <span className="font-mono text-xs">{formatTrackingCode(d.trackingCode)}</span>
              <span>{d.summary}</span>
            </div>
            <Why why={d.why} />
          </li>
        ))}
      </ul>
    </>
  );
}

function Why({ why }: { why: DuplicateWhy }) {
  const t = useT();
  const parts: string[] = [];
  if (why.places.length) parts.push(`${t("duplicates.why.places")}: ${why.places.join(", ")}`);
  if (why.thesaurus.length)
    parts.push(
      `${t("duplicates.why.thesaurus")}: ${why.thesaurus
        .map((m) => (m.here === m.there ? m.concept : `${m.here} = ${m.there}`))
        .join("; ")}`,
    );
  const words = why.shared.map((s) => s.term).filter((w) => !why.thesaurus.some((m) => m.there === w));
  if (words.length) parts.push(`${t("duplicates.why.shared")}: ${words.join(", ")}`);
  if (why.differs.length) parts.push(`${t("duplicates.why.differs")}: ${why.differs.join(", ")}`);
  if (why.learned) parts.push(t(`duplicates.why.${why.learned}`));
  return (
    <p className="mt-1 text-xs text-slate-600" data-testid="duplicate-why">
      {parts.join(" · ")}
    </p>
  );
}
