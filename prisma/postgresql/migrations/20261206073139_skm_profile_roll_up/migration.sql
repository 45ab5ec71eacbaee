-- CreateTable
CREATE TABLE "SkmProfileDayStat" (
    "day" TEXT NOT NULL,
    "questionnaire" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SkmProfileDayStat_pkey" PRIMARY KEY ("day","questionnaire","dimension","value")
);


-- Hand-written (issue 15): SkmProfileDayStat is kept by triggers on SurveyResponse, so every writer of responses
-- (single submissions, the group-commit writer, imports, undo) keeps the profile counts in the same statement. The
-- age bands are those of lib/skm/dashboard-query.ts (AGE_BANDS). The backfill counts the responses already stored.
-- Keep this part when the migration is created again.
-- The body is an E'' string with \x3B for each semicolon: Prisma's migration runner splits a script at every
-- semicolon, dollar quotes included.
CREATE FUNCTION "survey_response_to_profile"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' OR TG_OP = ''DELETE'' THEN
    INSERT INTO "SkmProfileDayStat" ("day", "questionnaire", "dimension", "value", "count")
    SELECT p."day", p."questionnaire", p."dimension", p."value", p."count" FROM (SELECT OLD."surveyDate" AS "day", OLD."questionnaire" AS "questionnaire", ''sex'' AS "dimension", OLD."sex" AS "value", -1 AS "count" UNION ALL SELECT OLD."surveyDate" AS "day", OLD."questionnaire" AS "questionnaire", ''education'' AS "dimension", OLD."education" AS "value", -1 AS "count" UNION ALL SELECT OLD."surveyDate" AS "day", OLD."questionnaire" AS "questionnaire", ''occupation'' AS "dimension", OLD."occupation" AS "value", -1 AS "count" UNION ALL SELECT OLD."surveyDate" AS "day", OLD."questionnaire" AS "questionnaire", ''infoSource'' AS "dimension", OLD."infoSource" AS "value", -1 AS "count" UNION ALL SELECT OLD."surveyDate" AS "day", OLD."questionnaire" AS "questionnaire", ''ageBand'' AS "dimension", CASE WHEN OLD."age" BETWEEN 0 AND 24 THEN ''0'' WHEN OLD."age" BETWEEN 25 AND 34 THEN ''1'' WHEN OLD."age" BETWEEN 35 AND 44 THEN ''2'' WHEN OLD."age" BETWEEN 45 AND 54 THEN ''3'' WHEN OLD."age" BETWEEN 55 AND 200 THEN ''4'' END AS "value", -1 AS "count") p WHERE p."value" IS NOT NULL
    ON CONFLICT ("day", "questionnaire", "dimension", "value") DO UPDATE SET "count" = "SkmProfileDayStat"."count" + excluded."count"\x3B
  END IF\x3B
  IF TG_OP = ''INSERT'' OR TG_OP = ''UPDATE'' THEN
    INSERT INTO "SkmProfileDayStat" ("day", "questionnaire", "dimension", "value", "count")
    SELECT p."day", p."questionnaire", p."dimension", p."value", p."count" FROM (SELECT NEW."surveyDate" AS "day", NEW."questionnaire" AS "questionnaire", ''sex'' AS "dimension", NEW."sex" AS "value", 1 AS "count" UNION ALL SELECT NEW."surveyDate" AS "day", NEW."questionnaire" AS "questionnaire", ''education'' AS "dimension", NEW."education" AS "value", 1 AS "count" UNION ALL SELECT NEW."surveyDate" AS "day", NEW."questionnaire" AS "questionnaire", ''occupation'' AS "dimension", NEW."occupation" AS "value", 1 AS "count" UNION ALL SELECT NEW."surveyDate" AS "day", NEW."questionnaire" AS "questionnaire", ''infoSource'' AS "dimension", NEW."infoSource" AS "value", 1 AS "count" UNION ALL SELECT NEW."surveyDate" AS "day", NEW."questionnaire" AS "questionnaire", ''ageBand'' AS "dimension", CASE WHEN NEW."age" BETWEEN 0 AND 24 THEN ''0'' WHEN NEW."age" BETWEEN 25 AND 34 THEN ''1'' WHEN NEW."age" BETWEEN 35 AND 44 THEN ''2'' WHEN NEW."age" BETWEEN 45 AND 54 THEN ''3'' WHEN NEW."age" BETWEEN 55 AND 200 THEN ''4'' END AS "value", 1 AS "count") p WHERE p."value" IS NOT NULL
    ON CONFLICT ("day", "questionnaire", "dimension", "value") DO UPDATE SET "count" = "SkmProfileDayStat"."count" + excluded."count"\x3B
  END IF\x3B
  IF TG_OP = ''UPDATE'' OR TG_OP = ''DELETE'' THEN
    DELETE FROM "SkmProfileDayStat" WHERE "count" = 0 AND "day" = OLD."surveyDate" AND "questionnaire" = OLD."questionnaire"\x3B
  END IF\x3B
  RETURN NULL\x3B
END
';
CREATE TRIGGER "SurveyResponse_profile" AFTER INSERT OR DELETE OR UPDATE OF "surveyDate", "questionnaire", "sex", "education", "occupation", "infoSource", "age" ON "SurveyResponse"
  FOR EACH ROW EXECUTE FUNCTION "survey_response_to_profile"();
INSERT INTO "SkmProfileDayStat" ("day", "questionnaire", "dimension", "value", "count")
  SELECT p."day", p."questionnaire", p."dimension", p."value", COUNT(*) FROM (SELECT "surveyDate" AS "day", "questionnaire" AS "questionnaire", 'sex' AS "dimension", "sex" AS "value" FROM "SurveyResponse" UNION ALL SELECT "surveyDate" AS "day", "questionnaire" AS "questionnaire", 'education' AS "dimension", "education" AS "value" FROM "SurveyResponse" UNION ALL SELECT "surveyDate" AS "day", "questionnaire" AS "questionnaire", 'occupation' AS "dimension", "occupation" AS "value" FROM "SurveyResponse" UNION ALL SELECT "surveyDate" AS "day", "questionnaire" AS "questionnaire", 'infoSource' AS "dimension", "infoSource" AS "value" FROM "SurveyResponse" UNION ALL SELECT "surveyDate" AS "day", "questionnaire" AS "questionnaire", 'ageBand' AS "dimension", CASE WHEN "age" BETWEEN 0 AND 24 THEN '0' WHEN "age" BETWEEN 25 AND 34 THEN '1' WHEN "age" BETWEEN 35 AND 44 THEN '2' WHEN "age" BETWEEN 45 AND 54 THEN '3' WHEN "age" BETWEEN 55 AND 200 THEN '4' END AS "value" FROM "SurveyResponse") p
  WHERE p."value" IS NOT NULL GROUP BY p."day", p."questionnaire", p."dimension", p."value";
