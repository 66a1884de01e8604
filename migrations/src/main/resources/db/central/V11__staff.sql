-- Staff: the people who may log in at the chain's tills, master data of the chain. code is what
-- they type at the till's login. pin_hash is a PinHasher hash (never the PIN); temporary_pin
-- means the till makes them choose their own at the next login. pin_set_at orders PIN changes
-- made here and at tills: the later one wins. A person works in the stores listed in
-- staff_store, and comes down the feed to those stores' tills only.
CREATE TABLE staff (
    id              UUID         NOT NULL PRIMARY KEY,
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(100) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    pin_hash        VARCHAR(200) NOT NULL,
    temporary_pin   BOOLEAN      NOT NULL,
    pin_set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    max_discount_bp INT          NOT NULL DEFAULT 0,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_code_uk UNIQUE (code)
);

CREATE TABLE staff_store (
    staff_id UUID NOT NULL,
    store_id UUID NOT NULL,
    CONSTRAINT staff_store_pk PRIMARY KEY (staff_id, store_id),
    CONSTRAINT staff_store_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT staff_store_store_fk FOREIGN KEY (store_id) REFERENCES store (id)
);
CREATE INDEX staff_store_store_idx ON staff_store (store_id);

-- PINs set at tills (pushed staff_pin events); the unique event id makes a resend a duplicate.
-- applied is false when a later PIN had already been set (the event is kept, not used).
CREATE TABLE staff_pin_event (
    event_id    UUID        NOT NULL PRIMARY KEY,
    staff_id    UUID        NOT NULL,
    store_id    UUID        NOT NULL,
    terminal_id UUID        NOT NULL,
    reason      VARCHAR(20) NOT NULL,
    approved_by UUID,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    applied     BOOLEAN     NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT staff_pin_event_staff_fk FOREIGN KEY (staff_id) REFERENCES staff (id)
);
