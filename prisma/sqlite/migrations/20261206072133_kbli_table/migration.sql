-- CreateTable
CREATE TABLE "KbliCode" (
    "version" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    PRIMARY KEY ("version", "code")
);

-- CreateTable
CREATE TABLE "KbliTable" (
    "version" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "codeCount" INTEGER NOT NULL,
    "importedById" TEXT,
    "importedBy" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL
);

