package dev.opentill.central.http;

import dev.opentill.central.admin.ImportRecords;
import dev.opentill.central.admin.StaffRecords;
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

    /**
     * Columns: code,name,role,stores,pin_hash,pin,temporary_pin,enabled,max_discount_bp; stores
     * separated by '|'; pin_hash or pin (hashed at once) for a new person, neither keeps the PIN.
     */
    static StaffRecords.StaffRow staff(Map<String, String> r) {
        String stores = r.get("stores");
        return new StaffRecords.StaffRow(r.get("code"), r.get("name"), r.get("role"),
                stores == null
                        ? List.of()
                        : Arrays.stream(stores.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                r.get("pin"), r.get("pin_hash"), bool(r.get("temporary_pin")), bool(r.get("enabled")),
                r.get("max_discount_bp") == null || r.get("max_discount_bp").isBlank()
                        ? null
                        : Integer.valueOf(r.get("max_discount_bp").trim()));
    }

    private static Boolean bool(String v) {
        return v == null || v.isBlank() ? null : Boolean.parseBoolean(v.trim());
    }

    private static String required(Map<String, String> r, String column) {
        String v = r.get(column);
        if (v == null) {
            throw new IllegalArgumentException("column " + column + " is required");
        }
        return v.trim();
    }
}
