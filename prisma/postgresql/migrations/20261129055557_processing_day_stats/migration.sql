-- CreateTable
CREATE TABLE "ProcessingDayStat" (
    "day" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "processingDays" INTEGER NOT NULL,
    "isOnTime" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ProcessingDayStat_pkey" PRIMARY KEY ("day","licenseTypeId","processingDays","isOnTime")
);

-- CreateTable
CREATE TABLE "ProcessingStageDayStat" (
    "day" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ProcessingStageDayStat_pkey" PRIMARY KEY ("day","licenseTypeId","stage","durationDays")
);

