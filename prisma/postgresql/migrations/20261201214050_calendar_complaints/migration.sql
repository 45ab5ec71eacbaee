-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "extendedAt" TIMESTAMP(3),
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "handlingCategory" TEXT,
ADD COLUMN     "originalDeadlineOn" TEXT,
ADD COLUMN     "verification" TEXT NOT NULL DEFAULT 'pending',
ADD COLUMN     "verifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "HolidayYear" (
    "year" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'provisional',
    "source" TEXT NOT NULL DEFAULT '',
    "confirmedById" TEXT,
    "confirmedBy" TEXT,
    "confirmedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HolidayYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "ComplaintHandlingCategory" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "deadlineDays" INTEGER NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplaintHandlingCategory_pkey" PRIMARY KEY ("code")
);

