-- CreateTable
CREATE TABLE "ProcessingMonthStat" (
    "month" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "processingDays" INTEGER NOT NULL,
    "isOnTime" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,
    "issued" INTEGER NOT NULL,

    PRIMARY KEY ("month", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime")
);

-- CreateTable
CREATE TABLE "ProcessingStageMonthStat" (
    "month" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("month", "licenseTypeId", "kecamatanCode", "stage", "durationDays")
);

-- CreateTable
CREATE TABLE "InvestmentMonthStat" (
    "month" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "sectorGroup" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "scale" TEXT NOT NULL,
    "projects" INTEGER NOT NULL,
    "investment" BIGINT NOT NULL,
    "workers" INTEGER NOT NULL,

    PRIMARY KEY ("month", "sector", "sectorGroup", "kecamatanCode", "origin", "scale")
);

-- CreateTable
CREATE TABLE "LkpmPeriodStat" (
    "periodLastDay" TEXT NOT NULL,
    "periodKind" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "scale" TEXT NOT NULL,
    "reports" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "realised" BIGINT NOT NULL,

    PRIMARY KEY ("periodLastDay", "periodKind", "sector", "kecamatanCode", "origin", "scale")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ProcessingDayStat" (
    "day" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "kecamatanCode" TEXT NOT NULL DEFAULT '',
    "processingDays" INTEGER NOT NULL,
    "isOnTime" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,
    "issued" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime")
);
INSERT INTO "new_ProcessingDayStat" ("count", "day", "isOnTime", "licenseTypeId", "processingDays") SELECT "count", "day", "isOnTime", "licenseTypeId", "processingDays" FROM "ProcessingDayStat";
DROP TABLE "ProcessingDayStat";
ALTER TABLE "new_ProcessingDayStat" RENAME TO "ProcessingDayStat";
CREATE TABLE "new_ProcessingStageDayStat" (
    "day" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "kecamatanCode" TEXT NOT NULL DEFAULT '',
    "stage" TEXT NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("day", "licenseTypeId", "kecamatanCode", "stage", "durationDays")
);
INSERT INTO "new_ProcessingStageDayStat" ("count", "day", "durationDays", "licenseTypeId", "stage") SELECT "count", "day", "durationDays", "licenseTypeId", "stage" FROM "ProcessingStageDayStat";
DROP TABLE "ProcessingStageDayStat";
ALTER TABLE "new_ProcessingStageDayStat" RENAME TO "ProcessingStageDayStat";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Backfill (issue 15): every processing/investment aggregate recounted from the applications (the day tables
-- gained kecamatanCode and issued, the month tables are new) and the LKPM period sums from the reports.
-- The same statements as processingStatsRefreshSql("all") and lkpmPeriodRecountSql("all") of this release.
DELETE FROM "ProcessingDayStat";
DELETE FROM "ProcessingStageDayStat";
DELETE FROM "InvestmentDayStat";
INSERT INTO "ProcessingDayStat" ("day", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime", "count", "issued")
  SELECT a."finishedDay", a."licenseTypeId", COALESCE(a."kecamatanCode", ''), a."processingDays", a."isOnTime", COUNT(*),
  SUM(CASE WHEN a."status" = 'issued' THEN 1 ELSE 0 END)
  FROM "Application" a
  WHERE a."finishedDay" IS NOT NULL AND a."processingDays" IS NOT NULL AND a."isOnTime" IS NOT NULL
  GROUP BY a."finishedDay", a."licenseTypeId", COALESCE(a."kecamatanCode", ''), a."processingDays", a."isOnTime";
INSERT INTO "ProcessingStageDayStat" ("day", "licenseTypeId", "kecamatanCode", "stage", "durationDays", "count")
  SELECT a."finishedDay", a."licenseTypeId", COALESCE(a."kecamatanCode", ''), e."stage", e."durationDays", COUNT(*)
  FROM "ApplicationEvent" e JOIN "Application" a ON a."id" = e."applicationId"
  WHERE e."kind" = 'stage' AND e."durationDays" IS NOT NULL AND a."finishedDay" IS NOT NULL
  GROUP BY a."finishedDay", a."licenseTypeId", COALESCE(a."kecamatanCode", ''), e."stage", e."durationDays";
INSERT INTO "InvestmentDayStat" ("day", "sector", "sectorGroup", "kecamatanCode", "origin", "scale", "projects", "investment", "workers")
  SELECT a."finishedDay", COALESCE(a."sector", ''), COALESCE(a."sectorGroup", ''), COALESCE(a."kecamatanCode", ''),
  COALESCE(a."origin", ''), COALESCE(a."scale", ''), COUNT(*), SUM(a."investmentValue"),
  SUM(COALESCE(a."workersLocal", 0) + COALESCE(a."workersForeign", 0))
  FROM "Application" a
  WHERE a."status" = 'issued' AND a."investmentValue" IS NOT NULL AND a."finishedDay" IS NOT NULL
  GROUP BY a."finishedDay", COALESCE(a."sector", ''), COALESCE(a."sectorGroup", ''), COALESCE(a."kecamatanCode", ''),
  COALESCE(a."origin", ''), COALESCE(a."scale", '');
DELETE FROM "ProcessingMonthStat";
INSERT INTO "ProcessingMonthStat" ("month", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime", "count", "issued")
  SELECT substr(d."day", 1, 7), d."licenseTypeId", d."kecamatanCode", d."processingDays", d."isOnTime", SUM(d."count"), SUM(d."issued")
  FROM "ProcessingDayStat" d WHERE 1 = 1
  GROUP BY substr(d."day", 1, 7), d."licenseTypeId", d."kecamatanCode", d."processingDays", d."isOnTime"
  ORDER BY 1, 2, 3, 4, 5;
DELETE FROM "ProcessingStageMonthStat";
INSERT INTO "ProcessingStageMonthStat" ("month", "licenseTypeId", "kecamatanCode", "stage", "durationDays", "count")
  SELECT substr(d."day", 1, 7), d."licenseTypeId", d."kecamatanCode", d."stage", d."durationDays", SUM(d."count")
  FROM "ProcessingStageDayStat" d WHERE 1 = 1
  GROUP BY substr(d."day", 1, 7), d."licenseTypeId", d."kecamatanCode", d."stage", d."durationDays"
  ORDER BY 1, 2, 3, 4, 5;
DELETE FROM "InvestmentMonthStat";
INSERT INTO "InvestmentMonthStat" ("month", "sector", "sectorGroup", "kecamatanCode", "origin", "scale", "projects", "investment", "workers")
  SELECT substr(d."day", 1, 7), d."sector", d."sectorGroup", d."kecamatanCode", d."origin", d."scale", SUM(d."projects"), SUM(d."investment"), SUM(d."workers")
  FROM "InvestmentDayStat" d WHERE 1 = 1
  GROUP BY substr(d."day", 1, 7), d."sector", d."sectorGroup", d."kecamatanCode", d."origin", d."scale"
  ORDER BY 1, 2, 3, 4, 5, 6;
DELETE FROM "LkpmPeriodStat";
INSERT INTO "LkpmPeriodStat" ("periodLastDay", "periodKind", "sector", "kecamatanCode", "origin", "scale", "reports", "onTime", "realised")
  SELECT r."periodLastDay", r."periodKind", COALESCE(a."sector", ''), COALESCE(a."kecamatanCode", ''),
  COALESCE(a."origin", ''), a."scale", COUNT(*), SUM(CASE WHEN r."isOnTime" THEN 1 ELSE 0 END), SUM(r."realisedInvestment")
  FROM "InvestmentRealisation" r JOIN "Application" a ON a."id" = r."applicationId"
  WHERE a."status" = 'issued' AND a."investmentValue" IS NOT NULL AND a."finishedDay" IS NOT NULL
  AND a."finishedDay" <= r."periodLastDay"
  AND ((a."scale" = 'kecil' AND r."periodKind" = 'semester') OR (a."scale" IN ('menengah', 'besar') AND r."periodKind" = 'triwulan'))
  GROUP BY r."periodLastDay", r."periodKind", COALESCE(a."sector", ''), COALESCE(a."kecamatanCode", ''),
  COALESCE(a."origin", ''), a."scale";
