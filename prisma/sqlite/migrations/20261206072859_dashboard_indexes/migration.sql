-- DropIndex
DROP INDEX "Application_open_files_idx";

-- DropIndex
DROP INDEX "Application_isFeeDiscrepant_finishedDay_idx";

-- CreateIndex
CREATE INDEX "Application_open_files_idx" ON "Application"("status", "dueDate", "pausedSince", "clockStartDay", "pausedDays", "licenseTypeId", "kecamatanCode", "currentStage", "registrationNo");

-- CreateIndex
CREATE INDEX "Application_isFeeDiscrepant_finishedDay_licenseTypeId_kecamatanCode_idx" ON "Application"("isFeeDiscrepant", "finishedDay", "licenseTypeId", "kecamatanCode");

