/** The SQLite intake batch: prepared statements in one IMMEDIATE transaction (run by the writer thread). */
import type { Database as BetterSqlite } from "better-sqlite3";
import {
  answersFor,
  freshOf,
  newRows,
  plainView,
  eventPayload,
  admit,
  writesFor,
  type BatchOutcome,
  type Found,
  type PlainQuestion,
  type RecentText,
  type Submission,
} from "./intake-batch.server.ts";

// ------------------------------------------------------------- SQLite

/*
 * SQLite: the batch as prepared statements in one synchronous IMMEDIATE
 * transaction, on the intake writer thread's own connection. The ORM's per-query cost (query
 * compiler, interpreter, a fresh prepare per statement) was most of the
 * intake's CPU (bench/README.md); here each statement is prepared once.
 */
const QUESTION_SELECT = `SELECT q.*, a."code" AS "agencyCode", a."shortName" AS "agencyShortName",
  (SELECT count(*) FROM "Question" m WHERE m."mergedIntoId" = q."id") AS "mergedCount"
  FROM "Question" q LEFT JOIN "Organization" a ON a."id" = q."agencyId"`;
const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

function sqliteStatements(raw: BetterSqlite) {
  const prep = (sql: string) => raw.prepare(sql).safeIntegers(false);
  return {
    byKey: prep(`${QUESTION_SELECT} WHERE q."episodeId" = ? AND q."clientKey" = ?`),
    byExternal: prep(`${QUESTION_SELECT} WHERE q."channel" = ? AND q."externalId" = ?`),
    episode: prep(`SELECT "status" FROM "Episode" WHERE "id" = ?`),
    recentByDevice: prep(
      `SELECT "text", "deviceId", "phone" FROM "Question" WHERE "episodeId" = ? AND "deviceId" = ? ORDER BY "createdAt" DESC LIMIT 20`,
    ),
    recentByPhone: prep(
      `SELECT "text", "deviceId", "phone" FROM "Question" WHERE "episodeId" = ? AND "phone" = ? ORDER BY "createdAt" DESC LIMIT 20`,
    ),
    reserve: prep(`UPDATE "Episode" SET "lastSeq" = "lastSeq" + ? WHERE "id" = ? RETURNING "lastSeq"`),
    insertQuestion:
      prep(`INSERT INTO "Question" ("id", "episodeId", "trackingCode", "clientKey", "channel", "externalId", "deviceId", "askerSecretHash", "text", "summary", "name", "phone", "area", "publishName", "contactConsent", "notifyEmail", "notifyPhone", "notifyToken", "flags", "createdById", "createdAt", "updatedAt")
      VALUES (@id, @episodeId, @trackingCode, @clientKey, @channel, @externalId, @deviceId, @askerSecretHash, @text, @summary, @name, @phone, @area, @publishName, @contactConsent, @notifyEmail, @notifyPhone, @notifyToken, @flags, @createdById, @createdAt, @updatedAt)`),
    insertQuestionEvent: prep(
      `INSERT INTO "QuestionEvent" ("id", "questionId", "type", "toStatus", "actorId", "actorLabel", "data", "createdAt") VALUES (?, ?, 'created', 'new', ?, ?, ?, ?)`,
    ),
    insertEpisodeEvent: prep(
      `INSERT INTO "EpisodeEvent" ("episodeId", "seq", "type", "questionId", "payload", "createdAt") VALUES (?, ?, ?, ?, ?, ?)`,
    ),
  };
}
const statementCache = new WeakMap<BetterSqlite, ReturnType<typeof sqliteStatements>>();

export function sqliteBatch(raw: BetterSqlite, episodeId: string, items: Submission[]): BatchOutcome {
  let st = statementCache.get(raw);
  if (!st) statementCache.set(raw, (st = sqliteStatements(raw)));
  const s = st;
  const body = (): BatchOutcome => {
    const found: Found = new Map();
    for (const key of new Set(items.map((i) => i.input.clientKey))) {
      const r = s.byKey.get(episodeId, key) as PlainQuestion | undefined;
      if (r) found.set(`k:${key}`, plainView(r));
    }
    for (const i of items) {
      if (!i.input.externalId) continue;
      const r = s.byExternal.get(i.ctx.channel, i.input.externalId) as PlainQuestion | undefined;
      if (r) found.set(`x:${i.ctx.channel}:${i.input.externalId}`, plainView(r));
    }
    const fresh0 = freshOf(items, found);
    const { fresh, refused, written } = fresh0.length
      ? admit(s.episode.get(episodeId) as { status: string } | undefined, fresh0)
      : { fresh: fresh0, refused: null, written: false };
    if (!fresh.length) return { events: [], answers: answersFor(items, found, [], []), refused };
    const recent: RecentText[] = [];
    for (const d of new Set(fresh.map((i) => i.input.deviceId).filter((d): d is string => !!d)))
      recent.push(...(s.recentByDevice.all(episodeId, d) as RecentText[]));
    for (const p of new Set(fresh.map((i) => i.input.phone).filter((p): p is string => !!p)))
      recent.push(...(s.recentByPhone.all(episodeId, p) as RecentText[]));
    const rows = newRows(episodeId, fresh, recent, { written });
    const { lastSeq } = s.reserve.get(rows.length, episodeId) as { lastSeq: number };
    const w = writesFor(rows, fresh, lastSeq - rows.length + 1);
    for (const r of w.rows)
      s.insertQuestion.run({
        ...r,
        publishName: r.publishName ? 1 : 0,
        contactConsent: r.contactConsent ? 1 : 0,
        notifyPhone: r.notifyPhone ? 1 : 0,
        createdAt: sqliteDate(r.createdAt),
        updatedAt: sqliteDate(r.updatedAt),
      });
    for (const e of w.createdEvents)
      s.insertQuestionEvent.run(e.id, e.questionId, e.actorId, e.actorLabel, e.data, sqliteDate(e.createdAt));
    const at = sqliteDate(rows[0].createdAt);
    for (const e of w.events)
      s.insertEpisodeEvent.run(episodeId, e.seq, e.type, e.question.id, eventPayload(e.question), at);
    return { events: w.events, answers: answersFor(items, found, fresh, w.events), refused };
  };
  return raw.transaction(body).immediate();
}
