/** The parts of the episode editor below the main form: survey report, platforms, people, checklist. */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useLang, useT } from "../../../platform/i18n/i18n.tsx";
import { SelectField, TextField, type Errors } from "../../../platform/ui/form.tsx";
import { RowAction } from "../../../platform/ui/row-action.tsx";
import { useSchemaForm } from "../../../platform/ui/use-schema-form.ts";
import type { EpisodeEditorView } from "../editor-page.server.ts";
import { checklistItemSchema, PERSON_ROLES, personSchema, PLATFORM_KINDS, platformSchema } from "../schemas.ts";
import { ChecklistTable } from "./checklist.tsx";

export type EditorActionData =
  { ok?: boolean; intent?: string; errors?: Record<string, string[]>; values?: Record<string, string> } | undefined;
type Episode = NonNullable<EpisodeEditorView["episode"]>;
type PartProps = { data: EpisodeEditorView; e: Episode; action: EditorActionData };

export function errorsFor(data: EditorActionData, intent: string): Errors {
  return data?.intent === intent ? data.errors : undefined;
}

export function Section({ title, children, id }: { title: string; children: React.ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="card mb-4">
      <h2 id={id} className="mb-3 text-lg font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function SurveySection({ data, e, action }: PartProps) {
  const t = useT();
  return (
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
            <TextField
              name="file"
              type="file"
              label={t("ep.surveyFile", { mb: data.options.uploadMb })}
              accept=".pdf,.doc,.docx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              errors={errorsFor(action, "survey-upload")}
            />
            <button type="submit" name="intent" value="survey-upload" className="btn-secondary">
              {t("ep.surveyUpload")}
            </button>
          </Form>
          {e.surveyFile ? (
            <Form method="post">
              <button type="submit" name="intent" value="survey-remove" className="btn-danger">
                {t("ep.surveyRemove")}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}

/** An episode's list of things (platforms, people), each with its delete button for those who may edit. */
function RemovableList<T extends { id: string }>(props: {
  items: T[];
  canEdit: boolean;
  intent: string;
  name: (item: T) => string;
  children: (item: T) => ReactNode;
}) {
  const t = useT();
  return (
    <ul className="mb-3 grid gap-1">
      {props.items.map((item) => (
        <li
          key={item.id}
          className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 py-1 text-sm"
        >
          <span>{props.children(item)}</span>
          {props.canEdit ? (
            <RowAction intent={props.intent} id={item.id} label={`${t("common.delete")} ${props.name(item)}`}>
              {t("common.delete")}
            </RowAction>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function PlatformsSection({ data, e, action }: PartProps) {
  const t = useT();
  const { props, errors } = useSchemaForm(platformSchema, { result: action, intent: "platform-add" });
  return (
    <Section title={t("ep.platforms")} id="platforms-h">
      <RemovableList items={e.platforms} canEdit={data.perms.edit} intent="platform-remove" name={(p) => p.label}>
        {(p) => (
          <>
            <strong>{t(`platform.${p.kind}`)}</strong> · {p.label}{" "}
            {p.url ? (
              <a href={p.url} className="break-all">
                {p.url}
              </a>
            ) : null}
          </>
        )}
      </RemovableList>
      {data.perms.edit ? (
        <Form method="post" className="grid gap-x-2 sm:grid-cols-[10rem_1fr_1fr_auto] sm:items-end" {...props}>
          <SelectField
            name="kind"
            label={t("ep.platformKind")}
            options={PLATFORM_KINDS.map((k) => ({ value: k, label: t(`platform.${k}`) }))}
            errors={errors}
          />
          <TextField name="label" label={t("ep.platformLabel")} errors={errors} />
          <TextField name="url" type="url" label={t("ep.platformUrl")} placeholder="https://" errors={errors} />
          <div className="mb-3">
            <button type="submit" name="intent" value="platform-add" className="btn-secondary">
              {t("common.add")}
            </button>
          </div>
        </Form>
      ) : null}
    </Section>
  );
}

export function PeopleSection({ data, e, action }: PartProps) {
  const t = useT();
  const { props, errors } = useSchemaForm(personSchema, { result: action, intent: "person-add" });
  return (
    <Section title={t("ep.people")} id="people-h">
      <RemovableList items={e.people} canEdit={data.perms.edit} intent="person-remove" name={(p) => p.name}>
        {(p) => (
          <>
            <strong>{t(`person.${p.role}`)}</strong> · {p.name}
            {p.title ? `, ${p.title}` : ""}
            {p.organization ? ` (${p.organization})` : ""}
          </>
        )}
      </RemovableList>
      {data.perms.edit ? (
        <Form method="post" className="grid gap-x-2 sm:grid-cols-2" {...props}>
          <SelectField
            name="role"
            label={t("ep.personRole")}
            options={PERSON_ROLES.map((k) => ({ value: k, label: t(`person.${k}`) }))}
            errors={errors}
          />
          <TextField name="name" label={t("ep.personName")} errors={errors} />
          <TextField name="title" label={t("ep.personTitle")} errors={errors} />
          <SelectField
            name="organizationId"
            label={t("ep.personOrg")}
            options={data.options.orgs}
            emptyLabel={t("common.none")}
            errors={errors}
          />
          <div>
            <button type="submit" name="intent" value="person-add" className="btn-secondary">
              {t("common.add")}
            </button>
          </div>
        </Form>
      ) : null}
    </Section>
  );
}

export function ChecklistSection({ data, e, action }: PartProps) {
  const t = useT();
  const lang = useLang();
  const now = Date.now();
  const { props, errors } = useSchemaForm(checklistItemSchema, { result: action, intent: "checklist-add" });
  return (
    <Section title={t("ep.checklist")} id="checklist-h">
      <ChecklistTable
        items={data.checklist}
        episodeId={e.id}
        canEdit={data.perms.checklistEdit}
        now={now}
        lang={lang}
      />
      {data.perms.checklistEdit ? (
        <Form method="post" className="mt-3 grid gap-x-2 sm:grid-cols-2" {...props}>
          <TextField name="title" label={t("ep.checklistTitle")} errors={errors} />
          <SelectField
            name="ownerOrgId"
            label={t("ep.checklistOwner")}
            options={data.options.orgs}
            emptyLabel={t("common.none")}
            errors={errors}
          />
          <TextField name="ownerName" label={t("ep.checklistOwnerName")} errors={errors} />
          <TextField name="dueAt" type="date" label={t("ep.checklistDue")} errors={errors} />
          <div>
            <button type="submit" name="intent" value="checklist-add" className="btn-secondary">
              {t("common.add")}
            </button>
          </div>
        </Form>
      ) : null}
    </Section>
  );
}
