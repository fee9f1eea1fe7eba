/**
 * The console's dialogs, native modal <dialog> elements (role dialog, the focus kept inside, Esc closes): the list
 * of keyboard shortcuts, and the reject with its reason and note.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { REJECT_NOTE_MAX, REJECT_REASONS } from "../index.ts";
import { CONSOLE_KEYS } from "./use-console-keys.ts";

function Modal({
  open,
  onClose,
  labelledBy,
  testId,
  children,
}: {
  open: boolean;
  onClose: () => void;
  labelledBy: string;
  testId: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      data-testid={testId}
      className="w-[min(32rem,calc(100vw-2rem))] rounded border border-slate-300 bg-white p-4 shadow-xl backdrop:bg-slate-900/40"
      // Esc, or the form's own close: the parent's state follows.
      onClose={onClose}
    >
      {open ? children : null}
    </dialog>
  );
}

/** The shortcuts (key ?). */
export function KeysDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Modal open={open} onClose={onClose} labelledBy="keys-h" testId="keys-dialog">
      <h2 id="keys-h" className="mb-1 text-lg font-bold">
        {t("console.keys.title")}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{t("console.keys.intro")}</p>
      <table className="table mb-3 text-sm">
        <thead>
          <tr>
            <th scope="col">{t("console.keys.key")}</th>
            <th scope="col">{t("console.keys.does")}</th>
          </tr>
        </thead>
        <tbody>
          {CONSOLE_KEYS.map((k) => (
            <tr key={k.label}>
              <td>
                {k.keys.map((key, i) => (
                  <span key={key}>
                    {i ? " / " : null}
                    <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono">{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(k.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a modal dialog takes the focus */}
      <button type="button" className="btn" autoFocus onClick={onClose}>
        {t("console.keys.close")}
      </button>
    </Modal>
  );
}

/** The reject (key x): a reason from the list and an optional note the asker will read. */
export function RejectDialog({
  code,
  open,
  onClose,
  reject,
}: {
  code: string;
  open: boolean;
  onClose: () => void;
  reject: (reason: string, note: string) => void;
}) {
  const t = useT();
  const [reason, setReason] = useState<string>(REJECT_REASONS[0]);
  const [note, setNote] = useState("");
  useEffect(() => {
    if (open) {
      setReason(REJECT_REASONS[0]);
      setNote("");
    }
  }, [open]);
  return (
    <Modal open={open} onClose={onClose} labelledBy="reject-h" testId="reject-dialog">
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          reject(reason, note);
          onClose();
        }}
      >
        <h2 id="reject-h" className="mb-2 text-lg font-bold">
          {t("console.rejectTitle", { code })}
        </h2>
        <label className="block text-sm">
          {t("console.rejectReason")}
          {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a modal dialog takes the focus */}
          <select className="input" value={reason} autoFocus onChange={(e) => setReason(e.target.value)}>
            {REJECT_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`reject.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="mt-2 block text-sm">
          {t("console.rejectNote", { max: REJECT_NOTE_MAX })}
          <textarea
            className="input"
            rows={2}
            maxLength={REJECT_NOTE_MAX}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </label>
        <div className="mt-3 flex gap-2">
          <button type="submit" className="btn-danger">
            {t("console.rejectConfirm")}
          </button>
          <button type="button" className="btn-secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </Modal>
  );
}
