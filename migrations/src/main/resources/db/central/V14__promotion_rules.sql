-- A promotion's whole rules (dev.opentill.core.promo.PromotionRules as JSON: conditions, any reward
-- the engine knows, limits, stacking), checked at import. NULL for a promotion of the first
-- table's kinds, whose terms are the kind and its three numbers. One document rather than a table
-- per reward: the feed carries it as is and a new reward kind needs no migration.
ALTER TABLE promotion ADD COLUMN rules VARCHAR(1000000);
