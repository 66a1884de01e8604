-- Staff come down the centre's feed. temporary_pin: the person must choose their own PIN at the
-- next login. pin_set_at orders PIN changes made here and at the centre (the later one wins).
ALTER TABLE cashier ADD COLUMN temporary_pin BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE cashier ADD COLUMN pin_set_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE cashier ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;
