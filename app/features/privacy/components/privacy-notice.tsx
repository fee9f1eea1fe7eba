/** The notice a viewer reads before giving personal data, and the script an operator reads to a caller. */
import { Link, useRouteLoaderData } from "@remix-run/react";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { PRIVACY_PATH } from "../index.ts";

/** The retention period (PERSONAL_DATA_RETENTION_MONTHS), from the root loader. */
export function useRetentionMonths(): number {
  const data = useRouteLoaderData("root") as { privacy?: { retentionMonths?: number } } | undefined;
  return data?.privacy?.retentionMonths ?? 12;
}

/** What is collected, why, who sees it, how long it is kept (Decree 13/2023/NĐ-CP), with a link to the policy. */
export function AskPrivacyNotice({ id }: { id: string }) {
  const t = useT();
  const months = useRetentionMonths();
  const rows = [
    ["privacy.label.what", t("privacy.ask.what")],
    ["privacy.label.why", t("privacy.ask.why")],
    ["privacy.label.who", t("privacy.ask.who")],
    ["privacy.label.howLong", t("privacy.ask.howLong", { months })],
  ];
  return (
    <div id={id} className="mt-2 rounded bg-slate-50 p-2 text-sm text-slate-700" data-testid="privacy-notice">
      <p className="font-semibold">{t("privacy.ask.title")}</p>
      <ul className="ml-4 list-disc">
        {rows.map(([label, text]) => (
          <li key={label}>
            <strong>{t(label)}:</strong> {text}
          </li>
        ))}
      </ul>
      <Link to={PRIVACY_PATH} className="text-brand-700 underline">
        {t("privacy.link")}
      </Link>
    </div>
  );
}

/** The consent checkbox (`contactConsent`), on the viewer's form and the hotline form. */
export function ConsentCheckbox({ id, label, compact = false }: { id: string; label: string; compact?: boolean }) {
  return (
    <div className={`flex items-start gap-2 ${compact ? "mt-1" : "mt-2"}`}>
      <input id={id} name="contactConsent" type="checkbox" className="mt-0.5 h-5 w-5 shrink-0" />
      <label htmlFor={id} className={compact ? "text-xs" : "text-sm"}>
        {label}
      </label>
    </div>
  );
}

/** What the operator reads to the caller before taking name and phone. */
export function HotlineScript({ id, compact = false }: { id: string; compact?: boolean }) {
  const t = useT();
  const months = useRetentionMonths();
  return (
    <div
      id={id}
      className={`rounded bg-amber-50 p-2 text-amber-950 ${compact ? "text-xs" : "mb-2 text-sm"}`}
      data-testid="hotline-script"
    >
      <p className="font-semibold">{t("privacy.hotline.scriptTitle")}</p>
      <p>{t("privacy.hotline.script", { months })}</p>
    </div>
  );
}
