-- The cash office: cash that moves other than by a sale, and the stored Z reports.

-- Each movement is two-sided: from_place -> to_place (TILL, SAFE, OUTSIDE), so the drawer, the safe
-- and what was paid out always add up. count_spec keeps the count by denomination when one was made.
CREATE TABLE cash_movement (
    id            UUID        NOT NULL PRIMARY KEY,
    shift_id      UUID        NOT NULL,
    terminal_code VARCHAR(40) NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    amount_minor  BIGINT      NOT NULL,
    from_place    VARCHAR(10) NOT NULL,
    to_place      VARCHAR(10) NOT NULL,
    reason        VARCHAR(60),
    bag_no        VARCHAR(60),
    count_spec    VARCHAR(400),
    actor_id      UUID,
    approver_id   UUID,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_seq     BIGINT      NOT NULL,
    CONSTRAINT cash_movement_shift_fk FOREIGN KEY (shift_id) REFERENCES shift (id),
    CONSTRAINT cash_movement_amount_ck CHECK (amount_minor >= 0),
    CONSTRAINT cash_movement_sides_ck CHECK (from_place <> to_place)
);
CREATE INDEX cash_movement_shift_idx ON cash_movement (shift_id);

-- Z reports, append-only: written once in the closing transaction, never updated. document is the
-- canonical text the hash covers (HMAC-SHA256 with the till's audit key, chained by prev_hash).
CREATE TABLE z_report (
    terminal_code     VARCHAR(40)  NOT NULL,
    z_number          BIGINT       NOT NULL,
    shift_id          UUID         NOT NULL,
    business_date     DATE         NOT NULL,
    closed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    net_minor         BIGINT       NOT NULL,
    grand_total_minor BIGINT       NOT NULL,
    document          VARCHAR(16000) NOT NULL,
    prev_hash         CHAR(64)     NOT NULL,
    hash              CHAR(64)     NOT NULL,
    CONSTRAINT z_report_pk PRIMARY KEY (terminal_code, z_number),
    CONSTRAINT z_report_shift_uk UNIQUE (shift_id),
    CONSTRAINT z_report_shift_fk FOREIGN KEY (shift_id) REFERENCES shift (id)
);
CREATE INDEX z_report_date_idx ON z_report (business_date);

-- The Z of each shift reads its sales by shift.
CREATE INDEX sale_shift_idx ON sale (shift_id);
