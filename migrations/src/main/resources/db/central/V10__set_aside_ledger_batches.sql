-- A ledger batch the publisher cannot fold (a balance would overflow, say) is set aside with the
-- reason instead of blocking every batch after it; the publisher skips set-aside batches.
ALTER TABLE ledger_batch ADD COLUMN set_aside_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ledger_batch ADD COLUMN set_aside_reason VARCHAR(200);
