-- The sale screen's quick keys: the few products of a category that have a key, in key order.
-- With only the category index, reading them walked every product of the category (on a
-- 1,000,000-product store, tens of seconds of a loaded till's start, with the first scans queued
-- behind it). The query bounds quick_key_order from below so the index serves both columns.
CREATE INDEX product_quick_key_idx ON product (category_code, quick_key_order);
