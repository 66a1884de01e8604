-- The till's local store. Portable SQL: jOOQ's DDL parser reads this file to generate classes.
-- Money is BIGINT minor units; quantities are BIGINT thousandths; rates are basis points.

CREATE TABLE store_setting (
    setting_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);

CREATE TABLE tax_class (
    code     VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_zh  VARCHAR(100) NOT NULL,
    name_en  VARCHAR(100) NOT NULL,
    rate_bp  INT          NOT NULL,
    CONSTRAINT tax_class_rate_range CHECK (rate_bp BETWEEN 0 AND 10000)
);

CREATE TABLE category (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    parent_code VARCHAR(40),
    sort_order  INT          NOT NULL DEFAULT 0,
    quick_key   BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT category_parent_fk FOREIGN KEY (parent_code) REFERENCES category (code)
);

CREATE TABLE product (
    id               UUID         NOT NULL PRIMARY KEY,
    sku              VARCHAR(64)  NOT NULL,
    name_zh          VARCHAR(200) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    pinyin_initials  VARCHAR(100) NOT NULL DEFAULT '',
    category_code    VARCHAR(40),
    tax_class_code   VARCHAR(20)  NOT NULL,
    sold_by_weight   BOOLEAN      NOT NULL DEFAULT FALSE,
    scale_plu        VARCHAR(10),
    base_price_minor BIGINT       NOT NULL,
    quick_key_order  INT,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT product_sku_uk UNIQUE (sku),
    CONSTRAINT product_scale_plu_uk UNIQUE (scale_plu),
    CONSTRAINT product_category_fk FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT product_tax_class_fk FOREIGN KEY (tax_class_code) REFERENCES tax_class (code),
    CONSTRAINT product_price_positive CHECK (base_price_minor >= 0)
);
CREATE INDEX product_pinyin_idx ON product (pinyin_initials);
CREATE INDEX product_category_idx ON product (category_code);

-- Several barcodes per product; codes are stored normalised (UPC-A as EAN-13, UPC-E expanded).
CREATE TABLE product_barcode (
    code       VARCHAR(48) NOT NULL PRIMARY KEY,
    product_id UUID        NOT NULL,
    CONSTRAINT product_barcode_product_fk FOREIGN KEY (product_id) REFERENCES product (id)
);
CREATE INDEX product_barcode_product_idx ON product_barcode (product_id);

-- Store prices with validity windows; the newest entry valid now wins over the product's base price.
CREATE TABLE price_entry (
    id          UUID        NOT NULL PRIMARY KEY,
    product_id  UUID        NOT NULL,
    price_minor BIGINT      NOT NULL,
    valid_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_to    TIMESTAMP WITH TIME ZONE,
    source      VARCHAR(20) NOT NULL,
    CONSTRAINT price_entry_product_fk FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT price_entry_positive CHECK (price_minor >= 0)
);
CREATE INDEX price_entry_product_idx ON price_entry (product_id, valid_from);

CREATE TABLE cashier (
    id               UUID         NOT NULL PRIMARY KEY,
    login_code       VARCHAR(20)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    pin_hash         VARCHAR(200) NOT NULL,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    max_discount_bp  INT          NOT NULL DEFAULT 0,
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT cashier_login_uk UNIQUE (login_code)
);

CREATE TABLE member (
    id              UUID         NOT NULL PRIMARY KEY,
    card_no         VARCHAR(32)  NOT NULL,
    phone           VARCHAR(20),
    name            VARCHAR(100) NOT NULL,
    tier            VARCHAR(20)  NOT NULL,
    points_balance  BIGINT       NOT NULL DEFAULT 0,
    balance_as_of   TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT member_card_uk UNIQUE (card_no)
);
CREATE INDEX member_phone_idx ON member (phone);

CREATE TABLE shift (
    id                  UUID        NOT NULL PRIMARY KEY,
    terminal_code       VARCHAR(40) NOT NULL,
    opened_by           UUID        NOT NULL,
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    opening_float_minor BIGINT      NOT NULL,
    closed_by           UUID,
    closed_at           TIMESTAMP WITH TIME ZONE,
    counted_cash_minor  BIGINT,
    expected_cash_minor BIGINT,
    z_number            BIGINT,
    CONSTRAINT shift_opened_by_fk FOREIGN KEY (opened_by) REFERENCES cashier (id)
);

