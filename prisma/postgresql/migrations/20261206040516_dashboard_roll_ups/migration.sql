-- DropIndex
DROP INDEX "Application_status_dueDate_idx";

-- AlterTable
ALTER TABLE "ProcessingDayStat" DROP CONSTRAINT "ProcessingDayStat_pkey",
ADD COLUMN     "issued" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "kecamatanCode" TEXT NOT NULL DEFAULT '',
ADD CONSTRAINT "ProcessingDayStat_pkey" PRIMARY KEY ("day", "licenseTypeId", "kecamatanCode", "processingDays", "isOnTime");

-- AlterTable
ALTER TABLE "ProcessingStageDayStat" DROP CONSTRAINT "ProcessingStageDayStat_pkey",
ADD COLUMN     "kecamatanCode" TEXT NOT NULL DEFAULT '',
ADD CONSTRAINT "ProcessingStageDayStat_pkey" PRIMARY KEY ("day", "licenseTypeId", "kecamatanCode", "stage", "durationDays");

-- CreateTable
CREATE TABLE "SkmMonthlyAggregate" (
    "month" TEXT NOT NULL,
    "questionnaire" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "counterId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "respondents" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "scoreSumSq" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "s1" INTEGER NOT NULL DEFAULT 0,
    "n1" INTEGER NOT NULL DEFAULT 0,
    "s2" INTEGER NOT NULL DEFAULT 0,
    "n2" INTEGER NOT NULL DEFAULT 0,
    "s3" INTEGER NOT NULL DEFAULT 0,
    "n3" INTEGER NOT NULL DEFAULT 0,
    "s4" INTEGER NOT NULL DEFAULT 0,
    "n4" INTEGER NOT NULL DEFAULT 0,
    "s5" INTEGER NOT NULL DEFAULT 0,
    "n5" INTEGER NOT NULL DEFAULT 0,
    "s6" INTEGER NOT NULL DEFAULT 0,
    "n6" INTEGER NOT NULL DEFAULT 0,
    "s7" INTEGER NOT NULL DEFAULT 0,
    "n7" INTEGER NOT NULL DEFAULT 0,
    "s8" INTEGER NOT NULL DEFAULT 0,
    "n8" INTEGER NOT NULL DEFAULT 0,
    "s9" INTEGER NOT NULL DEFAULT 0,
    "n9" INTEGER NOT NULL DEFAULT 0,
    "s10" INTEGER NOT NULL DEFAULT 0,
    "n10" INTEGER NOT NULL DEFAULT 0,
    "s11" INTEGER NOT NULL DEFAULT 0,
    "n11" INTEGER NOT NULL DEFAULT 0,
    "s12" INTEGER NOT NULL DEFAULT 0,
    "n12" INTEGER NOT NULL DEFAULT 0,
    "s13" INTEGER NOT NULL DEFAULT 0,
    "n13" INTEGER NOT NULL DEFAULT 0,
    "s14" INTEGER NOT NULL DEFAULT 0,
    "n14" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SkmMonthlyAggregate_pkey" PRIMARY KEY ("month","questionnaire","licenseTypeId","counterId","channel")
);

-- CreateTable
CREATE TABLE "ProcessingMonthStat" (
    "month" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "processingDays" INTEGER NOT NULL,
    "isOnTime" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL,
    "issued" INTEGER NOT NULL,

    CONSTRAINT "ProcessingMonthStat_pkey" PRIMARY KEY ("month","licenseTypeId","kecamatanCode","processingDays","isOnTime")
);

-- CreateTable
CREATE TABLE "ProcessingStageMonthStat" (
    "month" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "kecamatanCode" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "ProcessingStageMonthStat_pkey" PRIMARY KEY ("month","licenseTypeId","kecamatanCode","stage","durationDays")
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

    CONSTRAINT "InvestmentMonthStat_pkey" PRIMARY KEY ("month","sector","sectorGroup","kecamatanCode","origin","scale")
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

    CONSTRAINT "LkpmPeriodStat_pkey" PRIMARY KEY ("periodLastDay","periodKind","sector","kecamatanCode","origin","scale")
);

-- CreateIndex
CREATE INDEX "Application_open_files_idx" ON "Application"("status", "dueDate", "pausedSince", "clockStartDay", "pausedDays", "licenseTypeId", "kecamatanCode");

-- CreateIndex
CREATE INDEX "Application_status_investmentValue_idx" ON "Application"("status", "investmentValue");


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

