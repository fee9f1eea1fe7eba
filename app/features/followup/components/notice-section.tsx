/** The conclusion notice on the conclusions page: draft, tasks, submission, issue, amendments. */
import { Form } from "@remix-run/react";
import { Fragment } from "react";
import type { FormActionData } from "../../../platform/forms.ts";
import { formatDate, useLang, useTimeZone, useT } from "../../../platform/i18n/i18n.tsx";
import { SchemaForm } from "../../../platform/ui/schema-form.tsx";
import type { ConclusionsView } from "../conclusions-page.server.ts";
import { conclusionsSchemas as forms } from "../schemas.ts";
import { TaskForms } from "./notice-tasks.tsx";

type Props = Pick<ConclusionsView, "episode" | "agencies" | "canDraft" | "canIssue"> & {
  n: ConclusionsView["notice"];
  /** The page's action data: each form shows the server's field errors of its own intent. */
  result?: FormActionData;
};

export function NoticeSection({ episode, n, agencies, canDraft, canIssue, result }: Props) {
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  const editable = n && n.status !== "issued" && canDraft;
  return (
    <section className="card mb-4" aria-labelledby="notice-h">
      <h2 id="notice-h" className="mb-2 text-lg font-bold">
        {t("notice.title")}{" "}
        {n ? (
          <span className="badge bg-slate-100" data-testid="notice-status">
            {t(`notice.status.${n.status}`)}
          </span>
        ) : null}
      </h2>
      {!n ? (
        canDraft ? (
          <Form method="post">
            <button className="btn" name="intent" value="draft" type="submit">
              {t("notice.createDraft")}
            </button>
            <p className="mt-1 text-sm text-slate-600">{t("notice.createHelp")}</p>
          </Form>
        ) : (
          <p>{t("common.empty")}</p>
        )
      ) : (
        <>
          <div className="mb-3 flex flex-wrap gap-2">
            <a className="btn-secondary" href={`/chuong-trinh/${episode.id}/thong-bao.docx`}>
              {t("notice.docx")}
            </a>
            <a
              className="btn-secondary"
              href={`/chuong-trinh/${episode.id}/thong-bao`}
              target="_blank"
              rel="noreferrer"
            >
              {t("notice.print")}
            </a>
          </div>
          <SchemaForm schema={forms.save} result={result} intent="save">
            {(f) => (
              <>
                <input type="hidden" name="noticeId" value={n.id} />
                <fieldset disabled={!editable} className="grid gap-2">
                  {f.input("title", t("notice.summary"), { defaultValue: n.title })}
                  {f.textarea("grounds", t("notice.grounds"), { rows: 3, defaultValue: n.grounds })}
                  {f.textarea("conclusions", t("notice.conclusions"), { rows: 6, defaultValue: n.conclusions })}
                  {f.textarea("tasksIntro", t("notice.tasksIntro"), { rows: 2, defaultValue: n.tasksIntro })}
                  {f.textarea("recipients", t("notice.recipients"), { rows: 4, defaultValue: n.recipients })}
                  {editable ? (
                    <div>
                      <button type="submit" name="intent" value="save" className="btn-secondary">
                        {t("common.save")}
                      </button>
                    </div>
                  ) : null}
                </fieldset>
              </>
            )}
          </SchemaForm>
          <h3 className="mt-3 font-semibold">{t("notice.tasks")}</h3>
          <TaskForms n={n} agencies={agencies} editable={!!editable} result={result} />
          {n.status === "draft" && canDraft ? (
            <Form method="post" className="mt-3">
              <input type="hidden" name="noticeId" value={n.id} />
              <button className="btn" name="intent" value="submit" type="submit">
                {t("notice.submit")}
              </button>
            </Form>
          ) : null}
          {n.status === "submitted" && canIssue ? (
            <SchemaForm
              schema={forms.issue}
              result={result}
              intent="issue"
              className="mt-3 grid gap-2 rounded border border-brand-600 p-3 sm:grid-cols-3"
            >
              {(f) => (
                <>
                  <input type="hidden" name="noticeId" value={n.id} />
                  {f.input("number", t("notice.number"), { placeholder: "35/TB-HĐND" })}
                  {f.input("issuedAt", t("notice.issuedAt"), { type: "date" })}
                  {(
                    [
                      ["place", "series.place"],
                      ["signerOnBehalf", "series.signerOnBehalf"],
                      ["signerTitle", "series.signerTitle"],
                      ["signerName", "series.signerName"],
                    ] as const
                  ).map(([name, label]) => (
                    <Fragment key={name}>{f.input(name, t(label), { defaultValue: n[name] })}</Fragment>
                  ))}
                  <div>
                    <button className="btn" name="intent" value="issue" type="submit">
                      {t("notice.issue")}
                    </button>
                  </div>
                </>
              )}
            </SchemaForm>
          ) : null}
          {n.status === "issued" ? (
            <>
              <p className="mt-2 text-sm">
                {t("notice.number")}: <strong>{n.number}</strong> · {n.issuedAt ? formatDate(lang, n.issuedAt, tz) : ""}
              </p>
              {n.amendments.length ? (
                <ul className="mt-2 text-sm">
                  {n.amendments.map((a) => (
                    <li key={a.id}>
                      {formatDate(lang, a.at, tz)} · {a.by}: {a.reason}
                    </li>
                  ))}
                </ul>
              ) : null}
              {canIssue ? (
                <SchemaForm schema={forms.amend} result={result} intent="amend" className="mt-2 grid gap-2">
                  {(f) => (
                    <>
                      <input type="hidden" name="noticeId" value={n.id} />
                      {f.textarea("conclusions", t("notice.conclusions"), { rows: 4, defaultValue: n.conclusions })}
                      {f.input("reason", t("notice.amendReason"))}
                      <div>
                        <button className="btn-secondary" name="intent" value="amend" type="submit">
                          {t("notice.amend")}
                        </button>
                      </div>
                    </>
                  )}
                </SchemaForm>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
