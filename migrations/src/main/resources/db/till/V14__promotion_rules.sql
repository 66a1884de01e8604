-- A promotion's whole rules as the feed brought them (dev.opentill.core.promo.PromotionRules as
-- JSON); NULL for a promotion of the first table's kinds (kind and its three numbers).
ALTER TABLE promotion ADD COLUMN rules VARCHAR(1000000);
