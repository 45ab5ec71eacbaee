-- AlterTable
ALTER TABLE "ApplicationEvent" ADD COLUMN "durationDays" INTEGER;
ALTER TABLE "ApplicationEvent" ADD COLUMN "finishedDay" TEXT;
ALTER TABLE "ApplicationEvent" ADD COLUMN "licenseTypeId" INTEGER;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registrationNo" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "applicantName" TEXT,
    "applicantKind" TEXT NOT NULL,
    "kecamatanCode" TEXT,
    "kelurahanCode" TEXT,
    "submittedAt" DATETIME NOT NULL,
    "fileCompleteAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "status" TEXT NOT NULL,
    "currentStage" TEXT NOT NULL,
    "outcomeReason" TEXT,
    "counterId" INTEGER,
    "officerId" TEXT,
    "feeCharged" INTEGER,
    "slaDays" INTEGER NOT NULL,
    "investmentValue" BIGINT,
    "investmentCurrency" TEXT,
    "investmentOriginalAmount" TEXT,
    "exchangeRate" TEXT,
    "workersLocal" INTEGER,
    "workersForeign" INTEGER,
    "kbli" TEXT,
    "kbliVersion" TEXT,
    "sector" TEXT,
    "sectorGroup" TEXT,
    "origin" TEXT,
    "scale" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "clockStartDay" TEXT NOT NULL,
    "finishedDay" TEXT,
    "dueDate" TEXT NOT NULL,
    "pausedDays" INTEGER NOT NULL DEFAULT 0,
    "pausedSince" TEXT,
    "processingDays" INTEGER,
    "isOnTime" BOOLEAN,
    "tariff" INTEGER,
    "isFeeDiscrepant" BOOLEAN NOT NULL DEFAULT false
);
INSERT INTO "new_Application" ("applicantKind", "applicantName", "counterId", "createdAt", "currentStage", "exchangeRate", "feeCharged", "fileCompleteAt", "finishedAt", "id", "investmentCurrency", "investmentOriginalAmount", "investmentValue", "kbli", "kbliVersion", "kecamatanCode", "kelurahanCode", "licenseTypeId", "officerId", "origin", "outcomeReason", "registrationNo", "scale", "sector", "sectorGroup", "slaDays", "status", "submittedAt", "updatedAt", "workersForeign", "workersLocal") SELECT "applicantKind", "applicantName", "counterId", "createdAt", "currentStage", "exchangeRate", "feeCharged", "fileCompleteAt", "finishedAt", "id", "investmentCurrency", "investmentOriginalAmount", "investmentValue", "kbli", "kbliVersion", "kecamatanCode", "kelurahanCode", "licenseTypeId", "officerId", "origin", "outcomeReason", "registrationNo", "scale", "sector", "sectorGroup", "slaDays", "status", "submittedAt", "updatedAt", "workersForeign", "workersLocal" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE UNIQUE INDEX "Application_registrationNo_key" ON "Application"("registrationNo");
CREATE INDEX "Application_finishedAt_idx" ON "Application"("finishedAt");
CREATE INDEX "Application_status_dueDate_idx" ON "Application"("status", "dueDate");
CREATE INDEX "Application_licenseTypeId_finishedAt_idx" ON "Application"("licenseTypeId", "finishedAt");
CREATE INDEX "Application_submittedAt_idx" ON "Application"("submittedAt");
CREATE INDEX "Application_finishedDay_licenseTypeId_processingDays_isOnTime_idx" ON "Application"("finishedDay", "licenseTypeId", "processingDays", "isOnTime");
CREATE INDEX "Application_isFeeDiscrepant_finishedDay_idx" ON "Application"("isFeeDiscrepant", "finishedDay");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ApplicationEvent_finishedDay_stage_durationDays_idx" ON "ApplicationEvent"("finishedDay", "stage", "durationDays");

