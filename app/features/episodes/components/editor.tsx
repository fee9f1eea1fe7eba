import { Form, Link, useNavigation } from "@remix-run/react";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { CheckboxField, FormMessage, SelectField, TextArea, TextField } from "../../../platform/ui/form.tsx";
import { useSchemaForm } from "../../../platform/ui/use-schema-form.ts";
import type { EpisodeEditorView } from "../editor-page.server.ts";
import { episodeSchema } from "../schemas.ts";
import {
  ChecklistSection,
  errorsFor,
  PeopleSection,
  PlatformsSection,
  Section,
  SurveySection,
  type EditorActionData,
} from "./editor-parts.tsx";
import { StatusBadge } from "./episode.tsx";

/** The episode editor: status, main form and, for an existing episode, its parts. */
export function EpisodeEditor({ data, action }: { data: EpisodeEditorView; action: EditorActionData }) {
  const t = useT();
  const nav = useNavigation();
  const e = data.episode;
  const v = action?.intent === "save" ? action.values : undefined;
  const { props, errors: saveErrors, formErrors } = useSchemaForm(episodeSchema, { result: action, intent: "save" });
  const statusError = errorsFor(action, "status")?._form?.[0];

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{data.isNew ? t("ep.new") : t("ep.edit")}</h1>
        {e ? (
          <div className="flex flex-wrap gap-2">
            {data.perms.questions ? (
              <Link to={`/quan-tri/chuong-trinh/${e.id}/tiep-nhan`} className="btn">
                {t("console.title")}
              </Link>
            ) : null}
            {data.perms.studio ? (
              <Link to={`/quan-tri/chuong-trinh/${e.id}/truong-quay`} className="btn-secondary">
                {t("studio.title")}
              </Link>
            ) : null}
            {data.perms.review ? (
              <Link to={`/quan-tri/chuong-trinh/${e.id}/ket-luan`} className="btn-secondary">
                {t("notice.page")}
              </Link>
            ) : null}
            <Link to={`/chuong-trinh/${e.id}`} className="btn-secondary">
              {t("ep.publicPage")}
            </Link>
          </div>
        ) : null}
      </div>

      {e ? (
        <Section title={t("ep.statusChange")} id="status-h">
          <div className="mb-2 flex items-center gap-2" data-testid="staff-status">
            <StatusBadge status={e.status} />
          </div>
          {statusError ? (
            <p role="alert" className="mb-2 text-sm text-red-700">
              {(() => {
                const [, from, to] = statusError.split("|");
                return t("ep.illegalTransition", { from: t(`status.${from}`), to: t(`status.${to}`) });
              })()}
            </p>
          ) : null}
          {data.perms.status ? (
            <div className="flex flex-wrap gap-2">
              {e.nextStatuses.map((s) => (
                <Form method="post" key={s}>
                  <input type="hidden" name="status" value={s} />
                  <button
                    type="submit"
                    name="intent"
                    value="status"
                    className={s === "live" && e.status === "planned" ? "btn bg-live" : "btn-secondary"}
                  >
                    {t("ep.statusTo", { status: t(`status.${s}`) })}
                  </button>
                </Form>
              ))}
            </div>
          ) : null}
        </Section>
      ) : null}

      <Section title={t("ep.info")} id="main-h">
        <Form method="post" {...props}>
          <fieldset disabled={!data.perms.edit}>
            <FormMessage
              errors={formErrors}
              ok={action?.ok && action.intent === "save" ? t("common.saved") : undefined}
            />
            <SelectField
              name="seriesId"
              label={t("ep.series")}
              options={data.options.series}
              defaultValue={v?.seriesId ?? e?.seriesId}
              errors={saveErrors}
              required
            />
            <TextArea
              name="topic"
              label={t("ep.topic")}
              rows={2}
              defaultValue={v?.topic ?? e?.topic}
              errors={saveErrors}
              required
            />
            <SelectField
              name="leadCommitteeId"
              label={t("ep.leadCommittee")}
              options={data.options.committees}
              defaultValue={v?.leadCommitteeId ?? e?.leadCommitteeId}
              errors={saveErrors}
              required
            />
            <div className="grid gap-x-3 sm:grid-cols-2">
              <TextField
                name="startsAt"
                type="datetime-local"
                label={t("ep.startsAt")}
                defaultValue={v?.startsAt ?? e?.startsAt}
                errors={saveErrors}
                required
              />
              <TextField
                name="durationMinutes"
                type="number"
                inputMode="numeric"
                label={t("ep.duration")}
                min={10}
                max={600}
                defaultValue={v?.durationMinutes ?? e?.durationMinutes ?? 60}
                errors={saveErrors}
                required
              />
            </div>
            <TextArea
              name="summary"
              label={t("ep.summary")}
              rows={3}
              defaultValue={v?.summary ?? e?.summary}
              errors={saveErrors}
            />
            <TextArea
              name="relatedResolutions"
              label={t("ep.resolutions")}
              help={t("common.onePerLine")}
              rows={3}
              defaultValue={v?.relatedResolutions ?? e?.relatedResolutions}
              errors={saveErrors}
            />
            <TextArea
              name="hotlines"
              label={t("ep.hotlines")}
              help={t("common.onePerLine")}
              rows={2}
              defaultValue={v?.hotlines ?? e?.hotlines ?? data.options.hotlines}
              errors={saveErrors}
            />
            <CheckboxField
              name="publicBoard"
              label={t("ep.publicBoard")}
              defaultChecked={v ? v.publicBoard === "on" : e ? e.publicBoard : true}
            />
            <TextArea
              name="surveyReportText"
              label={t("ep.surveyText")}
              rows={6}
              defaultValue={v?.surveyReportText ?? e?.surveyReportText}
              errors={saveErrors}
            />
            {data.perms.edit ? (
              <button type="submit" name="intent" value="save" className="btn" disabled={nav.state === "submitting"}>
                {data.isNew ? t("common.create") : t("common.save")}
              </button>
            ) : null}
          </fieldset>
        </Form>
      </Section>

      {e ? (
        <>
          <SurveySection data={data} e={e} action={action} />
          <PlatformsSection data={data} e={e} action={action} />
          <PeopleSection data={data} e={e} action={action} />
          <ChecklistSection data={data} e={e} action={action} />
          {data.perms.edit && e.status === "planned" ? (
            <Form
              method="post"
              onSubmit={(ev) => {
                if (!confirm(t("common.confirmDelete"))) ev.preventDefault();
              }}
            >
              <button type="submit" name="intent" value="delete" className="btn-danger">
                {t("ep.deleteEpisode")}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