-- Hand-written (issue 15): SkmMonthlyAggregate is kept by triggers on SkmDailyAggregate, so every writer of the day
-- rows (single submissions, batches, imports, undo, recounts) keeps the months in the same statement. The backfill
-- fills the months from the day rows already stored. Keep this part when the migration is created again.
-- The body is an E'' string with \x3B for each semicolon: Prisma's migration runner splits a script at every
-- semicolon, dollar quotes included.
CREATE FUNCTION "skm_daily_aggregate_to_month"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' OR TG_OP = ''DELETE'' THEN
    INSERT INTO "SkmMonthlyAggregate" ("month", "questionnaire", "licenseTypeId", "counterId", "channel", "respondents", "scoreSum", "scoreSumSq", "s1", "n1", "s2", "n2", "s3", "n3", "s4", "n4", "s5", "n5", "s6", "n6", "s7", "n7", "s8", "n8", "s9", "n9", "s10", "n10", "s11", "n11", "s12", "n12", "s13", "n13", "s14", "n14")
    VALUES (substr(OLD."day", 1, 7), OLD."questionnaire", OLD."licenseTypeId", OLD."counterId", OLD."channel", -OLD."respondents", -OLD."scoreSum", -OLD."scoreSumSq", -OLD."s1", -OLD."n1", -OLD."s2", -OLD."n2", -OLD."s3", -OLD."n3", -OLD."s4", -OLD."n4", -OLD."s5", -OLD."n5", -OLD."s6", -OLD."n6", -OLD."s7", -OLD."n7", -OLD."s8", -OLD."n8", -OLD."s9", -OLD."n9", -OLD."s10", -OLD."n10", -OLD."s11", -OLD."n11", -OLD."s12", -OLD."n12", -OLD."s13", -OLD."n13", -OLD."s14", -OLD."n14")
    ON CONFLICT ("month", "questionnaire", "licenseTypeId", "counterId", "channel") DO UPDATE SET "respondents" = "SkmMonthlyAggregate"."respondents" + excluded."respondents", "scoreSum" = "SkmMonthlyAggregate"."scoreSum" + excluded."scoreSum", "scoreSumSq" = "SkmMonthlyAggregate"."scoreSumSq" + excluded."scoreSumSq", "s1" = "SkmMonthlyAggregate"."s1" + excluded."s1", "n1" = "SkmMonthlyAggregate"."n1" + excluded."n1", "s2" = "SkmMonthlyAggregate"."s2" + excluded."s2", "n2" = "SkmMonthlyAggregate"."n2" + excluded."n2", "s3" = "SkmMonthlyAggregate"."s3" + excluded."s3", "n3" = "SkmMonthlyAggregate"."n3" + excluded."n3", "s4" = "SkmMonthlyAggregate"."s4" + excluded."s4", "n4" = "SkmMonthlyAggregate"."n4" + excluded."n4", "s5" = "SkmMonthlyAggregate"."s5" + excluded."s5", "n5" = "SkmMonthlyAggregate"."n5" + excluded."n5", "s6" = "SkmMonthlyAggregate"."s6" + excluded."s6", "n6" = "SkmMonthlyAggregate"."n6" + excluded."n6", "s7" = "SkmMonthlyAggregate"."s7" + excluded."s7", "n7" = "SkmMonthlyAggregate"."n7" + excluded."n7", "s8" = "SkmMonthlyAggregate"."s8" + excluded."s8", "n8" = "SkmMonthlyAggregate"."n8" + excluded."n8", "s9" = "SkmMonthlyAggregate"."s9" + excluded."s9", "n9" = "SkmMonthlyAggregate"."n9" + excluded."n9", "s10" = "SkmMonthlyAggregate"."s10" + excluded."s10", "n10" = "SkmMonthlyAggregate"."n10" + excluded."n10", "s11" = "SkmMonthlyAggregate"."s11" + excluded."s11", "n11" = "SkmMonthlyAggregate"."n11" + excluded."n11", "s12" = "SkmMonthlyAggregate"."s12" + excluded."s12", "n12" = "SkmMonthlyAggregate"."n12" + excluded."n12", "s13" = "SkmMonthlyAggregate"."s13" + excluded."s13", "n13" = "SkmMonthlyAggregate"."n13" + excluded."n13", "s14" = "SkmMonthlyAggregate"."s14" + excluded."s14", "n14" = "SkmMonthlyAggregate"."n14" + excluded."n14"\x3B
  END IF\x3B
  IF TG_OP = ''INSERT'' OR TG_OP = ''UPDATE'' THEN
    INSERT INTO "SkmMonthlyAggregate" ("month", "questionnaire", "licenseTypeId", "counterId", "channel", "respondents", "scoreSum", "scoreSumSq", "s1", "n1", "s2", "n2", "s3", "n3", "s4", "n4", "s5", "n5", "s6", "n6", "s7", "n7", "s8", "n8", "s9", "n9", "s10", "n10", "s11", "n11", "s12", "n12", "s13", "n13", "s14", "n14")
    VALUES (substr(NEW."day", 1, 7), NEW."questionnaire", NEW."licenseTypeId", NEW."counterId", NEW."channel", NEW."respondents", NEW."scoreSum", NEW."scoreSumSq", NEW."s1", NEW."n1", NEW."s2", NEW."n2", NEW."s3", NEW."n3", NEW."s4", NEW."n4", NEW."s5", NEW."n5", NEW."s6", NEW."n6", NEW."s7", NEW."n7", NEW."s8", NEW."n8", NEW."s9", NEW."n9", NEW."s10", NEW."n10", NEW."s11", NEW."n11", NEW."s12", NEW."n12", NEW."s13", NEW."n13", NEW."s14", NEW."n14")
    ON CONFLICT ("month", "questionnaire", "licenseTypeId", "counterId", "channel") DO UPDATE SET "respondents" = "SkmMonthlyAggregate"."respondents" + excluded."respondents", "scoreSum" = "SkmMonthlyAggregate"."scoreSum" + excluded."scoreSum", "scoreSumSq" = "SkmMonthlyAggregate"."scoreSumSq" + excluded."scoreSumSq", "s1" = "SkmMonthlyAggregate"."s1" + excluded."s1", "n1" = "SkmMonthlyAggregate"."n1" + excluded."n1", "s2" = "SkmMonthlyAggregate"."s2" + excluded."s2", "n2" = "SkmMonthlyAggregate"."n2" + excluded."n2", "s3" = "SkmMonthlyAggregate"."s3" + excluded."s3", "n3" = "SkmMonthlyAggregate"."n3" + excluded."n3", "s4" = "SkmMonthlyAggregate"."s4" + excluded."s4", "n4" = "SkmMonthlyAggregate"."n4" + excluded."n4", "s5" = "SkmMonthlyAggregate"."s5" + excluded."s5", "n5" = "SkmMonthlyAggregate"."n5" + excluded."n5", "s6" = "SkmMonthlyAggregate"."s6" + excluded."s6", "n6" = "SkmMonthlyAggregate"."n6" + excluded."n6", "s7" = "SkmMonthlyAggregate"."s7" + excluded."s7", "n7" = "SkmMonthlyAggregate"."n7" + excluded."n7", "s8" = "SkmMonthlyAggregate"."s8" + excluded."s8", "n8" = "SkmMonthlyAggregate"."n8" + excluded."n8", "s9" = "SkmMonthlyAggregate"."s9" + excluded."s9", "n9" = "SkmMonthlyAggregate"."n9" + excluded."n9", "s10" = "SkmMonthlyAggregate"."s10" + excluded."s10", "n10" = "SkmMonthlyAggregate"."n10" + excluded."n10", "s11" = "SkmMonthlyAggregate"."s11" + excluded."s11", "n11" = "SkmMonthlyAggregate"."n11" + excluded."n11", "s12" = "SkmMonthlyAggregate"."s12" + excluded."s12", "n12" = "SkmMonthlyAggregate"."n12" + excluded."n12", "s13" = "SkmMonthlyAggregate"."s13" + excluded."s13", "n13" = "SkmMonthlyAggregate"."n13" + excluded."n13", "s14" = "SkmMonthlyAggregate"."s14" + excluded."s14", "n14" = "SkmMonthlyAggregate"."n14" + excluded."n14"\x3B
  END IF\x3B
  IF TG_OP = ''UPDATE'' OR TG_OP = ''DELETE'' THEN
    DELETE FROM "SkmMonthlyAggregate" WHERE "respondents" = 0 AND "month" = substr(OLD."day", 1, 7) AND "questionnaire" = OLD."questionnaire" AND "licenseTypeId" = OLD."licenseTypeId" AND "counterId" = OLD."counterId" AND "channel" = OLD."channel"\x3B
  END IF\x3B
  RETURN NULL\x3B
