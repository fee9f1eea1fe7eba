/** The viewer's form's parts: who asks (optional), how to be told (optional), and the answer to a post without JS. */
import { Link } from "@remix-run/react";
import { EMAIL_MAX } from "../../../platform/fields.ts";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { formatTrackingCode } from "../tracking-format.ts";

type Errors = Record<string, string[]>;
type Values = Record<string, string>;

export function FieldError({ name, errors }: { name: string; errors: Errors }) {
  const t = useT();
  return errors[name]?.length ? (
    <p id={`ask-${name}-err`} className="mt-1 text-sm text-red-700" role="alert">
      {errors[name].map((e) => t(e)).join(" ")}
    </p>
  ) : null;
}

/** An optional field of the asker's, described by the privacy notice (and by its error when it has one). */
function OptionalField(props: {
  name: string;
  label: string;
  values: Values;
  errors: Errors;
  input?: React.InputHTMLAttributes<HTMLInputElement>;
}) {
  const t = useT();
  const { name, errors } = props;
  const bad = !!errors[name]?.length;
  return (
    <div>
      <label htmlFor={`ask-${name}`} className="label">
        {props.label} <span className="font-normal text-slate-500">({t("common.optional")})</span>
      </label>
      <input
        id={`ask-${name}`}
        name={name}
        defaultValue={props.values[name]}
        className={`input ${bad ? "input-error" : ""}`}
        aria-invalid={bad || undefined}
        aria-describedby={bad ? `ask-${name}-err ask-privacy` : "ask-privacy"}
        {...props.input}
      />
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function ContactFields({ values, errors }: { values: Values; errors: Errors }) {
  const t = useT();
  return (
    <div className="mt-2 grid gap-2 sm:grid-cols-3">
      <OptionalField
        name="name"
        label={t("ask.name")}
        values={values}
        errors={errors}
        input={{ autoComplete: "name", maxLength: 100 }}
      />
      <OptionalField
        name="phone"
        label={t("ask.phone")}
        values={values}
        errors={errors}
        input={{ type: "tel", inputMode: "tel", autoComplete: "tel" }}
      />
      <OptionalField
        name="area"
        label={t("ask.area")}
        values={values}
        errors={errors}
        input={{ maxLength: 120, placeholder: t("ask.areaPlaceholder") }}
      />
    </div>
  );
}

export function NotifyFields({ values, errors }: { values: Values; errors: Errors }) {
  const t = useT();
  return (
    <fieldset className="mt-3 rounded border border-slate-200 p-2" data-testid="ask-notify">
      <legend className="px-1 text-sm font-semibold">
        {t("notify.title")} <span className="font-normal text-slate-500">({t("common.optional")})</span>
      </legend>
      <label htmlFor="ask-email" className="label">
        {t("notify.email")}
      </label>
      <input
        id="ask-email"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        maxLength={EMAIL_MAX}
        defaultValue={values.email}
        className={`input ${errors.email ? "input-error" : ""}`}
        aria-invalid={errors.email ? true : undefined}
        aria-describedby={errors.email ? "ask-email-err ask-notify-help" : "ask-notify-help"}
      />
      <FieldError name="email" errors={errors} />
      <div className="mt-2 flex items-start gap-2">
        <input id="ask-notify-phone" name="notifyPhone" type="checkbox" className="mt-0.5 h-5 w-5 shrink-0" />
        <label htmlFor="ask-notify-phone" className="text-sm">
          {t("notify.sms")}
        </label>
      </div>
      <p id="ask-notify-help" className="mt-1 text-xs text-slate-600">
        {t("notify.consent")}
      </p>
    </fieldset>
  );
}

/** The page's answer to a question posted without JavaScript: its tracking code and, once, its secret. */
export function SentWithoutJs({ trackingCode, askerSecret }: { trackingCode: string; askerSecret?: string }) {
  const t = useT();
  return (
    <div className="mt-2 text-sm text-slate-700" role="status" data-testid="ask-sent">
      <p>
        {t("ask.sent", { code: formatTrackingCode(trackingCode) })}{" "}
        <Link to={`/theo-doi/${trackingCode}`}>{t("unsub.track")}</Link>
      </p>
      {askerSecret ? (
        <p className="mt-1">
          {t("ask.secretHelp")} <code className="break-all rounded bg-slate-100 px-1 font-mono">{askerSecret}</code>{" "}
          {/* privateLink's address (device.client.ts is not on the server, which renders this answer) */}
          <Link to={`/theo-doi/${trackingCode}#bi-mat=${askerSecret}`}>{t("ask.privateLink")}</Link>
        </p>
      ) : null}
    </div>
  );
}
