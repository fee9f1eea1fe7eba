import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "../features/episodes/components/episode.tsx";
import { listChecklist, schedule } from "../features/episodes/index.server.ts";
import { waitingOn } from "../features/followup/index.server.ts";
import { requirePermission } from "../platform/auth.server.ts";
import { formatDateTime, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "staff:access");
  const s = await schedule();
  const ids = s.upcoming.map((e) => e.id);
  const items = await listChecklist({ episodeIds: ids });
  const progress = Object.fromEntries(
    ids.map((id) => {
      const mine = items.filter((i) => i.episodeId === id);
      return [id, { done: mine.filter((i) => i.done).length, total: mine.length }];
    }),
  );
  return {
    name: user.displayName,
    upcoming: s.upcoming.map((e) => ({
      id: e.id,
      topic: e.topic,
      status: e.status,
      startsAt: e.startsAt.toISOString(),
      committee: e.leadCommittee.shortName,
    })),
    progress,
    /** What waits on this user: notices to issue (Standing Committee), answers and extension requests (Ban). */
    waiting: await waitingOn(user),
  };
}

export default function Dashboard() {
  const { name, upcoming, progress, waiting } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  return (
    <div>
      <h1 className="mb-3 text-2xl font-bold">{t("dash.welcome", { name })}</h1>
      {waiting.toIssue?.length ? (
        <section className="card mb-4" aria-labelledby="to-issue-h">
          <h2 id="to-issue-h" className="mb-2 text-lg font-semibold">
            {t("dash.toIssue")} ({waiting.toIssue.length})
          </h2>
          <ul className="grid gap-1" data-testid="to-issue">
            {waiting.toIssue.map((n) => (
              <li key={n.episodeId}>
                <Link to={n.link} className="font-medium">
                  {n.topic}
                </Link>{" "}
                <span className="text-sm text-slate-600">
                  · {t("dash.submittedAt")}: {formatDateTime(lang, n.submittedAt, tz)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {waiting.toReview?.length ? (
        <section className="card mb-4" aria-labelledby="to-review-h">
          <h2 id="to-review-h" className="mb-2 text-lg font-semibold">
            {t("dash.toReview")}
          </h2>
          <ul className="grid gap-1" data-testid="to-review">
            {waiting.toReview.map((e) => (
              <li key={e.episodeId}>
                <Link to={e.link} className="font-medium">
                  {e.topic}
                </Link>
                <span className="text-sm text-slate-600">
                  {e.answers ? ` · ${t("dash.answers", { n: e.answers })}` : ""}
                  {e.extensions ? ` · ${t("dash.extensions", { n: e.extensions })}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2 className="mb-2 text-lg font-semibold">{t("dash.upcoming")}</h2>
      {upcoming.length ? (
        <ul className="grid gap-2">
          {upcoming.map((e) => (
            <li key={e.id} className="card">
              <div className="mb-1 flex flex-wrap items-center gap-2 text-sm">
                <StatusBadge status={e.status} />
                <span>{formatDateTime(lang, e.startsAt, tz)}</span>
                <span className="text-slate-600">{e.committee}</span>
              </div>
              <Link to={`/quan-tri/chuong-trinh/${e.id}`} className="font-semibold">
                {e.topic}
              </Link>
              {e.status === "live" ? (
                <div className="mt-1">
                  <Link to={`/quan-tri/chuong-trinh/${e.id}/tiep-nhan`} className="btn bg-live">
                    {t("console.title")}
                  </Link>
                </div>
              ) : null}
              <div className="text-sm text-slate-600">
                {t("dash.checklistProgress", progress[e.id] ?? { done: 0, total: 0 })}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("common.empty")}</p>
      )}
    </div>
  );
}
