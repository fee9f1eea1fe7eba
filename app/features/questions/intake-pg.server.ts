import { sql, type Kysely } from "kysely";
import type pg from "pg";
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
  type NewRow,
  type Submission,
} from "./intake-batch.server.ts";
import {
  bools,
  insertSelect,
  kyselyOf,
  pgTime,
  statement,
  texts,
  timestamps,
  unnest,
  utc,
  type Params,
} from "./pg-db.server.ts";
import type { Database } from "./pg-schema.ts";

/**
 * PostgreSQL: the same batch as typed SQL (Kysely) on the pool Prisma uses:
 * the reads side by side, then one statement that reserves the sequence
 * numbers and inserts every row (unnest). Through the ORM the same batch was
 * seven round trips of an interactive transaction, each through the query
 * interpreter (bench/README.md, F5).
 * Timestamps travel as UTC text so that no time zone of the client or the
 * server shifts them (utc() and pgTime in pg-db.server.ts).
 */

/**
 * The question as plainView takes it: its columns, the agency's code and short name, and how many were merged
 * into it.
 */
function questionRows(db: Kysely<Database>) {
  return db
    .selectFrom("Question as q")
    .leftJoin("Organization as a", "a.id", "q.agencyId")
    .select((eb) => [
      "q.id",
      "q.episodeId",
      "q.trackingCode",
      "q.clientKey",
      "q.channel",
      "q.externalId",
      "q.text",
      "q.summary",
      "q.name",
      "q.phone",
      "q.area",
      "q.publishName",
      "q.notifyEmail",
      "q.notifyPhone",
      "q.status",
      "q.rejectReason",
      "q.rejectNote",
      "q.mergedIntoId",
      "q.agencyId",
      "q.topics",
      "q.priority",
      "q.flags",
      "q.studioOrder",
      "q.answeredBy",
      "q.votes",
      "q.version",
      utc(eb.ref("q.createdAt")).as("createdAt"),
      utc(eb.ref("q.updatedAt")).as("updatedAt"),
      "a.code as agencyCode",
      "a.shortName as agencyShortName",
      eb
        .selectFrom("Question as m")
        .select((m) => m.cast<number>(m.fn.countAll(), "integer").as("n"))
        .whereRef("m.mergedIntoId", "=", "q.id")
        .$asScalar()
        .as("mergedCount"),
    ]);
}

const byKey = statement((db, p: Params<{ episodeId: string; keys: string[] }>) =>
  questionRows(db).where((eb) =>
    eb.and([eb("q.episodeId", "=", p.episodeId), eb("q.clientKey", "=", eb.fn.any(texts(p.keys)))]),
  ),
);

const byExternal = statement((db, p: Params<{ channels: string[]; externalIds: string[] }>) =>
  questionRows(db).where((eb) =>
    eb(
      eb.refTuple("q.channel", "q.externalId"),
      "in",
      eb
        .selectFrom(unnest("x", { channel: texts(p.channels), externalId: texts(p.externalIds) }))
        .select(["x.channel", "x.externalId"])
        .$asTuple("channel", "externalId"),
    ),
  ),
);

const episodeStatus = statement((db, p: Params<{ episodeId: string }>) =>
  db.selectFrom("Episode").select("status").where("id", "=", p.episodeId),
);

/** The senders' latest texts, for the "repeated" flag. */
const recentTexts = statement((db, p: Params<{ episodeId: string; devices: string[]; phones: string[] }>) =>
  db
    .selectFrom("Question")
    .select(["text", "deviceId", "phone"])
    .where((eb) =>
      eb.and([
        eb("episodeId", "=", p.episodeId),
        eb.or([eb("deviceId", "=", eb.fn.any(texts(p.devices))), eb("phone", "=", eb.fn.any(texts(p.phones)))]),
      ]),
    )
    .orderBy("createdAt", "desc")
    .limit(500),
);

