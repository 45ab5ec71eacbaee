-- CreateIndex
CREATE INDEX "Application_currentStage_status_licenseTypeId_idx" ON "Application"("currentStage", "status", "licenseTypeId");

