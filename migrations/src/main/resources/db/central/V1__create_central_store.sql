-- The central platform's store. Portable SQL for PostgreSQL and H2 (MODE=PostgreSQL,
-- DATABASE_TO_LOWER=TRUE); jOOQ's DDL parser reads it to generate lower-case classes.
-- Money is BIGINT minor units, quantities BIGINT thousandths, rates basis points.

CREATE TABLE store (
    id         UUID         NOT NULL PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT store_code_uk UNIQUE (code)
);

-- A till. credential_hash is a PinHasher hash of the credential handed out at enrollment;
-- reported_* are what the till said about its own backlog on its last request.
CREATE TABLE terminal (
    id                         UUID        NOT NULL PRIMARY KEY,
    store_id                   UUID        NOT NULL,
    code                       VARCHAR(40) NOT NULL,
    credential_hash            VARCHAR(200),
    enrolled_at                TIMESTAMP WITH TIME ZONE,
    revoked_at                 TIMESTAMP WITH TIME ZONE,
    last_seen_at               TIMESTAMP WITH TIME ZONE,
    last_push_at               TIMESTAMP WITH TIME ZONE,
    last_pull_at               TIMESTAMP WITH TIME ZONE,
    max_acked_seq              BIGINT      NOT NULL DEFAULT 0,
    pull_position              BIGINT      NOT NULL DEFAULT 0,
    reported_pending           BIGINT      NOT NULL DEFAULT 0,
    reported_oldest_pending_at TIMESTAMP WITH TIME ZONE,
    created_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT terminal_store_fk FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT terminal_code_uk UNIQUE (store_id, code)
);

-- One-time enrollment codes, stored as SHA-256 hex (the code itself is shown once).
CREATE TABLE enrollment_code (
    code_hash   VARCHAR(64) NOT NULL PRIMARY KEY,
    terminal_id UUID        NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT enrollment_code_terminal_fk FOREIGN KEY (terminal_id) REFERENCES terminal (id)
);

CREATE TABLE tax_class (
    code    VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_zh VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    rate_bp INT          NOT NULL
);

CREATE TABLE category (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    parent_code VARCHAR(40),
    sort_order  INT          NOT NULL DEFAULT 0
);

CREATE TABLE product (
    id               UUID         NOT NULL PRIMARY KEY,
    sku              VARCHAR(64)  NOT NULL,
    name_zh          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    pinyin_initials  VARCHAR(100) NOT NULL,
    category_code    VARCHAR(40),
    tax_class_code   VARCHAR(20)  NOT NULL,
    sold_by_weight   BOOLEAN      NOT NULL,
    scale_plu        VARCHAR(10),
    base_price_minor BIGINT       NOT NULL,
    active           BOOLEAN      NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT product_sku_uk UNIQUE (sku)
);

