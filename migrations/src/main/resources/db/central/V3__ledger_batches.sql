-- The publisher used to find new ledger entries by `published_seq IS NULL` and then rewrite every
-- entry it had counted, which doubled the write cost of each entry (a new row version plus an
-- entry in each of the ledger's indexes). Now each transaction that appends ledger entries (a
-- push batch, a stock receipt) also inserts one ledger_batch row and tags its entries with it;
-- the publisher folds a batch's entries into balances and deletes the batch row. An entry is
-- counted in its balance exactly when its batch row is gone. Ledger rows are never updated.
CREATE TABLE ledger_batch (
    id         UUID NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE stock_ledger ADD COLUMN batch_id UUID;
ALTER TABLE points_ledger ADD COLUMN batch_id UUID;

-- Entries not yet published when this runs move into one batch of their own.
INSERT INTO ledger_batch (id, created_at)
SELECT CAST('00000000-0000-7000-8000-000000000003' AS UUID), CURRENT_TIMESTAMP FROM stock_ledger
WHERE published_seq IS NULL
UNION
SELECT CAST('00000000-0000-7000-8000-000000000003' AS UUID), CURRENT_TIMESTAMP FROM points_ledger
WHERE published_seq IS NULL;
UPDATE stock_ledger SET batch_id = '00000000-0000-7000-8000-000000000003' WHERE published_seq IS NULL;
UPDATE points_ledger SET batch_id = '00000000-0000-7000-8000-000000000003' WHERE published_seq IS NULL;

DROP INDEX stock_ledger_published_idx;
DROP INDEX points_ledger_published_idx;
ALTER TABLE stock_ledger DROP COLUMN published_seq;
ALTER TABLE points_ledger DROP COLUMN published_seq;
CREATE INDEX stock_ledger_batch_idx ON stock_ledger (batch_id);
CREATE INDEX points_ledger_batch_idx ON points_ledger (batch_id);
