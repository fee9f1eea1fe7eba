/** The conclusion notice on the conclusions page: draft, tasks, submission, issue, amendments. */
import { Form } from "@remix-run/react";
import { formatDate, useLang, useTimeZone, useT } from "../../../platform/i18n/i18n.tsx";
import type { ConclusionsView } from "../conclusions-page.server.ts";

type Props = Pick<ConclusionsView, "episode" | "agencies" | "canDraft" | "canIssue"> & { n: ConclusionsView["notice"] };

export function NoticeSection({ episode, n, agencies, canDraft, canIssue }: Props) {
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
            <input type="hidden" name="intent" value="draft" />
            <button className="btn" type="submit">
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
          <Form method="post">
            <input type="hidden" name="noticeId" value={n.id} />
            <fieldset disabled={!editable} className="grid gap-2">
              <label className="text-sm">
                {t("notice.summary")}
                <input name="title" className="input" defaultValue={n.title} />
              </label>
              <label className="text-sm">
                {t("notice.grounds")}
                <textarea name="grounds" rows={3} className="input" defaultValue={n.grounds} />
              </label>
              <label className="text-sm">
                {t("notice.conclusions")}
                <textarea name="conclusions" rows={6} className="input" defaultValue={n.conclusions} />
              </label>
              <label className="text-sm">
                {t("notice.recipients")}
                <textarea name="recipients" rows={4} className="input" defaultValue={n.recipients} />
              </label>
              {editable ? (
                <div>
                  <button type="submit" name="intent" value="save" className="btn-secondary">
                    {t("common.save")}
                  </button>
                </div>
              ) : null}
            </fieldset>
          </Form>
          <h3 className="mt-3 font-semibold">{t("notice.tasks")}</h3>
          <ol className="grid gap-2" data-testid="notice-tasks">
            {n.tasks.map((task) => (
              <li key={task.id} className="rounded border border-slate-200 p-2">
                <Form method="post" className="grid gap-2 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end">
                  <input type="hidden" name="noticeId" value={n.id} />
                  <input type="hidden" name="taskId" value={task.id} />
                  <fieldset disabled={!editable} className="contents">
                    <label className="text-sm">
                      {t("notice.taskContent")} ({task.questions} {t("notice.linked")})
                      <textarea name="content" rows={2} className="input" defaultValue={task.content} />
                    </label>
                    <label className="text-sm">
                      {t("notice.lead")}
                      <select name="leadAgencyId" className="input" defaultValue={task.leadAgencyId}>
                        {agencies.map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.shortName}
                          </option>
                        ))}
                      </select>
                    </label>
                    <label className="text-sm">
                      {t("ep.checklistDue")}
                      <input type="date" name="dueAt" className="input" defaultValue={task.dueAt} />
                    </label>
                    <label className="text-sm sm:col-span-3">
                      {t("notice.coordinating")}
                      <select name="coordinating" multiple className="input h-20" defaultValue={task.coordinating}>
                        {agencies.map((a) => (
                          <option key={a.id} value={a.id}>
                            {a.shortName}
                          </option>
                        ))}
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
                </Form>
              </li>
            ))}
          </ol>
          {editable ? (
            <Form method="post" className="mt-2 grid gap-2 sm:grid-cols-[1fr_12rem_10rem_auto] sm:items-end">
              <input type="hidden" name="noticeId" value={n.id} />
              <label className="text-sm">
                {t("notice.newTask")}
                <textarea name="content" rows={2} className="input" />
              </label>
              <label className="text-sm">
                {t("notice.lead")}
                <select name="leadAgencyId" className="input">
                  {agencies.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.shortName}
                    </option>
                  ))}
                </select>
              </label>
              <label className="text-sm">
                {t("ep.checklistDue")}
                <input type="date" name="dueAt" className="input" />
              </label>
              <button className="btn-secondary" name="intent" value="task-save" type="submit">
                {t("common.add")}
              </button>
            </Form>
          ) : null}
          {n.status === "draft" && canDraft ? (
            <Form method="post" className="mt-3">
              <input type="hidden" name="noticeId" value={n.id} />
              <button className="btn" name="intent" value="submit" type="submit">
                {t("notice.submit")}
              </button>
            </Form>
          ) : null}
          {n.status === "submitted" && canIssue ? (
            <Form method="post" className="mt-3 grid gap-2 rounded border border-brand-600 p-3 sm:grid-cols-3">
              <input type="hidden" name="noticeId" value={n.id} />
              <label className="text-sm">
                {t("notice.number")}
                <input name="number" className="input" placeholder="35/TB-HĐND" />
              </label>
              <label className="text-sm">
                {t("notice.issuedAt")}
                <input type="date" name="issuedAt" className="input" />
              </label>
              <label className="text-sm">
                {t("series.place")}
                <input name="place" className="input" defaultValue={n.place} />
              </label>
              <label className="text-sm">
                {t("series.signerOnBehalf")}
                <input name="signerOnBehalf" className="input" defaultValue={n.signerOnBehalf} />
              </label>
              <label className="text-sm">
                {t("series.signerTitle")}
                <input name="signerTitle" className="input" defaultValue={n.signerTitle} />
              </label>
              <label className="text-sm">
                {t("series.signerName")}
                <input name="signerName" className="input" defaultValue={n.signerName} />
              </label>
              <div>
                <button className="btn" name="intent" value="issue" type="submit">
                  {t("notice.issue")}
                </button>
              </div>
            </Form>
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
                <Form method="post" className="mt-2 grid gap-2">
                  <input type="hidden" name="noticeId" value={n.id} />
                  <label className="text-sm">
                    {t("notice.conclusions")}
                    <textarea name="conclusions" rows={4} className="input" defaultValue={n.conclusions} />
                  </label>
                  <label className="text-sm">
                    {t("notice.amendReason")}
                    <input name="reason" className="input" />
                  </label>
                  <div>
                    <button className="btn-secondary" name="intent" value="amend" type="submit">
                      {t("notice.amend")}
                    </button>
                  </div>
                </Form>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