END
';
CREATE TRIGGER "SkmDailyAggregate_month" AFTER INSERT OR UPDATE OR DELETE ON "SkmDailyAggregate"
  FOR EACH ROW EXECUTE FUNCTION "skm_daily_aggregate_to_month"();
INSERT INTO "SkmMonthlyAggregate" ("month", "questionnaire", "licenseTypeId", "counterId", "channel", "respondents", "scoreSum", "scoreSumSq", "s1", "n1", "s2", "n2", "s3", "n3", "s4", "n4", "s5", "n5", "s6", "n6", "s7", "n7", "s8", "n8", "s9", "n9", "s10", "n10", "s11", "n11", "s12", "n12", "s13", "n13", "s14", "n14")
  SELECT substr("day", 1, 7), "questionnaire", "licenseTypeId", "counterId", "channel", SUM("respondents"), SUM("scoreSum"), SUM("scoreSumSq"), SUM("s1"), SUM("n1"), SUM("s2"), SUM("n2"), SUM("s3"), SUM("n3"), SUM("s4"), SUM("n4"), SUM("s5"), SUM("n5"), SUM("s6"), SUM("n6"), SUM("s7"), SUM("n7"), SUM("s8"), SUM("n8"), SUM("s9"), SUM("n9"), SUM("s10"), SUM("n10"), SUM("s11"), SUM("n11"), SUM("s12"), SUM("n12"), SUM("s13"), SUM("n13"), SUM("s14"), SUM("n14")
  FROM "SkmDailyAggregate" GROUP BY substr("day", 1, 7), "questionnaire", "licenseTypeId", "counterId", "channel";
