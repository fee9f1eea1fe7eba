/**
 * A question as staff clients see it, built from a database row (the ORM's, or a plain row read by
 * the intake's own SQL), and as the episode's event log keeps it (without personal data).
 */
import { withoutPersonal } from "./personal.ts";
import type { QuestionStatus } from "./state.ts";

export type Row = {
  id: string;
  episodeId: string;
  trackingCode: string;
  channel: string;
  text: string;
  summary: string;
  name: string;
  phone: string;
  area: string;
  publishName: boolean;
  notifyEmail: string;
  notifyPhone: boolean;
  status: string;
  rejectReason: string | null;
  rejectNote: string;
  mergedIntoId: string | null;
  topics: string;
  priority: number;
  flags: string;
  studioOrder: number | null;
  answeredBy: string;
  votes: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  agency: { id: string; code: string; shortName: string } | null;
  _count: { merged: number };
};

export const parse = (s: string): string[] => {
  try {
    const v = JSON.parse(s);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
};

/** The full question as staff clients see it. */
export function staffView(q: Row) {
  return {
    id: q.id,
    episodeId: q.episodeId,
    trackingCode: q.trackingCode,
    channel: q.channel,
    text: q.text,
    summary: q.summary,
    name: q.name,
    phone: q.phone,
    hasPhone: !!q.phone,
    area: q.area,
    publishName: q.publishName,
    /** Where the asker asked to be told (personal data: masked or blanked by shapeQuestion). */
    email: q.notifyEmail,
    notifyPhone: q.notifyPhone,
    status: q.status as QuestionStatus,
    rejectReason: q.rejectReason,
    rejectNote: q.rejectNote,
    mergedIntoId: q.mergedIntoId,
    mergedCount: q._count.merged,
    agency: q.agency,
    topics: parse(q.topics),
    priority: q.priority,
    flags: parse(q.flags),
    studioOrder: q.studioOrder,
    answeredBy: q.answeredBy,
    votes: q.votes,
    version: q.version,
    createdAt: q.createdAt.toISOString(),
    updatedAt: q.updatedAt.toISOString(),
  };
}
export type StaffQuestion = ReturnType<typeof staffView>;

/** The JSON the episode's event log keeps of a question: without personal data (personal.ts). */
export const eventPayload = (q: StaffQuestion): string => JSON.stringify(withoutPersonal(q));

export type PlainQuestion = Record<string, unknown> & {
  agencyId: string | null;
  agencyCode: string | null;
  agencyShortName: string | null;
  mergedCount: number;
};
export function plainView(r: PlainQuestion): StaffQuestion {
  return staffView({
    ...r,
    publishName: !!r.publishName,
    notifyEmail: r.notifyEmail ?? "",
    notifyPhone: !!r.notifyPhone,
    createdAt: new Date(r.createdAt as string),
    updatedAt: new Date(r.updatedAt as string),
    agency: r.agencyId ? { id: r.agencyId, code: r.agencyCode, shortName: r.agencyShortName } : null,
    _count: { merged: r.mergedCount },
  } as unknown as Row);
}
