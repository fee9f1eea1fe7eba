/**
 * What an episode's public page shows once it is over: the issued conclusion notice with its tasks (class,
 * agency, deadline), the questions answered on air, and the agencies' published answers (`publicResults`).
 */
import type { ReactNode } from "react";
import { formatDate, useLang, useTimeZone, useT } from "../../../platform/i18n/i18n.tsx";
import type { publicResults } from "../public.server.ts";
import { ClassSummary } from "./class-summary.tsx";
import { FileList } from "./files.tsx";
import { FollowUpBadge } from "./followup.tsx";

/** The loader's JSON of `publicResults` (dates as strings). */
export type EpisodeResultsData = Awaited<ReturnType<typeof publicResults>>;

function Section(props: { id: string; title: string; testId: string; before?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id} className="mb-4" data-testid={props.testId}>
      <h2 id={props.id} className="mb-2 text-lg font-bold">
        {props.title}
      </h2>
      {props.before}
      <ul className="grid gap-2">{props.children}</ul>
    </section>
  );
}

/** A question answered, who asked it (if they agreed to be named) and who answered. */
function Answered({ question, author, by }: { question: string; author: string | null; by: string }) {
  return (
    <>
      <p className="mb-1 font-medium">{question}</p>
      <p className="mb-1 text-xs text-slate-500">
        {author ? `${author} · ` : ""}
        {by}
      </p>
    </>
  );
}

export function EpisodeResults({ episodeId, results }: { episodeId: string; results: EpisodeResultsData }) {
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  const notice = results.notice ? (
    <>
      <p className="card mb-2">
        {t("results.notice", { number: results.notice.number })}{" "}
        <a href={`/chuong-trinh/${episodeId}/thong-bao`} className="underline">
          {t("notice.print")}
        </a>{" "}
        ·{" "}
        <a href={`/chuong-trinh/${episodeId}/thong-bao.docx`} className="underline">
          DOCX
        </a>
      </p>
      <ClassSummary summary={results.summary} onAir={results.answeredOnAir} />
    </>
  ) : null;
  return (
    <>
      {notice ? (
        <Section id="results-h" title={t("results.title")} testId="results" before={notice}>
          {results.tasks.map((task) => (
            <li key={task.id} className="card text-sm">
              <div className="mb-1 flex flex-wrap items-center gap-2">
                <FollowUpBadge status={task.status} />
                <strong>{task.agency}</strong>
                {task.dueAt ? (
                  <span>
                    {t("ep.checklistDue")}: {formatDate(lang, task.dueAt, tz)}
                  </span>
                ) : null}
              </div>
              <p>{task.content}</p>
            </li>
          ))}
        </Section>
      ) : null}
      {results.onAir.length ? (
        <Section id="air-h" title={t("results.onAir")} testId="on-air-answers">
          {results.onAir.map((a) => (
            <li key={a.id} className="card">
              <Answered question={a.question} author={a.author} by={a.speaker} />
              <p className="whitespace-pre-line text-sm">{a.summary}</p>
            </li>
          ))}
        </Section>
      ) : null}
      {results.answers.length ? (
        <Section id="qa-h" title={t("results.answers")} testId="public-answers">
          {results.answers.map((a) => (
            <li key={a.id} className="card">
              <Answered question={a.question} author={a.author} by={a.agency} />
              <div className="prose max-w-none text-sm" dangerouslySetInnerHTML={{ __html: a.html }} />
              <FileList files={a.files} />
            </li>
          ))}
        </Section>
      ) : null}
    </>
  );
}
