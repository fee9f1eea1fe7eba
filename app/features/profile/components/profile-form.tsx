/**
 * The admin's form of the deployment profile: plain fields named by their path, posted without JavaScript and
 * checked in the browser with the schema the server parses it with.
 */
import { Form } from "@remix-run/react";
import type { FormActionData } from "../../../platform/forms.ts";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { FormMessage, SelectField, TextArea, TextField } from "../../../platform/ui/form.tsx";
import { useSchemaForm } from "../../../platform/ui/use-schema-form.ts";
import { COUNCIL_LEVELS, DOCUMENT_TYPES, profileFormSchema } from "../schemas.ts";

export function ProfileForm(props: { values: Record<string, string>; result?: FormActionData }) {
  const t = useT();
  const v = props.values;
  const {
    props: formProps,
    errors,
    formErrors,
  } = useSchemaForm(profileFormSchema, {
    result: props.result,
    intent: "save",
  });
  const field = (name: string, label: string, extra: { required?: boolean; help?: string } = {}) => (
    <TextField
      name={name}
      label={t(label)}
      defaultValue={v[name] ?? ""}
      errors={errors}
      required={extra.required}
      help={extra.help}
    />
  );
  const lines = (name: string, label: string, rows = 3) => (
    <TextArea
      name={name}
      label={t(label)}
      help={t("common.onePerLine")}
      rows={rows}
      defaultValue={v[name] ?? ""}
      errors={errors}
    />
  );
  return (
    <Form method="post" className="card max-w-3xl" {...formProps}>
      <input type="hidden" name="intent" value="save" />
      <FormMessage errors={formErrors} ok={props.result?.ok ? t("common.saved") : undefined} />
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">{t("profile.h.council")}</legend>
        {field("council.name", "profile.council.name", { required: true })}
        <div className="grid gap-x-3 sm:grid-cols-2">
          {field("council.shortName", "profile.council.shortName", { required: true })}
          <SelectField
            name="council.level"
            label={t("profile.council.level")}
            options={COUNCIL_LEVELS.map((l) => ({ value: l, label: t(`profile.level.${l}`) }))}
            defaultValue={v["council.level"]}
            errors={errors}
          />
        </div>
        {field("council.standingCommittee", "profile.council.standingCommittee", { required: true })}
        {field("council.office", "profile.council.office", { required: true })}
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">{t("profile.h.documents")}</legend>
        <div className="grid gap-x-3 sm:grid-cols-2">
          {field("place", "profile.place")}
          {field("timeZone", "profile.timeZone", { required: true })}
        </div>
        {lines("header", "profile.header")}
        {DOCUMENT_TYPES.map((d) => (
          <fieldset key={d} className="mb-2 rounded border border-slate-200 p-3">
            <legend className="px-1 font-semibold">{t(`profile.doc.${d}`)}</legend>
            {field(`documents.${d}.numberPattern`, "profile.numberPattern", { required: true })}
            <div className="grid gap-x-3 sm:grid-cols-3">
              {field(`documents.${d}.signer.onBehalf`, "series.signerOnBehalf", { required: true })}
              {field(`documents.${d}.signer.title`, "series.signerTitle", { required: true })}
              {field(`documents.${d}.signer.name`, "series.signerName")}
            </div>
            {d === "TB" ? lines(`documents.${d}.recipients`, "profile.recipients", 4) : null}
          </fieldset>
        ))}
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">{t("profile.h.program")}</legend>
        <div className="grid gap-x-3 sm:grid-cols-2">
          {field("program.name", "profile.program.name", { required: true })}
          {field("program.siteName", "profile.program.siteName", { required: true })}
        </div>
        {lines("program.hotlines", "profile.program.hotlines", 2)}
        <TextArea
          name="program.watch"
          label={t("profile.program.watch")}
          help={t("profile.program.watchHelp")}
          rows={3}
          defaultValue={v["program.watch"] ?? ""}
          errors={errors}
        />
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">{t("profile.h.site")}</legend>
        {field("site.logo", "profile.site.logo", { help: t("profile.site.logoHelp") })}
        <div className="grid gap-x-3 sm:grid-cols-3">
          {field("site.colors.primary", "profile.site.primary", { help: t("profile.site.colorHelp") })}
          {field("site.colors.accent", "profile.site.accent", { help: t("profile.site.colorHelp") })}
          <SelectField
            name="site.languages"
            label={t("profile.site.languages")}
            options={["vi,en", "vi"].map((l) => ({ value: l, label: t(`profile.lang.${l}`) }))}
            defaultValue={v["site.languages"]}
            errors={errors}
          />
        </div>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">{t("profile.h.followUp")}</legend>
        <div className="grid gap-x-3 sm:grid-cols-3">
          {field("followUp.answerDays", "profile.followUp.answerDays", { help: t("profile.followUp.help") })}
          {field("followUp.reminderDays", "profile.followUp.reminderDays", { help: t("profile.followUp.help") })}
          {field("followUp.retentionMonths", "profile.followUp.retentionMonths", {
            help: t("profile.followUp.help"),
          })}
        </div>
      </fieldset>
      <button type="submit" className="btn">
        {t("common.save")}
      </button>
    </Form>
  );
}
