-- Promotions the tills apply by themselves (see dev.opentill.core.promo.Promotion): percent off
-- or N pieces for a price, chain-wide (store_id NULL) or for one store, inside a validity window,
-- on some days of the week (days: comma-separated MON..SUN, empty = every day) and between two
-- times of day in the store's time zone (both NULL = all day).
CREATE TABLE promotion (
    id                 UUID         NOT NULL PRIMARY KEY,
    code               VARCHAR(40)  NOT NULL,
    name_zh            VARCHAR(200) NOT NULL,
    name_en            VARCHAR(200) NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    percent_off_bp     INT          NOT NULL,
    buy_quantity       INT          NOT NULL,
    bundle_price_minor BIGINT       NOT NULL,
    store_id           UUID,
    valid_from         TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to           TIMESTAMP WITH TIME ZONE,
    days               VARCHAR(30)  NOT NULL,
    daily_from         TIME,
    daily_to           TIME,
    active             BOOLEAN      NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT promotion_code_uk UNIQUE (code),
    CONSTRAINT promotion_store_fk FOREIGN KEY (store_id) REFERENCES store (id)
);

CREATE TABLE promotion_product (
    promotion_id UUID NOT NULL,
    product_id   UUID NOT NULL,
    CONSTRAINT promotion_product_pk PRIMARY KEY (promotion_id, product_id),
    CONSTRAINT promotion_product_promotion_fk FOREIGN KEY (promotion_id) REFERENCES promotion (id),
    CONSTRAINT promotion_product_product_fk FOREIGN KEY (product_id) REFERENCES product (id)
);

-- The promotion a sold line's discount came from (NULL: none, or a discount given by hand).
ALTER TABLE sale_line ADD COLUMN promotion_id UUID;
