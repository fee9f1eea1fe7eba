import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ChecklistTable } from "../features/episodes/components/checklist.tsx";
import { StatusBadge } from "../features/episodes/components/episode.tsx";
import { CheckboxField, FormMessage, SelectField, TextArea, TextField, type Errors } from "../platform/ui/form.tsx";
import { getConfig } from "../platform/config.server.ts";
import { useLang, useT } from "../platform/i18n/i18n.tsx";
import { toLocalInput } from "../platform/validation.ts";
import {
  checklistItemSchema, EPISODE_TRANSITIONS, episodeSchema, episodeStatusSchema, PERSON_ROLES, personSchema, PLATFORM_KINDS, platformSchema,
} from "../features/episodes/index.ts";
import { actorOf, assertCan, requirePermission } from "../platform/auth.server.ts";
import { listOrganizations } from "../features/directory/index.server.ts";
import {
  addChecklistItem, addPerson, addPlatform, attachSurveyFile, createEpisode, deleteEpisode, getChecklistItem, getEpisode, listChecklist,
  listSeries, removeChecklistItem, removePerson, removePlatform, removeSurveyFile, setChecklistDone, setEpisodeStatus, TransitionError,
  updateChecklistItem, updateEpisode, UploadError,
} from "../features/episodes/index.server.ts";
import { can } from "../platform/permissions.ts";
import { emitEpisodeStatus } from "../platform/realtime.server.ts";
import { formAction, invalid, notFound, parseForm, readFormWithFiles } from "../platform/http.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const isNew = params.id === "moi";
  const user = await requirePermission(request, isNew ? "episode:edit" : "episode:view");
  const [series, orgs] = await Promise.all([listSeries(), listOrganizations({ activeOnly: true })]);
  const committees = orgs.filter((o) => o.kind === "council" && o.code !== "VPDDBQH" && can(user, "episode:edit", [o.id]));
  const options = {
    series: series.map((s) => ({ value: s.id, label: `${s.planNumber} – ${s.title}` })),
    committees: committees.map((o) => ({ value: o.id, label: o.name })),
    orgs: orgs.map((o) => ({ value: o.id, label: o.shortName })),
    uploadMb: Math.round(getConfig().uploadMaxBytes / 1024 / 1024),
  };
  if (isNew) return { isNew: true as const, options, episode: null, checklist: [], perms: { edit: true, status: false, checklistEdit: false, checklistCheck: false, questions: false, studio: false, review: false } };
  const e = await getEpisode(params.id!);
  if (!e) throw notFound();
  const scope = [e.leadCommitteeId];
  const checklist = await listChecklist({ episodeIds: [e.id] });
  return {
    isNew: false as const,
    options,
    episode: {
      id: e.id, seriesId: e.seriesId, topic: e.topic, summary: e.summary, leadCommitteeId: e.leadCommitteeId,
      leadCommittee: e.leadCommittee.name, relatedResolutions: e.relatedResolutions.join("\n"), hotlines: e.hotlines.join("\n"),
      startsAt: toLocalInput(e.startsAt), durationMinutes: e.durationMinutes, status: e.status, surveyReportText: e.surveyReportText,
      publicBoard: e.publicBoard,
      surveyFile: e.surveyFileName ? { name: e.surveyFileName, size: e.surveyFileSize ?? 0 } : null,
      platforms: e.platforms.map((p) => ({ id: p.id, kind: p.kind, label: p.label, url: p.url })),
      people: e.people.map((p) => ({ id: p.id, role: p.role, name: p.name, title: p.title, organization: p.organization?.shortName ?? null })),
      nextStatuses: EPISODE_TRANSITIONS[e.status],
    },
    checklist: checklist.map((c) => ({
      id: c.id, title: c.title, done: c.done, dueAt: c.dueAt?.toISOString() ?? null, owner: c.ownerOrg?.shortName ?? null,
      ownerOrgId: c.ownerOrgId, ownerName: c.ownerName, note: c.note,
      canCheck: can(user, "checklist:check", [e.leadCommitteeId, c.ownerOrgId]),
    })),
    perms: {
      edit: can(user, "episode:edit", scope),
      status: can(user, "episode:status", scope),
      checklistEdit: can(user, "checklist:edit", scope),
      checklistCheck: can(user, "checklist:check", scope),
      questions: can(user, "question:view"),
      studio: can(user, "studio:view", scope),
      review: can(user, "followup:review", scope),
    },
  };
}

