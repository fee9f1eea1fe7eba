/** The public board: approved and answered questions, and one vote per device. */
import { db } from "../../platform/db.server.ts";
import { io, rooms } from "../../platform/realtime.server.ts";
import { isUniqueViolation, QuestionError } from "./intake-batch.server.ts";
import { BOARD_STATUSES } from "./state.ts";

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
    select: {
      id: true,
      summary: true,
      name: true,
      publishName: true,
      area: true,
      status: true,
      votes: true,
      createdAt: true,
    },
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
  const q = await db().question.findUnique({
    where: { id: questionId },
    select: { status: true, episodeId: true, episode: { select: { publicBoard: true } } },
  });
  if (!q || !q.episode.publicBoard || !BOARD_STATUSES.includes(q.status)) throw new QuestionError("not-found", 404);
  try {
    const updated = await db().$transaction(async (tx) => {
      await tx.vote.create({ data: { questionId, deviceId } });
      return tx.question.update({
        where: { id: questionId },
        data: { votes: { increment: 1 } },
        select: { votes: true },
      });
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
