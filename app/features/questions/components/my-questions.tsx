/** The questions asked from this device for this episode, newest first: status, tracking code, the asker's secret. */
import { Link } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { privateLink, type MyQuestion } from "../../../platform/device.client.ts";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { formatTrackingCode } from "../tracking-format.ts";

export function MyQuestions({ mine }: { mine: MyQuestion[] }) {
  const t = useT();
  // A status that changes while the page is open is announced (screen readers), once, in words.
  const seen = useRef(new Map<string, string>());
  const [said, setSaid] = useState("");
  useEffect(() => {
    for (const q of mine) {
      if (!q.trackingCode) continue;
      const status = q.status ?? "new";
      const before = seen.current.get(q.clientKey);
      seen.current.set(q.clientKey, status);
      if (before !== undefined && before !== status)
        setSaid(t("ask.statusNow", { code: formatTrackingCode(q.trackingCode), status: t(`qstatus.${status}`) }));
    }
  }, [mine, t]);
  if (!mine.length) return null;
  return (
    <div className="mt-4">
      <p className="sr-only" aria-live="polite" data-testid="my-status-said">
        {said}
      </p>
      <h3 className="mb-1 font-semibold">{t("ask.mine")}</h3>
      <ul className="grid gap-2" data-testid="my-questions">
        {[...mine].reverse().map((q) => (
          <li key={q.clientKey} className="rounded border border-slate-200 p-2 text-sm">
            <p className="mb-1 line-clamp-3 whitespace-pre-line">{q.text}</p>
            <div className="flex flex-wrap items-center gap-2 text-xs">
              {q.trackingCode ? (
                <>
                  <span className="badge bg-brand-100 text-brand-800" data-testid="my-status">
                    {t(`qstatus.${q.status ?? "new"}`)}
                  </span>
                  <Link to={`/theo-doi/${q.trackingCode}`} className="font-mono">
                    {t("ask.code")}: {formatTrackingCode(q.trackingCode)}
                  </Link>
                  {q.agency ? <span>· {q.agency}</span> : null}
                  {q.askerSecret ? (
                    <details className="w-full" data-testid="my-secret">
                      <summary className="cursor-pointer text-slate-700">{t("ask.secret")}</summary>
                      <p className="mt-1">
                        {t("ask.secretHelp")}{" "}
                        <code className="break-all rounded bg-slate-100 px-1 font-mono">{q.askerSecret}</code>
                      </p>
                      <p className="mt-1">
                        <Link to={privateLink(q.trackingCode, q.askerSecret)}>{t("ask.privateLink")}</Link>
                      </p>
                    </details>
                  ) : null}
                </>
              ) : q.error ? (
                <span className="badge bg-red-100 text-red-800">{t(q.error)}</span>
              ) : (
                <span className="badge bg-amber-100 text-amber-900">{t("ask.pending")}</span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
