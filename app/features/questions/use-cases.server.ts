/**
 * The questions feature's use cases: each is one function `(ctx, input)`
 * that validates, authorizes (throwing typed errors), changes in one
 * transaction and signals. The JSON API, the Remix routes and the socket
 * handlers call these, so each rule exists once.
 */
import { z } from "zod/v4";
import { type Context, requirePermission, requireUser } from "../../platform/context.server.ts";
import { db } from "../../platform/db.server.ts";
import { AppError, forbidden, InvalidInput, notFound } from "../../platform/errors.ts";
import { enforce } from "../../platform/limits.server.ts";
import { rooms } from "../../platform/realtime.server.ts";
import { CLIENT_TOKEN, parseInput, recordId } from "../../platform/validation.ts";
import { episodeStatus } from "../episodes/index.server.ts";
import { revealPhone as revealCallerPhone, searchByPhone, seesCallersOf } from "../privacy/index.server.ts";
import { applyAction } from "./actions.server.ts";
import { vote } from "./board.server.ts";
import { verifyToken } from "./channels.server.ts";
import { duplicatesOf } from "./duplicates/service.server.ts";
import { eventsAfter } from "./events.server.ts";
import { claim, holdsOf, release, releaseSocket, sweep, type Hold } from "./holds.server.ts";
import { submitQuestion } from "./intake.server.ts";
import { shapeQuestion } from "./personal.ts";
import { presenceOf } from "./presence.server.ts";
import { getQuestion, listQuestions, withPersonal } from "./queries.server.ts";
import { getRouter } from "./routing.server.ts";
import { questionActionSchema, submitQuestionSchema } from "./schemas.ts";
import { normalizeTrackingCode } from "./tracking.ts";

// Schemas are built once, here: never per call (a Zod schema holds kilobytes).
/** One object schema, not an intersection: `.and()` parses the input twice and merges the results. */
const submitInput = submitQuestionSchema.extend({ episodeId: recordId });
const episodeRef = z.object({ episodeId: recordId });
const questionRef = z.object({ questionId: recordId });
const followInput = z.object({ trackingCodes: z.array(z.string().max(20)).max(50) });
const syncInput = episodeRef.extend({ afterSeq: z.number().int().min(0) });
const voteInput = z.object({ questionId: recordId, deviceId: z.string().regex(CLIENT_TOKEN, "err.deviceId") });

export type SubmitVia = { bearer?: string };

/**
 * A question from a viewer (limited per address and device), a hotline
 * operator (`channel: "hotline"`, with the permission), or an integration
 * channel (`bearer` token, with the source's own id). Idempotent by client key.
 */
export async function submit(ctx: Context, raw: unknown, via: SubmitVia = {}) {
  const input = parseInput(submitInput, raw);
  let channel = "web";
  let createdById: string | null = null;
  let actorLabel = "viewer";
  if (via.bearer) {
    const token = await verifyToken(via.bearer);
    if (!token) throw new AppError("invalid_token", 401);
    if (!input.externalId) throw new InvalidInput({ externalId: ["err.required"] });
    channel = token.channel;
    actorLabel = `integration:${token.name}`;
  } else if (input.channel === "hotline") {
    const user = requirePermission(ctx, "question:hotline");
    channel = "hotline";
    createdById = user.id;
    actorLabel = user.username;
  } else {
    await enforce([
      ["submitPerIp", ctx.ip],
      ["submitPerDevice", input.deviceId],
    ]);
  }
  return submitQuestion(input.episodeId, input, { channel, createdById, actorLabel });
}

/**
 * The viewer's own questions' statuses (by tracking code); merged ones follow the question they were merged into,
 * without its code.
 */
