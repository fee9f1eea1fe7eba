import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ChecklistTable } from "../features/episodes/components/checklist.tsx";
import { StatusBadge } from "../features/episodes/components/episode.tsx";
import { getChecklistItem, listChecklist, listEpisodes, setChecklistDone } from "../features/episodes/index.server.ts";
import { checklistToggleSchema } from "../features/episodes/schemas.ts";
import { actorOf, assertCan, requirePermission } from "../platform/auth.server.ts";
import { formAction, formIntent, invalid, notFound, parseForm } from "../platform/http.server.ts";
import { formatShort, useLang, useTimeZone, useT } from "../platform/i18n/i18n.tsx";
import { can } from "../platform/permissions.ts";

/**
 * The committee's view of preparation: for committee users, the episodes
 * their Ban leads; for agency users, the steps assigned to their
 * organization; for the Standing Committee and admins, every episode not yet over.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "episode:view");
  const all = await listEpisodes();
  const open = all.filter((e) => e.status === "planned" || e.status === "live");
  const episodes = user.role === "committee" ? open.filter((e) => e.leadCommitteeId === user.organizationId) : open;
  const items = await listChecklist({
    episodeIds: episodes.map((e) => e.id),
    ownerOrgId: user.role === "agency" ? (user.organizationId ?? "-") : undefined,
  });
  return {
    role: user.role,
    now: Date.now(),
    episodes: episodes
      .map((e) => ({
        id: e.id,
        topic: e.topic,
        status: e.status,
        startsAt: e.startsAt.toISOString(),
        committee: e.leadCommittee.shortName,
        items: items
          .filter((i) => i.episodeId === e.id)
          .map((c) => ({
            id: c.id,
            title: c.title,
            done: c.done,
            dueAt: c.dueAt?.toISOString() ?? null,
            owner: c.ownerOrg?.shortName ?? null,
            ownerName: c.ownerName,
            canCheck: can(user, "checklist:check", [e.leadCommitteeId, c.ownerOrgId]),
          })),
      }))
      .filter((e) => user.role !== "agency" || e.items.length > 0),
  };
}

async function handleAction({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "checklist:check");
  const form = await request.formData();
  if (formIntent(form) !== "checklist-toggle") return invalid({ intent: ["err.choice"] }, undefined, undefined, 400);
  const { id, done } = parseForm(checklistToggleSchema, form, "checklist-toggle");
  const item = await getChecklistItem(id);
  if (!item) throw notFound();
  assertCan(user, "checklist:check", [item.episode.leadCommitteeId, item.ownerOrgId], request);
  await setChecklistDone(actorOf(user), item.id, done);
  return { ok: true };
}

export async function action(args: ActionFunctionArgs) {
  return formAction(handleAction)(args);
}

export default function Preparation() {
  const { episodes, role, now } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const tz = useTimeZone();
  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">{t("checklist.title")}</h1>
      <p className="mb-3 text-sm text-slate-600">
        {role === "committee" ? t("checklist.mine") : role === "agency" ? t("checklist.assigned") : ""}
      </p>
      {episodes.length === 0 ? <p>{t("common.empty")}</p> : null}
      {episodes.map((e) => {
        const done = e.items.filter((i) => i.done).length;
        return (
          <section key={e.id} className="card mb-3" aria-label={e.topic}>
            <div className="mb-1 flex flex-wrap items-center gap-2 text-sm">
              <StatusBadge status={e.status} />
              <span>{formatShort(lang, e.startsAt, tz)}</span>
              <span className="text-slate-600">{e.committee}</span>
            </div>
            <h2 className="mb-1 font-semibold">
              <Link to={`/quan-tri/chuong-trinh/${e.id}`}>{e.topic}</Link>
            </h2>
            <p id={`progress-${e.id}`} className="mb-2 text-sm text-slate-600">
              {t("dash.checklistProgress", { done, total: e.items.length })}
            </p>
            <div
              className="mb-2 h-2 w-full overflow-hidden rounded bg-slate-200"
              role="progressbar"
              aria-labelledby={`progress-${e.id}`}
              aria-valuemin={0}
              aria-valuemax={e.items.length}
              aria-valuenow={done}
            >
              <div className={`h-2 bg-green-600 ${progressWidth(done, e.items.length)}`} />
            </div>
            <ChecklistTable items={e.items} canEdit={false} now={now} lang={lang} action="/quan-tri/chuan-bi" />
          </section>
        );
      })}
    </div>
  );
}

/** Tailwind width classes (no inline style: the CSP forbids it). */
function progressWidth(done: number, total: number): string {
  const steps = [
    "w-0",
    "w-1/12",
    "w-2/12",
    "w-3/12",
    "w-4/12",
    "w-5/12",
    "w-6/12",
    "w-7/12",
    "w-8/12",
    "w-9/12",
    "w-10/12",
    "w-11/12",
    "w-full",
  ];
  return steps[total ? Math.round((done / total) * 12) : 0];
}
