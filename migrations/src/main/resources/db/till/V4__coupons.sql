-- Coupons from the centre's feed this till may redeem (see the centre's V8), and the coupons each
-- sale redeemed. used_sale_id marks a coupon this till has redeemed, so it is not taken twice here
-- before the centre hears of it.
CREATE TABLE coupon (
    id               UUID         NOT NULL PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    name_zh          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    amount_off_minor BIGINT       NOT NULL,
    min_spend_minor  BIGINT       NOT NULL,
    member_card      VARCHAR(32),
    valid_from       TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to         TIMESTAMP WITH TIME ZONE,
    used_sale_id     UUID,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT coupon_code_uk UNIQUE (code)
);

CREATE TABLE sale_coupon (
    sale_id      UUID        NOT NULL,
    coupon_id    UUID        NOT NULL,
    code         VARCHAR(40) NOT NULL,
    amount_minor BIGINT      NOT NULL,
    CONSTRAINT sale_coupon_pk PRIMARY KEY (sale_id, coupon_id),
    CONSTRAINT sale_coupon_sale_fk FOREIGN KEY (sale_id) REFERENCES sale (id)
);
