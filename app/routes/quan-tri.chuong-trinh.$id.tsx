import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ChecklistTable } from "../features/episodes/components/checklist.tsx";
import { StatusBadge } from "../features/episodes/components/episode.tsx";
import {
  createEpisodeFromForm,
  editorPage,
  episodeEditorIntents,
  getEpisode,
} from "../features/episodes/index.server.ts";
import { PERSON_ROLES, PLATFORM_KINDS } from "../features/episodes/index.ts";
import { actorOf, requirePermission } from "../platform/auth.server.ts";
import { formResult, invalid, notFound, readFormWithFiles } from "../platform/http.server.ts";
import { useLang, useT } from "../platform/i18n/i18n.tsx";
import { CheckboxField, FormMessage, SelectField, TextArea, TextField, type Errors } from "../platform/ui/form.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const isNew = params.id === "moi";
  const user = await requirePermission(request, isNew ? "episode:edit" : "episode:view");
  const page = await editorPage(user, isNew ? null : params.id!);
  if (!page) throw notFound();
  return page;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  const form = await formResult(undefined, () => readFormWithFiles(request, "survey-upload")); // 413 for an oversized file
  if (form instanceof Response) return form;
  const intent = String(form.get("intent") ?? "");
  const actor = actorOf(user);
  return formResult(intent, async () => {
    if (params.id === "moi")
      return redirect(`/quan-tri/chuong-trinh/${(await createEpisodeFromForm(user, actor, form)).id}`);
    const episode = await getEpisode(params.id!);
    if (!episode) throw notFound();
    const run = Object.hasOwn(episodeEditorIntents, intent) ? episodeEditorIntents[intent] : undefined;
    if (!run) return invalid({ intent: ["err.choice"] }, intent, undefined, 400);
    const out = await run({ user, actor, episode }, form);
    return out ? redirect(out.redirect) : { ok: true, intent };
  });
}

type ActionData =
  { ok?: boolean; intent?: string; errors?: Record<string, string[]>; values?: Record<string, string> } | undefined;

function errorsFor(data: ActionData, intent: string): Errors {
  return data?.intent === intent ? data.errors : undefined;
}

