-- CreateTable
CREATE TABLE "SkmMonthlyAggregate" (
    "month" TEXT NOT NULL,
    "questionnaire" TEXT NOT NULL,
    "licenseTypeId" INTEGER NOT NULL,
    "counterId" INTEGER NOT NULL,
    "channel" TEXT NOT NULL,
    "respondents" INTEGER NOT NULL DEFAULT 0,
    "scoreSum" REAL NOT NULL DEFAULT 0,
    "scoreSumSq" REAL NOT NULL DEFAULT 0,
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

    PRIMARY KEY ("month", "questionnaire", "licenseTypeId", "counterId", "channel")
);


-- Hand-written (issue 15): SkmMonthlyAggregate is kept by triggers on SkmDailyAggregate, so every writer of the day
-- rows (single submissions, batches, imports, undo, recounts) keeps the months in the same statement. The backfill
-- fills the months from the day rows already stored. Keep this part when the migration is created again.
CREATE TRIGGER "SkmDailyAggregate_month_insert" AFTER INSERT ON "SkmDailyAggregate" BEGIN
  INSERT INTO "SkmMonthlyAggregate" ("month", "questionnaire", "licenseTypeId", "counterId", "channel", "respondents", "scoreSum", "scoreSumSq", "s1", "n1", "s2", "n2", "s3", "n3", "s4", "n4", "s5", "n5", "s6", "n6", "s7", "n7", "s8", "n8", "s9", "n9", "s10", "n10", "s11", "n11", "s12", "n12", "s13", "n13", "s14", "n14")
    VALUES (substr(NEW."day", 1, 7), NEW."questionnaire", NEW."licenseTypeId", NEW."counterId", NEW."channel", NEW."respondents", NEW."scoreSum", NEW."scoreSumSq", NEW."s1", NEW."n1", NEW."s2", NEW."n2", NEW."s3", NEW."n3", NEW."s4", NEW."n4", NEW."s5", NEW."n5", NEW."s6", NEW."n6", NEW."s7", NEW."n7", NEW."s8", NEW."n8", NEW."s9", NEW."n9", NEW."s10", NEW."n10", NEW."s11", NEW."n11", NEW."s12", NEW."n12", NEW."s13", NEW."n13", NEW."s14", NEW."n14")
    ON CONFLICT ("month", "questionnaire", "licenseTypeId", "counterId", "channel") DO UPDATE SET "respondents" = "SkmMonthlyAggregate"."respondents" + excluded."respondents", "scoreSum" = "SkmMonthlyAggregate"."scoreSum" + excluded."scoreSum", "scoreSumSq" = "SkmMonthlyAggregate"."scoreSumSq" + excluded."scoreSumSq", "s1" = "SkmMonthlyAggregate"."s1" + excluded."s1", "n1" = "SkmMonthlyAggregate"."n1" + excluded."n1", "s2" = "SkmMonthlyAggregate"."s2" + excluded."s2", "n2" = "SkmMonthlyAggregate"."n2" + excluded."n2", "s3" = "SkmMonthlyAggregate"."s3" + excluded."s3", "n3" = "SkmMonthlyAggregate"."n3" + excluded."n3", "s4" = "SkmMonthlyAggregate"."s4" + excluded."s4", "n4" = "SkmMonthlyAggregate"."n4" + excluded."n4", "s5" = "SkmMonthlyAggregate"."s5" + excluded."s5", "n5" = "SkmMonthlyAggregate"."n5" + excluded."n5", "s6" = "SkmMonthlyAggregate"."s6" + excluded."s6", "n6" = "SkmMonthlyAggregate"."n6" + excluded."n6", "s7" = "SkmMonthlyAggregate"."s7" + excluded."s7", "n7" = "SkmMonthlyAggregate"."n7" + excluded."n7", "s8" = "SkmMonthlyAggregate"."s8" + excluded."s8", "n8" = "SkmMonthlyAggregate"."n8" + excluded."n8", "s9" = "SkmMonthlyAggregate"."s9" + excluded."s9", "n9" = "SkmMonthlyAggregate"."n9" + excluded."n9", "s10" = "SkmMonthlyAggregate"."s10" + excluded."s10", "n10" = "SkmMonthlyAggregate"."n10" + excluded."n10", "s11" = "SkmMonthlyAggregate"."s11" + excluded."s11", "n11" = "SkmMonthlyAggregate"."n11" + excluded."n11", "s12" = "SkmMonthlyAggregate"."s12" + excluded."s12", "n12" = "SkmMonthlyAggregate"."n12" + excluded."n12", "s13" = "SkmMonthlyAggregate"."s13" + excluded."s13", "n13" = "SkmMonthlyAggregate"."n13" + excluded."n13", "s14" = "SkmMonthlyAggregate"."s14" + excluded."s14", "n14" = "SkmMonthlyAggregate"."n14" + excluded."n14";
