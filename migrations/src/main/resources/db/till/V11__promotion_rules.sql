-- A promotion's whole rules as the feed brought them (dev.opentill.core.promo.PromotionRules as
-- JSON); NULL for a promotion of the first table's kinds (kind and its three numbers).
ALTER TABLE promotion ADD COLUMN rules VARCHAR(1000000);

-- What each promotion saved on a sale, as the price proof had it when the sale was paid; the
-- receipt (and every reprint) summarises them by name. A line's promotion_id names only the
-- promotion with the largest share of that line's discount.
CREATE TABLE sale_promotion (
    sale_id      UUID         NOT NULL,
    promotion_id UUID         NOT NULL,
    name_zh      VARCHAR(200) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    saving_minor BIGINT       NOT NULL,
    CONSTRAINT sale_promotion_pk PRIMARY KEY (sale_id, promotion_id),
    CONSTRAINT sale_promotion_sale_fk FOREIGN KEY (sale_id) REFERENCES sale (id)
);
