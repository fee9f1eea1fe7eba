/**
 * The hotline entry: an operator logs a call from the keyboard (Enter sends it, focus goes back to the first field).
 * Collapsed to one line until opened (a click, or the console's key n), so that the queue keeps the screen.
 */
import { useEffect, useRef, useState } from "react";
import { randomKey } from "../../../platform/device.client.ts";
import { EMAIL_MAX } from "../../../platform/fields.ts";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { ConsentCheckbox, HotlineScript } from "../../privacy/components/privacy-notice.tsx";
import { formatTrackingCode } from "../index.ts";

export function HotlineForm({
  episodeId,
  open,
  setOpen,
  focusKey,
}: {
  episodeId: string;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Changes each time the console asks for the form (key n): it opens and its first field takes the focus. */
  focusKey: number;
}) {
  const t = useT();
  const first = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open && focusKey) first.current?.focus();
  }, [open, focusKey]);
  // Collapsed from inside the form: the focus goes to the one-line opener rather than to the page.
  const refocus = useRef(false);
  const collapse = () => {
    refocus.current = true;
    setOpen(false);
  };
  useEffect(() => {
    if (!open && refocus.current) opener.current?.focus();
    refocus.current = false;
  }, [open]);
  // One key per call: a retry after a failed send reuses it, so nothing is logged twice.
  const callKey = useRef<string | null>(null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  async function submit(form: HTMLFormElement) {
    const f = new FormData(form);
    callKey.current ??= randomKey();
    const body = {
      name: f.get("name"),
      phone: f.get("phone"),
      area: f.get("area"),
      text: f.get("text"),
      contactConsent: f.get("contactConsent") === "on",
      email: f.get("email"),
      notifyPhone: f.get("notifyPhone") === "on",
      channel: "hotline",
      clientKey: callKey.current,
    };
    let res: Response;
    try {
      res = await fetch(`/api/episodes/${episodeId}/questions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      setMsg({ ok: false, text: t("console.err.timeout") });
      return;
    }
    const json = await res.json().catch(() => ({}));
    if (res.status === 201 || res.status === 200) {
      form.reset();
      callKey.current = null;
      setErrors({});
      setMsg({ ok: true, text: t("console.logged", { code: formatTrackingCode(json.trackingCode) }) });
      first.current?.focus();
    } else {
      setErrors(json.errors ?? {});
      if (json.errors) callKey.current = null; // the caller's words will change: a new question
      setMsg({ ok: false, text: json.errors ? t("common.fixErrors") : t(`api.${json.error ?? "internal"}`) });
    }
  }
  if (!open)
    return (
      <div className="mb-2">
        <button
          ref={opener}
          type="button"
          className="btn-secondary w-full text-left"
          aria-expanded="false"
          aria-controls="hotline-form"
          aria-keyshortcuts="n"
          data-testid="hotline-open"
          onClick={() => setOpen(true)}
        >
          {t("console.hotlineOpen")}
        </button>
        {msg?.ok ? (
          <span role="status" className="text-sm text-green-700">
            {msg.text}
          </span>
        ) : null}
      </div>
    );
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter in any field logs the call
    <form
      id="hotline-form"
      className="card mb-2 grid gap-2 p-3 lg:grid-cols-[1fr_22rem]"
      aria-labelledby="hotline-h"
      data-testid="hotline"
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit(ev.currentTarget);
      }}
      onKeyDown={(ev) => {
        if (ev.key === "Escape") {
          collapse();
          return;
        }
        if (ev.key === "Enter" && !ev.shiftKey && (ev.target as HTMLElement).tagName !== "BUTTON") {
          ev.preventDefault();
          void submit(ev.currentTarget);
        }
      }}
    >
      <div>
        <div className="mb-1 flex flex-wrap items-center gap-2">
          <h2 id="hotline-h" className="font-bold">
            {t("console.hotline")}
          </h2>
          {msg ? (
            <span role="status" className={`flex-1 text-sm ${msg.ok ? "text-green-700" : "text-red-700"}`}>
              {msg.text}
              {Object.entries(errors)
                .map(([k, v]) => ` ${t(`ask.${k}`)}: ${v.map((x) => t(x)).join(", ")}`)
                .join(";")}
            </span>
          ) : (
            <span className="flex-1" />
          )}
          <button type="button" className="btn-secondary py-1 text-sm" aria-expanded="true" onClick={collapse}>
            {t("console.hotlineClose")}
          </button>
        </div>
        <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          <label className="text-sm">
            {t("ask.name")}
            <input ref={first} name="name" className="input" autoComplete="off" />
          </label>
          <label className="text-sm">
            {t("ask.phone")}
            <input
              name="phone"
              type="tel"
              className={`input ${errors.phone ? "input-error" : ""}`}
              autoComplete="off"
            />
          </label>
          <label className="text-sm">
            {t("ask.area")}
            <input name="area" className="input" autoComplete="off" />
          </label>
          <label className="text-sm" data-testid="hotline-notify">
            {t("notify.email")}
            <input
              name="email"
              type="email"
              className={`input ${errors.email ? "input-error" : ""}`}
              autoComplete="off"
              maxLength={EMAIL_MAX}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby="hotline-notify-help"
            />
          </label>
        </div>
        <label className="mt-1 block text-sm">
          {t("console.summary")}
          <textarea
            name="text"
            rows={2}
            className={`input ${errors.text ? "input-error" : ""}`}
            aria-describedby="hotline-help"
          />
        </label>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <button type="submit" className="btn">
            {t("console.log")}
          </button>
          <span id="hotline-help" className="text-xs text-slate-600">
            {t("console.hotlineHelp")}
          </span>
        </div>
      </div>
      {/* What the operator reads to the caller, and the caller's answers to it. */}
      <div>
        <HotlineScript id="hotline-script" compact />
        <ConsentCheckbox id="hotline-consent" label={t("privacy.hotline.consent")} compact />
        <div className="mt-1 flex items-start gap-2">
          <input id="hotline-notify-phone" name="notifyPhone" type="checkbox" className="mt-0.5 h-5 w-5 shrink-0" />
          <label htmlFor="hotline-notify-phone" className="text-xs">
            {t("notify.hotlineSms")}
          </label>
        </div>
        <details className="mt-1 text-xs text-slate-600">
          <summary className="cursor-pointer">{t("notify.title")}</summary>
          <p id="hotline-notify-help">{t("notify.hotlineConsent")}</p>
        </details>
      </div>
    </form>
  );
}