END;
CREATE TRIGGER "SkmDailyAggregate_month_update" AFTER UPDATE ON "SkmDailyAggregate" BEGIN
  INSERT INTO "SkmMonthlyAggregate" ("month", "questionnaire", "licenseTypeId", "counterId", "channel", "respondents", "scoreSum", "scoreSumSq", "s1", "n1", "s2", "n2", "s3", "n3", "s4", "n4", "s5", "n5", "s6", "n6", "s7", "n7", "s8", "n8", "s9", "n9", "s10", "n10", "s11", "n11", "s12", "n12", "s13", "n13", "s14", "n14")
    VALUES (substr(OLD."day", 1, 7), OLD."questionnaire", OLD."licenseTypeId", OLD."counterId", OLD."channel", -OLD."respondents", -OLD."scoreSum", -OLD."scoreSumSq", -OLD."s1", -OLD."n1", -OLD."s2", -OLD."n2", -OLD."s3", -OLD."n3", -OLD."s4", -OLD."n4", -OLD."s5", -OLD."n5", -OLD."s6", -OLD."n6", -OLD."s7", -OLD."n7", -OLD."s8", -OLD."n8", -OLD."s9", -OLD."n9", -OLD."s10", -OLD."n10", -OLD."s11", -OLD."n11", -OLD."s12", -OLD."n12", -OLD."s13", -OLD."n13", -OLD."s14", -OLD."n14")
    ON CONFLICT ("month", "questionnaire", "licenseTypeId", "counterId", "channel") DO UPDATE SET "respondents" = "SkmMonthlyAggregate"."respondents" + excluded."respondents", "scoreSum" = "SkmMonthlyAggregate"."scoreSum" + excluded."scoreSum", "scoreSumSq" = "SkmMonthlyAggregate"."scoreSumSq" + excluded."scoreSumSq", "s1" = "SkmMonthlyAggregate"."s1" + excluded."s1", "n1" = "SkmMonthlyAggregate"."n1" + excluded."n1", "s2" = "SkmMonthlyAggregate"."s2" + excluded."s2", "n2" = "SkmMonthlyAggregate"."n2" + excluded."n2", "s3" = "SkmMonthlyAggregate"."s3" + excluded."s3", "n3" = "SkmMonthlyAggregate"."n3" + excluded."n3", "s4" = "SkmMonthlyAggregate"."s4" + excluded."s4", "n4" = "SkmMonthlyAggregate"."n4" + excluded."n4", "s5" = "SkmMonthlyAggregate"."s5" + excluded."s5", "n5" = "SkmMonthlyAggregate"."n5" + excluded."n5", "s6" = "SkmMonthlyAggregate"."s6" + excluded."s6", "n6" = "SkmMonthlyAggregate"."n6" + excluded."n6", "s7" = "SkmMonthlyAggregate"."s7" + excluded."s7", "n7" = "SkmMonthlyAggregate"."n7" + excluded."n7", "s8" = "SkmMonthlyAggregate"."s8" + excluded."s8", "n8" = "SkmMonthlyAggregate"."n8" + excluded."n8", "s9" = "SkmMonthlyAggregate"."s9" + excluded."s9", "n9" = "SkmMonthlyAggregate"."n9" + excluded."n9", "s10" = "SkmMonthlyAggregate"."s10" + excluded."s10", "n10" = "SkmMonthlyAggregate"."n10" + excluded."n10", "s11" = "SkmMonthlyAggregate"."s11" + excluded."s11", "n11" = "SkmMonthlyAggregate"."n11" + excluded."n11", "s12" = "SkmMonthlyAggregate"."s12" + excluded."s12", "n12" = "SkmMonthlyAggregate"."n12" + excluded."n12", "s13" = "SkmMonthlyAggregate"."s13" + excluded."s13", "n13" = "SkmMonthlyAggregate"."n13" + excluded."n13", "s14" = "SkmMonthlyAggregate"."s14" + excluded."s14", "n14" = "SkmMonthlyAggregate"."n14" + excluded."n14";
  INSERT INTO "SkmMonthlyAggregate" ("month", "questionnaire", "licenseTypeId", "counterId", "channel", "respondents", "scoreSum", "scoreSumSq", "s1", "n1", "s2", "n2", "s3", "n3", "s4", "n4", "s5", "n5", "s6", "n6", "s7", "n7", "s8", "n8", "s9", "n9", "s10", "n10", "s11", "n11", "s12", "n12", "s13", "n13", "s14", "n14")
    VALUES (substr(NEW."day", 1, 7), NEW."questionnaire", NEW."licenseTypeId", NEW."counterId", NEW."channel", NEW."respondents", NEW."scoreSum", NEW."scoreSumSq", NEW."s1", NEW."n1", NEW."s2", NEW."n2", NEW."s3", NEW."n3", NEW."s4", NEW."n4", NEW."s5", NEW."n5", NEW."s6", NEW."n6", NEW."s7", NEW."n7", NEW."s8", NEW."n8", NEW."s9", NEW."n9", NEW."s10", NEW."n10", NEW."s11", NEW."n11", NEW."s12", NEW."n12", NEW."s13", NEW."n13", NEW."s14", NEW."n14")
    ON CONFLICT ("month", "questionnaire", "licenseTypeId", "counterId", "channel") DO UPDATE SET "respondents" = "SkmMonthlyAggregate"."respondents" + excluded."respondents", "scoreSum" = "SkmMonthlyAggregate"."scoreSum" + excluded."scoreSum", "scoreSumSq" = "SkmMonthlyAggregate"."scoreSumSq" + excluded."scoreSumSq", "s1" = "SkmMonthlyAggregate"."s1" + excluded."s1", "n1" = "SkmMonthlyAggregate"."n1" + excluded."n1", "s2" = "SkmMonthlyAggregate"."s2" + excluded."s2", "n2" = "SkmMonthlyAggregate"."n2" + excluded."n2", "s3" = "SkmMonthlyAggregate"."s3" + excluded."s3", "n3" = "SkmMonthlyAggregate"."n3" + excluded."n3", "s4" = "SkmMonthlyAggregate"."s4" + excluded."s4", "n4" = "SkmMonthlyAggregate"."n4" + excluded."n4", "s5" = "SkmMonthlyAggregate"."s5" + excluded."s5", "n5" = "SkmMonthlyAggregate"."n5" + excluded."n5", "s6" = "SkmMonthlyAggregate"."s6" + excluded."s6", "n6" = "SkmMonthlyAggregate"."n6" + excluded."n6", "s7" = "SkmMonthlyAggregate"."s7" + excluded."s7", "n7" = "SkmMonthlyAggregate"."n7" + excluded."n7", "s8" = "SkmMonthlyAggregate"."s8" + excluded."s8", "n8" = "SkmMonthlyAggregate"."n8" + excluded."n8", "s9" = "SkmMonthlyAggregate"."s9" + excluded."s9", "n9" = "SkmMonthlyAggregate"."n9" + excluded."n9", "s10" = "SkmMonthlyAggregate"."s10" + excluded."s10", "n10" = "SkmMonthlyAggregate"."n10" + excluded."n10", "s11" = "SkmMonthlyAggregate"."s11" + excluded."s11", "n11" = "SkmMonthlyAggregate"."n11" + excluded."n11", "s12" = "SkmMonthlyAggregate"."s12" + excluded."s12", "n12" = "SkmMonthlyAggregate"."n12" + excluded."n12", "s13" = "SkmMonthlyAggregate"."s13" + excluded."s13", "n13" = "SkmMonthlyAggregate"."n13" + excluded."n13", "s14" = "SkmMonthlyAggregate"."s14" + excluded."s14", "n14" = "SkmMonthlyAggregate"."n14" + excluded."n14";
  DELETE FROM "SkmMonthlyAggregate" WHERE "respondents" = 0 AND "month" = substr(OLD."day", 1, 7) AND "questionnaire" = OLD."questionnaire" AND "licenseTypeId" = OLD."licenseTypeId" AND "counterId" = OLD."counterId" AND "channel" = OLD."channel";
