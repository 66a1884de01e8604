-- Made-to-order sales (issue 14): a sold line's options (pos-core's LineOptions as the
-- open ticket's JSON: base price, chosen options with their price differences, the combo slot it
-- fills), so receipts and reprints show them; and the sale's daily order number, given in the
-- sale's own transaction when a line is made to order (NULL otherwise).
ALTER TABLE sale_line ADD COLUMN options VARCHAR(8000);
ALTER TABLE sale ADD COLUMN order_number INT;
