/**
 * Questions: intake (idempotent by client key or external id), the
 * operators' actions (a state machine with optimistic versioning), and the
 * episode's ordered event log that clients catch up from.
 *
 * Every change commits the row, its history event and its episode event in
 * one transaction; only then is it emitted. Within this process changes of
 * one episode are serialized, so events go out in sequence order.
 */
import type { QuestionActionInput, SubmitQuestionInput } from "../../schemas/questions.ts";
import type pg from "pg";
import { db, pgPool, type Tx } from "../../db.server.ts";
import { audit, type AuditActor } from "../audit.server.ts";
import { io, rooms } from "../realtime.server.ts";
import { holderOf } from "./holds.server.ts";
import {
  ACCEPTING, answersFor, freshOf, isUniqueViolation, newRows, plainView, QuestionError, refusalFor, staffView, writesFor,
  type BatchOutcome, type EpisodeEventOut, type Submission, type Found, type NewRow, type RecentText, type Row, type StaffQuestion, type SubmitContext, type SubmitResult,
} from "./intake-batch.server.ts";
import { intakeWriter } from "./intake-writer.server.ts";
import { BOARD_STATUSES, canApply, targetStatus } from "./state.ts";

export { newId, QuestionError, staffView } from "./intake-batch.server.ts";
export type { EpisodeEventOut, StaffQuestion, SubmitContext, SubmitResult } from "./intake-batch.server.ts";

const include = { agency: { select: { id: true, code: true, shortName: true } }, _count: { select: { merged: true } } } as const;
function loadRow(tx: Tx, id: string): Promise<Row | null> {
  return tx.question.findUnique({ where: { id }, include });
}

// ------------------------------------------------------------- serialization

type LockHolder = { __lnEpisodeLocks?: Map<string, Promise<unknown>>; __lnEpisodeOthers?: Map<string, number> };
const locks = ((globalThis as LockHolder).__lnEpisodeLocks ??= new Map());
/** Per episode, the lock sections other than intake batches, queued or running (see flush). */
const others = ((globalThis as LockHolder).__lnEpisodeOthers ??= new Map<string, number>());

/**
 * Runs `fn` after every earlier call for the same episode has finished (in
 * this process). Whatever takes a sequence number for an episode's events
 * runs in it, so events are signalled in the order they were committed.
 */
export function withEpisodeLock<T>(episodeId: string, fn: () => Promise<T>): Promise<T> {
  others.set(episodeId, (others.get(episodeId) ?? 0) + 1);
  return inEpisodeOrder(episodeId, fn).finally(() => {
    const left = (others.get(episodeId) ?? 1) - 1;
    if (left) others.set(episodeId, left);
    else others.delete(episodeId);
  });
}

function inEpisodeOrder<T>(episodeId: string, fn: () => Promise<T>): Promise<T> {
  const prev = locks.get(episodeId) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  const tail = next.catch(() => {});
  locks.set(episodeId, tail);
  void tail.then(() => {
    if (locks.get(episodeId) === tail) locks.delete(episodeId);
  });
  return next;
}

async function appendEvent(tx: Tx, episodeId: string, type: EpisodeEventOut["type"], q: Row): Promise<EpisodeEventOut> {
  const { lastSeq: seq } = await tx.episode.update({ where: { id: episodeId }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } });
  const question = staffView(q);
  await tx.episodeEvent.create({ data: { episodeId, seq, type, questionId: q.id, payload: JSON.stringify(question) } });
  return { seq, type, question };
}

/** Actions that change nothing the public board shows of a question (text, author, area, status, votes). */
const OFF_BOARD_ACTIONS = new Set(["tag", "priority", "route", "reorder"]);

/** Whether a question's change shows on the public board: it enters or leaves it, or changes there. */
function showsOnBoard(action: string, from: string, to: string): boolean {
  const before = BOARD_STATUSES.includes(from);
  const after = BOARD_STATUSES.includes(to);
  return before !== after || (after && (from !== to || !OFF_BOARD_ACTIONS.has(action)));
}

