/**
 * One intake batch, from the submissions to what is written and what each
 * submission is answered: deduplication by client key or external id,
 * refusal when the episode does not take questions, flags, ids, tracking
 * codes, the history rows and the episode's events. Free of the ORM and of
 * the server's state, so that the SQLite intake writer thread runs it as it
 * is (intake-sqlite.server.ts on intake-writer-thread.server.ts); the PostgreSQL path (intake-pg.server.ts)
 * shares the planning steps.
 */
import { randomBytes } from "node:crypto";
import { AppError } from "../../platform/errors.ts";
import { hashAskerSecret } from "./asker-secret.ts";
import { intakeMode, WRITTEN_ANSWER_FLAG } from "./intake-mode.ts";
import { flagsFor } from "./moderation.ts";
import type { SubmitQuestionInput } from "./schemas.ts";
import { parse, type StaffQuestion } from "./staff-view.server.ts";
import { foldVi } from "./text.ts";
import { newTrackingCode } from "./tracking.ts";

export {
  eventPayload,
  plainView,
  staffView,
  type PlainQuestion,
  type Row,
  type StaffQuestion,
} from "./staff-view.server.ts";

/** The questions feature's refusals (docs/API.md); transports map them like every AppError. */
export class QuestionError extends AppError {
  constructor(
    public code:
      | "not-found"
      | "not-accepting"
      | "written-answer-only"
      | "conflict"
      | "illegal"
      | "held"
      | "invalid-target"
      | "invalid-agency"
      | "undo-expired",
    status: number,
    detail: Record<string, unknown> = {},
  ) {
    super(code, status, detail);
  }
}

export { ACCEPTING } from "./intake-mode.ts";

/** A question row with what staff views join to it (the shape Prisma's include gives). */
export type EpisodeEventOut = { seq: number; type: "question:created" | "question:updated"; question: StaffQuestion };

export type SubmitContext = {
  channel: string;
  createdById?: string | null;
  actorLabel: string;
  ip?: string;
};
/** `askerSecret`: only to the submission that created the question (a resend of its key gets none). */
export type SubmitResult = { created: boolean; question: StaffQuestion; askerSecret?: string };
/** `secret`: the asker's secret made for this submission; the row keeps its hash if it creates one. */
export type Submission = { input: SubmitQuestionInput; ctx: SubmitContext; secret?: string };

/** A unique constraint refused the write: Prisma's P2002, or the driver's own code on the intake paths. */
export function isUniqueViolation(e: unknown): boolean {
  if (!e || typeof e !== "object" || !("code" in e)) return false;
  const code = String((e as { code: unknown }).code);
  // Prisma, better-sqlite3 and pg (SQLSTATE 23505) each name it their way.
  return (
    code === "P2002" ||
    code.startsWith("SQLITE_CONSTRAINT_UNIQUE") ||
    code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    code === "23505"
  );
}

export const keyOf = (p: Submission) =>
  p.input.externalId ? `x:${p.ctx.channel}:${p.input.externalId}` : `k:${p.input.clientKey}`;

/** What a batch needs to know before it writes (read in its transaction). */
export type Found = Map<string, StaffQuestion>;
export type RecentText = { text: string; deviceId: string | null; phone: string };

/** The submissions of a batch not stored yet, the first of each key only. */
export function freshOf(items: Submission[], found: Found): Submission[] {
  const fresh: Submission[] = [];
  const seen = new Set<string>();
  for (const i of items) {
    const k = keyOf(i);
    if (found.has(k) || found.has(`k:${i.input.clientKey}`) || seen.has(k)) continue;
    seen.add(k);
    fresh.push(i);
  }
  return fresh;
}

export function refusalFor(episode: { status: string } | null | undefined): QuestionError | null {
  if (!episode) return new QuestionError("not-found", 404);
  if (intakeMode(episode.status) === "closed")
    return new QuestionError("not-accepting", 409, { status: episode.status });
  return null;
}

/**
 * Which fresh submissions the episode takes now: all of them before and during the broadcast; after it (until
 * the notice is issued) only those sent for a written answer, or logged by an operator from the hotline (both
 * marked to be answered in writing), the others refused with `written-answer-only` (409)
 * so that the sender may offer it; none once the episode is closed to questions. `written`: the rows are marked.
 */
