-- CreateTable
CREATE TABLE "HolidayYear" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" TEXT NOT NULL DEFAULT 'provisional',
    "source" TEXT NOT NULL DEFAULT '',
    "confirmedById" TEXT,
    "confirmedBy" TEXT,
    "confirmedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ComplaintHandlingCategory" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "deadlineDays" INTEGER NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Complaint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ticketNo" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "senderName" TEXT,
    "senderPhone" TEXT,
    "senderEmail" TEXT,
    "category" TEXT NOT NULL,
    "applicationNo" TEXT,
    "text" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'new',
    "assigneeId" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "receivedOn" TEXT NOT NULL,
    "deadlineOn" TEXT NOT NULL,
    "handlingCategory" TEXT,
    "originalDeadlineOn" TEXT,
    "extensionReason" TEXT,
    "extendedAt" DATETIME,
    "verification" TEXT NOT NULL DEFAULT 'pending',
    "verifiedAt" DATETIME,
    "firstAnsweredAt" DATETIME,
    "resolvedAt" DATETIME,
    "publicAnswer" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Complaint" ("applicationNo", "assigneeId", "category", "channel", "createdAt", "createdById", "deadlineOn", "firstAnsweredAt", "id", "publicAnswer", "receivedAt", "receivedOn", "resolvedAt", "senderEmail", "senderName", "senderPhone", "sequence", "status", "text", "ticketNo", "updatedAt", "year") SELECT "applicationNo", "assigneeId", "category", "channel", "createdAt", "createdById", "deadlineOn", "firstAnsweredAt", "id", "publicAnswer", "receivedAt", "receivedOn", "resolvedAt", "senderEmail", "senderName", "senderPhone", "sequence", "status", "text", "ticketNo", "updatedAt", "year" FROM "Complaint";
DROP TABLE "Complaint";
ALTER TABLE "new_Complaint" RENAME TO "Complaint";
CREATE UNIQUE INDEX "Complaint_ticketNo_key" ON "Complaint"("ticketNo");
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");
CREATE INDEX "Complaint_status_deadlineOn_idx" ON "Complaint"("status", "deadlineOn");
CREATE UNIQUE INDEX "Complaint_year_sequence_key" ON "Complaint"("year", "sequence");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

