-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "episodeId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "number" TEXT,
    "issuedAt" DATETIME,
    "place" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "grounds" TEXT NOT NULL DEFAULT '',
    "conclusions" TEXT NOT NULL DEFAULT '',
    "signerName" TEXT NOT NULL DEFAULT '',
    "signerTitle" TEXT NOT NULL DEFAULT '',
    "signerOnBehalf" TEXT NOT NULL DEFAULT '',
    "recipients" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Notice_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NoticeAmendment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "noticeId" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NoticeAmendment_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "noticeId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "content" TEXT NOT NULL,
    "leadAgencyId" TEXT NOT NULL,
    "coordinating" TEXT NOT NULL DEFAULT '[]',
    "dueAt" DATETIME,
    "originalDueAt" DATETIME,
    "completedAt" DATETIME,
    "completedById" TEXT,
    "closedAt" DATETIME,
    "closedReason" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Task_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "Notice" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Task_leadAgencyId_fkey" FOREIGN KEY ("leadAgencyId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "reviewNote" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "submittedAt" DATETIME,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "publishedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Answer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Answer_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Organization" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "taskId" TEXT,
    "questionId" TEXT,
    "agencyId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "percent" INTEGER NOT NULL DEFAULT 0,
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProgressReport_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DeadlineExtension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "taskId" TEXT,
    "questionId" TEXT,
    "fromDate" DATETIME,
    "toDate" DATETIME NOT NULL,
    "reason" TEXT NOT NULL,
    "actorLabel" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DeadlineExtension_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "taskId" TEXT,
    "questionId" TEXT,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "actorLabel" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailedAt" DATETIME,
    "emailError" TEXT
);

-- CreateTable
CREATE TABLE "InboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT NOT NULL DEFAULT '',
    "reminderId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    CONSTRAINT "InboxMessage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Rating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "satisfied" BOOLEAN NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Rating_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
INSERT INTO "new_Question" ("agencyId", "answeredBy", "area", "channel", "clientKey", "createdAt", "createdById", "deviceId", "episodeId", "externalId", "flags", "id", "mergedIntoId", "name", "phone", "priority", "publishName", "rejectNote", "rejectReason", "status", "studioOrder", "summary", "text", "topics", "trackingCode", "updatedAt", "version", "votes") SELECT "agencyId", "answeredBy", "area", "channel", "clientKey", "createdAt", "createdById", "deviceId", "episodeId", "externalId", "flags", "id", "mergedIntoId", "name", "phone", "priority", "publishName", "rejectNote", "rejectReason", "status", "studioOrder", "summary", "text", "topics", "trackingCode", "updatedAt", "version", "votes" FROM "Question";
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
CREATE UNIQUE INDEX "Notice_episodeId_key" ON "Notice"("episodeId");

-- CreateIndex
CREATE INDEX "NoticeAmendment_noticeId_idx" ON "NoticeAmendment"("noticeId");

-- CreateIndex
CREATE INDEX "Task_leadAgencyId_idx" ON "Task"("leadAgencyId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_questionId_key" ON "Answer"("questionId");

-- CreateIndex
CREATE INDEX "ProgressReport_taskId_idx" ON "ProgressReport"("taskId");

-- CreateIndex
CREATE INDEX "ProgressReport_questionId_idx" ON "ProgressReport"("questionId");

-- CreateIndex
CREATE INDEX "DeadlineExtension_taskId_idx" ON "DeadlineExtension"("taskId");

-- CreateIndex
CREATE INDEX "DeadlineExtension_questionId_idx" ON "DeadlineExtension"("questionId");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_key_key" ON "Reminder"("key");

-- CreateIndex
CREATE INDEX "Reminder_agencyId_idx" ON "Reminder"("agencyId");

-- CreateIndex
CREATE INDEX "InboxMessage_organizationId_createdAt_idx" ON "InboxMessage"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Rating_trackingCode_key" ON "Rating"("trackingCode");

-- CreateIndex
CREATE INDEX "Rating_questionId_idx" ON "Rating"("questionId");

