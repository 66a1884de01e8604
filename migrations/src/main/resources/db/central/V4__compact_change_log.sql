-- The change log keeps one entry per thing: appending a change of a (store, entity, key) deletes
-- the earlier entry for it, in the same transaction, under the feed lock. Every entry is served
-- with the thing's current state, so an earlier entry adds nothing a till still needs, and a new
-- till's first download reads each thing once however often it changed. Tax classes and
-- categories keep every entry: products refer to them, so a till must meet a tax class or a
-- category earlier in the feed than any product using it. This index finds the entries.
CREATE INDEX change_log_thing_idx ON change_log (entity, entity_key, store_id);

-- Compact what was written before.
DELETE FROM change_log WHERE entity NOT IN ('tax_class', 'category') AND EXISTS (
    SELECT 1 FROM change_log later
    WHERE later.entity = change_log.entity AND later.entity_key = change_log.entity_key
      AND (later.store_id = change_log.store_id OR (later.store_id IS NULL AND change_log.store_id IS NULL))
      AND later.seq > change_log.seq);
