-- Hand-written (issue 15): a change counter for the Application table as a whole, bumped by triggers like those of
-- 20261206142317_data_versions, so the processing dashboard can keep its reads of the open files (backlog, overdue,
-- aging, the overdue list, the fee discrepancies, what the agencies hold) until an application is written. Generated
-- by dataVersionTriggerSql(engine, TRIGGER_MIGRATIONS.application_data_version) in lib/kpi/data-versions.ts (a unit
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