/** The new questions, column by column (timestamps as pgTime text). */
type QuestionColumns = { [K in Exclude<keyof NewRow, "createdAt" | "updatedAt">]: NewRow[K][] } & {
  createdAt: string[];
  updatedAt: string[];
};

/**
 * One statement, so one transaction: the sequence numbers, the questions, their history and the event log.
 * Answers the last number reserved.
 */
const write = statement(
  (
    db,
    p: Params<
      QuestionColumns & {
        episode: string;
        count: number;
        eventIds: string[];
        questionIds: string[];
        actorIds: (string | null)[];
        actorLabels: string[];
        eventData: string[];
        eventAt: string[];
        types: string[];
        payloads: string[];
      }
    >,
  ) =>
    db
      .with("seq", (qc) =>
        qc
          .updateTable("Episode")
          .set((eb) => ({ lastSeq: eb("lastSeq", "+", p.count) }))
          .where("id", "=", p.episode)
          .returning("lastSeq"),
      )
      .with("q", (qc) =>
        insertSelect(
          qc,
          "Question",
          unnest("u", {
            id: texts(p.id),
            episodeId: texts(p.episodeId),
            trackingCode: texts(p.trackingCode),
            clientKey: texts(p.clientKey),
            channel: texts(p.channel),
            externalId: texts(p.externalId),
            deviceId: texts(p.deviceId),
            askerSecretHash: texts(p.askerSecretHash),
            text: texts(p.text),
            summary: texts(p.summary),
            name: texts(p.name),
            phone: texts(p.phone),
            area: texts(p.area),
            publishName: bools(p.publishName),
            contactConsent: bools(p.contactConsent),
            notifyEmail: texts(p.notifyEmail),
            notifyPhone: bools(p.notifyPhone),
            notifyToken: texts(p.notifyToken),
            flags: texts(p.flags),
            createdById: texts(p.createdById),
            createdAt: timestamps(p.createdAt),
            updatedAt: timestamps(p.updatedAt),
          }),
          ({ ref }) => ({
            id: ref("u.id"),
            episodeId: ref("u.episodeId"),
            trackingCode: ref("u.trackingCode"),
            clientKey: ref("u.clientKey"),
            channel: ref("u.channel"),
            externalId: ref("u.externalId"),
            deviceId: ref("u.deviceId"),
            askerSecretHash: ref("u.askerSecretHash"),
            text: ref("u.text"),
            summary: ref("u.summary"),
            name: ref("u.name"),
            phone: ref("u.phone"),
            area: ref("u.area"),
            publishName: ref("u.publishName"),
            contactConsent: ref("u.contactConsent"),
            notifyEmail: ref("u.notifyEmail"),
            notifyPhone: ref("u.notifyPhone"),
            notifyToken: ref("u.notifyToken"),
            flags: ref("u.flags"),
            createdById: ref("u.createdById"),
            createdAt: ref("u.createdAt"),
            updatedAt: ref("u.updatedAt"),
          }),
        ),
      )
      .with("qe", (qc) =>
        insertSelect(
          qc,
          "QuestionEvent",
          unnest("u", {
            id: texts(p.eventIds),
            qid: texts(p.questionIds),
            actor: texts(p.actorIds),
            label: texts(p.actorLabels),
            data: texts(p.eventData),
            at: timestamps(p.eventAt),
          }),
          ({ ref }) => ({
            id: ref("u.id"),
            questionId: ref("u.qid"),
            type: sql.lit("created"),
            toStatus: sql.lit("new"),
            actorId: ref("u.actor"),
            actorLabel: ref("u.label"),
            data: ref("u.data"),
            createdAt: ref("u.at"),
          }),
        ),
      )
      .with("ee", (qc) =>
        insertSelect(
          qc,
          "EpisodeEvent",
          unnest(
            "u",
            { type: texts(p.types), qid: texts(p.questionIds), payload: texts(p.payloads), at: timestamps(p.eventAt) },
            "n",
          ),
          (eb) => ({
            episodeId: eb.cast<string>(p.episode, "text"),
            // The k-th row (from 1) takes the k-th of the numbers reserved.
            seq: sql<number>`${eb.selectFrom("seq").select("seq.lastSeq")} - ${p.count} + ${eb.ref("u.n")}`,
            type: eb.ref("u.type"),
            questionId: eb.ref("u.qid"),
            payload: eb.ref("u.payload"),
            createdAt: eb.ref("u.at"),
          }),
        ),
      )
      .selectFrom("seq")
      .select("seq.lastSeq"),
);