-- The ticket being sold and parked tickets, saved as a document on every change.
CREATE TABLE open_ticket (
    id         UUID           NOT NULL PRIMARY KEY,
    status     VARCHAR(10)    NOT NULL,
    cashier_id UUID,
    label      VARCHAR(100),
    document   VARCHAR(1000000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Gapless receipt numbers: incremented in the same transaction as the sale.
CREATE TABLE receipt_sequence (
    terminal_code VARCHAR(40) NOT NULL PRIMARY KEY,
    last_value    BIGINT      NOT NULL
);

CREATE TABLE sale (
    id                  UUID        NOT NULL PRIMARY KEY,
    receipt_no          VARCHAR(60) NOT NULL,
    terminal_code       VARCHAR(40) NOT NULL,
    sequence_no         BIGINT      NOT NULL,
    kind                VARCHAR(10) NOT NULL,
    original_sale_id    UUID,
    shift_id            UUID,
    cashier_id          UUID        NOT NULL,
    member_card         VARCHAR(32),
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    currency            CHAR(3)     NOT NULL,
    subtotal_minor      BIGINT      NOT NULL,
    discount_minor      BIGINT      NOT NULL,
    tax_minor           BIGINT      NOT NULL,
    total_minor         BIGINT      NOT NULL,
    cash_rounding_minor BIGINT      NOT NULL,
    change_minor        BIGINT      NOT NULL,
    offline             BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT sale_receipt_uk UNIQUE (receipt_no),
    CONSTRAINT sale_sequence_uk UNIQUE (terminal_code, sequence_no),
    CONSTRAINT sale_original_fk FOREIGN KEY (original_sale_id) REFERENCES sale (id)
);
CREATE INDEX sale_completed_idx ON sale (completed_at);

CREATE TABLE sale_line (
    id                    UUID         NOT NULL PRIMARY KEY,
    sale_id               UUID         NOT NULL,
    line_no               INT          NOT NULL,
    product_id            UUID,
    sku                   VARCHAR(64)  NOT NULL,
    name_zh               VARCHAR(200) NOT NULL,
    name_en               VARCHAR(200) NOT NULL,
    tax_rate_bp           INT          NOT NULL,
    weighed               BOOLEAN      NOT NULL,
    quantity_milli        BIGINT       NOT NULL,
    unit_price_minor      BIGINT       NOT NULL,
    override_price_minor  BIGINT,
    fixed_amount_minor    BIGINT,
    line_discount_minor   BIGINT       NOT NULL,
    ticket_discount_minor BIGINT       NOT NULL,
    paid_minor            BIGINT       NOT NULL,
    voided                BOOLEAN      NOT NULL,
    return_of_sale_id     UUID,
    return_of_line_id     UUID,
    CONSTRAINT sale_line_sale_fk FOREIGN KEY (sale_id) REFERENCES sale (id),
    CONSTRAINT sale_line_return_fk FOREIGN KEY (return_of_line_id) REFERENCES sale_line (id)
);
CREATE INDEX sale_line_sale_idx ON sale_line (sale_id);
CREATE INDEX sale_line_return_idx ON sale_line (return_of_line_id);

CREATE TABLE sale_tender (
    id           UUID        NOT NULL PRIMARY KEY,
    sale_id      UUID        NOT NULL,
    tender_no    INT         NOT NULL,
    tender_type  VARCHAR(20) NOT NULL,
    amount_minor BIGINT      NOT NULL,
    reference    VARCHAR(100),
    CONSTRAINT sale_tender_sale_fk FOREIGN KEY (sale_id) REFERENCES sale (id)
);
CREATE INDEX sale_tender_sale_idx ON sale_tender (sale_id);

CREATE TABLE sale_tax (
    sale_id     UUID   NOT NULL,
    rate_bp     INT    NOT NULL,
    net_minor   BIGINT NOT NULL,
    tax_minor   BIGINT NOT NULL,
    gross_minor BIGINT NOT NULL,
    CONSTRAINT sale_tax_pk PRIMARY KEY (sale_id, rate_bp),
    CONSTRAINT sale_tax_sale_fk FOREIGN KEY (sale_id) REFERENCES sale (id)
);

-- Stock as signed deltas. acked_at is set when the centre confirms it has the entry; the till
-- shows stock_balance (the centre's last balance) plus its own entries not yet acknowledged.
CREATE TABLE stock_ledger (
    id             UUID        NOT NULL PRIMARY KEY,
    product_id     UUID        NOT NULL,
    delta_milli    BIGINT      NOT NULL,
    reason         VARCHAR(20) NOT NULL,
    ref_id         UUID,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    acked_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX stock_ledger_product_idx ON stock_ledger (product_id, acked_at);

CREATE TABLE stock_balance (
    product_id    UUID   NOT NULL PRIMARY KEY,
    balance_milli BIGINT NOT NULL,
    as_of         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE points_ledger (
    id          UUID        NOT NULL PRIMARY KEY,
    member_card VARCHAR(32) NOT NULL,
    delta       BIGINT      NOT NULL,
    reason      VARCHAR(20) NOT NULL,
    ref_id      UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    acked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX points_ledger_member_idx ON points_ledger (member_card, acked_at);

-- Events for the centre, written in the same transaction as what they describe. seq is the
-- terminal's own push order; event_id is the centre's idempotency key.
CREATE TABLE outbox (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    event_id     UUID         NOT NULL,
    event_type   VARCHAR(40)  NOT NULL,
    aggregate_id UUID         NOT NULL,
    payload      VARCHAR(1000000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts     INT          NOT NULL DEFAULT 0,
    last_error   VARCHAR(1000),
    acked_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT outbox_event_uk UNIQUE (event_id)
);
CREATE INDEX outbox_pending_idx ON outbox (acked_at, seq);

CREATE TABLE sync_cursor (
    feed       VARCHAR(40) NOT NULL PRIMARY KEY,
    position   BIGINT      NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Append-only, hash-chained: hash = SHA-256(prev_hash | fields). Editing or deleting any row
-- breaks the chain from there on.
CREATE TABLE audit_log (
    seq           BIGINT        NOT NULL PRIMARY KEY,
    id            UUID          NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    terminal_code VARCHAR(40)   NOT NULL,
    actor_id      UUID,
    approver_id   UUID,
    action        VARCHAR(40)   NOT NULL,
    subject       VARCHAR(200),
    detail        VARCHAR(4000),
    prev_hash     VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL
);
