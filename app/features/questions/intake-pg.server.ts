import type pg from "pg";
import {
  answersFor,
  freshOf,
  newRows,
  plainView,
  refusalFor,
  writesFor,
  type BatchOutcome,
  type Found,
  type NewRow,
  type QuestionError,
  type RecentText,
  type Submission,
} from "./intake-batch.server.ts";

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

export async function batchWithPg(pool: pg.Pool, episodeId: string, items: Submission[]): Promise<BatchOutcome> {
  // The reads run side by side on the pool. They need not share the write's transaction: a key
  // another node stores meanwhile makes the write fail on its unique index, and the batch is retried.
  const ext = items.filter((i) => i.input.externalId);
  const devices = [...new Set(items.map((i) => i.input.deviceId).filter((d): d is string => !!d))];
  const phones = [...new Set(items.map((i) => i.input.phone).filter((p): p is string => !!p))];
  const [byKey, byExternal, episode, recent] = await Promise.all([
    pool.query(`${PG_QUESTION_SELECT} WHERE q."episodeId" = $1 AND q."clientKey" = ANY($2::text[])`, [
      episodeId,
      [...new Set(items.map((i) => i.input.clientKey))],
    ]),
    ext.length
      ? pool.query(
          `${PG_QUESTION_SELECT} WHERE (q."channel", q."externalId") IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
          [ext.map((i) => i.ctx.channel), ext.map((i) => i.input.externalId)],
        )
      : null,
    pool.query(`SELECT "status" FROM "Episode" WHERE "id" = $1`, [episodeId]),
    devices.length || phones.length
      ? pool.query(
          `SELECT "text", "deviceId", "phone" FROM "Question" WHERE "episodeId" = $1 AND ("deviceId" = ANY($2::text[]) OR "phone" = ANY($3::text[])) ORDER BY "createdAt" DESC LIMIT 500`,
          [episodeId, devices, phones],
        )
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
  const {
    rows: [{ lastSeq }],
  } = await pool.query(
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
      rows.length,
      episodeId,
      col("id"),
      col("episodeId"),
      col("trackingCode"),
      col("clientKey"),
      col("channel"),
      col("externalId"),
      col("deviceId"),
      col("text"),
      col("summary"),
      col("name"),
      col("phone"),
      col("area"),
      col("publishName"),
      col("flags"),
      col("createdById"),
      w.rows.map((r) => pgTime(r.createdAt)),
      w.rows.map((r) => pgTime(r.updatedAt)),
      ev.map((e) => e.id),
      ev.map((e) => e.questionId),
      ev.map((e) => e.actorId),
      ev.map((e) => e.actorLabel),
      ev.map((e) => e.data),
      ev.map((e) => pgTime(e.createdAt)),
      w.events.map((e) => e.type),
      w.events.map((e) => JSON.stringify(e.question)),
    ],
  );
  w.events.forEach((e, k) => (e.seq = lastSeq - rows.length + 1 + k));
  return { events: w.events, answers: answersFor(items, found, fresh, w.events), refused };
}
