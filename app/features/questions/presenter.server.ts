/**
 * The presenter's view (issue 20): what the MC reads from across the studio. The question on air, the
 * asker's given name and area only when the asker agreed to publish them (the public board's rule), and
 * the next questions the producer lined up, in the studio's order. Read from the database on every load:
 * the page re-loads it when a socket signals a change.
 */
import { db } from "../../platform/db.server.ts";

import { PRESENTER_NEXT, presenterQuestion } from "./presenter.ts";

const SELECT = { id: true, summary: true, name: true, area: true, publishName: true } as const;

/** The episode's question on air and the next ones lined up (null: no such episode). */
export async function presenterView(episodeId: string) {
  const e = await db().episode.findUnique({
    where: { id: episodeId },
    select: { id: true, topic: true, status: true, leadCommitteeId: true },
  });
  if (!e) return null;
  const [onAir, next, approved] = await Promise.all([
    db().question.findFirst({ where: { episodeId, status: "on_air" }, orderBy: { updatedAt: "desc" }, select: SELECT }),
    db().question.findMany({
      where: { episodeId, status: "approved" },
      orderBy: [{ studioOrder: "asc" }, { createdAt: "asc" }],
      take: PRESENTER_NEXT,
      select: SELECT,
    }),
    db().question.count({ where: { episodeId, status: "approved" } }),
  ]);
  return {
    episode: { id: e.id, topic: e.topic, status: e.status, leadCommitteeId: e.leadCommitteeId },
    onAir: onAir ? presenterQuestion(onAir) : null,
    next: next.map(presenterQuestion),
    /** How many wait in the queue in all (the presenter sees only the first few). */
    queued: approved,
  };
}
