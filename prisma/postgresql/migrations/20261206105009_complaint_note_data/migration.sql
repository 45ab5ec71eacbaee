-- AlterTable
ALTER TABLE "ComplaintNote" ADD COLUMN     "data" TEXT;


-- Backfill: the workflow notes written as text before this migration (lib/complaints/handling.ts wrote
-- "assigned:Name", "category:time→fee", "verified:ours:CODE:5:2026-12-28", "verified:not_ours: reason", "resolved",
-- "closed" and "2026-12-21 → 2026-12-28 (+5): reason") get their structured form. A body that matches no form
-- keeps data NULL and is shown as written. The body itself is left untouched.
UPDATE "ComplaintNote" SET "data" = json_build_object('event', "body")::text
WHERE "kind" = 'status' AND "body" IN ('resolved', 'closed') AND "data" IS NULL;

UPDATE "ComplaintNote" SET "data" = json_build_object('event', 'assigned', 'name', substr("body", 10))::text
WHERE "kind" = 'status' AND "body" LIKE 'assigned:%' AND "data" IS NULL;

UPDATE "ComplaintNote"
SET "data" = json_build_object(
  'event', 'categoryChanged',
  'from', substr("body", 10, strpos("body", '→') - 10),
  'to', substr("body", strpos("body", '→') + 1))::text
WHERE "kind" = 'status' AND "body" ~ '^category:.*→' AND "data" IS NULL;

UPDATE "ComplaintNote"
SET "data" = json_build_object('event', 'verifiedNotOurs', 'reason', trim(substr("body", 19)))::text
WHERE "kind" = 'status' AND "body" LIKE 'verified:not\_ours:%' AND "data" IS NULL;

UPDATE "ComplaintNote"
SET "data" = json_build_object(
  'event', 'verifiedOurs',
  'category', (regexp_match("body", '^verified:ours:([^:]+):([0-9]+):([0-9]{4}-[0-9]{2}-[0-9]{2})$'))[1],
  'days', CAST((regexp_match("body", '^verified:ours:([^:]+):([0-9]+):([0-9]{4}-[0-9]{2}-[0-9]{2})$'))[2] AS INTEGER),
  'deadline', (regexp_match("body", '^verified:ours:([^:]+):([0-9]+):([0-9]{4}-[0-9]{2}-[0-9]{2})$'))[3])::text
WHERE "kind" = 'status' AND "body" ~ '^verified:ours:([^:]+):([0-9]+):([0-9]{4}-[0-9]{2}-[0-9]{2})$' AND "data" IS NULL;

UPDATE "ComplaintNote"
SET "data" = json_build_object(
  'event', 'extended',
  'from', (regexp_match("body", '^([0-9]{4}-[0-9]{2}-[0-9]{2}) → ([0-9]{4}-[0-9]{2}-[0-9]{2}) \(\+([0-9]+)\): (.*)$', 's'))[1],
  'to', (regexp_match("body", '^([0-9]{4}-[0-9]{2}-[0-9]{2}) → ([0-9]{4}-[0-9]{2}-[0-9]{2}) \(\+([0-9]+)\): (.*)$', 's'))[2],
  'days', CAST((regexp_match("body", '^([0-9]{4}-[0-9]{2}-[0-9]{2}) → ([0-9]{4}-[0-9]{2}-[0-9]{2}) \(\+([0-9]+)\): (.*)$', 's'))[3] AS INTEGER),
  'reason', (regexp_match("body", '^([0-9]{4}-[0-9]{2}-[0-9]{2}) → ([0-9]{4}-[0-9]{2}-[0-9]{2}) \(\+([0-9]+)\): (.*)$', 's'))[4])::text
WHERE "kind" = 'extension'
  AND "body" ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2}) → ([0-9]{4}-[0-9]{2}-[0-9]{2}) \(\+([0-9]+)\): (.*)$'
  AND "data" IS NULL;
