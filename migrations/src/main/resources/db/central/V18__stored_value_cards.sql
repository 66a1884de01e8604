-- Stored-value cards (储值卡): the centre keeps the ledger, the tills only ask. A card's balance
-- is money the chain owes its holder; held_minor is the part reserved by holds not yet captured or
-- released. A hold is keyed by the till's tender id, so a retry finds the same hold and a capture
-- never charges twice. Every movement is one stored_value_entry, unique by (kind, ref_id).
CREATE TABLE stored_value_policy (
    id                      INT    NOT NULL PRIMARY KEY,
    named_limit_minor       BIGINT NOT NULL,
    anonymous_limit_minor   BIGINT NOT NULL,
    offline_allowance_minor BIGINT NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO stored_value_policy (id, named_limit_minor, anonymous_limit_minor, offline_allowance_minor, updated_at)
VALUES (1, 500000, 100000, 20000, TIMESTAMP WITH TIME ZONE '2026-12-07 00:00:00+00');

-- Top-up bonus tiers: a top-up of at least threshold_minor earns bonus_minor (the highest tier met).
CREATE TABLE stored_value_bonus (
    threshold_minor BIGINT NOT NULL PRIMARY KEY,
    bonus_minor     BIGINT NOT NULL
);

CREATE TABLE stored_value_card (
    id                      UUID        NOT NULL PRIMARY KEY,
    card_no                 VARCHAR(32) NOT NULL,
    member_card             VARCHAR(32),
    named                   BOOLEAN     NOT NULL,
    active                  BOOLEAN     NOT NULL,
    balance_minor           BIGINT      NOT NULL,
    held_minor              BIGINT      NOT NULL,
    offline_allowance_minor BIGINT      NOT NULL,
    issued_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stored_value_card_no_uk UNIQUE (card_no),
    CONSTRAINT stored_value_card_balance_ck CHECK (balance_minor >= 0 AND held_minor >= 0)
);

CREATE TABLE stored_value_hold (
    tender_id    UUID        NOT NULL PRIMARY KEY,
    card_id      UUID        NOT NULL,
    store_id     UUID        NOT NULL,
    terminal_id  UUID        NOT NULL,
    amount_minor BIGINT      NOT NULL,
    status       VARCHAR(16) NOT NULL,
    held_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT stored_value_hold_card_fk FOREIGN KEY (card_id) REFERENCES stored_value_card (id)
);
CREATE INDEX stored_value_hold_held_idx ON stored_value_hold (held_at);

-- kind: TOP_UP, BONUS, CAPTURE, REFUND, OFFLINE_SPEND; amount_minor is signed (money on the card);
-- a refund's origin_id is the tender it gives money back for.
-- shortfall_minor is what an offline spend could not take because the card did not hold it.
CREATE TABLE stored_value_entry (
    id                  UUID        NOT NULL PRIMARY KEY,
    card_id             UUID        NOT NULL,
    kind                VARCHAR(16) NOT NULL,
    ref_id              UUID        NOT NULL,
    origin_id           UUID,
    amount_minor        BIGINT      NOT NULL,
    shortfall_minor     BIGINT      NOT NULL,
    balance_after_minor BIGINT      NOT NULL,
    store_id            UUID,
    terminal_id         UUID,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stored_value_entry_ref_uk UNIQUE (kind, ref_id),
    CONSTRAINT stored_value_entry_card_fk FOREIGN KEY (card_id) REFERENCES stored_value_card (id)
);
CREATE INDEX stored_value_entry_created_idx ON stored_value_entry (created_at);
CREATE INDEX stored_value_entry_card_idx ON stored_value_entry (card_id);
