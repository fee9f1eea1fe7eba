-- The episode's event log keeps no callers' personal data (Decree 13/2023, docs/PRIVACY.md):
-- staff who may see it read it from the question itself, so erasing a question's columns
-- erases it everywhere. Events written before kept the name, phone and area: blank them.
UPDATE "EpisodeEvent"
SET "payload" = json_set("payload", '$.name', '', '$.phone', '', '$.area', '', '$.hasPhone', json('false'))
WHERE json_valid("payload") AND (json_extract("payload", '$.name') <> '' OR json_extract("payload", '$.phone') <> '' OR json_extract("payload", '$.area') <> '');
