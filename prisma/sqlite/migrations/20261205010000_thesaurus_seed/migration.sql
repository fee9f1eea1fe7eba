-- The thesaurus's seed reaches databases that already have one (issue 21): each seed row knows its
-- group (seedKey) and the words it was last seeded with (seedHash); the server reconciles the rows with
-- the seed list at start (app/features/questions/duplicates/thesaurus-seed.server.ts).
-- AlterTable
ALTER TABLE "ThesaurusEntry" ADD COLUMN "seedHash" TEXT;
ALTER TABLE "ThesaurusEntry" ADD COLUMN "seedKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ThesaurusEntry_seedKey_key" ON "ThesaurusEntry"("seedKey");
