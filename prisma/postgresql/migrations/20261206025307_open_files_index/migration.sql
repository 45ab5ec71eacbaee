-- DropIndex
DROP INDEX "Application_status_dueDate_idx";

-- CreateIndex
CREATE INDEX "Application_open_files_idx" ON "Application"("status", "dueDate", "pausedSince", "clockStartDay", "pausedDays", "licenseTypeId", "kecamatanCode");

-- CreateIndex
CREATE INDEX "Application_status_investmentValue_idx" ON "Application"("status", "investmentValue");

