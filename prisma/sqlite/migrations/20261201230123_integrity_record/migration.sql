-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN "importId" TEXT;

-- CreateTable
CREATE TABLE "ResponseImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contentHash" TEXT NOT NULL,
    "activeHash" TEXT,
    "fileName" TEXT,
    "rowCount" INTEGER NOT NULL,
    "firstDay" TEXT NOT NULL,
    "lastDay" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL,
    "importedById" TEXT,
    "importedBy" TEXT NOT NULL,
    "undoneAt" DATETIME,
    "undoneById" TEXT,
    "undoneBy" TEXT
);

-- CreateTable
CREATE TABLE "PublishedSnapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "publishedById" TEXT,
    "publishedBy" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ResponseImport_activeHash_key" ON "ResponseImport"("activeHash");

-- CreateIndex
CREATE INDEX "ResponseImport_contentHash_idx" ON "ResponseImport"("contentHash");

-- CreateIndex
CREATE INDEX "ResponseImport_importedAt_idx" ON "ResponseImport"("importedAt");

-- CreateIndex
CREATE INDEX "PublishedSnapshot_kind_publishedAt_idx" ON "PublishedSnapshot"("kind", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedSnapshot_kind_subject_version_key" ON "PublishedSnapshot"("kind", "subject", "version");

-- CreateIndex
CREATE INDEX "SurveyResponse_importId_idx" ON "SurveyResponse"("importId");

