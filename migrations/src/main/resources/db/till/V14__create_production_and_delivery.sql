-- The production queue (issue 14): every completed order with a made-to-order line, and every
-- accepted delivery order, from MAKING to READY to COLLECTED (or CANCELLED by the platform).
-- call_number is what the counter calls out; platform_serial the delivery platform's daily serial.
CREATE TABLE production_order (
    id              UUID          NOT NULL PRIMARY KEY,
    terminal_code   VARCHAR(40)   NOT NULL,
    receipt_no      VARCHAR(40)   NOT NULL,
    call_number     VARCHAR(10)   NOT NULL,
    platform_serial VARCHAR(20),
    channel         VARCHAR(12)   NOT NULL,
    cups            INT           NOT NULL,
    summary         VARCHAR(1000) NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT production_order_receipt_uk UNIQUE (terminal_code, receipt_no),
    CONSTRAINT production_order_cups_ck CHECK (cups >= 0)
);
CREATE INDEX production_order_status_idx ON production_order (status, created_at);

-- Delivery-platform orders pushed or fed down by the centre, one row per (source, platform order
-- id): NEW until the cashier (or the store's auto-accept) decides, then ACCEPTED (sale_id is the
-- sale paid by the platform tender), REJECTED with a reason, or CANCELLED by the platform.
-- order_json is the centre's normalised order as received (bounded by the agent).
CREATE TABLE delivery_order (
    id                UUID           NOT NULL PRIMARY KEY,
    source            VARCHAR(20)    NOT NULL,
    platform_order_id VARCHAR(64)    NOT NULL,
    platform_serial   VARCHAR(20)    NOT NULL,
    order_json        VARCHAR(200000) NOT NULL,
    status            VARCHAR(12)    NOT NULL,
    reason            VARCHAR(200),
    sale_id           UUID,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_order_platform_uk UNIQUE (source, platform_order_id)
);
CREATE INDEX delivery_order_status_idx ON delivery_order (status, received_at);