export function admit(
  episode: { status: string } | null | undefined,
  fresh: Submission[],
): { fresh: Submission[]; refused: QuestionError | null; written: boolean } {
  const refused = refusalFor(episode);
  if (refused || !fresh.length) return { fresh: refused ? [] : fresh, refused, written: false };
  if (intakeMode(episode!.status) === "open") return { fresh, refused: null, written: false };
  // An operator logging a call after the hour (the caller could not get through on air) needs no asking.
  const taken = fresh.filter((i) => i.input.writtenAnswer || i.ctx.channel === "hotline");
  return {
    fresh: taken,
    refused:
      taken.length < fresh.length
        ? new QuestionError("written-answer-only", 409, { status: episode!.status, writtenAnswer: true })
        : null,
    written: true,
  };
}

let idCounter = 0;
let pool = Buffer.alloc(0);
let poolAt = 0;
/** A collision-resistant id in the shape Prisma's cuid() gives: c + time + counter + 64 random bits. */
export function newId(): string {
  idCounter = (idCounter + 1) % 1_679_616;
  if (poolAt + 8 > pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  const hi = pool.readUInt32BE(poolAt);
  const lo = pool.readUInt32BE(poolAt + 4);
  poolAt += 8;
  const rand = (hi.toString(36).padStart(7, "0") + lo.toString(36).padStart(7, "0")).slice(0, 12);
  return `c${Date.now().toString(36)}${idCounter.toString(36).padStart(4, "0")}${rand}`;
}

/** The asker's unsubscribe token: 192 random bits, URL-safe (the link in every message, askerUnsubscribeUrl). */
export const newNotifyToken = () => randomBytes(24).toString("base64url");

/**
 * Where the asker asked to be told: the e-mail, the SMS (only with a phone), and the unsubscribe token when
 * either is set.
 */
export function notifyColumns(input: Pick<SubmitQuestionInput, "email" | "notifyPhone" | "phone">) {
  const notifyEmail = input.email ?? "";
  const notifyPhone = !!input.notifyPhone && !!input.phone;
  return { notifyEmail, notifyPhone, notifyToken: notifyEmail || notifyPhone ? newNotifyToken() : null };
}

/**
 * The rows a batch inserts, flags included ("repeated": same device or phone, same text, before or earlier in the
 * batch; `written`: sent after the broadcast for a written answer).
 */
export function newRows(
  episodeId: string,
  fresh: Submission[],
  recent: RecentText[],
  opts: { written?: boolean } = {},
) {
  const now = new Date();
  // Each text is folded once per batch, however many senders it is compared for.
  const folds = new Map<string, string>();
  const fold = (t: string) => {
    let f = folds.get(t);
    if (f === undefined) folds.set(t, (f = foldVi(t)));
    return f;
  };
  // The sender's earlier texts, by device and by phone: stored ones (in the order read), then earlier in this batch.
  const stored = new Map<string, number[]>();
  const batch = new Map<string, number[]>();
  const note = (m: Map<string, number[]>, k: string, at: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(at);
  recent.forEach((r, at) => {
    if (r.deviceId) note(stored, `d:${r.deviceId}`, at);
    if (r.phone) note(stored, `p:${r.phone}`, at);
  });
  /** Ascending positions in `m` of the sender's device or phone, each once. */
  const positions = (m: Map<string, number[]>, i: Submission) =>
    [
      ...new Set([
        ...(i.input.deviceId ? (m.get(`d:${i.input.deviceId}`) ?? []) : []),
        ...(i.input.phone ? (m.get(`p:${i.input.phone}`) ?? []) : []),
      ]),
    ].sort((a, b) => a - b);
  return fresh.map((i, k) => {
    const mine = [
      ...positions(stored, i).map((at) => recent[at].text),
      ...positions(batch, i).map((at) => fresh[at].input.text),
    ];
    if (i.input.deviceId) note(batch, `d:${i.input.deviceId}`, k);
    if (i.input.phone) note(batch, `p:${i.input.phone}`, k);
    return {
      id: newId(),
      episodeId,
      trackingCode: newTrackingCode(),
      clientKey: i.input.clientKey,
      channel: i.ctx.channel,
      externalId: i.input.externalId ?? null,
      deviceId: i.input.deviceId ?? null,
      askerSecretHash: i.secret ? hashAskerSecret(i.secret) : null,
      text: i.input.text,
      summary: i.input.text,
      name: i.input.name ?? "",
      phone: i.input.phone ?? "",
      area: i.input.area ?? "",
      publishName: i.input.publishName ?? false,
      contactConsent: i.input.contactConsent ?? false,
      ...notifyColumns(i.input),
      flags: JSON.stringify([
        ...flagsFor(i.input.text, { recentTexts: mine.slice(0, 20), fold }),
        ...(opts.written ? [WRITTEN_ANSWER_FLAG] : []),
      ]),
      createdById: i.ctx.createdById ?? null,
      createdAt: now,
      updatedAt: now,
    };
  });
}
export type NewRow = ReturnType<typeof newRows>[number];

/** A question as just inserted: every other column has its default. */
const insertedView = (r: NewRow): StaffQuestion => ({
  // staffView's fields in its order, built without the spread into a Row and back: this runs
  // for every question taken in (F1 in bench/README.md: ~7 % of intake throughput). Typed as
  // StaffQuestion, so a field added to or removed from staffView fails the typecheck here.
  id: r.id,
  episodeId: r.episodeId,
  trackingCode: r.trackingCode,
  channel: r.channel,
  text: r.text,
  summary: r.summary,
  name: r.name,
  phone: r.phone,
  hasPhone: !!r.phone,
  area: r.area,
  publishName: r.publishName,
  email: r.notifyEmail,
  notifyPhone: r.notifyPhone,
  status: "new",
  rejectReason: null,
  rejectNote: "",
  mergedIntoId: null,
  mergedCount: 0,
  agency: null,
  topics: [],
  priority: 0,
  flags: r.flags === "[]" ? [] : parse(r.flags),
  studioOrder: null,
  answeredBy: "",
  votes: 0,
  version: 1,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export type BatchOutcome = {
  events: EpisodeEventOut[];
  answers: (SubmitResult | null)[];
  refused: QuestionError | null;
};
type Writes = {
  rows: NewRow[];
  createdEvents: {
    questionId: string;
    actorId: string | null;
    actorLabel: string;
    data: string;
    createdAt: Date;
    id: string;
  }[];
  events: EpisodeEventOut[];
};

/** Everything the batch writes, given the first sequence number it was handed. */
export function writesFor(rows: NewRow[], fresh: Submission[], firstSeq: number): Writes {
  return {
    rows,
    createdEvents: rows.map((r, k) => ({
      id: newId(),
      questionId: r.id,
      actorId: fresh[k].ctx.createdById ?? null,
      actorLabel: fresh[k].ctx.actorLabel,
      data: JSON.stringify({ channel: r.channel }),
      createdAt: r.createdAt,
    })),
    events: rows.map((r, k) => ({ seq: firstSeq + k, type: "question:created" as const, question: insertedView(r) })),
  };
}

/**
 * Each submission's answer: the question stored before, or the one this batch made (the first of duplicates "created").
 */
export function answersFor(
  items: Submission[],
  found: Found,
  fresh: Submission[],
  events: EpisodeEventOut[],
): (SubmitResult | null)[] {
  const byKey = new Map<string, StaffQuestion>();
  const stored = new Set(fresh);
  fresh.forEach((f, k) => {
    byKey.set(keyOf(f), events[k].question);
    byKey.set(`k:${f.input.clientKey}`, events[k].question);
  });
  const claimed = new Set<string>();
  return items.map((i) => {
    const known = found.get(keyOf(i)) ?? found.get(`k:${i.input.clientKey}`);
    if (known) return { created: false, question: known };
    const q = byKey.get(keyOf(i)) ?? byKey.get(`k:${i.input.clientKey}`);
    if (!q) return null; // refused: the episode does not take questions
    const first = !claimed.has(q.id);
    claimed.add(q.id);
    // The secret whose hash the row keeps: the submission that was written, and no other.
    return stored.has(i) && i.secret
      ? { created: first, question: q, askerSecret: i.secret }
      : { created: first, question: q };
  });
}

/** Writes one batch (reads, then writes, in one IMMEDIATE transaction) and says what each submission gets. */
