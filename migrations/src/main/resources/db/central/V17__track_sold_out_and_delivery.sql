-- Sold out at the tills (issue 14): the latest mark per store, item and business day (a till's
-- sold_out event; the later marked_at wins), and every pushed event once by its id, so a resend
-- is a duplicate. item_key is 'product:<uuid>' or 'option:<group>/<option>'.
CREATE TABLE store_sold_out (
    store_id     UUID         NOT NULL,
    item_key     VARCHAR(130) NOT NULL,
    business_day DATE         NOT NULL,
    sold_out     BOOLEAN      NOT NULL,
    marked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    terminal_id  UUID         NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT store_sold_out_pk PRIMARY KEY (store_id, item_key, business_day),
    CONSTRAINT store_sold_out_store_fk FOREIGN KEY (store_id) REFERENCES store (id)
);

CREATE TABLE sold_out_event (
    event_id     UUID         NOT NULL PRIMARY KEY,
    store_id     UUID         NOT NULL,
    terminal_id  UUID         NOT NULL,
    item_key     VARCHAR(130) NOT NULL,
    business_day DATE         NOT NULL,
    sold_out     BOOLEAN      NOT NULL,
    marked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_by    UUID,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Delivery-platform orders (issue 14), one normalised model for every platform, idempotent by
-- (source, platform_order_id). order_json is the order as the feed carries it to the store's
-- tills; the status columns are what the platform adapter reads back.
CREATE TABLE delivery_order (
    id                UUID            NOT NULL PRIMARY KEY,
    store_id          UUID            NOT NULL,
    source            VARCHAR(20)     NOT NULL,
    platform_order_id VARCHAR(64)     NOT NULL,
    platform_serial   VARCHAR(20)     NOT NULL,
    order_json        VARCHAR(200000) NOT NULL,
    paid_minor        BIGINT          NOT NULL,
    status            VARCHAR(12)     NOT NULL,
    reason            VARCHAR(200),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_order_platform_uk UNIQUE (source, platform_order_id),
    CONSTRAINT delivery_order_store_fk FOREIGN KEY (store_id) REFERENCES store (id)
);
CREATE INDEX delivery_order_store_idx ON delivery_order (store_id, status);

-- Statuses set at tills (pushed delivery_status events), once by event id; applied is false when
-- the move was no longer allowed (the platform had cancelled, another till had decided).
CREATE TABLE delivery_status_event (
    event_id    UUID        NOT NULL PRIMARY KEY,
    order_id    UUID        NOT NULL,
    store_id    UUID        NOT NULL,
    terminal_id UUID        NOT NULL,
    status      VARCHAR(12) NOT NULL,
    reason      VARCHAR(200),
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    applied     BOOLEAN     NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Whether a store takes delivery orders now (no row: it does).
CREATE TABLE store_delivery (
    store_id   UUID    NOT NULL PRIMARY KEY,
    taking     BOOLEAN NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT store_delivery_store_fk FOREIGN KEY (store_id) REFERENCES store (id)
);
