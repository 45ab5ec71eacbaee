-- AlterTable
ALTER TABLE "User" ADD COLUMN "attendancePin" TEXT;

-- CreateTable
CREATE TABLE "AttendancePunch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "day" TEXT NOT NULL,
    "verifyMode" INTEGER,
    "inOut" INTEGER,
    "source" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AttendancePunch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AttendanceLeave" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fromDay" TEXT NOT NULL,
    "toDay" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AttendanceLeave_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AttendancePunch_day_idx" ON "AttendancePunch"("day");

-- CreateIndex
CREATE UNIQUE INDEX "AttendancePunch_userId_at_key" ON "AttendancePunch"("userId", "at");

-- CreateIndex
CREATE INDEX "AttendanceLeave_userId_fromDay_idx" ON "AttendanceLeave"("userId", "fromDay");

-- CreateIndex
CREATE UNIQUE INDEX "User_attendancePin_key" ON "User"("attendancePin");

