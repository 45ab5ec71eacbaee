-- AlterTable
ALTER TABLE "User" ADD COLUMN "agency" TEXT;

-- CreateTable
CREATE TABLE "AgencyRecommendation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "agency" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "stageStartedAt" DATETIME NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "agencySlaDays" INTEGER NOT NULL,
    "isWithinSla" BOOLEAN NOT NULL,
    "recordedAt" DATETIME NOT NULL,
    "recordedDay" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    CONSTRAINT "AgencyRecommendation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LicenseType" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "slaDays" INTEGER NOT NULL,
    "tariff" INTEGER NOT NULL,
    "agency" TEXT NOT NULL,
    "isBusiness" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "requirements" TEXT NOT NULL DEFAULT '',
    "procedure" TEXT NOT NULL DEFAULT '',
    "product" TEXT NOT NULL DEFAULT '',
    "complaintHandling" TEXT NOT NULL DEFAULT '',
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "facilities" TEXT NOT NULL DEFAULT '',
    "implementerCompetence" TEXT NOT NULL DEFAULT '',
    "internalSupervision" TEXT NOT NULL DEFAULT '',
    "implementerCount" TEXT NOT NULL DEFAULT '',
    "serviceGuarantee" TEXT NOT NULL DEFAULT '',
    "securityGuarantee" TEXT NOT NULL DEFAULT '',
    "performanceEvaluation" TEXT NOT NULL DEFAULT '',
    "standardPublished" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    "agencySlaDays" INTEGER NOT NULL DEFAULT 5
);
INSERT INTO "new_LicenseType" ("active", "agency", "code", "complaintHandling", "facilities", "id", "implementerCompetence", "implementerCount", "internalSupervision", "isBusiness", "legalBasis", "name", "nameEn", "performanceEvaluation", "procedure", "product", "requirements", "securityGuarantee", "serviceGuarantee", "slaDays", "standardPublished", "tariff", "updatedAt") SELECT "active", "agency", "code", "complaintHandling", "facilities", "id", "implementerCompetence", "implementerCount", "internalSupervision", "isBusiness", "legalBasis", "name", "nameEn", "performanceEvaluation", "procedure", "product", "requirements", "securityGuarantee", "serviceGuarantee", "slaDays", "standardPublished", "tariff", "updatedAt" FROM "LicenseType";
DROP TABLE "LicenseType";
ALTER TABLE "new_LicenseType" RENAME TO "LicenseType";
CREATE UNIQUE INDEX "LicenseType_code_key" ON "LicenseType"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AgencyRecommendation_agency_recordedDay_idx" ON "AgencyRecommendation"("agency", "recordedDay");

-- CreateIndex
CREATE INDEX "AgencyRecommendation_applicationId_recordedAt_idx" ON "AgencyRecommendation"("applicationId", "recordedAt");