async function handleAction({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  const actor = actorOf(user);
  const form = await readFormWithFiles(request, "survey-upload");
  const intent = String(form.get("intent") ?? "");

  if (params.id === "moi") {
    assertCan(user, "episode:edit", undefined, request);
    const input = parseForm(episodeSchema, form, "save");
    assertCan(user, "episode:edit", [input.leadCommitteeId], request);
    const created = await createEpisode(actor, input);
    return redirect(`/quan-tri/chuong-trinh/${created.id}`);
  }

  const e = await getEpisode(params.id!);
  if (!e) throw notFound();
  const scope = [e.leadCommitteeId];

  switch (intent) {
    case "save": {
      assertCan(user, "episode:edit", scope, request);
      const input = parseForm(episodeSchema, form, intent);
      assertCan(user, "episode:edit", [input.leadCommitteeId], request);
      await updateEpisode(actor, e.id, input);
      return { ok: true, intent };
    }
    case "status": {
      assertCan(user, "episode:status", scope, request);
      const { status } = parseForm(episodeStatusSchema, form, intent);
      try {
        const updated = await setEpisodeStatus(actor, e.id, status);
        emitEpisodeStatus(updated);
      } catch (err) {
        if (err instanceof TransitionError) return invalid({ _form: [`ep.illegalTransition|${err.from}|${err.to}`] }, intent, undefined, 409);
        throw err;
      }
      return { ok: true, intent };
    }
    case "delete": {
      assertCan(user, "episode:edit", scope, request);
      if (e.status !== "planned") return invalid({ _form: [`ep.illegalTransition|${e.status}|planned`] }, intent, undefined, 409);
      await deleteEpisode(actor, e.id);
      return redirect("/quan-tri/chuong-trinh");
    }
    case "platform-add":
      assertCan(user, "episode:edit", scope, request);
      await addPlatform(actor, e.id, parseForm(platformSchema, form, intent));
      return { ok: true, intent };
    case "platform-remove":
      assertCan(user, "episode:edit", scope, request);
      await removePlatform(actor, e.id, String(form.get("id")));
      return { ok: true, intent };
    case "person-add":
      assertCan(user, "episode:edit", scope, request);
      await addPerson(actor, e.id, parseForm(personSchema, form, intent));
      return { ok: true, intent };
    case "person-remove":
      assertCan(user, "episode:edit", scope, request);
      await removePerson(actor, e.id, String(form.get("id")));
      return { ok: true, intent };
    case "survey-upload": {
      assertCan(user, "episode:edit", scope, request);
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) return invalid({ file: ["err.fileEmpty"] }, intent);
      try {
        await attachSurveyFile(actor, e.id, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
      } catch (err) {
        if (err instanceof UploadError) return invalid({ file: [err.code] }, intent, undefined, err.code === "err.fileSize" ? 413 : 422);
        throw err;
      }
      return { ok: true, intent };
    }
    case "survey-remove":
      assertCan(user, "episode:edit", scope, request);
      await removeSurveyFile(actor, e.id);
      return { ok: true, intent };
    case "checklist-add":
      assertCan(user, "checklist:edit", scope, request);
      await addChecklistItem(actor, e.id, parseForm(checklistItemSchema, form, intent));
      return { ok: true, intent };
    case "checklist-update":
    case "checklist-remove":
    case "checklist-toggle": {
      const item = await getChecklistItem(String(form.get("id")));
      if (!item || item.episodeId !== e.id) throw notFound();
      if (intent === "checklist-toggle") {
        assertCan(user, "checklist:check", [e.leadCommitteeId, item.ownerOrgId], request);
        await setChecklistDone(actor, item.id, form.get("done") === "true");
      } else if (intent === "checklist-remove") {
        assertCan(user, "checklist:edit", scope, request);
        await removeChecklistItem(actor, item.id);
      } else {
        assertCan(user, "checklist:edit", scope, request);
        await updateChecklistItem(actor, item.id, parseForm(checklistItemSchema, form, intent));
      }
      return { ok: true, intent };
    }
    default:
      return invalid({ intent: ["err.choice"] }, intent, undefined, 400);
  }
}

type ActionData = { ok?: boolean; intent?: string; errors?: Record<string, string[]>; values?: Record<string, string> } | undefined;

function errorsFor(data: ActionData, intent: string): Errors {
  return data?.intent === intent ? data.errors : undefined;
}

function Section({ title, children, id }: { title: string; children: React.ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="card mb-4">
      <h2 id={id} className="mb-3 text-lg font-bold">{title}</h2>
      {children}
    </section>
  );
}

export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
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
            {data.perms.questions ? <Link to={`/quan-tri/chuong-trinh/${e.id}/tiep-nhan`} className="btn">{t("console.title")}</Link> : null}
            {data.perms.studio ? <Link to={`/quan-tri/chuong-trinh/${e.id}/truong-quay`} className="btn-secondary">{t("studio.title")}</Link> : null}
            {data.perms.review ? <Link to={`/quan-tri/chuong-trinh/${e.id}/ket-luan`} className="btn-secondary">{t("notice.page")}</Link> : null}
            <Link to={`/chuong-trinh/${e.id}`} className="btn-secondary">{t("ep.publicPage")}</Link>
          </div>
        ) : null}
      </div>

      {e ? (
        <Section title={t("ep.statusChange")} id="status-h">
          <div className="mb-2 flex items-center gap-2" data-testid="staff-status"><StatusBadge status={e.status} /></div>
          {statusError ? (
            <p role="alert" className="mb-2 text-sm text-red-700">
              {(() => { const [, from, to] = statusError.split("|"); return t("ep.illegalTransition", { from: t(`status.${from}`), to: t(`status.${to}`) }); })()}
            </p>
          ) : null}
          {data.perms.status ? (
            <div className="flex flex-wrap gap-2">
              {e.nextStatuses.map((s) => (
                <Form method="post" key={s}>
                  <input type="hidden" name="intent" value="status" />
                  <input type="hidden" name="status" value={s} />
                  <button type="submit" className={s === "live" && e.status === "planned" ? "btn bg-live" : "btn-secondary"}>
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
            <FormMessage errors={saveErrors} ok={action?.ok && action.intent === "save" ? t("common.saved") : undefined} />
            <SelectField name="seriesId" label={t("ep.series")} options={data.options.series} defaultValue={v?.seriesId ?? e?.seriesId} errors={saveErrors} required />
            <TextArea name="topic" label={t("ep.topic")} rows={2} defaultValue={v?.topic ?? e?.topic} errors={saveErrors} required />
            <SelectField name="leadCommitteeId" label={t("ep.leadCommittee")} options={data.options.committees}
              defaultValue={v?.leadCommitteeId ?? e?.leadCommitteeId} errors={saveErrors} required />
            <div className="grid gap-x-3 sm:grid-cols-2">
              <TextField name="startsAt" type="datetime-local" label={t("ep.startsAt")} defaultValue={v?.startsAt ?? e?.startsAt} errors={saveErrors} required />
              <TextField name="durationMinutes" type="number" inputMode="numeric" label={t("ep.duration")} min={10} max={600}
                defaultValue={v?.durationMinutes ?? e?.durationMinutes ?? 60} errors={saveErrors} required />
            </div>
            <TextArea name="summary" label={t("ep.summary")} rows={3} defaultValue={v?.summary ?? e?.summary} errors={saveErrors} />
            <TextArea name="relatedResolutions" label={t("ep.resolutions")} help={t("common.onePerLine")} rows={3}
              defaultValue={v?.relatedResolutions ?? e?.relatedResolutions} errors={saveErrors} />
            <TextArea name="hotlines" label={t("ep.hotlines")} help={t("common.onePerLine")} rows={2}
              defaultValue={v?.hotlines ?? e?.hotlines} errors={saveErrors} />
            <CheckboxField name="publicBoard" label={t("ep.publicBoard")} defaultChecked={v ? v.publicBoard === "on" : e ? e.publicBoard : true} />
            <TextArea name="surveyReportText" label={t("ep.surveyText")} rows={6} defaultValue={v?.surveyReportText ?? e?.surveyReportText} errors={saveErrors} />
            {data.perms.edit ? (
              <button type="submit" className="btn" disabled={nav.state === "submitting"}>{data.isNew ? t("common.create") : t("common.save")}</button>
            ) : null}
          </fieldset>
        </Form>
      </Section>

      {e ? (
        <>
          <Section title={t("ep.survey")} id="survey-h">
            {e.surveyFile ? (
              <p className="mb-2 text-sm">
                {t("ep.surveyCurrent")}: <a href={`/quan-tri/chuong-trinh/${e.id}/bao-cao`}>{e.surveyFile.name}</a> ({Math.ceil(e.surveyFile.size / 1024)} KB)
              </p>
            ) : null}
            {data.perms.edit ? (
              <div className="flex flex-wrap items-end gap-2">
                <Form method="post" encType="multipart/form-data" className="min-w-0 flex-1">
                  <input type="hidden" name="intent" value="survey-upload" />
                  <TextField name="file" type="file" label={t("ep.surveyFile", { mb: data.options.uploadMb })}
                    accept=".pdf,.doc,.docx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    errors={errorsFor(action, "survey-upload")} />
                  <button type="submit" className="btn-secondary">{t("ep.surveyUpload")}</button>
                </Form>
                {e.surveyFile ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="survey-remove" />
                    <button type="submit" className="btn-danger">{t("ep.surveyRemove")}</button>
                  </Form>
                ) : null}
              </div>
            ) : null}
          </Section>

          <Section title={t("ep.platforms")} id="platforms-h">
            <ul className="mb-3 grid gap-1">
              {e.platforms.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 py-1 text-sm">
                  <span><strong>{t(`platform.${p.kind}`)}</strong> · {p.label} {p.url ? <a href={p.url} className="break-all">{p.url}</a> : null}</span>
                  {data.perms.edit ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="platform-remove" />
                      <input type="hidden" name="id" value={p.id} />
                      <button type="submit" className="btn-danger" aria-label={`${t("common.delete")} ${p.label}`}>{t("common.delete")}</button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
            {data.perms.edit ? (
              <Form method="post" className="grid gap-x-2 sm:grid-cols-[10rem_1fr_1fr_auto] sm:items-end" noValidate>
                <input type="hidden" name="intent" value="platform-add" />
                <SelectField name="kind" label={t("ep.platformKind")} options={PLATFORM_KINDS.map((k) => ({ value: k, label: t(`platform.${k}`) }))} errors={errorsFor(action, "platform-add")} />
                <TextField name="label" label={t("ep.platformLabel")} errors={errorsFor(action, "platform-add")} />
                <TextField name="url" type="url" label={t("ep.platformUrl")} placeholder="https://" errors={errorsFor(action, "platform-add")} />
                <div className="mb-3"><button type="submit" className="btn-secondary">{t("common.add")}</button></div>
              </Form>
            ) : null}
          </Section>

          <Section title={t("ep.people")} id="people-h">
            <ul className="mb-3 grid gap-1">
              {e.people.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 py-1 text-sm">
                  <span><strong>{t(`person.${p.role}`)}</strong> · {p.name}{p.title ? `, ${p.title}` : ""}{p.organization ? ` (${p.organization})` : ""}</span>
                  {data.perms.edit ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="person-remove" />
                      <input type="hidden" name="id" value={p.id} />
                      <button type="submit" className="btn-danger" aria-label={`${t("common.delete")} ${p.name}`}>{t("common.delete")}</button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
            {data.perms.edit ? (
              <Form method="post" className="grid gap-x-2 sm:grid-cols-2" noValidate>
                <input type="hidden" name="intent" value="person-add" />
                <SelectField name="role" label={t("ep.personRole")} options={PERSON_ROLES.map((k) => ({ value: k, label: t(`person.${k}`) }))} errors={errorsFor(action, "person-add")} />
                <TextField name="name" label={t("ep.personName")} errors={errorsFor(action, "person-add")} />
                <TextField name="title" label={t("ep.personTitle")} errors={errorsFor(action, "person-add")} />
                <SelectField name="organizationId" label={t("ep.personOrg")} options={data.options.orgs} emptyLabel={t("common.none")} errors={errorsFor(action, "person-add")} />
                <div><button type="submit" className="btn-secondary">{t("common.add")}</button></div>
              </Form>
            ) : null}
          </Section>

          <Section title={t("ep.checklist")} id="checklist-h">
            <ChecklistTable items={data.checklist} episodeId={e.id} canEdit={data.perms.checklistEdit} now={now} lang={lang} />
            {data.perms.checklistEdit ? (
              <Form method="post" className="mt-3 grid gap-x-2 sm:grid-cols-2" noValidate>
                <input type="hidden" name="intent" value="checklist-add" />
                <TextField name="title" label={t("ep.checklistTitle")} errors={errorsFor(action, "checklist-add")} />
                <SelectField name="ownerOrgId" label={t("ep.checklistOwner")} options={data.options.orgs} emptyLabel={t("common.none")} errors={errorsFor(action, "checklist-add")} />
                <TextField name="ownerName" label={t("ep.checklistOwnerName")} errors={errorsFor(action, "checklist-add")} />
                <TextField name="dueAt" type="date" label={t("ep.checklistDue")} errors={errorsFor(action, "checklist-add")} />
                <div><button type="submit" className="btn-secondary">{t("common.add")}</button></div>
              </Form>
            ) : null}
          </Section>

          {data.perms.edit && e.status === "planned" ? (
            <Form method="post" onSubmit={(ev) => { if (!confirm(t("common.confirmDelete"))) ev.preventDefault(); }}>
              <input type="hidden" name="intent" value="delete" />
              <button type="submit" className="btn-danger">{t("ep.deleteEpisode")}</button>
            </Form>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