END;
CREATE TRIGGER "SkmDailyAggregate_month_delete" AFTER DELETE ON "SkmDailyAggregate" BEGIN
  INSERT INTO "SkmMonthlyAggregate" ("month", "questionnaire", "licenseTypeId", "counterId", "channel", "respondents", "scoreSum", "scoreSumSq", "s1", "n1", "s2", "n2", "s3", "n3", "s4", "n4", "s5", "n5", "s6", "n6", "s7", "n7", "s8", "n8", "s9", "n9", "s10", "n10", "s11", "n11", "s12", "n12", "s13", "n13", "s14", "n14")
    VALUES (substr(OLD."day", 1, 7), OLD."questionnaire", OLD."licenseTypeId", OLD."counterId", OLD."channel", -OLD."respondents", -OLD."scoreSum", -OLD."scoreSumSq", -OLD."s1", -OLD."n1", -OLD."s2", -OLD."n2", -OLD."s3", -OLD."n3", -OLD."s4", -OLD."n4", -OLD."s5", -OLD."n5", -OLD."s6", -OLD."n6", -OLD."s7", -OLD."n7", -OLD."s8", -OLD."n8", -OLD."s9", -OLD."n9", -OLD."s10", -OLD."n10", -OLD."s11", -OLD."n11", -OLD."s12", -OLD."n12", -OLD."s13", -OLD."n13", -OLD."s14", -OLD."n14")
    ON CONFLICT ("month", "questionnaire", "licenseTypeId", "counterId", "channel") DO UPDATE SET "respondents" = "SkmMonthlyAggregate"."respondents" + excluded."respondents", "scoreSum" = "SkmMonthlyAggregate"."scoreSum" + excluded."scoreSum", "scoreSumSq" = "SkmMonthlyAggregate"."scoreSumSq" + excluded."scoreSumSq", "s1" = "SkmMonthlyAggregate"."s1" + excluded."s1", "n1" = "SkmMonthlyAggregate"."n1" + excluded."n1", "s2" = "SkmMonthlyAggregate"."s2" + excluded."s2", "n2" = "SkmMonthlyAggregate"."n2" + excluded."n2", "s3" = "SkmMonthlyAggregate"."s3" + excluded."s3", "n3" = "SkmMonthlyAggregate"."n3" + excluded."n3", "s4" = "SkmMonthlyAggregate"."s4" + excluded."s4", "n4" = "SkmMonthlyAggregate"."n4" + excluded."n4", "s5" = "SkmMonthlyAggregate"."s5" + excluded."s5", "n5" = "SkmMonthlyAggregate"."n5" + excluded."n5", "s6" = "SkmMonthlyAggregate"."s6" + excluded."s6", "n6" = "SkmMonthlyAggregate"."n6" + excluded."n6", "s7" = "SkmMonthlyAggregate"."s7" + excluded."s7", "n7" = "SkmMonthlyAggregate"."n7" + excluded."n7", "s8" = "SkmMonthlyAggregate"."s8" + excluded."s8", "n8" = "SkmMonthlyAggregate"."n8" + excluded."n8", "s9" = "SkmMonthlyAggregate"."s9" + excluded."s9", "n9" = "SkmMonthlyAggregate"."n9" + excluded."n9", "s10" = "SkmMonthlyAggregate"."s10" + excluded."s10", "n10" = "SkmMonthlyAggregate"."n10" + excluded."n10", "s11" = "SkmMonthlyAggregate"."s11" + excluded."s11", "n11" = "SkmMonthlyAggregate"."n11" + excluded."n11", "s12" = "SkmMonthlyAggregate"."s12" + excluded."s12", "n12" = "SkmMonthlyAggregate"."n12" + excluded."n12", "s13" = "SkmMonthlyAggregate"."s13" + excluded."s13", "n13" = "SkmMonthlyAggregate"."n13" + excluded."n13", "s14" = "SkmMonthlyAggregate"."s14" + excluded."s14", "n14" = "SkmMonthlyAggregate"."n14" + excluded."n14";
  DELETE FROM "SkmMonthlyAggregate" WHERE "respondents" = 0 AND "month" = substr(OLD."day", 1, 7) AND "questionnaire" = OLD."questionnaire" AND "licenseTypeId" = OLD."licenseTypeId" AND "counterId" = OLD."counterId" AND "channel" = OLD."channel";
