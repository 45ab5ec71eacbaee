-- The current stage's start and the returns since (issue 15): added columns (no table rebuild at 1M rows), then
-- filled for the open files, the only ones read ("who has the ball"), and writers keep them for every file.
DROP INDEX "Application_currentStage_status_licenseTypeId_idx";
ALTER TABLE "Application" ADD COLUMN "stageStartedAt" DATETIME;
ALTER TABLE "Application" ADD COLUMN "stageStartDay" TEXT;
ALTER TABLE "Application" ADD COLUMN "stagePauses" INTEGER NOT NULL DEFAULT 0;

UPDATE "Application" SET "stageStartedAt" = (
  SELECT MAX(e."at") FROM "ApplicationEvent" e
  WHERE e."applicationId" = "Application"."id" AND e."kind" = 'stage' AND e."stage" = "Application"."currentStage")
WHERE "status" IN ('in_process', 'returned');
UPDATE "Application" SET
  "stageStartDay" = date(substr("stageStartedAt", 1, 19), '+7 hours'),
  "stagePauses" = (SELECT COUNT(*) FROM "ApplicationEvent" e
    WHERE e."applicationId" = "Application"."id" AND e."kind" = 'pause' AND e."at" >= "Application"."stageStartedAt")
WHERE "status" IN ('in_process', 'returned') AND "stageStartedAt" IS NOT NULL;

CREATE INDEX "Application_stage_files_idx" ON "Application"("currentStage", "status", "licenseTypeId", "stagePauses", "stageStartDay", "stageStartedAt", "registrationNo");
