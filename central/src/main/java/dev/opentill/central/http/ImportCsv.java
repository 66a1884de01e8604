package dev.opentill.central.http;

import dev.opentill.central.admin.ImportRecords;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Maps CSV rows (lower-case snake_case headers) to import rows. */
final class ImportCsv {
    private ImportCsv() {
    }

    /** Columns: sku,name_zh,name_en,category_code,tax_class_code,base_price_minor,barcodes,sold_by_weight,scale_plu,active; barcodes separated by '|'. */
    static ImportRecords.ProductRow product(Map<String, String> r) {
        String codes = r.get("barcodes");
        List<String> barcodes = codes == null
                ? List.of()
                : Arrays.stream(codes.split("\\|")).map(String::trim)
                        .filter(s -> !s.isEmpty()).toList();
        return new ImportRecords.ProductRow(r.get("sku"), r.get("name_zh"), r.get("name_en"), r.get("category_code"),
                r.get("tax_class_code"), Long.parseLong(required(r, "base_price_minor")), barcodes,
                Boolean.parseBoolean(r.get("sold_by_weight")), r.get("scale_plu"),
                r.get("active") == null ? null : Boolean.parseBoolean(r.get("active")));
    }

    /** Columns: sku,store_code,price_minor,valid_from,valid_to (ISO-8601 instants; store_code empty for chain prices). */
    static ImportRecords.PriceRow price(Map<String, String> r) {
        return new ImportRecords.PriceRow(r.get("sku"), r.get("store_code"), Long.parseLong(required(r, "price_minor")),
                Instant.parse(required(r, "valid_from")),
                r.get("valid_to") == null ? null : Instant.parse(r.get("valid_to")));
    }

    /** Columns: card_no,phone,name,tier. */
    static ImportRecords.MemberRow member(Map<String, String> r) {
        return new ImportRecords.MemberRow(r.get("card_no"), r.get("phone"), r.get("name"), r.get("tier"));
    }

    private static String required(Map<String, String> r, String column) {
        String v = r.get(column);
        if (v == null) {
            throw new IllegalArgumentException("column " + column + " is required");
        }
        return v.trim();
    }
}
