-- The asker's secret (issue 16, item 12): only its SHA-256 hash is kept. Questions taken before
-- have none (NULL); their askers are proven by the device that asked (Question.deviceId).
-- The asker's withdrawal of their personal data (Decree 13/2023).
-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "askerSecretHash" TEXT,
ADD COLUMN     "personalDataWithdrawnAt" TIMESTAMP(3);
