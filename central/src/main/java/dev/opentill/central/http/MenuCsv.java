package dev.opentill.central.http;

import dev.opentill.central.admin.ImportRecords.ComboRow;
import dev.opentill.central.admin.ImportRecords.ComboSlotRow;
import dev.opentill.central.admin.ImportRecords.OptionGroupRow;
import dev.opentill.central.admin.ImportRecords.OptionRow;
import dev.opentill.central.admin.ImportRecords.ProductGroupsRow;
import dev.opentill.central.admin.ImportRecords.SlotProductRow;
import dev.opentill.central.error.CentralException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The menu's CSV files (lower-case snake_case headers), one per part:
 * <ul>
 * <li>option groups, one row per option: group_code,group_name_zh,group_name_en,min_choices,
 * max_choices,option_code,name_zh,name_en,price_delta_minor,default,stackable,stock_sku (a group's
 * columns repeat on each of its rows and must agree);</li>
 * <li>products: sku,groups (group codes in order, separated by '|');</li>
 * <li>combos, one row per allowed product: combo_code,combo_name_zh,combo_name_en,price_minor,
 * active,slot_code,slot_name_zh,slot_name_en,sku,upcharge_minor.</li>
 * </ul>
 */
final class MenuCsv {
    private MenuCsv() {
    }

    /** One option with its group's columns. */
    record OptionLine(String groupCode, String nameZh, String nameEn, int min, int max, OptionRow option) {
    }

    /** One allowed product of a combo's slot, with the combo's and the slot's columns. */
    record SlotLine(String comboCode, String nameZh, String nameEn, long priceMinor, Boolean active, String slotCode,
            String slotNameZh, String slotNameEn, SlotProductRow product) {
    }

    static OptionLine option(Map<String, String> r) {
        return new OptionLine(text(r, "group_code"), text(r, "group_name_zh"), text(r, "group_name_en"),
                (int) number(r, "min_choices"), (int) number(r, "max_choices"),
                new OptionRow(text(r, "option_code"), text(r, "name_zh"), text(r, "name_en"),
                        number(r, "price_delta_minor"), flag(r, "default"), flag(r, "stackable"),
                        text(r, "stock_sku")));
    }

    static ProductGroupsRow product(Map<String, String> r) {
        String groups = text(r, "groups");
        return new ProductGroupsRow(text(r, "sku"), groups == null
                ? List.of()
                : Arrays.stream(groups.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    static SlotLine slotProduct(Map<String, String> r) {
        String active = text(r, "active");
        return new SlotLine(text(r, "combo_code"), text(r, "combo_name_zh"), text(r, "combo_name_en"),
                number(r, "price_minor"), active == null ? null : Boolean.parseBoolean(active), text(r, "slot_code"),
                text(r, "slot_name_zh"), text(r, "slot_name_en"),
                new SlotProductRow(text(r, "sku"), number(r, "upcharge_minor")));
    }

    /** Options gathered into their groups, in the order the groups first appear. */
    static List<OptionGroupRow> groups(List<OptionLine> lines) {
        Map<String, OptionLine> heads = new LinkedHashMap<>();
        Map<String, List<OptionRow>> options = new LinkedHashMap<>();
        for (OptionLine l : lines) {
            OptionLine head = heads.putIfAbsent(String.valueOf(l.groupCode()), l);
            if (head != null && !(Objects.equals(head.nameZh(), l.nameZh()) && Objects.equals(head.nameEn(),
                    l.nameEn()) && head.min() == l.min() && head.max() == l.max())) {
                throw CentralException.malformed("option group " + l.groupCode() + ": the row of option "
                        + l.option().code() + " gives the group other names or choices than its first row");
            }
            options.computeIfAbsent(String.valueOf(l.groupCode()), k -> new ArrayList<>()).add(l.option());
        }
        return heads.values().stream().map(h -> new OptionGroupRow(h.groupCode(), h.nameZh(), h.nameEn(), h.min(),
                h.max(), options.get(String.valueOf(h.groupCode())))).toList();
    }

    /** Allowed products gathered into slots and combos, in the order they first appear. */
    static List<ComboRow> combos(List<SlotLine> lines) {
        Map<String, SlotLine> heads = new LinkedHashMap<>();
        Map<String, Map<String, List<SlotLine>>> slots = new LinkedHashMap<>();
        for (SlotLine l : lines) {
            SlotLine head = heads.putIfAbsent(String.valueOf(l.comboCode()), l);
            if (head != null && !(Objects.equals(head.nameZh(), l.nameZh()) && Objects.equals(head.nameEn(),
                    l.nameEn()) && head.priceMinor() == l.priceMinor() && Objects.equals(head.active(),
                            l.active()))) {
                throw CentralException.malformed("combo " + l.comboCode() + ": the row of slot " + l.slotCode()
                        + " gives the combo other names, price or state than its first row");
            }
            slots.computeIfAbsent(String.valueOf(l.comboCode()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(String.valueOf(l.slotCode()), k -> new ArrayList<>()).add(l);
        }
        List<ComboRow> out = new ArrayList<>();
        for (SlotLine h : heads.values()) {
            List<ComboSlotRow> rows = new ArrayList<>();
            for (List<SlotLine> slot : slots.get(String.valueOf(h.comboCode())).values()) {
                SlotLine s = slot.get(0);
                rows.add(new ComboSlotRow(s.slotCode(), s.slotNameZh(), s.slotNameEn(),
                        slot.stream().map(SlotLine::product).toList()));
            }
            out.add(new ComboRow(h.comboCode(), h.nameZh(), h.nameEn(), h.priceMinor(), h.active(), rows));
        }
        return out;
    }

    private static String text(Map<String, String> r, String column) {
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static long number(Map<String, String> r, String column) {
        String v = text(r, column);
        if (v == null) {
            return 0;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a whole number: " + v);
        }
    }

    private static boolean flag(Map<String, String> r, String column) {
        return Boolean.parseBoolean(text(r, column));
    }
}
