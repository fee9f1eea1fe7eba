/**
 * Dashboards and exports: questions by channel, topic, agency and status; agencies' timeliness; satisfaction;
 * what waits on the Standing Committee and on a Ban.
 */
import type { SessionUser } from "../../platform/auth.server.ts";
import { db } from "../../platform/db.server.ts";
import { can, grantOf } from "../../platform/permissions.ts";
import { openExtensionRequests } from "./extensions.server.ts";
import { followUpItems, scopeEpisodes, summarize, type ItemScope } from "./items.server.ts";

function count<T>(rows: T[], key: (r: T) => string | string[] | null | undefined) {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    for (const x of Array.isArray(k) ? k : [k]) if (x) m.set(x, (m.get(x) ?? 0) + 1);
  }
  return [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => ({ key: k, n }));
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export type AgencyRow = {
  code: string;
  shortName: string;
  assigned: number;
  doneOnTime: number;
  doneLate: number;
  overdueOpen: number;
  open: number;
  closed: number;
  returned: number;
  onTimeRate: number | null;
  medianDays: number | null;
};

/**
 * The questions received (by channel, topic, agency, status) and the follow-up of the items in scope: their
 * classes (`summarize`), the questions answered on air beside them, each agency's record, satisfaction.
 */
export async function dashboard(opts: Omit<ItemScope, "agencyId"> = {}) {
  const episodes = await scopeEpisodes(opts);
  const where = episodes ? { episodeId: { in: episodes } } : {};
  const questions = await db().question.findMany({
    where,
    select: {
      id: true,
      channel: true,
      status: true,
      topics: true,
      agency: { select: { code: true, shortName: true } },
      ratings: { select: { satisfied: true } },
    },
  });
  const items = await followUpItems({ episodeIds: episodes ?? undefined, now: opts.now });
  const orgs = await db().organization.findMany({ select: { id: true, code: true, shortName: true } });
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const byCode = new Map(orgs.map((o) => [o.code, o]));

  // Days from routing to the approved answer, per agency.
  const approved = await db().answer.findMany({
    where: { status: "approved", question: where },
    select: { agencyId: true, reviewedAt: true, questionId: true },
  });
  const routes = await db().questionEvent.findMany({
    where: { type: "route", questionId: { in: approved.map((a) => a.questionId) } },
    select: { questionId: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  const routedAt = new Map<string, Date>();
  for (const r of routes) routedAt.set(r.questionId, r.createdAt);
  const days = new Map<string, number[]>();
  for (const a of approved) {
    const start = routedAt.get(a.questionId);
    if (!start || !a.reviewedAt) continue;
    days.set(a.agencyId, [...(days.get(a.agencyId) ?? []), (a.reviewedAt.getTime() - start.getTime()) / 86400_000]);
  }
  const returns = await db().questionEvent.findMany({
    where: { type: "return", question: where },
    select: { data: true },
  });
  const returned = count(returns, (r) => (JSON.parse(r.data) as { agencyCode?: string }).agencyCode);

  const agencies = new Map<string, AgencyRow>();
  const row = (id: string): AgencyRow => {
    const o = byId.get(id)!;
    let r = agencies.get(id);
    if (!r) {
      r = {
        code: o.code,
        shortName: o.shortName,
        assigned: 0,
        doneOnTime: 0,
        doneLate: 0,
        overdueOpen: 0,
        open: 0,
        closed: 0,
        returned: 0,
        onTimeRate: null,
        medianDays: null,
      };
      agencies.set(id, r);
    }
    return r;
  };
  for (const i of items) {
    if (!i.agency) continue;
    const r = row(i.agency.id);
    r.assigned++;
    if (i.status === "done_on_time") r.doneOnTime++;
    else if (i.status === "done_late") r.doneLate++;
    else if (i.status === "closed_unresolvable") r.closed++;
    else {
      r.open++;
      if (i.overdue) r.overdueOpen++;
    }
  }
  for (const { key, n } of returned) {
    const o = byCode.get(key);
    if (o) row(o.id).returned = n;
  }
  for (const [id, r] of agencies) {
    const due = r.doneOnTime + r.doneLate + r.overdueOpen;
    r.onTimeRate = due ? r.doneOnTime / due : null;
    const m = median(days.get(id) ?? []);
    r.medianDays = m === null ? null : Math.round(m * 10) / 10;
  }

  const rated = questions.flatMap((q) => q.ratings);
  return {
    total: questions.length,
    byChannel: count(questions, (q) => q.channel),
    byStatus: count(questions, (q) => q.status),
    byTopic: count(questions, (q) => JSON.parse(q.topics) as string[]),
    byAgency: count(questions, (q) => q.agency?.shortName),
    /** The follow-up items by class: each matter counted once. */
    summary: summarize(items),
    /** Questions answered on air: not follow-up items. */
    onAir: questions.filter((q) => q.status === "answered_on_air").length,
    items,
    agencies: [...agencies.values()].sort((a, b) => b.assigned - a.assigned),
    overdue: items.filter((i) => i.overdue),
    satisfaction: { rated: rated.length, satisfied: rated.filter((r) => r.satisfied).length },
  };
}
export type Dashboard = Awaited<ReturnType<typeof dashboard>>;

/**
 * What waits on this user, for the staff dashboard: to those who issue notices (the Standing Committee), the
 * notices submitted for signature; to a committee (followup:review on its own episodes), the answers submitted
 * for its review and the agencies' open extension requests, per episode. Null for a role that has none.
 */
export async function waitingOn(user: SessionUser) {
  let toIssue = null;
  if (can(user, "notice:issue")) {
    const notices = await db().notice.findMany({
      where: { status: "submitted" },
      select: { id: true, episodeId: true, updatedAt: true, episode: { select: { topic: true } } },
      orderBy: { updatedAt: "asc" },
    });
    // Submitted when: the audited change of status (the notice's last update when none is found).
    const events = await db().auditEvent.findMany({
      where: { entity: "Notice", action: "status", entityId: { in: notices.map((n) => n.id) } },
      select: { entityId: true, createdAt: true, after: true },
      orderBy: { createdAt: "asc" },
    });
    const submittedAt = new Map<string, Date>();
    for (const e of events) if (e.after?.includes('"submitted"')) submittedAt.set(e.entityId, e.createdAt);
    toIssue = notices.map((n) => ({
      episodeId: n.episodeId,
      topic: n.episode.topic,
      submittedAt: (submittedAt.get(n.id) ?? n.updatedAt).toISOString(),
      link: `/quan-tri/chuong-trinh/${n.episodeId}/ket-luan`,
    }));
  }
  let toReview = null;
  if (grantOf(user.role, "followup:review") === "org" && user.organizationId) {
    const episodes = await db().episode.findMany({
      where: { leadCommitteeId: user.organizationId },
      select: { id: true, topic: true, startsAt: true },
      orderBy: { startsAt: "desc" },
    });
    const ids = episodes.map((e) => e.id);
    const answers = await db().answer.findMany({
      where: { status: "submitted", question: { episodeId: { in: ids } } },
      select: { question: { select: { episodeId: true } } },
    });
    const requests = await openExtensionRequests(ids);
    const tally = (list: string[]) =>
      list.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
    const a = tally(answers.map((x) => x.question.episodeId));
    const x = tally(requests.map((r) => r.episodeId));
    toReview = episodes
      .map((e) => ({
        episodeId: e.id,
        topic: e.topic,
        answers: a.get(e.id) ?? 0,
        extensions: x.get(e.id) ?? 0,
        link: `/quan-tri/chuong-trinh/${e.id}/ket-luan`,
      }))
      .filter((e) => e.answers || e.extensions);
  }
  return { toIssue, toReview };
}
