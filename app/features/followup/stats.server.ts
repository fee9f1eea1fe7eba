/** Dashboards and exports: questions by channel, topic, agency and status; agencies' timeliness; satisfaction. */
import { db } from "../../platform/db.server.ts";
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
