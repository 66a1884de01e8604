-- A store's receipt logo as uploaded (checked for format, bytes and pixels before it is stored),
-- carried down the feed to that store's tills only; sha256 lets a till tell a new logo from one
-- it has already dithered.
CREATE TABLE store_logo (
    store_id   UUID        NOT NULL PRIMARY KEY,
    image      BYTEA       NOT NULL,
    sha256     VARCHAR(64) NOT NULL,
    format     VARCHAR(10) NOT NULL,
    width      INT         NOT NULL,
    height     INT         NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT store_logo_store_fk FOREIGN KEY (store_id) REFERENCES store (id)
);

-- The chain's electronic-invoice (fapiao) QR: one row (id 1). url_template holds {receipt},
-- {amount}, {store}, {terminal} and {sig}; secret (hex) is the chain key from which each
-- terminal's signing key is derived (HMAC-SHA256 over the terminal id), so a till can sign only
-- as itself and the centre needs no key per terminal.
CREATE TABLE invoice_config (
    id           INT          NOT NULL PRIMARY KEY,
    enabled      BOOLEAN      NOT NULL,
    url_template VARCHAR(300) NOT NULL,
    secret       VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Verifying a scanned invoice QR finds the sale by terminal and receipt number.
CREATE INDEX sale_terminal_receipt_idx ON sale (terminal_id, receipt_no);