/**
 * Signals committed events: staff in seq order; askers get their own
 * question's public status. `board`: the change shows on the public board;
 * its viewers then get the board itself (one query per change, not one
 * request from each of thousands of viewers).
 */
export async function emitEvents(episodeId: string, events: EpisodeEventOut[], opts: { board?: boolean } = {}) {
  const server = io();
  if (!server) return;
  for (const e of events) {
    server.of("/staff").to(rooms.episode(episodeId)).emit(e.type, { seq: e.seq, question: e.question });
  }
  const viewers = server.of("/");
  for (const e of events) {
    if (e.type !== "question:updated") continue;
    const q = e.question;
    const payload = { trackingCode: q.trackingCode, status: q.status, agency: q.agency?.shortName ?? null, updatedAt: q.updatedAt };
    viewers.to(rooms.question(q.id)).emit("question:status", payload);
    // Askers of questions merged into this one follow it.
    const children = await db().question.findMany({ where: { mergedIntoId: q.id }, select: { id: true, trackingCode: true } });
    for (const c of children) viewers.to(rooms.question(c.id)).emit("question:status", { ...payload, trackingCode: c.trackingCode, mergedInto: q.trackingCode });
  }
  if (opts.board) viewers.to(rooms.board(episodeId)).emit("board:changed", { episodeId, ...(await boardView(episodeId)) });
}

// ------------------------------------------------------------- intake

/**
 * Stores a question, once: the same client key (or the same external id of
 * a channel) returns the question already stored. Resolves after commit.
 */
export async function submitQuestion(episodeId: string, input: SubmitQuestionInput, ctx: SubmitContext): Promise<SubmitResult> {
  // All reads happen once per batch, inside its transaction (see commitBatch).
  return new Promise<SubmitResult>((resolve, reject) => enqueue(episodeId, { input, ctx, resolve, reject }));
}

// ------------------------------------------------------------- group commit

/**
 * Group commit, self-clocking: a batch closes at the end of the event-loop
 * turn in which its first submission arrived, or at BATCH_MAX items; while
 * a batch of an episode is being written, newer submissions gather and go
 * in the next one as soon as it is done. Under light load a question is
 * written at once (no timer to wait out); under heavy load one transaction
 * and one fsync serve everything that arrived meanwhile, so durable
 * throughput does not collapse. Every submission is acknowledged only
 * after the commit that holds it. Idempotency holds inside a batch: the
 * same client key (or external id) twice makes one question.
 */
export const BATCH_MAX = 256;

type Pending = Submission & { resolve: (r: SubmitResult) => void; reject: (e: unknown) => void };
type Queue = { items: Pending[]; scheduled: boolean; writing: boolean };
const queues = ((globalThis as { __lnIntakeQueues?: Map<string, Queue> }).__lnIntakeQueues ??= new Map());

function enqueue(episodeId: string, p: Pending) {
  let q = queues.get(episodeId);
  if (!q) queues.set(episodeId, (q = { items: [], scheduled: false, writing: false }));
  q.items.push(p);
  schedule(episodeId, q);
}

function schedule(episodeId: string, q: Queue) {
  if (q.scheduled || q.writing || !q.items.length) return;
  q.scheduled = true;
  setImmediate(() => {
    q.scheduled = false;
    flush(episodeId, q);
  });
}

/** Resolves once every submission received so far is written and answered (graceful shutdown). */
export async function drainIntake(): Promise<void> {
  while (queues.size) await Promise.all([new Promise((r) => setImmediate(r)), ...locks.values()]);
}

/**
 * One batch at a time is written per episode; the next one is written as
 * soon as this one is committed, while this one's events are still being
 * signalled and its submitters answered (the writer does not wait for the
 * sockets). Events keep their commit order: a batch's signalling runs in the
 * episode's order, after the batch before it. When another lock section
 * (an operator's action) waits for the episode, the batch is written only
 * in its own turn, after that section has committed, so that its sequence
 * numbers come after the section's.
 */
