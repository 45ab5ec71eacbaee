-- CreateTable
CREATE TABLE "BulkWriteSession" (
    "id" TEXT NOT NULL,
    "pid" INTEGER NOT NULL,
    "host" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "days" TEXT NOT NULL DEFAULT '[]',
    "startedAt" TIMESTAMP(3) NOT NULL,
    "heartbeatAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BulkWriteSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkWriteJournal" (
    "id" SERIAL NOT NULL,
    "sessionId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "previous" TEXT,

    CONSTRAINT "BulkWriteJournal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BulkWriteJournal_sessionId_id_idx" ON "BulkWriteJournal"("sessionId", "id");

