/**
 * The PostgreSQL tables the intake path queries without the ORM, for Kysely:
 * column for column as prisma/postgresql/schema.prisma and its migrations
 * make them (quoted camelCase identifiers). A column added to these tables
 * in a migration belongs here too; one the ORM alone uses may be left out
 * only if it has a default, since the typed inserts check required columns.
 *
 * ColumnType<Select, Insert, Update>: a column with a database default
 * (DEFAULT, or NULL for a nullable one) is optional on insert.
 */
import type { ColumnType, Generated } from "kysely";

/**
 * TIMESTAMP(3) without time zone, holding UTC. Written as UTC text
 * ("2026-01-02T03:04:05.678", see utcTimes in pg-db.server.ts) and read
 * as UTC text (utc()): the pg driver would turn a Date into, and a bare
 * value back from, the process's local time.
 */
export type Timestamp = ColumnType<Date, string, string>;
/** A TIMESTAMP(3) column with DEFAULT CURRENT_TIMESTAMP. */
export type TimestampDefault = ColumnType<Date, string | undefined, string>;
/** A nullable TIMESTAMP(3) column. */
export type TimestampNull = ColumnType<Date | null, string | null | undefined, string | null>;

export interface OrganizationTable {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: string;
  parentId: string | null;
  email: string | null;
  phone: string | null;
  keywords: Generated<string>;
  active: Generated<boolean>;
  createdAt: TimestampDefault;
  updatedAt: Timestamp;
}

export interface EpisodeTable {
  id: string;
  seriesId: string;
  topic: string;
  summary: Generated<string>;
  leadCommitteeId: string;
  relatedResolutions: Generated<string>;
  startsAt: Timestamp;
  durationMinutes: Generated<number>;
  status: Generated<string>;
  hotlines: Generated<string>;
  surveyReportText: Generated<string>;
  surveyFileName: string | null;
  surveyFileStored: string | null;
  surveyFileType: string | null;
  surveyFileSize: number | null;
  publicBoard: Generated<boolean>;
  lastSeq: Generated<number>;
  createdAt: TimestampDefault;
  updatedAt: Timestamp;
}

export interface QuestionTable {
  id: string;
  episodeId: string;
  trackingCode: string;
  clientKey: string | null;
  channel: string;
  externalId: string | null;
  deviceId: string | null;
  askerSecretHash: string | null;
  personalDataWithdrawnAt: TimestampNull;
  text: string;
  summary: string;
  name: Generated<string>;
  phone: Generated<string>;
  area: Generated<string>;
  publishName: Generated<boolean>;
  contactConsent: Generated<boolean>;
  notifyEmail: Generated<string>;
  notifyPhone: Generated<boolean>;
  notifyToken: string | null;
  status: Generated<string>;
  rejectReason: string | null;
  rejectNote: Generated<string>;
  mergedIntoId: string | null;
  agencyId: string | null;
  topics: Generated<string>;
  priority: Generated<number>;
  flags: Generated<string>;
  /** DOUBLE PRECISION */
  studioOrder: number | null;
  answeredBy: Generated<string>;
  airSummary: Generated<string>;
  votes: Generated<number>;
  version: Generated<number>;
  createdById: string | null;
  taskId: string | null;
  dueAt: TimestampNull;
  originalDueAt: TimestampNull;
  completedAt: TimestampNull;
  closedAt: TimestampNull;
  closedReason: Generated<string>;
  createdAt: TimestampDefault;
  updatedAt: Timestamp;
}

export interface QuestionEventTable {
  id: string;
  questionId: string;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  actorId: string | null;
  actorLabel: string;
  data: Generated<string>;
  createdAt: TimestampDefault;
}

export interface EpisodeEventTable {
  episodeId: string;
  seq: number;
  type: string;
  questionId: string;
  payload: string;
  createdAt: TimestampDefault;
}

export interface Database {
  Organization: OrganizationTable;
  Episode: EpisodeTable;
  Question: QuestionTable;
  QuestionEvent: QuestionEventTable;
  EpisodeEvent: EpisodeEventTable;
}
