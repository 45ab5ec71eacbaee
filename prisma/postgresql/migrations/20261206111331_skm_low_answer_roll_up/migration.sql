-- CreateTable
CREATE TABLE "SkmLowAnswerDayStat" (
    "day" TEXT NOT NULL,
    "questionnaire" TEXT NOT NULL,
    "counterId" INTEGER NOT NULL,
    "element" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SkmLowAnswerDayStat_pkey" PRIMARY KEY ("questionnaire","day","counterId","element")
);


-- Hand-written (issue 15): SkmLowAnswerDayStat is kept by triggers on SurveyResponse, so every writer of responses
-- (single submissions, the group-commit writer, imports, undo) keeps the low-answer counts in the same statement.
-- An answer is low when the element's JSON value is 1 or 2 (lib/skm/answer-stats.ts LOW_ANSWER_MAX), elements U1-U14
-- (SKM-2017 has U1-U9, IKM-2004 U1-U14). The backfill counts the responses already stored. The consistency check
-- recounts it with the same expression (lib/skm/low-answer-roll-up.ts). Keep this part when the migration is created
-- again.
-- The body is an E'' string with \x3B for each semicolon: Prisma's migration runner splits a script at every
-- semicolon, dollar quotes included.
CREATE FUNCTION "survey_response_to_low_answers"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' OR TG_OP = ''DELETE'' THEN
    INSERT INTO "SkmLowAnswerDayStat" ("day", "questionnaire", "counterId", "element", "count")
    SELECT OLD."surveyDate", OLD."questionnaire", COALESCE(OLD."counterId", 0), c."code", -1
    FROM (SELECT ''U1'' AS "code" UNION ALL SELECT ''U2'' AS "code" UNION ALL SELECT ''U3'' AS "code" UNION ALL SELECT ''U4'' AS "code" UNION ALL SELECT ''U5'' AS "code" UNION ALL SELECT ''U6'' AS "code" UNION ALL SELECT ''U7'' AS "code" UNION ALL SELECT ''U8'' AS "code" UNION ALL SELECT ''U9'' AS "code" UNION ALL SELECT ''U10'' AS "code" UNION ALL SELECT ''U11'' AS "code" UNION ALL SELECT ''U12'' AS "code" UNION ALL SELECT ''U13'' AS "code" UNION ALL SELECT ''U14'' AS "code") c WHERE (OLD."answers"::jsonb -> c."code") IN (''1''::jsonb, ''2''::jsonb)
    ON CONFLICT ("questionnaire", "day", "counterId", "element") DO UPDATE SET "count" = "SkmLowAnswerDayStat"."count" + excluded."count"\x3B
    DELETE FROM "SkmLowAnswerDayStat" WHERE "count" = 0 AND "questionnaire" = OLD."questionnaire" AND "day" = OLD."surveyDate" AND "counterId" = COALESCE(OLD."counterId", 0)\x3B
  END IF\x3B
  IF TG_OP = ''INSERT'' OR TG_OP = ''UPDATE'' THEN
    INSERT INTO "SkmLowAnswerDayStat" ("day", "questionnaire", "counterId", "element", "count")
    SELECT NEW."surveyDate", NEW."questionnaire", COALESCE(NEW."counterId", 0), c."code", 1
    FROM (SELECT ''U1'' AS "code" UNION ALL SELECT ''U2'' AS "code" UNION ALL SELECT ''U3'' AS "code" UNION ALL SELECT ''U4'' AS "code" UNION ALL SELECT ''U5'' AS "code" UNION ALL SELECT ''U6'' AS "code" UNION ALL SELECT ''U7'' AS "code" UNION ALL SELECT ''U8'' AS "code" UNION ALL SELECT ''U9'' AS "code" UNION ALL SELECT ''U10'' AS "code" UNION ALL SELECT ''U11'' AS "code" UNION ALL SELECT ''U12'' AS "code" UNION ALL SELECT ''U13'' AS "code" UNION ALL SELECT ''U14'' AS "code") c WHERE (NEW."answers"::jsonb -> c."code") IN (''1''::jsonb, ''2''::jsonb)
    ON CONFLICT ("questionnaire", "day", "counterId", "element") DO UPDATE SET "count" = "SkmLowAnswerDayStat"."count" + excluded."count"\x3B
  END IF\x3B
  RETURN NULL\x3B
END
';
CREATE TRIGGER "SurveyResponse_low_answers" AFTER INSERT OR DELETE OR UPDATE OF "answers", "surveyDate", "questionnaire", "counterId" ON "SurveyResponse"
  FOR EACH ROW EXECUTE FUNCTION "survey_response_to_low_answers"();
INSERT INTO "SkmLowAnswerDayStat" ("day", "questionnaire", "counterId", "element", "count")
  SELECT r."surveyDate", r."questionnaire", COALESCE(r."counterId", 0), c."code", COUNT(*)
  FROM "SurveyResponse" r CROSS JOIN (SELECT 'U1' AS "code" UNION ALL SELECT 'U2' AS "code" UNION ALL SELECT 'U3' AS "code" UNION ALL SELECT 'U4' AS "code" UNION ALL SELECT 'U5' AS "code" UNION ALL SELECT 'U6' AS "code" UNION ALL SELECT 'U7' AS "code" UNION ALL SELECT 'U8' AS "code" UNION ALL SELECT 'U9' AS "code" UNION ALL SELECT 'U10' AS "code" UNION ALL SELECT 'U11' AS "code" UNION ALL SELECT 'U12' AS "code" UNION ALL SELECT 'U13' AS "code" UNION ALL SELECT 'U14' AS "code") c WHERE (r."answers"::jsonb -> c."code") IN ('1'::jsonb, '2'::jsonb)
  GROUP BY r."surveyDate", r."questionnaire", COALESCE(r."counterId", 0), c."code";