CREATE TABLE product_barcode (
    code       VARCHAR(48) NOT NULL PRIMARY KEY,
    product_id UUID        NOT NULL,
    CONSTRAINT product_barcode_product_fk FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX product_barcode_product_idx ON product_barcode (product_id);

-- Chain prices (store_id NULL) and store overrides, each with a validity window.
CREATE TABLE price (
    id          UUID   NOT NULL PRIMARY KEY,
    product_id  UUID   NOT NULL,
    store_id    UUID,
    price_minor BIGINT NOT NULL,
    valid_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT price_product_fk FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT price_store_fk FOREIGN KEY (store_id) REFERENCES store (id),
    CONSTRAINT price_window_uk UNIQUE (product_id, store_id, valid_from)
);
CREATE INDEX price_product_idx ON price (product_id);

-- points_balance is the sum of the published points ledger entries for the card.
CREATE TABLE member (
    id             UUID         NOT NULL PRIMARY KEY,
    card_no        VARCHAR(32)  NOT NULL,
    phone          VARCHAR(20),
    name           VARCHAR(100) NOT NULL,
    tier           VARCHAR(20)  NOT NULL,
    points_balance BIGINT       NOT NULL DEFAULT 0,
    balance_as_of  TIMESTAMP WITH TIME ZONE,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT member_card_uk UNIQUE (card_no)
);

-- Ledgers are append-only; published_seq is set by the feed publisher when the entry is
-- folded into a balance (NULL = not yet published). recorded_at is the centre's time of the
-- transaction that stored the entry; a balance's as_of is the latest recorded_at it includes,
-- so a till knows which of its acknowledged entries a balance already counts.
CREATE TABLE points_ledger (
    id            UUID        NOT NULL PRIMARY KEY,
    member_card   VARCHAR(32) NOT NULL,
    delta         BIGINT      NOT NULL,
    reason        VARCHAR(20) NOT NULL,
    store_id      UUID,
    event_id      UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_seq BIGINT
);
CREATE INDEX points_ledger_card_idx ON points_ledger (member_card);
CREATE INDEX points_ledger_published_idx ON points_ledger (published_seq);

CREATE TABLE stock_ledger (
    id            UUID        NOT NULL PRIMARY KEY,
    store_id      UUID        NOT NULL,
    product_id    UUID        NOT NULL,
    delta_milli   BIGINT      NOT NULL,
    reason        VARCHAR(20) NOT NULL,
    event_id      UUID,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_seq BIGINT
);
CREATE INDEX stock_ledger_store_product_idx ON stock_ledger (store_id, product_id);
CREATE INDEX stock_ledger_published_idx ON stock_ledger (published_seq);

CREATE TABLE stock_balance (
    store_id      UUID   NOT NULL,
    product_id    UUID   NOT NULL,
    balance_milli BIGINT NOT NULL,
    as_of         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stock_balance_pk PRIMARY KEY (store_id, product_id)
);

-- A received sale; the unique event_id is the idempotency key of push (a resend hits it and
-- is answered as a duplicate). Other event types get their own table with the same key.
CREATE TABLE sale (
    id                  UUID        NOT NULL PRIMARY KEY,
    event_id            UUID        NOT NULL,
    store_id            UUID        NOT NULL,
    terminal_id         UUID        NOT NULL,
    terminal_seq        BIGINT      NOT NULL,
    receipt_no          VARCHAR(60) NOT NULL,
    kind                VARCHAR(10) NOT NULL,
    original_sale_id    UUID,
    cashier_id          UUID,
    member_card         VARCHAR(32),
    opened_at           TIMESTAMP WITH TIME ZONE,
    completed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    currency            CHAR(3)     NOT NULL,
    subtotal_minor      BIGINT      NOT NULL,
    discount_minor      BIGINT      NOT NULL,
    tax_minor           BIGINT      NOT NULL,
    total_minor         BIGINT      NOT NULL,
    cash_rounding_minor BIGINT      NOT NULL,
    change_minor        BIGINT      NOT NULL,
    offline             BOOLEAN     NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sale_event_uk UNIQUE (event_id)
);
CREATE INDEX sale_store_completed_idx ON sale (store_id, completed_at);

CREATE TABLE sale_line (
    sale_id              UUID        NOT NULL,
    line_no              INT         NOT NULL,
    line_id              UUID        NOT NULL,
    product_id           UUID,
    sku                  VARCHAR(64) NOT NULL,
    quantity_milli       BIGINT      NOT NULL,
    unit_price_minor     BIGINT      NOT NULL,
    override_price_minor BIGINT,
    discount_minor       BIGINT      NOT NULL,
    paid_minor           BIGINT      NOT NULL,
    tax_rate_bp          INT         NOT NULL,
    voided               BOOLEAN     NOT NULL,
    return_of_line_id    UUID,
    CONSTRAINT sale_line_pk PRIMARY KEY (sale_id, line_no)
);

CREATE TABLE sale_payment (
    sale_id      UUID        NOT NULL,
    payment_no   INT         NOT NULL,
    payment_type VARCHAR(20) NOT NULL,
    amount_minor BIGINT      NOT NULL,
    reference    VARCHAR(100),
    CONSTRAINT sale_payment_pk PRIMARY KEY (sale_id, payment_no)
);

-- The change feed. Writers lock the single feed_counter row while they append, so entries
-- commit in sequence order and a reader's cursor never skips a late commit.
CREATE TABLE feed_counter (
    id       INT    NOT NULL PRIMARY KEY,
    last_seq BIGINT NOT NULL
);
INSERT INTO feed_counter (id, last_seq) VALUES (1, 0);

-- entity is tax_class, category, product, member or stock; store_id NULL means every store.
CREATE TABLE change_log (
    seq        BIGINT      NOT NULL PRIMARY KEY,
    store_id   UUID,
    entity     VARCHAR(20) NOT NULL,
    entity_key VARCHAR(80) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX change_log_store_seq_idx ON change_log (store_id, seq);
