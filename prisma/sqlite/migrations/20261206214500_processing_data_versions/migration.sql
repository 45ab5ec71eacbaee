-- Hand-written (issue 15): change counters for the Application table as a whole and for the per-counter and
-- per-officer roll-ups, bumped by triggers like those of 20261206142317_data_versions, so the processing dashboard
-- can keep its reads of the open files (backlog, overdue, aging, the overdue list, the fee discrepancies, what the
-- agencies hold) until an application is written, and its breakdowns until their roll-ups change. Generated
-- by dataVersionTriggerSql(engine, TRIGGER_MIGRATIONS.processing_data_versions) in lib/kpi/data-versions.ts (a unit
-- test keeps this text equal to it). No schema change, no back-fill (version 0 until the first write).
CREATE TRIGGER "DataVersion_Application_insert" AFTER INSERT ON "Application" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'Application', 0, 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_Application_update" AFTER UPDATE ON "Application" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'Application', 0, 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_Application_delete" AFTER DELETE ON "Application" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'Application', 0, 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingCounterDayStat_insert" AFTER INSERT ON "ProcessingCounterDayStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingCounterDayStat', CAST(substr(NEW."day", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingCounterDayStat_update" AFTER UPDATE ON "ProcessingCounterDayStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingCounterDayStat', CAST(substr(NEW."day", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingCounterDayStat', CAST(substr(OLD."day", 1, 4) AS INTEGER), 0, 1 WHERE CAST(substr(OLD."day", 1, 4) AS INTEGER) IS NOT CAST(substr(NEW."day", 1, 4) AS INTEGER)
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingCounterDayStat_delete" AFTER DELETE ON "ProcessingCounterDayStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingCounterDayStat', CAST(substr(OLD."day", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingCounterMonthStat_insert" AFTER INSERT ON "ProcessingCounterMonthStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingCounterMonthStat', CAST(substr(NEW."month", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingCounterMonthStat_update" AFTER UPDATE ON "ProcessingCounterMonthStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingCounterMonthStat', CAST(substr(NEW."month", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingCounterMonthStat', CAST(substr(OLD."month", 1, 4) AS INTEGER), 0, 1 WHERE CAST(substr(OLD."month", 1, 4) AS INTEGER) IS NOT CAST(substr(NEW."month", 1, 4) AS INTEGER)
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingCounterMonthStat_delete" AFTER DELETE ON "ProcessingCounterMonthStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingCounterMonthStat', CAST(substr(OLD."month", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingOfficerDayStat_insert" AFTER INSERT ON "ProcessingOfficerDayStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingOfficerDayStat', CAST(substr(NEW."day", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingOfficerDayStat_update" AFTER UPDATE ON "ProcessingOfficerDayStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingOfficerDayStat', CAST(substr(NEW."day", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingOfficerDayStat', CAST(substr(OLD."day", 1, 4) AS INTEGER), 0, 1 WHERE CAST(substr(OLD."day", 1, 4) AS INTEGER) IS NOT CAST(substr(NEW."day", 1, 4) AS INTEGER)
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingOfficerDayStat_delete" AFTER DELETE ON "ProcessingOfficerDayStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingOfficerDayStat', CAST(substr(OLD."day", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingOfficerMonthStat_insert" AFTER INSERT ON "ProcessingOfficerMonthStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingOfficerMonthStat', CAST(substr(NEW."month", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingOfficerMonthStat_update" AFTER UPDATE ON "ProcessingOfficerMonthStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingOfficerMonthStat', CAST(substr(NEW."month", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingOfficerMonthStat', CAST(substr(OLD."month", 1, 4) AS INTEGER), 0, 1 WHERE CAST(substr(OLD."month", 1, 4) AS INTEGER) IS NOT CAST(substr(NEW."month", 1, 4) AS INTEGER)
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
CREATE TRIGGER "DataVersion_ProcessingOfficerMonthStat_delete" AFTER DELETE ON "ProcessingOfficerMonthStat" BEGIN
  INSERT INTO "DataVersion" ("tableName", "year", "shard", "version") SELECT 'ProcessingOfficerMonthStat', CAST(substr(OLD."month", 1, 4) AS INTEGER), 0, 1 WHERE 1 = 1
    ON CONFLICT ("tableName", "year", "shard") DO UPDATE SET "version" = "DataVersion"."version" + 1;
END;
