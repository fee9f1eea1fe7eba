-- The notice's editable sentence opening its tasks (issue 18).
-- AlterTable
ALTER TABLE "Notice" ADD COLUMN "tasksIntro" TEXT NOT NULL DEFAULT '';
