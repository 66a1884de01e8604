-- Z reports pushed by the tills, once each: keyed by the event id and by (terminal, Z number), so a
-- resend is a duplicate and a different event for the same Z is refused. document is the till's
-- canonical Z text, hash its chain hash (the till's key signs it; the centre keeps the chain).
CREATE TABLE z_report (
    event_id            UUID         NOT NULL PRIMARY KEY,
    store_code          VARCHAR(40)  NOT NULL,
    terminal_code       VARCHAR(40)  NOT NULL,
    z_number            BIGINT       NOT NULL,
    business_date       DATE         NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    currency            CHAR(3)      NOT NULL,
    sales               INT          NOT NULL,
    returns             INT          NOT NULL,
    gross_minor         BIGINT       NOT NULL,
    net_minor           BIGINT       NOT NULL,
    cash_expected_minor BIGINT       NOT NULL,
    cash_counted_minor  BIGINT       NOT NULL,
    grand_total_minor   BIGINT       NOT NULL,
    not_at_centre       INT          NOT NULL,
    prev_hash           CHAR(64)     NOT NULL,
    hash                CHAR(64)     NOT NULL,
    document            VARCHAR(16000) NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT z_report_terminal_uk UNIQUE (terminal_code, z_number)
);
CREATE INDEX z_report_store_day_idx ON z_report (store_code, business_date);
