-- Orders a customer placed and paid online, to be collected in one store. They come down to that
-- store's tills; the till that hands one over records a sale paid by a PREPAID tender whose
-- reference is the order number, and that sale's collection (pickup_collection, append-only, in a
-- ledger batch) marks the order collected at the centre, which then drops it from every till.
CREATE TABLE pickup_order (
    id                UUID         NOT NULL PRIMARY KEY,
    order_no          VARCHAR(40)  NOT NULL,
    store_id          UUID         NOT NULL,
    customer_name     VARCHAR(100),
    customer_phone    VARCHAR(20),
    paid_minor        BIGINT       NOT NULL,
    status            VARCHAR(12)  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    collected_at      TIMESTAMP WITH TIME ZONE,
    collected_sale_id UUID,
    CONSTRAINT pickup_order_no_uk UNIQUE (order_no),
    CONSTRAINT pickup_order_store_fk FOREIGN KEY (store_id) REFERENCES store (id)
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

CREATE TABLE pickup_collection (
    id           UUID        NOT NULL PRIMARY KEY,
    order_no     VARCHAR(40) NOT NULL,
    sale_id      UUID        NOT NULL,
    event_id     UUID        NOT NULL,
    store_id     UUID        NOT NULL,
    collected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    batch_id     UUID,
    accepted     BOOLEAN
);
CREATE INDEX pickup_collection_batch_idx ON pickup_collection (batch_id);
