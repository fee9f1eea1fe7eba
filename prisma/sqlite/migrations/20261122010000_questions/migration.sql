-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "episodeId" TEXT NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "clientKey" TEXT,
    "channel" TEXT NOT NULL,
    "externalId" TEXT,
    "deviceId" TEXT,
    "text" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "area" TEXT NOT NULL DEFAULT '',
    "publishName" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'new',
    "rejectReason" TEXT,
    "rejectNote" TEXT NOT NULL DEFAULT '',
    "mergedIntoId" TEXT,
    "agencyId" TEXT,
    "topics" TEXT NOT NULL DEFAULT '[]',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "flags" TEXT NOT NULL DEFAULT '[]',
    "studioOrder" REAL,
    "answeredBy" TEXT NOT NULL DEFAULT '',
    "votes" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Question_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Question" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QuestionEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "data" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QuestionEvent_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EpisodeEvent" (
    "episodeId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("episodeId", "seq"),
    CONSTRAINT "EpisodeEvent_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IntegrationToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Vote" (
    "questionId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("questionId", "deviceId"),
    CONSTRAINT "Vote_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Episode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seriesId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "leadCommitteeId" TEXT NOT NULL,
    "relatedResolutions" TEXT NOT NULL DEFAULT '[]',
    "startsAt" DATETIME NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "status" TEXT NOT NULL DEFAULT 'planned',
    "hotlines" TEXT NOT NULL DEFAULT '[]',
    "surveyReportText" TEXT NOT NULL DEFAULT '',
    "surveyFileName" TEXT,
    "surveyFileStored" TEXT,
    "surveyFileType" TEXT,
    "surveyFileSize" INTEGER,
    "publicBoard" BOOLEAN NOT NULL DEFAULT true,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Episode_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Episode_leadCommitteeId_fkey" FOREIGN KEY ("leadCommitteeId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Episode" ("createdAt", "durationMinutes", "hotlines", "id", "leadCommitteeId", "relatedResolutions", "seriesId", "startsAt", "status", "summary", "surveyFileName", "surveyFileSize", "surveyFileStored", "surveyFileType", "surveyReportText", "topic", "updatedAt") SELECT "createdAt", "durationMinutes", "hotlines", "id", "leadCommitteeId", "relatedResolutions", "seriesId", "startsAt", "status", "summary", "surveyFileName", "surveyFileSize", "surveyFileStored", "surveyFileType", "surveyReportText", "topic", "updatedAt" FROM "Episode";
DROP TABLE "Episode";
ALTER TABLE "new_Episode" RENAME TO "Episode";
CREATE INDEX "Episode_startsAt_idx" ON "Episode"("startsAt");
CREATE INDEX "Episode_status_idx" ON "Episode"("status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Question_trackingCode_key" ON "Question"("trackingCode");

-- CreateIndex
CREATE INDEX "Question_episodeId_status_idx" ON "Question"("episodeId", "status");

-- CreateIndex
CREATE INDEX "Question_episodeId_createdAt_idx" ON "Question"("episodeId", "createdAt");

-- CreateIndex
CREATE INDEX "Question_mergedIntoId_idx" ON "Question"("mergedIntoId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_episodeId_clientKey_key" ON "Question"("episodeId", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Question_channel_externalId_key" ON "Question"("channel", "externalId");

-- CreateIndex
CREATE INDEX "QuestionEvent_questionId_createdAt_idx" ON "QuestionEvent"("questionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationToken_tokenHash_key" ON "IntegrationToken"("tokenHash");

