/**
 * The asker on a staff page: name and area, the phone masked, and "Xem số điện thoại", a plain form post
 * (it works without JavaScript) whose action reveals the number and records it in the audit log.
 */
import { Form } from "@remix-run/react";
import { useT } from "../../../platform/i18n/i18n.tsx";
import type { CallerView } from "../mask.ts";

/** The action data of a route whose action answered `intent: "reveal-phone"`. */
export type RevealData = { revealed?: { questionId: string; phone: string } };

export function Caller({
  questionId,
  caller,
  revealed,
}: {
  questionId: string;
  caller: CallerView;
  /** The full number, once revealed for this question. */
  revealed?: string | null;
}) {
  const t = useT();
  const help = `reveal-help-${questionId}`;
  if (!caller.name && !caller.area && !caller.phoneMasked)
    return (
      <p className="text-sm text-slate-600" data-testid="caller">
        <strong>{t("privacy.caller")}:</strong> {t("privacy.anonymous")}
      </p>
    );
  return (
    <div className="text-sm" data-testid="caller">
      <p>
        <strong>{t("privacy.caller")}:</strong> {caller.name || "—"}
        {caller.area ? ` · ${caller.area}` : ""}
        {" · "}
        <span className="text-slate-600">{t(caller.contactConsent ? "privacy.consentYes" : "privacy.consentNo")}</span>
      </p>
      {!caller.phoneMasked ? (
        <p>
          {t("privacy.phone")}: {t("privacy.noPhone")}
        </p>
      ) : revealed ? (
        <p>
          {t("privacy.phone")}:{" "}
          <a href={`tel:${revealed}`} className="font-mono" data-testid="phone">
            {revealed}
          </a>
        </p>
      ) : (
        <Form method="post" className="flex flex-wrap items-center gap-2">
          <span>
            {t("privacy.phone")}: <span className="font-mono">{caller.phoneMasked}</span>
          </span>
          <input type="hidden" name="intent" value="reveal-phone" />
          <input type="hidden" name="questionId" value={questionId} />
          <button type="submit" className="btn-secondary px-2 py-1 text-sm" aria-describedby={help}>
            {t("privacy.reveal")}
          </button>
          <span id={help} className="text-xs text-slate-500">
            {t("privacy.revealHelp")}
          </span>
        </Form>
      )}
    </div>
  );
}
