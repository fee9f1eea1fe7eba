/** What the episode editor shows. */
import type { SessionUser } from "../../platform/auth.server.ts";
import { getConfig } from "../../platform/config.server.ts";
import { can } from "../../platform/permissions.ts";
import { toLocalInput } from "../../platform/validation.ts";
import { listOrganizations } from "../directory/index.server.ts";
import { getProfile } from "../profile/index.server.ts";
import { getEpisode, listSeries } from "./episodes.server.ts";
import { listChecklist } from "./preparation.server.ts";
import { EPISODE_TRANSITIONS } from "./schemas.ts";

/**
 * The episode editor's page (new when `id` is null): the episode, its checklist, the options and what the user may do;
 * null: no such episode.
 */
export async function editorPage(user: SessionUser, id: string | null) {
  const [series, orgs] = await Promise.all([listSeries(), listOrganizations({ activeOnly: true })]);
  const committees = orgs.filter(
    (o) => o.kind === "council" && o.code !== "VPDDBQH" && can(user, "episode:edit", [o.id]),
  );
  const options = {
    series: series.map((s) => ({ value: s.id, label: `${s.planNumber} – ${s.title}` })),
    committees: committees.map((o) => ({ value: o.id, label: o.name })),
    orgs: orgs.map((o) => ({ value: o.id, label: o.shortName })),
    uploadMb: Math.round(getConfig().uploadMaxBytes / 1024 / 1024),
    /** A new episode's hotlines start as the program's (deployment profile). */
    hotlines: getProfile().program.hotlines.join("\n"),
  };
  if (!id)
    return {
      isNew: true as const,
      options,
      episode: null,
      checklist: [],
      perms: {
        edit: true,
        status: false,
        checklistEdit: false,
        checklistCheck: false,
        questions: false,
        studio: false,
        review: false,
      },
    };
  const e = await getEpisode(id);
  if (!e) return null;
  const scope = [e.leadCommitteeId];
  const checklist = await listChecklist({ episodeIds: [e.id] });
  return {
    isNew: false as const,
    options,
    episode: {
      id: e.id,
      seriesId: e.seriesId,
      topic: e.topic,
      summary: e.summary,
      leadCommitteeId: e.leadCommitteeId,
      leadCommittee: e.leadCommittee.name,
      relatedResolutions: e.relatedResolutions.join("\n"),
      hotlines: e.hotlines.join("\n"),
      startsAt: toLocalInput(e.startsAt),
      durationMinutes: e.durationMinutes,
      status: e.status,
      surveyReportText: e.surveyReportText,
      publicBoard: e.publicBoard,
      surveyFile: e.surveyFileName ? { name: e.surveyFileName, size: e.surveyFileSize ?? 0 } : null,
      platforms: e.platforms.map((p) => ({ id: p.id, kind: p.kind, label: p.label, url: p.url })),
      people: e.people.map((p) => ({
        id: p.id,
        role: p.role,
        name: p.name,
        title: p.title,
        organization: p.organization?.shortName ?? null,
      })),
      nextStatuses: EPISODE_TRANSITIONS[e.status],
    },
    checklist: checklist.map((c) => ({
      id: c.id,
      title: c.title,
      done: c.done,
      dueAt: c.dueAt?.toISOString() ?? null,
      owner: c.ownerOrg?.shortName ?? null,
      ownerOrgId: c.ownerOrgId,
      ownerName: c.ownerName,
      note: c.note,
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

export type EpisodeEditorView = NonNullable<Awaited<ReturnType<typeof editorPage>>>;
