-- The sync agent marks a sale's stock and points entries acknowledged by the sale id (ref_id)
-- as well as by entry id; without these indexes each acknowledgement scans the whole ledger.
CREATE INDEX stock_ledger_ref_idx ON stock_ledger (ref_id);
CREATE INDEX points_ledger_ref_idx ON points_ledger (ref_id);
