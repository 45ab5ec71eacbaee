-- AlterTable
ALTER TABLE "Application" ADD COLUMN "nib" TEXT;

-- CreateTable
CREATE TABLE "OssProject" (
    "idProyek" TEXT NOT NULL PRIMARY KEY,
    "nib" TEXT NOT NULL,
    "npwp" TEXT,
    "companyName" TEXT NOT NULL,
    "companyKind" TEXT,
    "issuedOn" TEXT NOT NULL,
    "submittedOn" TEXT,
    "originText" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "riskLevel" TEXT,
    "ossScale" TEXT,
    "scale" TEXT NOT NULL,
    "scaleBasis" TEXT NOT NULL,
    "kabKota" TEXT,
    "kecamatanName" TEXT,
    "kelurahanName" TEXT,
    "kecamatanCode" TEXT,
    "kelurahanCode" TEXT,
    "latitude" TEXT,
    "longitude" TEXT,
    "kbli" TEXT NOT NULL,
    "kbliTitle" TEXT,
    "kbliVersion" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "sectorGroup" TEXT NOT NULL,
    "sectorMinistry" TEXT,
    "landArea" TEXT,
    "currency" TEXT NOT NULL,
    "exchangeRate" TEXT,
    "investmentOriginalAmount" TEXT,
    "investmentValue" BIGINT NOT NULL,
    "machineryValue" BIGINT,
    "importedMachineryValue" BIGINT,
    "landValue" BIGINT,
    "buildingValue" BIGINT,
    "workingCapital" BIGINT,
    "otherValue" BIGINT,
    "workers" INTEGER NOT NULL,
    "applicationId" TEXT,
    "linkBasis" TEXT,
    "importId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OssImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fileName" TEXT,
    "format" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "updated" INTEGER NOT NULL,
    "unchanged" INTEGER NOT NULL,
    "linked" INTEGER NOT NULL,
    "missingHeaders" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "importedById" TEXT,
    "importedBy" TEXT NOT NULL,
    "undoneAt" DATETIME,
    "undoneById" TEXT,
    "undoneBy" TEXT
);

-- CreateTable
CREATE TABLE "OssProjectRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "importId" TEXT NOT NULL,
    "idProyek" TEXT NOT NULL,
    "previous" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "OssProject_applicationId_key" ON "OssProject"("applicationId");

-- CreateIndex
CREATE INDEX "OssProject_issuedOn_idx" ON "OssProject"("issuedOn");

-- CreateIndex
CREATE INDEX "OssProject_nib_idx" ON "OssProject"("nib");

-- CreateIndex
CREATE INDEX "OssProject_importId_idx" ON "OssProject"("importId");

-- CreateIndex
CREATE INDEX "OssImport_importedAt_idx" ON "OssImport"("importedAt");

-- CreateIndex
CREATE UNIQUE INDEX "OssProjectRevision_importId_idProyek_key" ON "OssProjectRevision"("importId", "idProyek");

-- CreateIndex
CREATE INDEX "Application_nib_idx" ON "Application"("nib");

