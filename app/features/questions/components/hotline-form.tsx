/** The hotline entry: an operator logs a call from the keyboard (Enter sends it). */
import { useRef, useState } from "react";
import { randomKey } from "../../../platform/device.client.ts";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { ConsentCheckbox, HotlineScript } from "../../privacy/components/privacy-notice.tsx";
import { formatTrackingCode } from "../index.ts";

export function HotlineForm({ episodeId }: { episodeId: string }) {
  const t = useT();
  const first = useRef<HTMLInputElement>(null);
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
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Enter in any field logs the call
    <form
      className="card mb-3"
      aria-labelledby="hotline-h"
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit(ev.currentTarget);
      }}
      onKeyDown={(ev) => {
        if (ev.key === "Enter" && !ev.shiftKey && (ev.target as HTMLElement).tagName !== "BUTTON") {
          ev.preventDefault();
          void submit(ev.currentTarget);
        }
      }}
    >
      <h2 id="hotline-h" className="mb-2 font-bold">
        {t("console.hotline")}
      </h2>
      <HotlineScript id="hotline-script" />
      <div className="grid gap-2 sm:grid-cols-3">
        <label className="text-sm">
          {t("ask.name")}
          <input ref={first} name="name" className="input" autoComplete="off" />
        </label>
        <label className="text-sm">
          {t("ask.phone")}
          <input name="phone" type="tel" className={`input ${errors.phone ? "input-error" : ""}`} autoComplete="off" />
        </label>
        <label className="text-sm">
          {t("ask.area")}
          <input name="area" className="input" autoComplete="off" />
        </label>
      </div>
      <ConsentCheckbox id="hotline-consent" label={t("privacy.hotline.consent")} />
      <div className="mt-2 grid gap-2 sm:grid-cols-3" data-testid="hotline-notify">
        <label className="text-sm sm:col-span-1">
          {t("notify.email")}
          <input
            name="email"
            type="email"
            className={`input ${errors.email ? "input-error" : ""}`}
            autoComplete="off"
            maxLength={254}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby="hotline-notify-help"
          />
        </label>
        <div className="flex items-start gap-2 sm:col-span-2 sm:mt-6">
          <input id="hotline-notify-phone" name="notifyPhone" type="checkbox" className="mt-0.5 h-5 w-5 shrink-0" />
          <label htmlFor="hotline-notify-phone" className="text-sm">
            {t("notify.hotlineSms")}
          </label>
        </div>
      </div>
      <p id="hotline-notify-help" className="mt-1 text-xs text-slate-600">
        {t("notify.hotlineConsent")}
      </p>
      <label className="mt-2 block text-sm">
        {t("console.summary")}
        <textarea
          name="text"
          rows={2}
          className={`input ${errors.text ? "input-error" : ""}`}
          aria-describedby="hotline-help"
        />
      </label>
      <p id="hotline-help" className="mt-1 text-xs text-slate-500">
        {t("console.hotlineHelp")}
      </p>
      <div className="mt-2 flex items-center gap-3">
        <button type="submit" className="btn">
          {t("console.log")}
        </button>
        {msg ? (
          <span role="status" className={`text-sm ${msg.ok ? "text-green-700" : "text-red-700"}`}>
            {msg.text}
            {Object.entries(errors)
              .map(([k, v]) => ` ${t(`ask.${k}`)}: ${v.map((x) => t(x)).join(", ")}`)
              .join(";")}
          </span>
        ) : null}
      </div>
    </form>
  );
}