function flush(episodeId: string, q: Queue) {
  if (q.writing || !q.items.length) return;
  const items = q.items.splice(0, BATCH_MAX);
  const submissions = items.map(({ input, ctx }) => ({ input, ctx }));
  q.writing = true;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    q.writing = false;
    if (q.items.length) flush(episodeId, q);
    else if (queues.get(episodeId) === q) queues.delete(episodeId);
  };
  const early = others.get(episodeId) ? null : writeBatch(episodeId, submissions);
  early?.catch(() => {}); // awaited (and its error handled) in commitBatch
  void inEpisodeOrder(episodeId, () => commitBatch(episodeId, items, submissions, early, release)).finally(release);
}

async function writeBatch(episodeId: string, submissions: Submission[]): Promise<BatchOutcome> {
  const pool = pgPool();
  return pool ? batchWithPg(pool, episodeId, submissions) : sqliteWriter().write(episodeId, submissions);
}

async function commitBatch(episodeId: string, items: Pending[], submissions: Submission[], written: Promise<BatchOutcome> | null, committed: () => void) {
  for (let attempt = 0; ; attempt++) {
    try {
      const { events, answers, refused } = await (attempt === 0 && written ? written : writeBatch(episodeId, submissions));
      committed();
      await emitEvents(episodeId, events);
      items.forEach((i, k) => {
        const a = answers[k];
        if (a) i.resolve(a);
        else i.reject(refused ?? new QuestionError("not-found", 404));
      });
      return;
    } catch (e) {
      // A tracking code collision, or the same key committed by another node meanwhile: try again.
      if (isUniqueViolation(e) && attempt < 3) continue;
      for (const i of items) i.reject(e);
      return;
    }
  }
}

/** On SQLite the server starts the intake writer thread at boot (server/app.ts). */
function sqliteWriter() {
  const w = intakeWriter();
  if (!w) throw new Error("SQLite intake writer is not running: startServer() starts it");
  return w;
}

// ------------------------------------------------------------- PostgreSQL intake

/**
 * PostgreSQL: the same batch as plain queries on the pool Prisma uses: the
 * reads side by side, then one statement that reserves the sequence numbers
 * and inserts every row (unnest). Through the ORM the same batch was seven
 * round trips of an interactive transaction, each through the query
 * interpreter (bench/README.md, F5).
 * Timestamps travel as UTC text so that no time zone of the client or the
 * server shifts them.
 */
