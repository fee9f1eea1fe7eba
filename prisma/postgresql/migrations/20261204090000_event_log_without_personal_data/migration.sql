-- The episode's event log keeps no callers' personal data (Decree 13/2023, docs/PRIVACY.md):
-- staff who may see it read it from the question itself, so erasing a question's columns
-- erases it everywhere. Events written before kept the name, phone and area: blank them.
UPDATE "EpisodeEvent"
SET "payload" = ("payload"::jsonb || '{"name": "", "phone": "", "area": "", "hasPhone": false}'::jsonb)::text
WHERE "payload"::jsonb ->> 'name' <> '' OR "payload"::jsonb ->> 'phone' <> '' OR "payload"::jsonb ->> 'area' <> '';
