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
import { db, type Tx } from "../../db.server.ts";
import { audit, type AuditActor } from "../audit.server.ts";
import { io, rooms } from "../realtime.server.ts";
import { holderOf } from "./holds.server.ts";
import { flagsFor } from "./moderation.ts";
import { canApply, targetStatus, type QuestionStatus } from "./state.ts";
import { newTrackingCode } from "./tracking.ts";

export class QuestionError extends Error {
  constructor(
    public code: "not-found" | "not-accepting" | "conflict" | "illegal" | "held" | "invalid-target" | "invalid-agency",
    public status: number,
    public detail: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

const ACCEPTING = new Set(["planned", "live"]);

const include = { agency: { select: { id: true, code: true, shortName: true } }, _count: { select: { merged: true } } } as const;
type Row = NonNullable<Awaited<ReturnType<typeof loadRow>>>;
function loadRow(tx: Tx, id: string) {
  return tx.question.findUnique({ where: { id }, include });
}

const parse = (s: string): string[] => {
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
    area: q.area,
    publishName: q.publishName,
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

export type EpisodeEventOut = { seq: number; type: "question:created" | "question:updated"; question: StaffQuestion };

// ------------------------------------------------------------- serialization

type LockHolder = { __lnEpisodeLocks?: Map<string, Promise<unknown>> };
const locks = ((globalThis as LockHolder).__lnEpisodeLocks ??= new Map());

/** Runs `fn` after every earlier call for the same episode has finished (in this process). */
export function withEpisodeLock<T>(episodeId: string, fn: () => Promise<T>): Promise<T> {
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

/** Signals committed events: staff in seq order; askers get their own question's public status. */
export async function emitEvents(episodeId: string, events: EpisodeEventOut[]) {
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
  // The public board refetches (it shows approved questions only).
  if (events.some((e) => e.type === "question:updated")) viewers.to(rooms.board(episodeId)).emit("board:changed", { episodeId });
}

// ------------------------------------------------------------- intake

export type SubmitContext = {
  channel: string;
  createdById?: string | null;
  actorLabel: string;
  ip?: string;
};

export type SubmitResult = { created: boolean; question: StaffQuestion };

function isUniqueViolation(e: unknown): boolean {
  return !!e && typeof e === "object" && "code" in e && (e as { code?: string }).code === "P2002";
}


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
 * Group commit: submissions to one episode that arrive within BATCH_MS (or
 * BATCH_MAX of them) are written in one transaction, and each is
 * acknowledged only after that commit. One fsync serves the whole group, so
 * durable throughput does not collapse under load. Idempotency holds inside
 * a batch: the same client key (or external id) twice makes one question.
 */
export const BATCH_MS = 2;
export const BATCH_MAX = 256;

type Pending = {
  input: SubmitQuestionInput;
  ctx: SubmitContext;
  resolve: (r: SubmitResult) => void;
  reject: (e: unknown) => void;
};
type Batch = { items: Pending[]; timer: ReturnType<typeof setTimeout> | null };
const batches = ((globalThis as { __lnBatches?: Map<string, Batch> }).__lnBatches ??= new Map());

function enqueue(episodeId: string, p: Pending) {
  let b = batches.get(episodeId);
  if (!b) {
    b = { items: [], timer: null };
    batches.set(episodeId, b);
  }
  b.items.push(p);
  if (b.items.length >= BATCH_MAX) flush(episodeId);
  else b.timer ??= setTimeout(() => flush(episodeId), BATCH_MS);
}

function flush(episodeId: string) {
  const b = batches.get(episodeId);
  if (!b) return;
  batches.delete(episodeId);
  if (b.timer) clearTimeout(b.timer);
  void withEpisodeLock(episodeId, () => commitBatch(episodeId, b.items));
}

const keyOf = (p: Pending) => (p.input.externalId ? `x:${p.ctx.channel}:${p.input.externalId}` : `k:${p.input.clientKey}`);

async function commitBatch(episodeId: string, items: Pending[]) {
  for (let attempt = 0; ; attempt++) {
    try {
      const { events, answers, refused } = await db().$transaction(async (tx) => {
        // Already stored (an earlier batch, another node): those are the answer.
        const found = new Map<string, Row>();
        const keys = [...new Set(items.map((i) => i.input.clientKey))];
        for (const q of await tx.question.findMany({ where: { episodeId, clientKey: { in: keys } }, include })) found.set(`k:${q.clientKey}`, q);
        const ext = items.filter((i) => i.input.externalId).map((i) => ({ channel: i.ctx.channel, externalId: i.input.externalId! }));
        if (ext.length) for (const q of await tx.question.findMany({ where: { OR: ext }, include })) found.set(`x:${q.channel}:${q.externalId}`, q);

        let fresh: Pending[] = [];
        const seen = new Set<string>();
        for (const i of items) {
          const k = keyOf(i);
          if (found.has(k) || found.has(`k:${i.input.clientKey}`) || seen.has(k)) continue;
          seen.add(k);
          fresh.push(i);
        }
        // New questions need an episode that takes them; a resend of a stored one is answered regardless.
        let refused: QuestionError | null = null;
        if (fresh.length) {
          const episode = await tx.episode.findUnique({ where: { id: episodeId }, select: { status: true } });
          if (!episode) refused = new QuestionError("not-found", 404);
          else if (!ACCEPTING.has(episode.status)) refused = new QuestionError("not-accepting", 409, { status: episode.status });
          if (refused) fresh = [];
        }
        // The "repeated" flag: the same device or phone sent the same text before (one query for the batch).
        const devices = [...new Set(fresh.map((i) => i.input.deviceId).filter((d): d is string => !!d))];
        const phones = [...new Set(fresh.map((i) => i.input.phone).filter(Boolean))];
        const recent = devices.length || phones.length
          ? await tx.question.findMany({
              where: { episodeId, OR: [...(devices.length ? [{ deviceId: { in: devices } }] : []), ...(phones.length ? [{ phone: { in: phones } }] : [])] },
              orderBy: { createdAt: "desc" },
              take: 500,
              select: { text: true, deviceId: true, phone: true },
            })
          : [];
        const flagsOf = (i: Pending, k: number) => {
          const mine = [
            ...recent.filter((r) => (i.input.deviceId && r.deviceId === i.input.deviceId) || (i.input.phone && r.phone === i.input.phone)).map((r) => r.text),
            // earlier ones in this same batch count too
            ...fresh.slice(0, k).filter((o) => (i.input.deviceId && o.input.deviceId === i.input.deviceId) || (i.input.phone && o.input.phone === i.input.phone)).map((o) => o.input.text),
          ];
          return flagsFor(i.input.text, { recentTexts: mine.slice(0, 20) });
        };
        const events: EpisodeEventOut[] = [];
        const byKey = new Map<string, StaffQuestion>();
        if (fresh.length) {
          const { lastSeq } = await tx.episode.update({ where: { id: episodeId }, data: { lastSeq: { increment: fresh.length } }, select: { lastSeq: true } });
          const first = lastSeq - fresh.length + 1;
          const data = fresh.map((i, k) => ({
            episodeId,
            trackingCode: newTrackingCode(),
            clientKey: i.input.clientKey,
            channel: i.ctx.channel,
            externalId: i.input.externalId,
            deviceId: i.input.deviceId,
            text: i.input.text,
            summary: i.input.text,
            name: i.input.name,
            phone: i.input.phone,
            area: i.input.area,
            publishName: i.input.publishName,
            flags: JSON.stringify(flagsOf(i, k)),
            createdById: i.ctx.createdById ?? null,
          }));
          const rows = await tx.question.createManyAndReturn({ data });
          const byCode = new Map(rows.map((r) => [r.trackingCode, r]));
          const ordered = data.map((d) => byCode.get(d.trackingCode)!);
          await tx.questionEvent.createMany({
            data: ordered.map((r, k) => ({
              questionId: r.id, type: "created", toStatus: "new", actorId: fresh[k].ctx.createdById ?? null, actorLabel: fresh[k].ctx.actorLabel,
              data: JSON.stringify({ channel: r.channel }), createdAt: r.createdAt,
            })),
          });
          ordered.forEach((r, k) => {
            const question = staffView({ ...r, agency: null, _count: { merged: 0 } } as Row);
            events.push({ seq: first + k, type: "question:created", question });
            byKey.set(keyOf(fresh[k]), question);
            byKey.set(`k:${fresh[k].input.clientKey}`, question);
          });
          await tx.episodeEvent.createMany({
            data: events.map((e) => ({ episodeId, seq: e.seq, type: e.type, questionId: e.question.id, payload: JSON.stringify(e.question) })),
          });
        }
        const created = new Set(events.map((e) => e.question.id));
        const claimed = new Set<string>();
        const answers = items.map((i): SubmitResult | null => {
          const known = found.get(keyOf(i)) ?? found.get(`k:${i.input.clientKey}`);
          if (known) return { created: false, question: staffView(known) };
          const q = byKey.get(keyOf(i)) ?? byKey.get(`k:${i.input.clientKey}`);
          if (!q) return null; // refused: the episode does not take questions
          // The first of duplicates within the batch created it; the others get it back as "already stored".
          const first = created.has(q.id) && !claimed.has(q.id);
          claimed.add(q.id);
          return { created: first, question: q };
        });
        return { events, answers, refused };
      });
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
    const events = await db().$transaction(async (tx) => {
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
      return out;
    });
    await emitEvents(q0.episodeId, events);
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
    const event = await db().$transaction(async (tx) => {
      const q = (await loadRow(tx, questionId))!;
      const { data, toStatus = null, detail = {} } = await fn(tx, q);
      await tx.question.update({ where: { id: q.id }, data: { ...data, ...(toStatus ? { status: toStatus } : {}), version: { increment: 1 } } as never });
      await tx.questionEvent.create({
        data: { questionId: q.id, type, fromStatus: q.status, toStatus, actorId: actor.id, actorLabel: actor.username, data: JSON.stringify(detail) },
      });
      await audit(tx, { actor: { id: actor.id, label: actor.username }, action: type, entity: "Question", entityId: q.id, before: { status: q.status }, after: { status: toStatus ?? q.status, ...detail } });
      return appendEvent(tx, q.episodeId, "question:updated", (await loadRow(tx, q.id))!);
    });
    await emitEvents(q0.episodeId, [event]);
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

/** Approved and answered questions for the public board, most voted first. */
export async function board(episodeId: string) {
  const rows = await db().question.findMany({
    where: { episodeId, status: { in: ["approved", "on_air", "answered_on_air"] } },
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
  if (!q || !q.episode.publicBoard || !["approved", "on_air", "answered_on_air"].includes(q.status)) throw new QuestionError("not-found", 404);
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