const utc = (col: string) => `to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const PG_QUESTION_SELECT = `SELECT q."id", q."episodeId", q."trackingCode", q."clientKey", q."channel", q."externalId", q."text", q."summary", q."name", q."phone", q."area",
  q."publishName", q."status", q."rejectReason", q."rejectNote", q."mergedIntoId", q."agencyId", q."topics", q."priority", q."flags", q."studioOrder", q."answeredBy",
  q."votes", q."version", ${utc('q."createdAt"')} AS "createdAt", ${utc('q."updatedAt"')} AS "updatedAt",
  a."code" AS "agencyCode", a."shortName" AS "agencyShortName",
  (SELECT count(*)::int FROM "Question" m WHERE m."mergedIntoId" = q."id") AS "mergedCount"
  FROM "Question" q LEFT JOIN "Organization" a ON a."id" = q."agencyId"`;
const pgTime = (d: Date) => d.toISOString().replace("Z", "");

async function batchWithPg(pool: pg.Pool, episodeId: string, items: Submission[]): Promise<BatchOutcome> {
  // The reads run side by side on the pool. They need not share the write's transaction: a key
  // another node stores meanwhile makes the write fail on its unique index, and the batch is retried.
  const ext = items.filter((i) => i.input.externalId);
  const devices = [...new Set(items.map((i) => i.input.deviceId).filter((d): d is string => !!d))];
  const phones = [...new Set(items.map((i) => i.input.phone).filter((p): p is string => !!p))];
  const [byKey, byExternal, episode, recent] = await Promise.all([
    pool.query(`${PG_QUESTION_SELECT} WHERE q."episodeId" = $1 AND q."clientKey" = ANY($2::text[])`, [episodeId, [...new Set(items.map((i) => i.input.clientKey))]]),
    ext.length
      ? pool.query(`${PG_QUESTION_SELECT} WHERE (q."channel", q."externalId") IN (SELECT * FROM unnest($1::text[], $2::text[]))`, [ext.map((i) => i.ctx.channel), ext.map((i) => i.input.externalId)])
      : null,
    pool.query(`SELECT "status" FROM "Episode" WHERE "id" = $1`, [episodeId]),
    devices.length || phones.length
      ? pool.query(`SELECT "text", "deviceId", "phone" FROM "Question" WHERE "episodeId" = $1 AND ("deviceId" = ANY($2::text[]) OR "phone" = ANY($3::text[])) ORDER BY "createdAt" DESC LIMIT 500`, [episodeId, devices, phones])
      : null,
  ]);
  const found: Found = new Map();
  for (const r of byKey.rows) found.set(`k:${r.clientKey}`, plainView(r));
  for (const r of byExternal?.rows ?? []) found.set(`x:${r.channel}:${r.externalId}`, plainView(r));
  let fresh = freshOf(items, found);
  let refused: QuestionError | null = null;
  if (fresh.length) {
    refused = refusalFor(episode.rows[0]);
    if (refused) fresh = [];
  }
  if (!fresh.length) return { events: [], answers: answersFor(items, found, [], []), refused };
  const rows = newRows(episodeId, fresh, (recent?.rows ?? []) as RecentText[]);
  // The payloads do not carry the sequence numbers: they are known once the write has reserved them.
  const w = writesFor(rows, fresh, 0);
  const col = <K extends keyof NewRow>(k: K) => w.rows.map((r) => r[k]);
  const ev = w.createdEvents;
  // One statement, so one transaction: the sequence numbers, the questions, their history and the event log.
  const { rows: [{ lastSeq }] } = await pool.query(
    `WITH seq AS (UPDATE "Episode" SET "lastSeq" = "lastSeq" + $1 WHERE "id" = $2 RETURNING "lastSeq"),
     q AS (
       INSERT INTO "Question" ("id", "episodeId", "trackingCode", "clientKey", "channel", "externalId", "deviceId", "text", "summary", "name", "phone", "area", "publishName", "flags", "createdById", "createdAt", "updatedAt")
       SELECT * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::boolean[], $16::text[], $17::text[], $18::timestamp(3)[], $19::timestamp(3)[])
       RETURNING 1),
     qe AS (
       INSERT INTO "QuestionEvent" ("id", "questionId", "type", "toStatus", "actorId", "actorLabel", "data", "createdAt")
       SELECT u.id, u.qid, 'created', 'new', u.actor, u.label, u.data, u.at FROM unnest($20::text[], $21::text[], $22::text[], $23::text[], $24::text[], $25::timestamp(3)[]) AS u(id, qid, actor, label, data, at)
       RETURNING 1),
     ee AS (
       INSERT INTO "EpisodeEvent" ("episodeId", "seq", "type", "questionId", "payload", "createdAt")
       SELECT $2, (SELECT "lastSeq" FROM seq) - $1 + u.n, u.type, u.qid, u.payload, u.at FROM unnest($26::text[], $21::text[], $27::text[], $25::timestamp(3)[]) WITH ORDINALITY AS u(type, qid, payload, at, n)
       RETURNING 1)
     SELECT "lastSeq" FROM seq`,
    [
      rows.length, episodeId,
      col("id"), col("episodeId"), col("trackingCode"), col("clientKey"), col("channel"), col("externalId"), col("deviceId"), col("text"), col("summary"), col("name"), col("phone"), col("area"), col("publishName"), col("flags"), col("createdById"), w.rows.map((r) => pgTime(r.createdAt)), w.rows.map((r) => pgTime(r.updatedAt)),
      ev.map((e) => e.id), ev.map((e) => e.questionId), ev.map((e) => e.actorId), ev.map((e) => e.actorLabel), ev.map((e) => e.data), ev.map((e) => pgTime(e.createdAt)),
      w.events.map((e) => e.type), w.events.map((e) => JSON.stringify(e.question)),
    ],
  );
  w.events.forEach((e, k) => (e.seq = lastSeq - rows.length + 1 + k));
  return { events: w.events, answers: answersFor(items, found, fresh, w.events), refused };
}

// ------------------------------------------------------------- reading

export async function listQuestions(episodeId: string) {
  const rows = await db().question.findMany({ where: { episodeId }, include, orderBy: { createdAt: "asc" } });
  return rows.map(staffView);
}

export async function getQuestion(id: string) {
  const q = await db().question.findUnique({ where: { id }, include });
  return q ? staffView(q) : null;
}

export async function currentSeq(episodeId: string): Promise<number | null> {
  const e = await db().episode.findUnique({ where: { id: episodeId }, select: { lastSeq: true } });
  return e?.lastSeq ?? null;
}

/** Every event of the episode after `afterSeq`, in order (bounded per call). */
export async function eventsAfter(episodeId: string, afterSeq: number, limit = 5000): Promise<EpisodeEventOut[]> {
  const rows = await db().episodeEvent.findMany({
    where: { episodeId, seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take: limit,
  });
  return rows.map((r) => ({ seq: r.seq, type: r.type as EpisodeEventOut["type"], question: JSON.parse(r.payload) as StaffQuestion }));
}

// ------------------------------------------------------------- actions

export type Actor = { id: string; username: string; role: string };

function historyEvent(tx: Tx, q: { id: string; status: string }, actor: Actor, type: string, toStatus: string | null, data: object) {
  return tx.questionEvent.create({
    data: { questionId: q.id, type, fromStatus: q.status, toStatus, actorId: actor.id, actorLabel: actor.username, data: JSON.stringify(data) },
  });
}

/**
 * Applies one operator action. Exactly one of two simultaneous actions on
 * the same version succeeds; the other gets a 409 conflict with the
 * current question.
 */
export async function applyAction(actor: Actor, input: QuestionActionInput): Promise<StaffQuestion> {
  const q0 = await db().question.findUnique({ where: { id: input.questionId }, select: { episodeId: true } });
  if (!q0) throw new QuestionError("not-found", 404);
  const holder = await holderOf(input.questionId);
  if (holder && holder.userId !== actor.id) throw new QuestionError("held", 409, { holder: holder.username });

  return withEpisodeLock(q0.episodeId, async () => {
    const { events, board } = await db().$transaction(async (tx) => {
      const q = (await loadRow(tx, input.questionId))!;
      if (q.version !== input.version) throw new QuestionError("conflict", 409, { question: staffView(q) });
      if (!canApply(input.action, q.status)) throw new QuestionError("illegal", 409, { status: q.status, action: input.action });
      const to = targetStatus(input.action, q.status);
      const data: Record<string, unknown> = { status: to, version: { increment: 1 } };
      const detail: Record<string, unknown> = {};
      const out: EpisodeEventOut[] = [];
      const touched: string[] = [];

      switch (input.action) {
        case "approve": {
          const last = await tx.question.aggregate({ where: { episodeId: q.episodeId, status: "approved" }, _max: { studioOrder: true } });
          data.studioOrder = (last._max.studioOrder ?? 0) + 1;
          break;
        }
        case "on_air": {
          // One question on air at a time: the previous one goes back to the queue.
          const current = await tx.question.findMany({ where: { episodeId: q.episodeId, status: "on_air", NOT: { id: q.id } } });
          for (const c of current) {
            await tx.question.update({ where: { id: c.id }, data: { status: "approved", version: { increment: 1 } } });
            await historyEvent(tx, c, actor, "back_to_queue", "approved", { reason: "replaced" });
            touched.push(c.id);
          }
          break;
        }
        case "answered_on_air":
          data.answeredBy = input.speaker;
          detail.speaker = input.speaker;
          break;
        case "route": {
          const agency = await tx.organization.findUnique({ where: { id: input.agencyId } });
          if (!agency || !agency.active || agency.kind === "council") throw new QuestionError("invalid-agency", 422);
          data.agencyId = agency.id;
          detail.agencyCode = agency.code;
          detail.previous = q.agency?.code ?? null;
          break;
        }
        case "reject":
          data.rejectReason = input.reason;
          data.rejectNote = input.note;
          detail.reason = input.reason;
          detail.note = input.note;
          break;
        case "restore":
          data.rejectReason = null;
          data.rejectNote = "";
          break;
        case "merge": {
          const target = await tx.question.findUnique({ where: { id: input.targetId } });
          if (!target || target.id === q.id || target.episodeId !== q.episodeId || target.status === "merged") {
            throw new QuestionError("invalid-target", 422);
          }
          data.mergedIntoId = target.id;
          detail.into = target.trackingCode;
          // Askers already merged into this one now follow the target too.
          const children = await tx.question.findMany({ where: { mergedIntoId: q.id } });
          for (const c of children) {
            await tx.question.update({ where: { id: c.id }, data: { mergedIntoId: target.id, version: { increment: 1 } } });
            touched.push(c.id);
          }
          await tx.question.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
          touched.push(target.id);
          break;
        }
        case "edit":
          data.summary = input.summary;
          detail.before = q.summary;
          detail.after = input.summary;
          break;
        case "tag":
          data.topics = JSON.stringify([...new Set(input.topics)]);
          detail.topics = input.topics;
          break;
        case "priority":
          data.priority = input.priority;
          detail.priority = input.priority;
          break;
        case "reorder":
          data.studioOrder = input.studioOrder;
          break;
      }

      const res = await tx.question.updateMany({ where: { id: q.id, version: q.version }, data: data as never });
      if (res.count !== 1) throw new QuestionError("conflict", 409, { question: staffView((await loadRow(tx, q.id))!) });
      if (input.action !== "reorder") {
        await historyEvent(tx, q, actor, input.action, to !== q.status ? to : null, detail);
      }
      await audit(tx, {
        actor: { id: actor.id, label: actor.username } satisfies AuditActor,
        action: input.action, entity: "Question", entityId: q.id,
        before: { status: q.status, version: q.version }, after: { status: to, ...detail },
      });
      for (const id of [q.id, ...touched]) out.push(await appendEvent(tx, q.episodeId, "question:updated", (await loadRow(tx, id))!));
      return { events: out, board: showsOnBoard(input.action, q.status, to) };
    });
    await emitEvents(q0.episodeId, events, { board });
    return events[0].question;
  });
}

/**
 * A follow-up change of one question (agency answer, committee approval,
 * return, reopen, closure): row update, history, audit and episode event in
 * one transaction, then emitted like any operator action.
 */
export async function changeQuestion(
  questionId: string,
  actor: { id: string | null; username: string },
  type: string,
  fn: (tx: Tx, q: Row) => Promise<{ data: Record<string, unknown>; toStatus?: string | null; detail?: Record<string, unknown> }>,
): Promise<StaffQuestion> {
  const q0 = await db().question.findUnique({ where: { id: questionId }, select: { episodeId: true } });
  if (!q0) throw new QuestionError("not-found", 404);
  return withEpisodeLock(q0.episodeId, async () => {
    const { event, board } = await db().$transaction(async (tx) => {
      const q = (await loadRow(tx, questionId))!;
      const { data, toStatus = null, detail = {} } = await fn(tx, q);
      await tx.question.update({ where: { id: q.id }, data: { ...data, ...(toStatus ? { status: toStatus } : {}), version: { increment: 1 } } as never });
      await tx.questionEvent.create({
        data: { questionId: q.id, type, fromStatus: q.status, toStatus, actorId: actor.id, actorLabel: actor.username, data: JSON.stringify(detail) },
      });
      await audit(tx, { actor: { id: actor.id, label: actor.username }, action: type, entity: "Question", entityId: q.id, before: { status: q.status }, after: { status: toStatus ?? q.status, ...detail } });
      const board = showsOnBoard(type, q.status, toStatus ?? q.status);
      return { event: await appendEvent(tx, q.episodeId, "question:updated", (await loadRow(tx, q.id))!), board };
    });
    await emitEvents(q0.episodeId, [event], { board });
    return event.question;
  });
}

// ------------------------------------------------------------- public views

/** What the asker may see: status, its history, the agency; never personal data. */
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
  const rating = await db().rating.findUnique({ where: { trackingCode } });
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
    mergedInto: follow ? follow.trackingCode : null,
    text: q.text,
    agency: (effective.agency ?? q.agency)?.name ?? null,
    rejectReason: effective.status === "rejected" ? effective.rejectReason : null,
    rejectNote: effective.status === "rejected" ? effective.rejectNote : "",
    answeredOnAir: effective.status === "answered_on_air",
    answer: published?.publishedAt ? { html: published.body, publishedAt: published.publishedAt.toISOString() } : null,
    rating: rating ? { satisfied: rating.satisfied, comment: rating.comment } : null,
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

/** The public board as the API serves it and its viewers get it on a change (null: no such episode). */
export async function boardView(episodeId: string) {
  const e = await db().episode.findUnique({ where: { id: episodeId }, select: { publicBoard: true } });
  if (!e) return null;
  return { enabled: e.publicBoard, questions: e.publicBoard ? await board(episodeId) : [] };
}

/** Approved and answered questions for the public board, most voted first. */
export async function board(episodeId: string) {
  const rows = await db().question.findMany({
    where: { episodeId, status: { in: [...BOARD_STATUSES] } },
    orderBy: [{ votes: "desc" }, { createdAt: "asc" }],
    take: 200,
    select: { id: true, summary: true, name: true, publishName: true, area: true, status: true, votes: true, createdAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    text: r.summary,
    author: r.publishName && r.name ? r.name : null,
    area: r.publishName ? r.area : "",
    status: r.status,
    votes: r.votes,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function vote(questionId: string, deviceId: string): Promise<{ votes: number; counted: boolean }> {
  const q = await db().question.findUnique({ where: { id: questionId }, select: { status: true, episodeId: true, episode: { select: { publicBoard: true } } } });
  if (!q || !q.episode.publicBoard || !BOARD_STATUSES.includes(q.status)) throw new QuestionError("not-found", 404);
  try {
    const updated = await db().$transaction(async (tx) => {
      await tx.vote.create({ data: { questionId, deviceId } });
      return tx.question.update({ where: { id: questionId }, data: { votes: { increment: 1 } }, select: { votes: true } });
    });
    io()?.of("/").to(rooms.board(q.episodeId)).emit("board:votes", { questionId, votes: updated.votes });
    io()?.of("/staff").to(rooms.episode(q.episodeId)).emit("question:votes", { questionId, votes: updated.votes });
    return { votes: updated.votes, counted: true };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const cur = await db().question.findUniqueOrThrow({ where: { id: questionId }, select: { votes: true } });
    return { votes: cur.votes, counted: false };
  }
}

export { ACCEPTING as ACCEPTING_STATUSES };
