/** Program series, episodes, their platforms, people and preparation checklist. */
import type { z } from "zod/v4";
import { audit, type AuditActor } from "../../platform/audit.server.ts";
import { db, sqliteHandle, type BetterSqlite } from "../../platform/db.server.ts";
import { EPISODE_TRANSITIONS, type episodeSchema, type EpisodeStatus, type seriesSchema } from "./schemas.ts";

export class TransitionError extends Error {
  constructor(
    public from: string,
    public to: string,
  ) {
    super(`Illegal episode status change ${from} → ${to}`);
  }
}

const episodeInclude = {
  series: true,
  leadCommittee: { select: { id: true, code: true, name: true, shortName: true } },
  platforms: { orderBy: { position: "asc" as const } },
  people: {
    orderBy: { position: "asc" as const },
    include: { organization: { select: { id: true, shortName: true } } },
  },
};

type RawEpisode = NonNullable<Awaited<ReturnType<typeof findEpisode>>>;

function findEpisode(id: string) {
  return db().episode.findUnique({ where: { id }, include: episodeInclude });
}

function parseList(s: string): string[] {
  try {
    const v = JSON.parse(s);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

export function endsAt(e: { startsAt: Date; durationMinutes: number }): Date {
  return new Date(e.startsAt.getTime() + e.durationMinutes * 60_000);
}

function view(e: RawEpisode) {
  return {
    ...e,
    relatedResolutions: parseList(e.relatedResolutions),
    hotlines: parseList(e.hotlines),
    status: e.status as EpisodeStatus,
    endsAt: endsAt(e),
  };
}
export type EpisodeView = ReturnType<typeof view>;

/** The public fields of an episode (no survey report, no internal notes). */
export function publicEpisode(e: EpisodeView) {
  return {
    id: e.id,
    topic: e.topic,
    summary: e.summary,
    status: e.status,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    durationMinutes: e.durationMinutes,
    leadCommittee: { code: e.leadCommittee.code, name: e.leadCommittee.name, shortName: e.leadCommittee.shortName },
    relatedResolutions: e.relatedResolutions,
    hotlines: e.hotlines,
    platforms: e.platforms.map((p) => ({ kind: p.kind, label: p.label, url: p.url })),
    people: e.people.map((p) => ({
      role: p.role,
      name: p.name,
      title: p.title,
      organization: p.organization?.shortName ?? null,
    })),
    series: { planNumber: e.series.planNumber, programName: e.series.programName },
    updatedAt: e.updatedAt.toISOString(),
  };
}
export type PublicEpisode = ReturnType<typeof publicEpisode>;

export async function getEpisode(id: string): Promise<EpisodeView | null> {
  const e = await findEpisode(id);
  return e ? view(e) : null;
}

const statusStatements = new WeakMap<BetterSqlite, import("better-sqlite3").Statement>();

/**
 * An episode's status, or null when there is none. Every viewer's join reads
 * it, so on SQLite it is one prepared statement (the ORM's per-query cost
 * halved the join rate, bench/README.md F4); Prisma elsewhere.
 */
export async function episodeStatus(id: string): Promise<string | null> {
  const raw = sqliteHandle();
  if (!raw) return (await db().episode.findUnique({ where: { id }, select: { status: true } }))?.status ?? null;
  let st = statusStatements.get(raw);
  if (!st) statusStatements.set(raw, (st = raw.prepare(`SELECT "status" FROM "Episode" WHERE "id" = ?`)));
  return (st.get(id) as { status: string } | undefined)?.status ?? null;
}

export async function listEpisodes(opts: { leadCommitteeId?: string; seriesId?: string } = {}) {
  const rows = await db().episode.findMany({
    where: { leadCommitteeId: opts.leadCommitteeId, seriesId: opts.seriesId },
    include: episodeInclude,
    orderBy: { startsAt: "asc" },
  });
  return rows.map(view);
}

/** Schedule for the public: upcoming (not yet over, soonest first) and past (latest first). */
export async function schedule(now = new Date()) {
  const all = await listEpisodes();
  const isOver = (e: EpisodeView) => e.status !== "live" && (e.status !== "planned" || e.endsAt <= now);
  const upcoming = all.filter((e) => !isOver(e));
  const past = all.filter(isOver).reverse();
  const live = all.find((e) => e.status === "live") ?? null;
  const next = upcoming.find((e) => e.status === "planned" && e.startsAt > now) ?? null;
  return { live, next, upcoming, past };
}

// ------------------------------------------------------------ series

type SeriesInput = z.output<typeof seriesSchema>;

export function listSeries() {
  return db().series.findMany({
    orderBy: { issuedAt: "desc" },
    include: { issuer: true, _count: { select: { episodes: true } } },
  });
}

export function getSeries(id: string) {
  return db().series.findUnique({ where: { id } });
}

export async function saveSeries(actor: AuditActor, id: string | null, input: SeriesInput) {
  return db().$transaction(async (tx) => {
    if (id) {
      const before = await tx.series.findUniqueOrThrow({ where: { id } });
      const after = await tx.series.update({ where: { id }, data: input });
      await audit(tx, { actor, action: "update", entity: "Series", entityId: id, before, after });
      return after;
    }
    const created = await tx.series.create({ data: input });
    await audit(tx, { actor, action: "create", entity: "Series", entityId: created.id, after: created });
    return created;
  });
}

// ------------------------------------------------------------ episodes

type EpisodeInput = z.output<typeof episodeSchema>;

function episodeData(input: EpisodeInput) {
  return {
    seriesId: input.seriesId,
    topic: input.topic,
    summary: input.summary,
    leadCommitteeId: input.leadCommitteeId,
    relatedResolutions: JSON.stringify(input.relatedResolutions),
    startsAt: input.startsAt,
    durationMinutes: input.durationMinutes,
    hotlines: JSON.stringify(input.hotlines),
    surveyReportText: input.surveyReportText,
    publicBoard: input.publicBoard,
  };
}

/**
 * The preparation steps of the program plan's "before" phase (seed plan 02/KH-TT, the model every council's plan
 * follows), added to every new episode; the Ban edits them per episode.
 */
export const DEFAULT_CHECKLIST: string[] = [
  "Ban HĐND phụ trách lĩnh vực phối hợp Sở, ngành thu thập tài liệu, hồ sơ và khảo sát việc thực hiện Nghị quyết",
  "Xây dựng báo cáo kết quả khảo sát",
  "Phối hợp xây dựng video, phóng sự, kịch bản truyền hình; chuẩn bị nội dung trao đổi",
  "Kiểm tra bố trí sân khấu trường quay, thành phần diễn giả và khách mời",
  "Phân công phụ trách, bố trí đường dây nóng tiếp nhận ý kiến cử tri, Nhân dân khi phát sóng",
];

export async function createEpisode(
  actor: AuditActor,
  input: EpisodeInput,
  extra: {
    status?: EpisodeStatus;
    platforms?: { kind: string; label: string; url: string | null }[];
    checklist?: string[];
  } = {},
) {
  return db().$transaction(async (tx) => {
    const created = await tx.episode.create({
      data: {
        ...episodeData(input),
        status: extra.status ?? "planned",
        platforms: { create: (extra.platforms ?? []).map((p, i) => ({ ...p, position: i })) },
        checklistItems: {
          create: (extra.checklist ?? DEFAULT_CHECKLIST).map((title, i) => ({
            title,
            position: i,
            ownerOrgId: input.leadCommitteeId,
          })),
        },
      },
    });
    await audit(tx, { actor, action: "create", entity: "Episode", entityId: created.id, after: created });
    return created;
  });
}

export async function updateEpisode(actor: AuditActor, id: string, input: EpisodeInput) {
  return db().$transaction(async (tx) => {
    const before = await tx.episode.findUniqueOrThrow({ where: { id } });
    const after = await tx.episode.update({ where: { id }, data: episodeData(input) });
    await audit(tx, { actor, action: "update", entity: "Episode", entityId: id, before, after });
    return after;
  });
}

export function canTransition(from: string, to: string): boolean {
  return (EPISODE_TRANSITIONS[from as EpisodeStatus] ?? []).includes(to as EpisodeStatus);
}

export async function setEpisodeStatus(actor: AuditActor, id: string, to: EpisodeStatus) {
  return db().$transaction(async (tx) => {
    const before = await tx.episode.findUniqueOrThrow({ where: { id } });
    if (!canTransition(before.status, to)) throw new TransitionError(before.status, to);
    // Compare-and-set: a concurrent change of status makes this one fail.
    const res = await tx.episode.updateMany({ where: { id, status: before.status }, data: { status: to } });
    if (res.count !== 1) throw new TransitionError(before.status, to);
    await audit(tx, {
      actor,
      action: "status",
      entity: "Episode",
      entityId: id,
      before: { status: before.status },
      after: { status: to },
    });
    return { ...before, status: to };
  });
}

export async function deleteEpisode(actor: AuditActor, id: string) {
  return db().$transaction(async (tx) => {
    const before = await tx.episode.findUniqueOrThrow({ where: { id } });
    await tx.episode.delete({ where: { id } });
    await audit(tx, { actor, action: "delete", entity: "Episode", entityId: id, before });
  });
}

/** Every episode, newest first, for a picker. */
export function episodeOptions() {
  return db().episode.findMany({ orderBy: { startsAt: "desc" }, select: { id: true, topic: true } });
}
