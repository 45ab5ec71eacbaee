-- DropIndex
DROP INDEX "Application_currentStage_status_licenseTypeId_idx";

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "stagePauses" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "stageStartDay" TEXT,
ADD COLUMN     "stageStartedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Application_stage_files_idx" ON "Application"("currentStage", "status", "licenseTypeId", "stagePauses", "stageStartDay", "stageStartedAt", "registrationNo");


-- Filled for the open files, the only ones read ("who has the ball"), and writers keep them for every file.
UPDATE "Application" a SET "stageStartedAt" = (
  SELECT MAX(e."at") FROM "ApplicationEvent" e
  WHERE e."applicationId" = a."id" AND e."kind" = 'stage' AND e."stage" = a."currentStage")
WHERE a."status" IN ('in_process', 'returned');
UPDATE "Application" a SET
  "stageStartDay" = to_char(a."stageStartedAt" + interval '7 hours', 'YYYY-MM-DD'),
  "stagePauses" = (SELECT COUNT(*) FROM "ApplicationEvent" e
    WHERE e."applicationId" = a."id" AND e."kind" = 'pause' AND e."at" >= a."stageStartedAt")
WHERE a."status" IN ('in_process', 'returned') AND a."stageStartedAt" IS NOT NULL;
