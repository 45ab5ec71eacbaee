-- CreateTable
CREATE TABLE "KbliCode" (
    "version" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "KbliCode_pkey" PRIMARY KEY ("version","code")
);

-- CreateTable
CREATE TABLE "KbliTable" (
    "version" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "codeCount" INTEGER NOT NULL,
    "importedById" TEXT,
    "importedBy" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KbliTable_pkey" PRIMARY KEY ("version")
);