END;
INSERT INTO "SkmMonthlyAggregate" ("month", "questionnaire", "licenseTypeId", "counterId", "channel", "respondents", "scoreSum", "scoreSumSq", "s1", "n1", "s2", "n2", "s3", "n3", "s4", "n4", "s5", "n5", "s6", "n6", "s7", "n7", "s8", "n8", "s9", "n9", "s10", "n10", "s11", "n11", "s12", "n12", "s13", "n13", "s14", "n14")
  SELECT substr("day", 1, 7), "questionnaire", "licenseTypeId", "counterId", "channel", SUM("respondents"), SUM("scoreSum"), SUM("scoreSumSq"), SUM("s1"), SUM("n1"), SUM("s2"), SUM("n2"), SUM("s3"), SUM("n3"), SUM("s4"), SUM("n4"), SUM("s5"), SUM("n5"), SUM("s6"), SUM("n6"), SUM("s7"), SUM("n7"), SUM("s8"), SUM("n8"), SUM("s9"), SUM("n9"), SUM("s10"), SUM("n10"), SUM("s11"), SUM("n11"), SUM("s12"), SUM("n12"), SUM("s13"), SUM("n13"), SUM("s14"), SUM("n14")
  FROM "SkmDailyAggregate" GROUP BY substr("day", 1, 7), "questionnaire", "licenseTypeId", "counterId", "channel";
