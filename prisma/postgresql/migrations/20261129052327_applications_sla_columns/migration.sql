-- DropIndex
DROP INDEX "Application_status_idx";

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "clockStartDay" TEXT NOT NULL,
ADD COLUMN     "dueDate" TEXT NOT NULL,
ADD COLUMN     "finishedDay" TEXT,
ADD COLUMN     "isFeeDiscrepant" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "isOnTime" BOOLEAN,
ADD COLUMN     "pausedDays" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pausedSince" TEXT,
ADD COLUMN     "processingDays" INTEGER,
ADD COLUMN     "tariff" INTEGER;

-- AlterTable
ALTER TABLE "ApplicationEvent" ADD COLUMN     "durationDays" INTEGER,
ADD COLUMN     "finishedDay" TEXT,
ADD COLUMN     "licenseTypeId" INTEGER;

-- CreateIndex
CREATE INDEX "Application_status_dueDate_idx" ON "Application"("status", "dueDate");

-- CreateIndex
CREATE INDEX "Application_finishedDay_licenseTypeId_processingDays_isOnTi_idx" ON "Application"("finishedDay", "licenseTypeId", "processingDays", "isOnTime");

-- CreateIndex
CREATE INDEX "Application_isFeeDiscrepant_finishedDay_idx" ON "Application"("isFeeDiscrepant", "finishedDay");

-- CreateIndex
CREATE INDEX "ApplicationEvent_finishedDay_stage_durationDays_idx" ON "ApplicationEvent"("finishedDay", "stage", "durationDays");

