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
                    {f.textarea(
                      "content",
                      `${t("notice.taskContent")} (${task.questions.length} ${t("notice.linked")})`,
                      { rows: 2, defaultValue: task.content },
                    )}
                    {f.select("leadAgencyId", t("notice.lead"), {
                      defaultValue: task.leadAgencyId,
                      children: <AgencyOptions agencies={agencies} />,
                    })}
                    {f.input("dueAt", t("ep.checklistDue"), { type: "date", defaultValue: task.dueAt })}
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
            <QuestionList n={n} questions={task.questions} from={task.id} editable={editable} result={result} />
          </li>
        ))}
      </ol>
      {n.loose.length ? (
        <section className="mt-2" aria-labelledby="loose-h">
          <h4 id="loose-h" className="text-sm font-semibold">
            {t("notice.loose")}
          </h4>
          <QuestionList n={n} questions={n.loose} from="" editable={editable} result={result} />
        </section>
      ) : null}
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
              {f.textarea("content", t("notice.newTask"), { rows: 2 })}
              {f.select("leadAgencyId", t("notice.lead"), { children: <AgencyOptions agencies={agencies} /> })}
              {f.input("dueAt", t("ep.checklistDue"), { type: "date", defaultValue: n.defaultDueAt })}
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

/** A task's questions (or those of no task), each with the form that moves it to another task, a new one or out. */
function QuestionList({
  n,
  questions,
  from,
  editable,
  result,
}: {
  n: Notice;
  questions: { id: string; summary: string; agency?: string; written?: boolean }[];
  from: string;
  editable: boolean;
  result?: FormActionData;
}) {
  const t = useT();
  if (!questions.length) return null;
  return (
    <ul className="mt-2 grid gap-1 text-sm" aria-label={t("notice.questionsOf")}>
      {questions.map((q) => (
        <li key={q.id} className="flex flex-wrap items-end justify-between gap-2 border-t border-slate-100 pt-1">
          <span className="min-w-0 flex-1">
            {q.summary}
            {q.agency ? <span className="text-xs text-slate-500"> · {q.agency}</span> : null}
            {q.written ? (
              <span className="badge ml-1 bg-sky-100 text-sky-900" data-testid="written-answer">
                ✉ {t("flag.written_answer")}
              </span>
            ) : null}
          </span>
          {editable ? (
            <SchemaForm
              schema={forms.group}
              result={result}
              intent="group"
              match={{ questionId: q.id }}
              className="flex items-end gap-1"
            >
              {(f) => (
                <>
                  <input type="hidden" name="noticeId" value={n.id} />
                  <input type="hidden" name="questionId" value={q.id} />
                  <label className="text-xs">
                    {t("notice.moveTo")}
                    <select name="target" className="input py-1 text-sm" defaultValue={from} {...f.aria("target")}>
                      {n.tasks.map((task, i) => (
                        <option key={task.id} value={task.id}>
                          {t("notice.taskN", { n: i + 1 })}: {task.content.slice(0, 40)}
                        </option>
                      ))}
                      <option value="new">{t("notice.toNewTask")}</option>
                      <option value="">{t("notice.noTask")}</option>
                    </select>
                    {f.error("target")}
                  </label>
                  <button className="btn-secondary py-1" name="intent" value="group" type="submit">
                    {t("notice.move")}
                  </button>
                </>
              )}
            </SchemaForm>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
