-- AlterTable
ALTER TABLE "User" ADD COLUMN     "agency" TEXT;

-- AlterTable
ALTER TABLE "LicenseType" ADD COLUMN     "agencySlaDays" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "AgencyRecommendation" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "agency" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reason" TEXT,
    "stageStartedAt" TIMESTAMP(3) NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "agencySlaDays" INTEGER NOT NULL,
    "isWithinSla" BOOLEAN NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL,
    "recordedDay" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,

    CONSTRAINT "AgencyRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgencyRecommendation_agency_recordedDay_idx" ON "AgencyRecommendation"("agency", "recordedDay");

-- CreateIndex
CREATE INDEX "AgencyRecommendation_applicationId_recordedAt_idx" ON "AgencyRecommendation"("applicationId", "recordedAt");

-- AddForeignKey
ALTER TABLE "AgencyRecommendation" ADD CONSTRAINT "AgencyRecommendation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

