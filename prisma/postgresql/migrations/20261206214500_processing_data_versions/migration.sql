-- Hand-written (issue 15): change counters for the Application table as a whole and for the per-counter and
-- per-officer roll-ups, bumped by triggers like those of 20261206142317_data_versions, so the processing dashboard
-- can keep its reads of the open files (backlog, overdue, aging, the overdue list, the fee discrepancies, what the
-- agencies hold) until an application is written, and its breakdowns until their roll-ups change. Generated
-- by dataVersionTriggerSql(engine, TRIGGER_MIGRATIONS.processing_data_versions) in lib/kpi/data-versions.ts (a unit
-- test keeps this text equal to it). No schema change, no back-fill (version 0 until the first write).
CREATE CONSTRAINT TRIGGER "DataVersion_Application" AFTER INSERT OR UPDATE OR DELETE ON "Application"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('');
CREATE TRIGGER "DataVersion_Application_truncate" AFTER TRUNCATE ON "Application"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE CONSTRAINT TRIGGER "DataVersion_ProcessingCounterDayStat" AFTER INSERT OR UPDATE OR DELETE ON "ProcessingCounterDayStat"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('day');
CREATE TRIGGER "DataVersion_ProcessingCounterDayStat_truncate" AFTER TRUNCATE ON "ProcessingCounterDayStat"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE CONSTRAINT TRIGGER "DataVersion_ProcessingCounterMonthStat" AFTER INSERT OR UPDATE OR DELETE ON "ProcessingCounterMonthStat"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('month');
CREATE TRIGGER "DataVersion_ProcessingCounterMonthStat_truncate" AFTER TRUNCATE ON "ProcessingCounterMonthStat"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE CONSTRAINT TRIGGER "DataVersion_ProcessingOfficerDayStat" AFTER INSERT OR UPDATE OR DELETE ON "ProcessingOfficerDayStat"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('day');
CREATE TRIGGER "DataVersion_ProcessingOfficerDayStat_truncate" AFTER TRUNCATE ON "ProcessingOfficerDayStat"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE CONSTRAINT TRIGGER "DataVersion_ProcessingOfficerMonthStat" AFTER INSERT OR UPDATE OR DELETE ON "ProcessingOfficerMonthStat"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "data_version_bump"('month');
CREATE TRIGGER "DataVersion_ProcessingOfficerMonthStat_truncate" AFTER TRUNCATE ON "ProcessingOfficerMonthStat"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