export async function follow(_ctx: Context, raw: unknown) {
  const { trackingCodes } = parseInput(followInput, raw);
  const codes = trackingCodes.map(normalizeTrackingCode).filter((c): c is string => !!c);
  const rows = await db().question.findMany({
    where: { trackingCode: { in: codes } },
    select: {
      id: true,
      trackingCode: true,
      status: true,
      mergedIntoId: true,
      agency: { select: { shortName: true } },
      mergedInto: { select: { status: true, agency: { select: { shortName: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    trackingCode: r.trackingCode,
    status: r.mergedInto ? r.mergedInto.status : r.status,
    merged: !!r.mergedInto,
    agency: (r.mergedInto?.agency ?? r.agency)?.shortName ?? null,
  }));
}

/** A vote on the public board: one per device, limited per address and device. */
export async function castVote(ctx: Context, raw: unknown) {
  const input = parseInput(voteInput, raw);
  await enforce([
    ["votePerIp", ctx.ip],
    ["votePerDevice", input.deviceId],
  ]);
  return vote(input.questionId, input.deviceId);
}

/** The episode an event names (422 when it names none). */
export function episodeOf(raw: unknown): string {
  return parseInput(episodeRef, raw).episodeId;
}

/** A viewer watches an episode (its status and public board): the episode's status, or 404. */
export async function watch(_ctx: Context, raw: unknown) {
  const { episodeId } = parseInput(episodeRef, raw);
  const status = await episodeStatus(episodeId);
  if (!status) throw notFound("not-found");
  return { episodeId, status };
}

// ---------------------------------------------------------------- staff

/** A question's episode and the episode's lead committee (the triage scope), or 404. */
async function scopeOfQuestion(questionId: string, code = "not_found") {
  const q = await db().question.findUnique({
    where: { id: questionId },
    select: { episodeId: true, episode: { select: { leadCommitteeId: true } } },
  });
  if (!q) throw notFound(code);
  return { episodeId: q.episodeId, leadCommitteeId: q.episode.leadCommitteeId };
}

/** May the context's user see callers' personal data of an episode led by `leadCommitteeId`? (privacy's rule) */
const seesPersonal = (ctx: Context, leadCommitteeId: string | null) => seesCallersOf(ctx.user, leadCommitteeId);

/** An episode's lead committee and last seq (404 when there is no such episode). */
async function episodeScope(episodeId: string, code = "not_found") {
  const e = await db().episode.findUnique({
    where: { id: episodeId },
    select: { id: true, status: true, lastSeq: true, leadCommitteeId: true },
  });
  if (!e) throw notFound(code);
  return e;
}

/** An operator's action on a question (docs/API.md), within the episode's lead committee's scope. */
export async function act(ctx: Context, raw: unknown, opts: { notFoundCode?: string } = {}) {
  requirePermission(ctx, "question:triage");
  const input = parseInput(questionActionSchema, raw);
  const { leadCommitteeId } = await scopeOfQuestion(input.questionId, opts.notFoundCode);
  const user = requirePermission(ctx, "question:triage", [leadCommitteeId]);
  const q = await applyAction({ id: user.id, username: user.username, role: user.role }, input);
  return shapeQuestion(q, seesPersonal(ctx, leadCommitteeId));
}

/** An episode's questions for the console, with the sequence number to catch up from. */
export async function listForConsole(ctx: Context, episodeId: string) {
  requirePermission(ctx, "question:view");
  const e = await episodeScope(episodeId);
  const personal = seesPersonal(ctx, e.leadCommitteeId);
  return { seq: e.lastSeq, questions: (await listQuestions(episodeId)).map((q) => shapeQuestion(q, personal)) };
}

/**
 * The full phone number of a caller, for those who may see the caller (privacy's one rule: the
 * episode's operators and lead Ban; the agency answering, when the caller agreed to be contacted);
 * every reading is recorded in the audit log (who, when, which question).
 */
export async function revealPhone(ctx: Context, raw: unknown) {
  return revealCallerPhone(requireUser(ctx), raw);
}

/**
 * The console's search by phone: the ids of an episode's questions whose caller's phone holds the digits typed,
 * for those who see the episode's callers; recorded in the audit log (privacy's `searchByPhone`).
 */
export async function findByPhone(ctx: Context, raw: unknown) {
  requirePermission(ctx, "question:view");
  return searchByPhone(requireUser(ctx), raw);
}

/** Ranked routing suggestions (with reasons) and likely duplicates of a question. */
export async function suggestions(ctx: Context, questionId: string) {
  requirePermission(ctx, "question:view");
  const q = await getQuestion(questionId);
  if (!q) throw notFound();
  const router = await getRouter();
  const orgs = new Map(
    (await db().organization.findMany({ select: { id: true, code: true, shortName: true, name: true } })).map((o) => [
      o.code,
      o,
    ]),
  );
  return {
    routing: router.suggest(`${q.summary} ${q.area}`, 5).map((s) => ({ ...s, organization: orgs.get(s.code) ?? null })),
    duplicates: await duplicatesOf(q),
  };
}

export function holdView(h: Hold | null, questionId: string) {
  return {
    questionId,
    holder: h
      ? {
          userId: h.userId,
          username: h.username,
          expiresAt: new Date(h.expiresAt).toISOString(),
          // What is left, as this node counts: a console counts down from it whatever its own clock says.
          ttlMs: Math.max(0, h.expiresAt - Date.now()),
        }
      : null,
  };
}

/** A console opens an episode (staff who may see its questions): its status, seq, the holds and who is on duty. */
export async function joinConsole(ctx: Context, raw: unknown, join: (rooms: string[]) => Promise<void>) {
  const { episodeId } = parseInput(episodeRef, raw);
  // The room carries the queue: the permission GET …/questions needs. Callers' personal data goes
  // to a room of its own, for those who may see it in this episode.
  requirePermission(ctx, "question:view");
  const e = await episodeScope(episodeId, "not-found");
  const personal = seesPersonal(ctx, e.leadCommitteeId);
  // Joined before presence is read: the console counts itself.
  await join(personal ? [rooms.episode(e.id), rooms.personal(e.id)] : [rooms.episode(e.id)]);
  const holds = (await holdsOf(e.id)).map((h) => holdView(h, h.questionId));
  return { status: e.status, seq: e.lastSeq, holds, presence: await presenceOf(e.id) };
}

/** The episode's events after `afterSeq` (bounded), for a console that missed some. */
export async function sync(ctx: Context, raw: unknown) {
  const { episodeId, afterSeq } = parseInput(syncInput, raw);
  requirePermission(ctx, "question:view");
  const e = await episodeScope(episodeId, "not-found");
  const seq = e.lastSeq;
  // The log keeps no personal data: those who may see it get it from the questions as they are now.
  const events = seesPersonal(ctx, e.leadCommitteeId)
    ? await withPersonal(await eventsAfter(episodeId, afterSeq))
    : await eventsAfter(episodeId, afterSeq);
  return { seq, events, more: events.length > 0 && events[events.length - 1].seq < seq };
}

/**
 * An operator takes a question to work on it (a hold, shared by every node).
 * Returns the hold to announce; 409 when another operator holds it, 503 while
 * holds are unavailable (Redis unreachable).
 */
export async function claimQuestion(ctx: Context, raw: unknown, socketId: string) {
  const { questionId } = parseInput(questionRef, raw);
  requirePermission(ctx, "question:triage");
  const { episodeId, leadCommitteeId } = await scopeOfQuestion(questionId, "not-found");
  const user = requirePermission(ctx, "question:triage", [leadCommitteeId]);
  const r = await claim({ questionId, episodeId, userId: user.id, username: user.username, socketId });
  if ("unavailable" in r) throw new AppError("holds-unavailable", 503);
  if (!r.ok) throw new AppError("held", 409, { holder: holdView(r.holder, questionId).holder });
  return r.hold;
}

/** Releases the caller's hold on a question; the ended hold (to announce), or null. */
export async function releaseQuestion(ctx: Context, raw: unknown) {
  const { questionId } = parseInput(questionRef, raw);
  if (!ctx.user) throw forbidden();
  return release(questionId, ctx.user.id);
}

/** A console went away: its holds end. */
export function releaseConsole(socketId: string) {
  return releaseSocket(socketId);
}

/** Holds past their time end (every node sweeps); the ended ones, to announce. */
export function expireHolds() {
  return sweep();
}
