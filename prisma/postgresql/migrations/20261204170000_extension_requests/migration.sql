-- An agency's request for more time, decided by the lead Ban (issue 19).
-- AlterTable
ALTER TABLE "DeadlineExtension" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'approved';
ALTER TABLE "DeadlineExtension" ADD COLUMN "requestedById" TEXT;
ALTER TABLE "DeadlineExtension" ADD COLUMN "decidedAt" TIMESTAMP(3);
ALTER TABLE "DeadlineExtension" ADD COLUMN "decisionNote" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "DeadlineExtension_status_idx" ON "DeadlineExtension"("status");
