/** Reading questions: the staff's views and what the asker may see. */
import { db, type Tx } from "../../platform/db.server.ts";
import { richTextToHtml } from "../../platform/rich-text.server.ts";
import { staffView, type EpisodeEventOut, type Row } from "./intake-batch.server.ts";
import { shapeQuestion } from "./personal.ts";
import { ratingOpenUntil } from "./rating-window.server.ts";
import { normalizeTrackingCode } from "./tracking-format.ts";

export const include = {
  agency: { select: { id: true, code: true, shortName: true } },
  _count: { select: { merged: true } },
} as const;
export function loadRow(tx: Tx, id: string): Promise<Row | null> {
  return tx.question.findUnique({ where: { id }, include });
}

export async function listQuestions(episodeId: string) {
  const rows = await db().question.findMany({ where: { episodeId }, include, orderBy: { createdAt: "asc" } });
  return rows.map(staffView);
}

/**
 * Events read back from the log (which keeps no personal data) with each
 * question's name, phone and area as they are now (erased ones stay empty).
 */
export async function withPersonal(events: EpisodeEventOut[]): Promise<EpisodeEventOut[]> {
  if (!events.length) return events;
  const ids = [...new Set(events.map((e) => e.question.id))];
  const rows = await db().question.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, phone: true, area: true, notifyEmail: true, notifyPhone: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return events.map((e) => {
    const p = byId.get(e.question.id);
    if (!p) return e;
    const { notifyEmail, ...rest } = p;
    return { ...e, question: shapeQuestion({ ...e.question, ...rest, email: notifyEmail, hasPhone: !!p.phone }, true) };
  });
}

export async function getQuestion(id: string) {
  const q = await db().question.findUnique({ where: { id }, include });
  return q ? staffView(q) : null;
}

/**
 * What anyone holding the tracking code may see: status, its history, the agency, the published answer;
 * never personal data, the asker's rating, or the code of the question it was merged into (its status and
 * answer are followed instead).
 */
export async function publicStatus(trackingCode: string) {
  const q = await db().question.findUnique({
    where: { trackingCode },
    include: {
      agency: { select: { shortName: true, name: true } },
      mergedInto: { include: { agency: { select: { shortName: true, name: true } }, answer: true } },
      episode: { select: { id: true, topic: true, status: true } },
      answer: true,
    },
  });
  if (!q) return null;
  const published = (q.mergedInto ? q.mergedInto.answer : q.answer) ?? null;
  const follow = q.mergedInto ?? null;
  const ids = follow ? [q.id, follow.id] : [q.id];
  const history = await db().questionEvent.findMany({
    where: { questionId: { in: ids }, toStatus: { not: null } },
    orderBy: { createdAt: "asc" },
    select: { questionId: true, type: true, toStatus: true, createdAt: true, data: true },
  });
  const effective = follow ?? q;
  return {
    trackingCode: q.trackingCode,
    episode: { id: q.episode.id, topic: q.episode.topic },
    status: effective.status === "merged" ? "merged" : effective.status,
    ownStatus: q.status,
    merged: !!follow,
    text: q.text,
    agency: (effective.agency ?? q.agency)?.name ?? null,
    rejectReason: effective.status === "rejected" ? effective.rejectReason : null,
    rejectNote: effective.status === "rejected" ? effective.rejectNote : "",
    answeredOnAir: effective.status === "answered_on_air",
    answer: published?.publishedAt
      ? { html: richTextToHtml(published.body), publishedAt: published.publishedAt.toISOString() }
      : null,
    /** Until when the asker may rate the published answer (or change the rating). */
    ratingOpenUntil: published?.publishedAt ? ratingOpenUntil(published.publishedAt).toISOString() : null,
    answeredBy: effective.answeredBy || null,
    history: history
      .filter((h) => h.questionId === q.id || h.type !== "created")
      .map((h) => ({
        status: h.toStatus!,
        type: h.type,
        at: h.createdAt.toISOString(),
        ...(h.type === "reject" ? { reason: (JSON.parse(h.data) as { reason?: string }).reason } : {}),
      })),
    createdAt: q.createdAt.toISOString(),
  };
}

/**
 * A tracking code as a person typed it into the lookup form: the stored code, or the field message
 * (required, malformed, or no such question).
 */
export async function lookupTrackingCode(
  input: string,
): Promise<{ code: string } | { error: "err.required" | "lookup.err.malformed" | "lookup.err.unknown" }> {
  if (!input.trim()) return { error: "err.required" };
  const code = normalizeTrackingCode(input.slice(0, 40));
  if (!code) return { error: "lookup.err.malformed" };
  const q = await db().question.findUnique({ where: { trackingCode: code }, select: { id: true } });
  return q ? { code } : { error: "lookup.err.unknown" };
}
