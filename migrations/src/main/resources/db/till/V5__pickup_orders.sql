-- Orders paid online waiting to be collected in this store (see the centre's V9).
-- collected_sale_id marks an order this till has handed over, before the centre hears of it.
CREATE TABLE pickup_order (
    id                UUID         NOT NULL PRIMARY KEY,
    order_no          VARCHAR(40)  NOT NULL,
    customer_name     VARCHAR(100),
    customer_phone    VARCHAR(20),
    paid_minor        BIGINT       NOT NULL,
    collected_sale_id UUID,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pickup_order_no_uk UNIQUE (order_no)
);

CREATE TABLE pickup_order_line (
    order_id       UUID        NOT NULL,
    line_no        INT         NOT NULL,
    product_id     UUID        NOT NULL,
    sku            VARCHAR(64) NOT NULL,
    quantity_milli BIGINT      NOT NULL,
    amount_minor   BIGINT      NOT NULL,
    CONSTRAINT pickup_order_line_pk PRIMARY KEY (order_id, line_no),
    CONSTRAINT pickup_order_line_order_fk FOREIGN KEY (order_id) REFERENCES pickup_order (id)
);
