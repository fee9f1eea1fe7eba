/**
 * The episode's ordered event log: appended in the change's transaction,
 * signalled after commit (staff in seq order, askers their own question's
 * public status, board viewers the board), read back by seq to catch up.
 */
import { db, type Tx } from "../../platform/db.server.ts";
import { io, rooms } from "../../platform/realtime.server.ts";
import { boardView } from "./board.server.ts";
import { eventPayload, staffView, type EpisodeEventOut, type Row, type StaffQuestion } from "./intake-batch.server.ts";
import { shapeQuestion } from "./personal.ts";
import { BOARD_STATUSES } from "./state.ts";

export async function appendEvent(
  tx: Tx,
  episodeId: string,
  type: EpisodeEventOut["type"],
  q: Row,
): Promise<EpisodeEventOut> {
  const { lastSeq: seq } = await tx.episode.update({
    where: { id: episodeId },
    data: { lastSeq: { increment: 1 } },
    select: { lastSeq: true },
  });
  const question = staffView(q);
  await tx.episodeEvent.create({ data: { episodeId, seq, type, questionId: q.id, payload: eventPayload(question) } });
  return { seq, type, question };
}

/** Actions that change nothing the public board shows of a question (text, author, area, status, votes). */
const OFF_BOARD_ACTIONS = new Set(["tag", "priority", "route", "reorder"]);

/** Whether a question's change shows on the public board: it enters or leaves it, or changes there. */
export function showsOnBoard(action: string, from: string, to: string): boolean {
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
  // Each staff event is shaped per recipient: personal data only to the episode's personal room.
  const staff = server.of("/staff");
  for (const e of events) {
    staff.to(rooms.personal(episodeId)).emit(e.type, { seq: e.seq, question: shapeQuestion(e.question, true) });
    staff
      .to(rooms.episode(episodeId))
      .except(rooms.personal(episodeId))
      .emit(e.type, { seq: e.seq, question: shapeQuestion(e.question, false) });
  }
  const viewers = server.of("/");
  for (const e of events) {
    if (e.type !== "question:updated") continue;
    const q = e.question;
    const payload = {
      trackingCode: q.trackingCode,
      status: q.status,
      agency: q.agency?.shortName ?? null,
      updatedAt: q.updatedAt,
    };
    viewers.to(rooms.question(q.id)).emit("question:status", payload);
    // Askers of questions merged into this one follow it, under their own code: another asker's
    // code is never sent to them (it would let them act as that asker wherever the code is enough).
    const children = await db().question.findMany({
      where: { mergedIntoId: q.id },
      select: { id: true, trackingCode: true },
    });
    for (const c of children)
      viewers
        .to(rooms.question(c.id))
        .emit("question:status", { ...payload, trackingCode: c.trackingCode, merged: true });
  }
  if (opts.board)
    viewers.to(rooms.board(episodeId)).emit("board:changed", { episodeId, ...(await boardView(episodeId)) });
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
  return rows.map((r) => ({
    seq: r.seq,
    type: r.type as EpisodeEventOut["type"],
    question: JSON.parse(r.payload) as StaffQuestion,
  }));
}
