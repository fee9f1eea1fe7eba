/** The fields of a gateway webhook's form (create and edit): name, URL, the asker's types it takes, active. */
import { useLang, useT } from "../../../platform/i18n/i18n.tsx";
import { CheckboxField, TextField, type Errors } from "../../../platform/ui/form.tsx";
import { ASKER_TYPES, TYPE_LABELS } from "../types.ts";

export function WebhookFields(props: {
  errors: Errors;
  values?: { name?: string; url?: string; events?: string[]; active?: boolean };
}) {
  const t = useT();
  const lang = useLang();
  const v = props.values;
  const eventErrors = props.errors?.events;
  return (
    <>
      <TextField name="name" label={t("webhook.name")} defaultValue={v?.name} errors={props.errors} required />
      <TextField
        name="url"
        type="url"
        label={t("webhook.url")}
        help={t("webhook.urlHelp")}
        defaultValue={v?.url}
        errors={props.errors}
        required
        autoCapitalize="none"
        spellCheck={false}
      />
      <fieldset className="mb-3" aria-describedby="webhook-events-help">
        <legend className="label">{t("webhook.events")}</legend>
        {ASKER_TYPES.map((type) => (
          <label key={type} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="events"
              value={type}
              defaultChecked={v?.events?.includes(type)}
              className="h-5 w-5"
            />
            {TYPE_LABELS[type][lang === "en" ? "en" : "vi"]}
          </label>
        ))}
        <p id="webhook-events-help" className="mt-1 text-xs text-slate-500">
          {t("webhook.eventsHelp")}
        </p>
        {eventErrors?.length ? (
          <p className="mt-1 text-sm text-red-700" role="alert">
            {eventErrors.map((e) => t(e)).join(" ")}
          </p>
        ) : null}
      </fieldset>
      <CheckboxField name="active" label={t("webhook.active")} defaultChecked={v?.active ?? true} />
    </>
  );
}
