-- How each audit entry was hashed: 1 = SHA-256 over '|'-joined fields (entries written before V6,
-- still verified as written), 2 = HMAC-SHA256 with the till's own key over length-prefixed fields.
ALTER TABLE audit_log ADD COLUMN scheme SMALLINT DEFAULT 1 NOT NULL;

-- The audit seq of each sale's own entry: a head kept outside the chain, so dropping the last
-- entries of the chain is caught.
ALTER TABLE sale ADD COLUMN audit_seq BIGINT;
