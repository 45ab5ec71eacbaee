-- CreateTable
CREATE TABLE "BulkWriteSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pid" INTEGER NOT NULL,
    "host" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "days" TEXT NOT NULL DEFAULT '[]',
    "startedAt" DATETIME NOT NULL,
    "heartbeatAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "BulkWriteJournal" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sessionId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "previous" TEXT
);

-- CreateIndex
CREATE INDEX "BulkWriteJournal_sessionId_id_idx" ON "BulkWriteJournal"("sessionId", "id");

