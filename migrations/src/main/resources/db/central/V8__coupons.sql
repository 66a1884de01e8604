-- Single-use coupons: a fixed amount off a ticket of at least min_spend_minor, for anyone or for
-- one member's card, in every store or one, inside a validity window. Tills redeem them offline;
-- each redemption arrives with its sale (coupon_redemption, append-only, in a ledger batch) and
-- the publisher marks the coupon redeemed by the earliest sale: a second use, possible while tills
-- were offline, is kept with accepted = FALSE for the back office to follow up.
CREATE TABLE coupon (
    id               UUID         NOT NULL PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    name_zh          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    amount_off_minor BIGINT       NOT NULL,
    min_spend_minor  BIGINT       NOT NULL,
    member_card      VARCHAR(32),
    store_id         UUID,
    valid_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to         TIMESTAMP WITH TIME ZONE,
    active           BOOLEAN      NOT NULL,
    redeemed_at      TIMESTAMP WITH TIME ZONE,
    redeemed_sale_id UUID,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT coupon_code_uk UNIQUE (code),
    CONSTRAINT coupon_store_fk FOREIGN KEY (store_id) REFERENCES store (id)
);

CREATE TABLE coupon_redemption (
    id           UUID        NOT NULL PRIMARY KEY,
    coupon_id    UUID        NOT NULL,
    code         VARCHAR(40) NOT NULL,
    sale_id      UUID        NOT NULL,
    event_id     UUID        NOT NULL,
    store_id     UUID        NOT NULL,
    amount_minor BIGINT      NOT NULL,
    redeemed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    batch_id     UUID,
    accepted     BOOLEAN
);
CREATE INDEX coupon_redemption_batch_idx ON coupon_redemption (batch_id);
CREATE INDEX coupon_redemption_coupon_idx ON coupon_redemption (coupon_id);
