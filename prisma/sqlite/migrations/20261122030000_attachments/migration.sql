-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerType" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "stored" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Question" (
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
    "airSummary" TEXT NOT NULL DEFAULT '',
    "votes" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "taskId" TEXT,
    "dueAt" DATETIME,
    "originalDueAt" DATETIME,
    "completedAt" DATETIME,
    "closedAt" DATETIME,
    "closedReason" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Question_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Question" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Question" ("agencyId", "answeredBy", "area", "channel", "clientKey", "closedAt", "closedReason", "completedAt", "createdAt", "createdById", "deviceId", "dueAt", "episodeId", "externalId", "flags", "id", "mergedIntoId", "name", "originalDueAt", "phone", "priority", "publishName", "rejectNote", "rejectReason", "status", "studioOrder", "summary", "taskId", "text", "topics", "trackingCode", "updatedAt", "version", "votes") SELECT "agencyId", "answeredBy", "area", "channel", "clientKey", "closedAt", "closedReason", "completedAt", "createdAt", "createdById", "deviceId", "dueAt", "episodeId", "externalId", "flags", "id", "mergedIntoId", "name", "originalDueAt", "phone", "priority", "publishName", "rejectNote", "rejectReason", "status", "studioOrder", "summary", "taskId", "text", "topics", "trackingCode", "updatedAt", "version", "votes" FROM "Question";
DROP TABLE "Question";
ALTER TABLE "new_Question" RENAME TO "Question";
CREATE UNIQUE INDEX "Question_trackingCode_key" ON "Question"("trackingCode");
CREATE INDEX "Question_episodeId_status_idx" ON "Question"("episodeId", "status");
CREATE INDEX "Question_episodeId_createdAt_idx" ON "Question"("episodeId", "createdAt");
CREATE INDEX "Question_mergedIntoId_idx" ON "Question"("mergedIntoId");
CREATE UNIQUE INDEX "Question_episodeId_clientKey_key" ON "Question"("episodeId", "clientKey");
CREATE UNIQUE INDEX "Question_channel_externalId_key" ON "Question"("channel", "externalId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Attachment_ownerType_ownerId_idx" ON "Attachment"("ownerType", "ownerId");

