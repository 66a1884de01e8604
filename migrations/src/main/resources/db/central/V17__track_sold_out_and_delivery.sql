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
