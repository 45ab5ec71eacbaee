-- AlterTable
ALTER TABLE "LicenseType" ADD COLUMN     "facilities" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "implementerCompetence" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "implementerCount" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "internalSupervision" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "performanceEvaluation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "securityGuarantee" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "serviceGuarantee" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "buildingValue" BIGINT,
ADD COLUMN     "landValue" BIGINT,
ADD COLUMN     "scaleBasis" TEXT;

-- CreateTable
CREATE TABLE "LkpmDeadlineOverride" (
    "periodKey" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "periodKind" TEXT NOT NULL,
    "periodNumber" INTEGER NOT NULL,
    "deadline" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LkpmDeadlineOverride_pkey" PRIMARY KEY ("periodKey")
);

