-- The back office's document behind a stock entry: a purchase order, a transfer note, a count sheet.
ALTER TABLE stock_ledger ADD COLUMN reference VARCHAR(100);
