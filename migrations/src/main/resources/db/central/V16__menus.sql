-- The chain's made-to-order menu (issue 14), as imported: option groups (size, sugar, ice,
-- toppings) with their options, which products take which groups in which order, and combos with
-- their slots and the products allowed in each. The same shape as the till's V10 tables, so the
-- feed carries it as stored. Menus are chain-wide; a store's sold-out items are kept apart.
CREATE TABLE option_group (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    min_choices INT          NOT NULL,
    max_choices INT          NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT option_group_choices_ck CHECK (min_choices >= 0 AND max_choices >= 1 AND min_choices <= max_choices)
);

CREATE TABLE option_item (
    group_code        VARCHAR(40)  NOT NULL,
    code              VARCHAR(40)  NOT NULL,
    position          INT          NOT NULL,
    name_zh           VARCHAR(100) NOT NULL,
    name_en           VARCHAR(100) NOT NULL,
    price_delta_minor BIGINT       NOT NULL,
    by_default        BOOLEAN      NOT NULL,
    stackable         BOOLEAN      NOT NULL,
    stock_sku         VARCHAR(64),
    CONSTRAINT option_item_pk PRIMARY KEY (group_code, code),
    CONSTRAINT option_item_group_fk FOREIGN KEY (group_code) REFERENCES option_group (code)
);

CREATE TABLE product_option_group (
    product_id UUID        NOT NULL,
    group_code VARCHAR(40) NOT NULL,
    position   INT         NOT NULL,
    CONSTRAINT product_option_group_pk PRIMARY KEY (product_id, group_code),
    CONSTRAINT product_option_group_product_fk FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT product_option_group_group_fk FOREIGN KEY (group_code) REFERENCES option_group (code)
);

CREATE TABLE combo (
    id          UUID         NOT NULL PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    price_minor BIGINT       NOT NULL,
    active      BOOLEAN      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT combo_code_uk UNIQUE (code),
    CONSTRAINT combo_price_ck CHECK (price_minor >= 0)
);

CREATE TABLE combo_slot (
    combo_id UUID         NOT NULL,
    code     VARCHAR(40)  NOT NULL,
    position INT          NOT NULL,
    name_zh  VARCHAR(100) NOT NULL,
    name_en  VARCHAR(100) NOT NULL,
    CONSTRAINT combo_slot_pk PRIMARY KEY (combo_id, code),
    CONSTRAINT combo_slot_combo_fk FOREIGN KEY (combo_id) REFERENCES combo (id)
);

CREATE TABLE combo_slot_product (
    combo_id       UUID        NOT NULL,
    slot_code      VARCHAR(40) NOT NULL,
    product_id     UUID        NOT NULL,
    upcharge_minor BIGINT      NOT NULL,
    CONSTRAINT combo_slot_product_pk PRIMARY KEY (combo_id, slot_code, product_id),
    CONSTRAINT combo_slot_product_slot_fk FOREIGN KEY (combo_id, slot_code) REFERENCES combo_slot (combo_id, code),
    CONSTRAINT combo_slot_product_product_fk FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT combo_slot_product_upcharge_ck CHECK (upcharge_minor >= 0)
);

-- A sold line's options as the sale event carried them (SaleEvent.Options as JSON), and the
-- sale's daily order number at its till (NULL: nothing made to order).
ALTER TABLE sale_line ADD COLUMN options VARCHAR(8000);
ALTER TABLE sale ADD COLUMN order_number INT;
