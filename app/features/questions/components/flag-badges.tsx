/**
 * A question's flags as staff see them: the moderation flags in red; "sent after the program, to be answered
 * in writing" apart, as it is no warning (intake-mode.ts).
 */
import { useT } from "../../../platform/i18n/i18n.tsx";
import { WRITTEN_ANSWER_FLAG } from "../intake-mode.ts";

export function FlagBadges({ flags, mark = "" }: { flags: string[]; mark?: string }) {
  const t = useT();
  const warnings = flags.filter((f) => f !== WRITTEN_ANSWER_FLAG);
  return (
    <>
      {flags.includes(WRITTEN_ANSWER_FLAG) ? (
        <span className="badge bg-sky-100 text-sky-900" data-testid="written-answer">
          ✉ {t(`flag.${WRITTEN_ANSWER_FLAG}`)}
        </span>
      ) : null}
      {warnings.length ? (
        <span className="badge bg-red-100 text-red-800">
          {mark}
          {warnings.map((f) => t(`flag.${f}`)).join(", ")}
        </span>
      ) : null}
    </>
  );
}
