-- Promotions from the centre's feed for this store (see dev.opentill.core.promo.Promotion).
-- product_id has no foreign key: the feed may bring a promotion before a product it covers.
CREATE TABLE promotion (
    id                 UUID         NOT NULL PRIMARY KEY,
    code               VARCHAR(40)  NOT NULL,
    name_zh            VARCHAR(200) NOT NULL,
    name_en            VARCHAR(200) NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    percent_off_bp     INT          NOT NULL,
    buy_quantity       INT          NOT NULL,
    bundle_price_minor BIGINT       NOT NULL,
    valid_from         TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to           TIMESTAMP WITH TIME ZONE,
    days               VARCHAR(30)  NOT NULL,
    daily_from         TIME,
    daily_to           TIME,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE promotion_product (
    promotion_id UUID NOT NULL,
    product_id   UUID NOT NULL,
    CONSTRAINT promotion_product_pk PRIMARY KEY (promotion_id, product_id),
    CONSTRAINT promotion_product_promotion_fk FOREIGN KEY (promotion_id) REFERENCES promotion (id)
);

-- The promotion a line's discount came from (NULL: none, or a discount given by hand).
ALTER TABLE sale_line ADD COLUMN promotion_id UUID;
