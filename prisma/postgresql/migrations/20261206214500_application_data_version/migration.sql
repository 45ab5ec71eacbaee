-- Hand-written (issue 15): a change counter for the Application table as a whole, bumped by triggers like those of
-- 20261206142317_data_versions, so the processing dashboard can keep its reads of the open files (backlog, overdue,
-- aging, the overdue list, the fee discrepancies, what the agencies hold) until an application is written. Generated
-- by dataVersionTriggerSql(engine, TRIGGER_MIGRATIONS.application_data_version) in lib/kpi/data-versions.ts (a unit
-- test keeps this text equal to it). No schema change, no back-fill (version 0 until the first write).
CREATE CONSTRAINT TRIGGER "DataVersion_Application" AFTER INSERT OR UPDATE OR DELETE ON "Application"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('');
CREATE TRIGGER "DataVersion_Application_truncate" AFTER TRUNCATE ON "Application"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