function Section({ title, children, id }: { title: string; children: React.ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="card mb-4">
      <h2 id={id} className="mb-3 text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default function EpisodeEditor() {
  const data = useLoaderData<typeof loader>();
  const action = useActionData<typeof action>() as ActionData;
  const t = useT();
  const lang = useLang();
  const nav = useNavigation();
  const e = data.episode;
  const v = action?.intent === "save" ? action.values : undefined;
  const saveErrors = errorsFor(action, "save");
  const statusError = errorsFor(action, "status")?._form?.[0];
  const now = Date.now();

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
                  <input type="hidden" name="intent" value="status" />
                  <input type="hidden" name="status" value={s} />
                  <button
                    type="submit"
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
        <Form method="post" noValidate>
          <fieldset disabled={!data.perms.edit}>
            <input type="hidden" name="intent" value="save" />
            <FormMessage
              errors={saveErrors}
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
              defaultValue={v?.hotlines ?? e?.hotlines}
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
              <button type="submit" className="btn" disabled={nav.state === "submitting"}>
                {data.isNew ? t("common.create") : t("common.save")}
              </button>
            ) : null}
          </fieldset>
        </Form>
      </Section>

      {e ? (
        <>
          <Section title={t("ep.survey")} id="survey-h">
            {e.surveyFile ? (
              <p className="mb-2 text-sm">
                {t("ep.surveyCurrent")}: <a href={`/quan-tri/chuong-trinh/${e.id}/bao-cao`}>{e.surveyFile.name}</a> (
                {Math.ceil(e.surveyFile.size / 1024)} KB)
              </p>
            ) : null}
            {data.perms.edit ? (
              <div className="flex flex-wrap items-end gap-2">
                <Form method="post" encType="multipart/form-data" className="min-w-0 flex-1">
                  <input type="hidden" name="intent" value="survey-upload" />
                  <TextField
                    name="file"
                    type="file"
                    label={t("ep.surveyFile", { mb: data.options.uploadMb })}
                    accept=".pdf,.doc,.docx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    errors={errorsFor(action, "survey-upload")}
                  />
                  <button type="submit" className="btn-secondary">
                    {t("ep.surveyUpload")}
                  </button>
                </Form>
                {e.surveyFile ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="survey-remove" />
                    <button type="submit" className="btn-danger">
                      {t("ep.surveyRemove")}
                    </button>
                  </Form>
                ) : null}
              </div>
            ) : null}
          </Section>

          <Section title={t("ep.platforms")} id="platforms-h">
            <ul className="mb-3 grid gap-1">
              {e.platforms.map((p) => (
                <li
                  key={p.id}
                  className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 py-1 text-sm"
                >
                  <span>
                    <strong>{t(`platform.${p.kind}`)}</strong> · {p.label}{" "}
                    {p.url ? (
                      <a href={p.url} className="break-all">
                        {p.url}
                      </a>
                    ) : null}
                  </span>
                  {data.perms.edit ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="platform-remove" />
                      <input type="hidden" name="id" value={p.id} />
                      <button type="submit" className="btn-danger" aria-label={`${t("common.delete")} ${p.label}`}>
                        {t("common.delete")}
                      </button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
            {data.perms.edit ? (
              <Form method="post" className="grid gap-x-2 sm:grid-cols-[10rem_1fr_1fr_auto] sm:items-end" noValidate>
                <input type="hidden" name="intent" value="platform-add" />
                <SelectField
                  name="kind"
                  label={t("ep.platformKind")}
                  options={PLATFORM_KINDS.map((k) => ({ value: k, label: t(`platform.${k}`) }))}
                  errors={errorsFor(action, "platform-add")}
                />
                <TextField name="label" label={t("ep.platformLabel")} errors={errorsFor(action, "platform-add")} />
                <TextField
                  name="url"
                  type="url"
                  label={t("ep.platformUrl")}
                  placeholder="https://"
                  errors={errorsFor(action, "platform-add")}
                />
                <div className="mb-3">
                  <button type="submit" className="btn-secondary">
                    {t("common.add")}
                  </button>
                </div>
              </Form>
            ) : null}
          </Section>

          <Section title={t("ep.people")} id="people-h">
            <ul className="mb-3 grid gap-1">
              {e.people.map((p) => (
                <li
                  key={p.id}
                  className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 py-1 text-sm"
                >
                  <span>
                    <strong>{t(`person.${p.role}`)}</strong> · {p.name}
                    {p.title ? `, ${p.title}` : ""}
                    {p.organization ? ` (${p.organization})` : ""}
                  </span>
                  {data.perms.edit ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="person-remove" />
                      <input type="hidden" name="id" value={p.id} />
                      <button type="submit" className="btn-danger" aria-label={`${t("common.delete")} ${p.name}`}>
                        {t("common.delete")}
                      </button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
            {data.perms.edit ? (
              <Form method="post" className="grid gap-x-2 sm:grid-cols-2" noValidate>
                <input type="hidden" name="intent" value="person-add" />
                <SelectField
                  name="role"
                  label={t("ep.personRole")}
                  options={PERSON_ROLES.map((k) => ({ value: k, label: t(`person.${k}`) }))}
                  errors={errorsFor(action, "person-add")}
                />
                <TextField name="name" label={t("ep.personName")} errors={errorsFor(action, "person-add")} />
                <TextField name="title" label={t("ep.personTitle")} errors={errorsFor(action, "person-add")} />
                <SelectField
                  name="organizationId"
                  label={t("ep.personOrg")}
                  options={data.options.orgs}
                  emptyLabel={t("common.none")}
                  errors={errorsFor(action, "person-add")}
                />
                <div>
                  <button type="submit" className="btn-secondary">
                    {t("common.add")}
                  </button>
                </div>
              </Form>
            ) : null}
          </Section>

          <Section title={t("ep.checklist")} id="checklist-h">
            <ChecklistTable
              items={data.checklist}
              episodeId={e.id}
              canEdit={data.perms.checklistEdit}
              now={now}
              lang={lang}
            />
            {data.perms.checklistEdit ? (
              <Form method="post" className="mt-3 grid gap-x-2 sm:grid-cols-2" noValidate>
                <input type="hidden" name="intent" value="checklist-add" />
                <TextField name="title" label={t("ep.checklistTitle")} errors={errorsFor(action, "checklist-add")} />
                <SelectField
                  name="ownerOrgId"
                  label={t("ep.checklistOwner")}
                  options={data.options.orgs}
                  emptyLabel={t("common.none")}
                  errors={errorsFor(action, "checklist-add")}
                />
                <TextField
                  name="ownerName"
                  label={t("ep.checklistOwnerName")}
                  errors={errorsFor(action, "checklist-add")}
                />
                <TextField
                  name="dueAt"
                  type="date"
                  label={t("ep.checklistDue")}
                  errors={errorsFor(action, "checklist-add")}
                />
                <div>
                  <button type="submit" className="btn-secondary">
                    {t("common.add")}
                  </button>
                </div>
              </Form>
            ) : null}
          </Section>

          {data.perms.edit && e.status === "planned" ? (
            <Form
              method="post"
              onSubmit={(ev) => {
                if (!confirm(t("common.confirmDelete"))) ev.preventDefault();
              }}
            >
              <input type="hidden" name="intent" value="delete" />
              <button type="submit" className="btn-danger">
                {t("ep.deleteEpisode")}
              </button>
            </Form>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
