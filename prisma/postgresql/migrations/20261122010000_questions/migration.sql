-- AlterTable
ALTER TABLE "Episode" ADD COLUMN     "lastSeq" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "publicBoard" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
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
    "studioOrder" DOUBLE PRECISION,
    "answeredBy" TEXT NOT NULL DEFAULT '',
    "votes" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionEvent" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "data" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EpisodeEvent" (
    "episodeId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EpisodeEvent_pkey" PRIMARY KEY ("episodeId","seq")
);

-- CreateTable
CREATE TABLE "IntegrationToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "IntegrationToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "questionId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("questionId","deviceId")
);

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

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Question"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionEvent" ADD CONSTRAINT "QuestionEvent_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EpisodeEvent" ADD CONSTRAINT "EpisodeEvent_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

