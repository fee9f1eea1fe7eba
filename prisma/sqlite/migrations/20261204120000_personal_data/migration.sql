-- The asker's consent to be contacted by the agency answering (Decree 13/2023/NĐ-CP, docs/PRIVACY.md).
-- Questions asked before have no recorded consent: false, so agencies do not see their askers.
-- AlterTable
ALTER TABLE "Question" ADD COLUMN "contactConsent" BOOLEAN NOT NULL DEFAULT false;
