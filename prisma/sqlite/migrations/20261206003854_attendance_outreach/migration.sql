-- AlterTable
ALTER TABLE "User" ADD COLUMN "unit" TEXT;

-- AlterTable
ALTER TABLE "AttendancePunch" ADD COLUMN "importId" TEXT;

-- CreateTable
CREATE TABLE "AttendanceImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contentHash" TEXT NOT NULL,
    "fileName" TEXT,
    "format" TEXT NOT NULL,
    "punchCount" INTEGER NOT NULL,
    "added" INTEGER NOT NULL,
    "duplicates" INTEGER NOT NULL,
    "unknownPins" TEXT NOT NULL,
    "firstDay" TEXT NOT NULL,
    "lastDay" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "importedById" TEXT,
    "importedBy" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "CounterAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "counterId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "fromDay" TEXT NOT NULL,
    "toDay" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CounterAssignment_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Counter" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CounterAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutreachCampaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "startDay" TEXT NOT NULL,
    "endDay" TEXT NOT NULL,
    "kecamatanCode" TEXT,
    "topic" TEXT NOT NULL,
    "licenseTypeId" INTEGER,
    "cost" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "AttendanceImport_importedAt_idx" ON "AttendanceImport"("importedAt");

-- CreateIndex
CREATE INDEX "AttendanceImport_contentHash_idx" ON "AttendanceImport"("contentHash");

-- CreateIndex
CREATE INDEX "CounterAssignment_counterId_fromDay_idx" ON "CounterAssignment"("counterId", "fromDay");

-- CreateIndex
CREATE INDEX "CounterAssignment_userId_idx" ON "CounterAssignment"("userId");

-- CreateIndex
CREATE INDEX "OutreachCampaign_startDay_idx" ON "OutreachCampaign"("startDay");

