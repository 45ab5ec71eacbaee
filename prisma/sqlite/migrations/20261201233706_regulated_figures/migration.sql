-- AlterTable
ALTER TABLE "Application" ADD COLUMN "buildingValue" BIGINT;
ALTER TABLE "Application" ADD COLUMN "landValue" BIGINT;
ALTER TABLE "Application" ADD COLUMN "scaleBasis" TEXT;

-- CreateTable
CREATE TABLE "LkpmDeadlineOverride" (
    "periodKey" TEXT NOT NULL PRIMARY KEY,
    "year" INTEGER NOT NULL,
    "periodKind" TEXT NOT NULL,
    "periodNumber" INTEGER NOT NULL,
    "deadline" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL
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
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_LicenseType" ("active", "agency", "code", "complaintHandling", "id", "isBusiness", "legalBasis", "name", "nameEn", "procedure", "product", "requirements", "slaDays", "standardPublished", "tariff", "updatedAt") SELECT "active", "agency", "code", "complaintHandling", "id", "isBusiness", "legalBasis", "name", "nameEn", "procedure", "product", "requirements", "slaDays", "standardPublished", "tariff", "updatedAt" FROM "LicenseType";
DROP TABLE "LicenseType";
ALTER TABLE "new_LicenseType" RENAME TO "LicenseType";
CREATE UNIQUE INDEX "LicenseType_code_key" ON "LicenseType"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

