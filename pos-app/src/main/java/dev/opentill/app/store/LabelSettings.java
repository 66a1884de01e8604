package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.peripherals.label.LabelConfig;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The cup-label printer's settings: label size ({@value #SIZE}, e.g. {@code 40x30} millimetres),
 * how Chinese is printed ({@value #CHINESE}: {@code font} for the printer's TSS24.BF2, {@code bitmap}
 * for printers without it) and whether labels carry a QR code ({@value #QR}). Unset: 40 x 30 mm,
 * the printer's font, a QR code.
 */
public final class LabelSettings {
    public static final String SIZE = "label.size";
    public static final String CHINESE = "label.chinese";
    public static final String QR = "label.qr";

    private LabelSettings() {
    }

    public static LabelConfig load(DSLContext dsl, String name) {
        Map<String, String> s = dsl.select(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE).from(STORE_SETTING)
                .where(STORE_SETTING.SETTING_KEY.in(SIZE, CHINESE, QR))
                .fetchMap(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE);
        LabelConfig c = LabelConfig.defaults(name);
        if (s.containsKey(SIZE)) {
            String[] wh = s.get(SIZE).split("x");
            c = c.withSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        }
        if ("bitmap".equals(s.get(CHINESE))) {
            c = c.withChinese(LabelConfig.ChineseText.BITMAP);
        }
        return c.withQr(!"false".equals(s.get(QR)));
    }

    /** A size such as {@code 40x30} within what a label printer takes (20-120 x 15-200 mm). */
    static boolean size(String v) {
        if (!v.matches("[0-9]{2,3}x[0-9]{2,3}")) {
            return false;
        }
        String[] wh = v.split("x");
        int w = Integer.parseInt(wh[0]);
        int h = Integer.parseInt(wh[1]);
        return w >= 20 && w <= 120 && h >= 15 && h <= 200;
    }
}
