-- CreateTable
CREATE TABLE "ProcessingCounterDayStat" (
    "day" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "counterId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "daysSum" INTEGER NOT NULL,

    PRIMARY KEY ("day", "licenseTypeId", "kecamatanCode", "counterId")
);

-- CreateTable
CREATE TABLE "ProcessingCounterMonthStat" (
    "month" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "counterId" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "daysSum" INTEGER NOT NULL,

    PRIMARY KEY ("month", "licenseTypeId", "kecamatanCode", "counterId")
);

-- CreateTable
CREATE TABLE "ProcessingOfficerDayStat" (
    "day" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "daysSum" INTEGER NOT NULL,

    PRIMARY KEY ("day", "licenseTypeId", "kecamatanCode", "officerId")
);

-- CreateTable
CREATE TABLE "ProcessingOfficerMonthStat" (
    "month" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "officerId" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "onTime" INTEGER NOT NULL,
    "daysSum" INTEGER NOT NULL,

    PRIMARY KEY ("month", "licenseTypeId", "kecamatanCode", "officerId")
);


-- Hand-written (issue 15): back-fill the per-counter and per-officer roll-ups from the applications already stored
-- (the same recount as lib/applications/breakdown-roll-up-sql.ts), the months from the days. Keep this part when the
-- migration is created again.
INSERT INTO "ProcessingCounterDayStat" ("day", "licenseTypeId", "kecamatanCode", "counterId", "count", "onTime", "daysSum")
  SELECT a."finishedDay" AS "day", a."licenseTypeId" AS "licenseTypeId", COALESCE(a."kecamatanCode", '') AS "kecamatanCode",
        COALESCE(a."counterId", 0) AS "counterId", COUNT(*) AS "count", SUM(CASE WHEN a."isOnTime" THEN 1 ELSE 0 END) AS "onTime",
        SUM(a."processingDays") AS "daysSum"
      FROM "Application" a WHERE a."finishedDay" IS NOT NULL AND a."processingDays" IS NOT NULL
      GROUP BY a."finishedDay", a."licenseTypeId", COALESCE(a."kecamatanCode", ''), COALESCE(a."counterId", 0);
INSERT INTO "ProcessingOfficerDayStat" ("day", "licenseTypeId", "kecamatanCode", "officerId", "count", "onTime", "daysSum")
  SELECT a."finishedDay" AS "day", a."licenseTypeId" AS "licenseTypeId", COALESCE(a."kecamatanCode", '') AS "kecamatanCode",
        COALESCE(a."officerId", '') AS "officerId", COUNT(*) AS "count", SUM(CASE WHEN a."isOnTime" THEN 1 ELSE 0 END) AS "onTime",
        SUM(a."processingDays") AS "daysSum"
      FROM "Application" a WHERE a."finishedDay" IS NOT NULL AND a."processingDays" IS NOT NULL
      GROUP BY a."finishedDay", a."licenseTypeId", COALESCE(a."kecamatanCode", ''), COALESCE(a."officerId", '');
INSERT INTO "ProcessingCounterMonthStat" ("month", "licenseTypeId", "kecamatanCode", "counterId", "count", "onTime", "daysSum")
     SELECT substr(d."day", 1, 7), d."licenseTypeId", d."kecamatanCode", d."counterId", SUM(d."count"), SUM(d."onTime"), SUM(d."daysSum")
     FROM "ProcessingCounterDayStat" d WHERE 1 = 1
     GROUP BY substr(d."day", 1, 7), d."licenseTypeId", d."kecamatanCode", d."counterId"
     ORDER BY 1, 2, 3, 4;
INSERT INTO "ProcessingOfficerMonthStat" ("month", "licenseTypeId", "kecamatanCode", "officerId", "count", "onTime", "daysSum")
     SELECT substr(d."day", 1, 7), d."licenseTypeId", d."kecamatanCode", d."officerId", SUM(d."count"), SUM(d."onTime"), SUM(d."daysSum")
     FROM "ProcessingOfficerDayStat" d WHERE 1 = 1
     GROUP BY substr(d."day", 1, 7), d."licenseTypeId", d."kecamatanCode", d."officerId"
     ORDER BY 1, 2, 3, 4;
