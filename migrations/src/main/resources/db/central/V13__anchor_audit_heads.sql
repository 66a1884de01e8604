-- The highest audit head each terminal reported (its chain's last seq and hash), and the first
-- sign that the till's chain was cut or rewritten after the centre saw it. The alarm is never
-- cleared by a till: only an administrator's look at the terminal explains it.
ALTER TABLE terminal ADD COLUMN audit_head_seq BIGINT;
ALTER TABLE terminal ADD COLUMN audit_head_hash VARCHAR(64);
ALTER TABLE terminal ADD COLUMN audit_alarm VARCHAR(300);
ALTER TABLE terminal ADD COLUMN audit_alarm_at TIMESTAMP WITH TIME ZONE;