export async function batchWithPg(pool: pg.Pool, episodeId: string, items: Submission[]): Promise<BatchOutcome> {
  const db = kyselyOf(pool);
  // The reads run side by side on the pool. They need not share the write's transaction: a key
  // another node stores meanwhile makes the write fail on its unique index, and the batch is retried.
  const ext = items.filter((i) => i.input.externalId);
  const devices = [...new Set(items.map((i) => i.input.deviceId).filter((d): d is string => !!d))];
  const phones = [...new Set(items.map((i) => i.input.phone).filter((p): p is string => !!p))];
  const [stored, storedExternal, [episode], recent] = await Promise.all([
    byKey(db, { episodeId, keys: [...new Set(items.map((i) => i.input.clientKey))] }),
    ext.length
      ? byExternal(db, { channels: ext.map((i) => i.ctx.channel), externalIds: ext.map((i) => i.input.externalId!) })
      : [],
    episodeStatus(db, { episodeId }),
    devices.length || phones.length ? recentTexts(db, { episodeId, devices, phones }) : [],
  ]);
  const found: Found = new Map();
  for (const r of stored) found.set(`k:${r.clientKey}`, plainView(r));
  for (const r of storedExternal) found.set(`x:${r.channel}:${r.externalId}`, plainView(r));
  const fresh0 = freshOf(items, found);
  const { fresh, refused, written } = fresh0.length
    ? admit(episode, fresh0)
    : { fresh: fresh0, refused: null, written: false };
  if (!fresh.length) return { events: [], answers: answersFor(items, found, [], []), refused };
  const rows = newRows(episodeId, fresh, recent, { written });
  // The payloads do not carry the sequence numbers: they are known once the write has reserved them.
  const w = writesFor(rows, fresh, 0);
  const ev = w.createdEvents;
  const col = <K extends keyof NewRow>(k: K) => rows.map((r) => r[k]);
  const [{ lastSeq }] = await write(db, {
    episode: episodeId,
    count: rows.length,
    id: col("id"),
    episodeId: col("episodeId"),
    trackingCode: col("trackingCode"),
    clientKey: col("clientKey"),
    channel: col("channel"),
    externalId: col("externalId"),
    deviceId: col("deviceId"),
    askerSecretHash: col("askerSecretHash"),
    text: col("text"),
    summary: col("summary"),
    name: col("name"),
    phone: col("phone"),
    area: col("area"),
    publishName: col("publishName"),
    contactConsent: col("contactConsent"),
    notifyEmail: col("notifyEmail"),
    notifyPhone: col("notifyPhone"),
    notifyToken: col("notifyToken"),
    flags: col("flags"),
    createdById: col("createdById"),
    createdAt: rows.map((r) => pgTime(r.createdAt)),
    updatedAt: rows.map((r) => pgTime(r.updatedAt)),
    eventIds: ev.map((e) => e.id),
    questionIds: ev.map((e) => e.questionId),
    actorIds: ev.map((e) => e.actorId),
    actorLabels: ev.map((e) => e.actorLabel),
    eventData: ev.map((e) => e.data),
    eventAt: ev.map((e) => pgTime(e.createdAt)),
    types: w.events.map((e) => e.type),
    payloads: w.events.map((e) => eventPayload(e.question)),
  });
  w.events.forEach((e, k) => (e.seq = lastSeq - rows.length + 1 + k));
  return { events: w.events, answers: answersFor(items, found, fresh, w.events), refused };
}
