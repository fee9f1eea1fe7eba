/** The notice's tasks: one form per task (save, remove), and one to add a task. */
import type { FormActionData } from "../../../platform/forms.ts";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { SchemaForm } from "../../../platform/ui/schema-form.tsx";
import type { ConclusionsView } from "../conclusions-page.server.ts";
import { conclusionsSchemas as forms } from "../schemas.ts";

type Notice = NonNullable<ConclusionsView["notice"]>;
type Props = { n: Notice; agencies: ConclusionsView["agencies"]; editable: boolean; result?: FormActionData };

function AgencyOptions({ agencies }: { agencies: Props["agencies"] }) {
  return agencies.map((a) => (
    <option key={a.id} value={a.id}>
      {a.shortName}
    </option>
  ));
}

export function TaskForms({ n, agencies, editable, result }: Props) {
  const t = useT();
  return (
    <>
      <ol className="grid gap-2" data-testid="notice-tasks">
        {n.tasks.map((task) => (
          <li key={task.id} className="rounded border border-slate-200 p-2">
            <SchemaForm
              schema={forms["task-save"]}
              schemas={{ "task-remove": forms["task-remove"] }}
              result={result}
              intent={["task-save", "task-remove"]}
              match={{ taskId: task.id }}
              className="grid gap-2 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end"
            >
              {(f) => (
                <>
                  <input type="hidden" name="noticeId" value={n.id} />
                  <input type="hidden" name="taskId" value={task.id} />
                  <fieldset disabled={!editable} className="contents">
                    <label className="text-sm">
                      {t("notice.taskContent")} ({task.questions} {t("notice.linked")})
                      <textarea
                        name="content"
                        rows={2}
                        className="input"
                        defaultValue={task.content}
                        {...f.aria("content")}
                      />
                      {f.error("content")}
                    </label>
                    <label className="text-sm">
                      {t("notice.lead")}
                      <select
                        name="leadAgencyId"
                        className="input"
                        defaultValue={task.leadAgencyId}
                        {...f.aria("leadAgencyId")}
                      >
                        <AgencyOptions agencies={agencies} />
                      </select>
                      {f.error("leadAgencyId")}
                    </label>
                    <label className="text-sm">
                      {t("ep.checklistDue")}
                      <input
                        type="date"
                        name="dueAt"
                        className="input"
                        defaultValue={task.dueAt}
                        {...f.aria("dueAt")}
                      />
                      {f.error("dueAt")}
                    </label>
                    <label className="text-sm sm:col-span-3">
                      {t("notice.coordinating")}
                      <select name="coordinating" multiple className="input h-20" defaultValue={task.coordinating}>
                        <AgencyOptions agencies={agencies} />
                      </select>
                    </label>
                    {editable ? (
                      <span className="flex gap-1">
                        <button className="btn-secondary" name="intent" value="task-save" type="submit">
                          {t("common.save")}
                        </button>
                        <button className="btn-danger" name="intent" value="task-remove" type="submit">
                          ×
                        </button>
                      </span>
                    ) : null}
                  </fieldset>
                </>
              )}
            </SchemaForm>
          </li>
        ))}
      </ol>
      {editable ? (
        <SchemaForm
          schema={forms["task-save"]}
          result={result}
          intent="task-save"
          match={{ taskId: "" }}
          className="mt-2 grid gap-2 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end"
        >
          {(f) => (
            <>
              <input type="hidden" name="noticeId" value={n.id} />
              <input type="hidden" name="taskId" value="" />
              <label className="text-sm">
                {t("notice.newTask")}
                <textarea name="content" rows={2} className="input" {...f.aria("content")} />
                {f.error("content")}
              </label>
              <label className="text-sm">
                {t("notice.lead")}
                <select name="leadAgencyId" className="input" {...f.aria("leadAgencyId")}>
                  <AgencyOptions agencies={agencies} />
                </select>
                {f.error("leadAgencyId")}
              </label>
              <label className="text-sm">
                {t("ep.checklistDue")}
                <input type="date" name="dueAt" className="input" defaultValue={n.defaultDueAt} {...f.aria("dueAt")} />
                {f.error("dueAt")}
              </label>
              <button className="btn-secondary" name="intent" value="task-save" type="submit">
                {t("common.add")}
              </button>
            </>
          )}
        </SchemaForm>
      ) : null}
    </>
  );
}
