/**
 * After a reject, for 10 s: "Hoàn tác" takes it back (the undo_reject action: the question returns to the status
 * it had; the server allows its operator a little longer, for the network).
 */
import { useEffect, useState } from "react";
import { useT } from "../../../platform/i18n/i18n.tsx";
import type { StaffQuestion } from "../index.server.ts";
import { formatTrackingCode } from "../index.ts";
import type { ActionAck } from "./use-queue.ts";

/** How long the console offers the undo. */
export const UNDO_OFFER_MS = 10_000;

export function UndoReject({
  rejected,
  current,
  act,
  done,
}: {
  /** The question as the reject left it. */
  rejected: StaffQuestion;
  /** The question as the queue has it now. */
  current: StaffQuestion | undefined;
  act: (i: Record<string, unknown>) => Promise<ActionAck>;
  done: () => void;
}) {
  const t = useT();
  const [result, setResult] = useState<string | null>(null);
  useEffect(() => {
    const id = setTimeout(done, result ? UNDO_OFFER_MS / 2 : UNDO_OFFER_MS);
    return () => clearTimeout(id);
  }, [rejected.id, rejected.version, result]); // eslint-disable-line react-hooks/exhaustive-deps
  const code = formatTrackingCode(rejected.trackingCode);
  const undo = async () => {
    const q = current ?? rejected;
    const ack = await act({ questionId: q.id, version: q.version, action: "undo_reject" });
    setResult(
      ack.ok && ack.question
        ? t("console.undone", { code, status: t(`qstatus.${ack.question.status}`) })
        : t(`console.err.${ack.error ?? "internal"}`, { holder: String(ack.holder ?? "") }),
    );
  };
  return (
    <div
      className="mb-2 flex flex-wrap items-center gap-2 rounded bg-slate-800 p-2 text-sm text-white"
      data-testid="undo"
    >
      <p role="status">{result ?? t("console.rejected", { code })}</p>
      {result ? null : (
        <button type="button" className="btn-secondary py-1 text-sm" onClick={() => void undo()}>
          {t("console.undo")}
        </button>
      )}
    </div>
  );
}
