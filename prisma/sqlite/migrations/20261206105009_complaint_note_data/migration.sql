-- AlterTable
ALTER TABLE "ComplaintNote" ADD COLUMN "data" TEXT;


-- Backfill: the workflow notes written as text before this migration (lib/complaints/handling.ts wrote
-- "assigned:Name", "category:time→fee", "verified:ours:CODE:5:2026-12-28", "verified:not_ours: reason", "resolved",
-- "closed" and "2026-12-21 → 2026-12-28 (+5): reason") get their structured form. A body that matches no form
-- keeps data NULL and is shown as written. The body itself is left untouched.
UPDATE "ComplaintNote" SET "data" = json_object('event', "body")
WHERE "kind" = 'status' AND "body" IN ('resolved', 'closed') AND "data" IS NULL;

UPDATE "ComplaintNote" SET "data" = json_object('event', 'assigned', 'name', substr("body", 10))
WHERE "kind" = 'status' AND substr("body", 1, 9) = 'assigned:' AND "data" IS NULL;

UPDATE "ComplaintNote"
SET "data" = json_object(
  'event', 'categoryChanged',
  'from', substr("body", 10, instr("body", '→') - 10),
  'to', substr("body", instr("body", '→') + 1))
WHERE "kind" = 'status' AND substr("body", 1, 9) = 'category:' AND instr("body", '→') > 0 AND "data" IS NULL;

UPDATE "ComplaintNote"
SET "data" = json_object('event', 'verifiedNotOurs', 'reason', trim(substr("body", 19)))
WHERE "kind" = 'status' AND substr("body", 1, 18) = 'verified:not_ours:' AND "data" IS NULL;

-- verified:ours:<code>:<days>:<YYYY-MM-DD>: the middle part is "<code>:<days>" (a code has no colon).
UPDATE "ComplaintNote"
SET "data" = json_object(
  'event', 'verifiedOurs',
  'category', substr(substr("body", 15, length("body") - 25), 1, instr(substr("body", 15, length("body") - 25), ':') - 1),
  'days', CAST(substr(substr("body", 15, length("body") - 25), instr(substr("body", 15, length("body") - 25), ':') + 1) AS INTEGER),
  'deadline', substr("body", length("body") - 9))
WHERE "kind" = 'status'
  AND "body" GLOB 'verified:ours:?*:[0-9]*:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
  AND substr(substr("body", 15, length("body") - 25), instr(substr("body", 15, length("body") - 25), ':') + 1) NOT GLOB '*[^0-9]*'
  AND instr(substr("body", 15, length("body") - 25), ':') > 1
  AND "data" IS NULL;

-- "<from> → <to> (+<days>): <reason>": the dates are the first ten characters and characters 14–23.
UPDATE "ComplaintNote"
SET "data" = json_object(
  'event', 'extended',
  'from', substr("body", 1, 10),
  'to', substr("body", 14, 10),
  'days', CAST(substr("body", 27, instr("body", '): ') - 27) AS INTEGER),
  'reason', substr("body", instr("body", '): ') + 3))
WHERE "kind" = 'extension'
  AND "body" GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] → [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] (+[0-9]*): *'
  AND substr("body", 27, instr("body", '): ') - 27) NOT GLOB '*[^0-9]*'
  AND instr("body", '): ') > 27
  AND "data" IS NULL;
