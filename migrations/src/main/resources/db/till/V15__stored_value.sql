-- Stored-value cards at the till. stored_value_card caches what the centre last said of a card,
-- with the offline allowance it reserved for it: offline, the till lets the card spend at most
-- that allowance (less its offline spends not yet reported). stored_value_pending keeps every
-- card movement the centre has not confirmed yet (an offline spend, a capture or a refund whose
-- answer was lost), keyed by the tender id, and is reported until the centre acknowledges it.
CREATE TABLE stored_value_card (
    card_no                 VARCHAR(32) NOT NULL PRIMARY KEY,
    balance_minor           BIGINT      NOT NULL,
    offline_allowance_minor BIGINT      NOT NULL,
    seen_at                 TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE stored_value_pending (
    tender_id    UUID        NOT NULL PRIMARY KEY,
    card_no      VARCHAR(32) NOT NULL,
    kind         VARCHAR(16) NOT NULL,
    amount_minor BIGINT      NOT NULL,
    original_id  UUID,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX stored_value_pending_card_idx ON stored_value_pending (card_no);
