/** The conclusions page's small forms, one per row: an answer's review, the on-air summary, an item's actions. */
import { Form } from "@remix-run/react";
import type { FormActionData } from "../../../platform/forms.ts";
import { useT } from "../../../platform/i18n/i18n.tsx";
import { SchemaForm, type SchemaFormFields } from "../../../platform/ui/schema-form.tsx";
import { conclusionsSchemas as forms } from "../schemas.ts";

/**
 * A decision with a note and two outcomes, on one item: an answer approved or sent back for revision, an
 * extension request approved or refused.
 */
function DecisionForm(props: {
  schema: (typeof forms)["approve"] | (typeof forms)["extension-approve"];
  result?: FormActionData;
  idName: "questionId" | "extensionId";
  id: string;
  noteLabel: string;
  yes: [intent: string, label: string];
  no: [intent: string, label: string];
}) {
  const { idName, id, yes, no } = props;
  return (
    <SchemaForm
      schema={props.schema}
      result={props.result}
      intent={[yes[0], no[0]]}
      match={{ [idName]: id }}
      className="flex flex-wrap items-end gap-2"
    >
      {(f) => (
        <>
          <input type="hidden" name={idName} value={id} />
          {f.input("note", props.noteLabel, { wide: true })}
          <button className="btn" name="intent" value={yes[0]} type="submit">
            {yes[1]}
          </button>
          <button className="btn-secondary" name="intent" value={no[0]} type="submit">
            {no[1]}
          </button>
        </>
      )}
    </SchemaForm>
  );
}

/** Approve an answer, or send it back for revision, with a note. */
export function ReviewForm({ questionId, result }: { questionId: string; result?: FormActionData }) {
  const t = useT();
  return (
    <DecisionForm
      schema={forms.approve}
      result={result}
      idName="questionId"
      id={questionId}
      noteLabel={t("fu.reviewNote")}
      yes={["approve", t("fu.approve")]}
      no={["revise", t("fu.revise")]}
    />
  );
}

/** What was said on air in answer to a question. */
export function AirSummaryForm({
  q,
  result,
}: {
  q: { id: string; summary: string; answeredBy: string; airSummary: string };
  result?: FormActionData;
}) {
  const t = useT();
  return (
    <SchemaForm
      schema={forms["air-summary"]}
      result={result}
      intent="air-summary"
      match={{ questionId: q.id }}
      className="grid gap-1"
    >
      {(f) => (
        <>
          <input type="hidden" name="questionId" value={q.id} />
          <p className="text-sm font-medium">
            {q.summary} <span className="text-slate-500">· {q.answeredBy}</span>
          </p>
          <textarea
            name="airSummary"
            rows={2}
            className="input"
            defaultValue={q.airSummary}
            aria-label={t("fu.airSummary")}
            placeholder={t("fu.airSummary")}
            {...f.aria("airSummary")}
          />
          {f.error("airSummary")}
          <div>
            <button className="btn-secondary" name="intent" value="air-summary" type="submit">
              {t("common.save")}
            </button>
          </div>
        </>
      )}
    </SchemaForm>
  );
}

const ITEM_ACTIONS = [
  ["remind", "message"],
  ["extend", "reason"],
  ["close", "reason"],
  ["reopen", "reason"],
] as const;

/** What the committee can do with a followed item: remind, extend, close, reopen, complete (a task). */
export function ItemActions({ i, result }: { i: { id: string; kind: "task" | "question" }; result?: FormActionData }) {
  const t = useT();
  return (
    <div className="mt-2 grid gap-2">
      {ITEM_ACTIONS.map(([intent, field]) => (
        <SchemaForm
          key={intent}
          schema={forms[intent]}
          result={result}
          intent={intent}
          match={{ itemId: i.id }}
          className="flex flex-wrap items-end gap-2"
        >
          {(f) => (
            <>
              <input type="hidden" name="kind" value={i.kind} />
              <input type="hidden" name="itemId" value={i.id} />
              {intent === "extend" ? f.input("dueAt", t("fu.newDue"), { type: "date" }) : null}
              {f.input(field, t(`fu.${field}`), { wide: true })}
              <button className="btn-secondary" name="intent" value={intent} type="submit">
                {t(`fu.${intent}`)}
              </button>
            </>
          )}
        </SchemaForm>
      ))}
      {i.kind === "task" ? (
        <Form method="post">
          <input type="hidden" name="itemId" value={i.id} />
          <button className="btn" name="intent" value="complete" type="submit">
            {t("fu.complete")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

/**
 * A task's questions with their answers' states; an answered one can be reopened (an asker not satisfied),
 * which puts it back in the agency's hands and the task back in progress.
 */
export function LinkedQuestions({
  questions,
  result,
}: {
  questions: { id: string; summary: string; answerStatus: string | null }[];
  result?: FormActionData;
}) {
  const t = useT();
  if (!questions.length) return null;
  return (
    <ul className="mb-1 grid gap-1 text-sm" aria-label={t("inbox.linked")}>
      {questions.map((q) => (
        <li key={q.id} className="border-t border-slate-100 pt-1">
          <span>{q.summary}</span>
          <span className="ml-2 text-xs text-slate-600">
            {q.answerStatus ? t(`answer.${q.answerStatus}`) : t("fu.noAnswer")}
          </span>
          {q.answerStatus === "approved" ? (
            <SchemaForm
              schema={forms.reopen}
              result={result}
              intent="reopen"
              match={{ itemId: q.id }}
              className="mt-1 flex flex-wrap items-end gap-1"
            >
              {(f) => (
                <>
                  <input type="hidden" name="kind" value="question" />
                  <input type="hidden" name="itemId" value={q.id} />
                  {f.input("reason", t("fu.reason"), { wide: true, small: true, className: "input py-1" })}
                  <button className="btn-secondary py-1" name="intent" value="reopen" type="submit">
                    {t("fu.reopen")}
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

/** A progress report's fields (what was done, how far), for a task's or a question's progress form. */
export function ProgressFields({ f }: { f: SchemaFormFields }) {
  const t = useT();
  return (
    <>
      {f.input("text", t("fu.progressText"), { wide: true })}
      {f.input("percent", "%", { type: "number", min: 0, max: 100, defaultValue: 0, className: "input w-20" })}
    </>
  );
}

/** The lead Ban's decision on an agency's extension request: approve (the deadline moves) or refuse, with a note. */
export function ExtensionDecisionForm({ extensionId, result }: { extensionId: string; result?: FormActionData }) {
  const t = useT();
  return (
    <DecisionForm
      schema={forms["extension-approve"]}
      result={result}
      idName="extensionId"
      id={extensionId}
      noteLabel={t("ext.note")}
      yes={["extension-approve", t("ext.approve")]}
      no={["extension-refuse", t("ext.refuse")]}
    />
  );
}

/** An extension request's fields (the new day, the reason), for a question's or a task's request form. */
export function ExtensionRequestFields({ f }: { f: SchemaFormFields }) {
  const t = useT();
  return (
    <>
      {f.input("dueAt", t("ext.newDue"), { type: "date" })}
      {f.input("reason", t("ext.reason"), { wide: true })}
      <button type="submit" name="intent" value="extension-request" className="btn-secondary">
        {t("ext.submit")}
      </button>
    </>
  );
}
