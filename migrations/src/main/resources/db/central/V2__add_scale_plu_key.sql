-- Tills keep scale PLUs unique, so the centre must refuse a second product with the same one
-- rather than send a catalog page no till can apply.
ALTER TABLE product ADD CONSTRAINT product_scale_plu_uk UNIQUE (scale_plu);
