/**
 * The operator's own hold on the open question: the time left, counted down by this browser's clock from what the
 * server said was left; 30 s before the end the operator is told (a status message) and may keep holding it.
 */
import { useEffect, useState } from "react";
import { useT } from "../../../platform/i18n/i18n.tsx";
import type { Holder } from "./use-queue.ts";

/** When the holder is told that the hold is ending. */
export const HOLD_WARN_MS = 30_000;

const clock = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

export function HoldTimer({ holder, me, renew }: { holder: Holder | undefined; me: string; renew: () => void }) {
  const t = useT();
  const mine = holder && holder.userId === me ? holder : null;
  const [now, setNow] = useState(() => Date.now());
  // Held by me once, then no longer (expired and swept): said so until the question changes.
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (mine) setHeld(true);
  }, [mine]);
  useEffect(() => {
    if (!mine) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [mine]);
  // Another operator's hold is shown by the detail; nothing of mine to count.
  if ((holder && !mine) || (!mine?.deadline && !held)) return null;
  const left = mine?.deadline ? mine.deadline - now : 0;
  const warn = left <= 0 ? t("console.holdEnded") : left <= HOLD_WARN_MS ? t("console.holdEnding") : "";
  return (
    <div className="mb-2 text-sm" data-testid="hold-timer">
      {left > 0 ? <p className="text-slate-700">{t("console.holdLeft", { time: clock(left) })}</p> : null}
      {/* Present before it has anything to say, so that screen readers announce the warning when it comes. */}
      <div className={warn ? "mt-1 flex flex-wrap items-center gap-2 rounded bg-amber-50 p-2 text-amber-950" : ""}>
        <p role="status">{warn}</p>
        {warn ? (
          <button type="button" className="btn py-1 text-sm" onClick={renew}>
            {t("console.holdRenew")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
