package dev.opentill.central.admin;

import java.util.Locale;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The search key a cashier types for a product: the lower-case first letter of each Chinese
 * character's pinyin ("咖啡" gives "kf") and the first letter of each Latin word. Computed once at
 * the centre on import (pinyin4j's tables stay off the till) and sent down with the product.
 */
public final class PinyinInitials {
    private static final int MAX = 100;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    }

    private PinyinInitials() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < name.length() && out.length() < MAX; i++) {
            char c = name.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                inWord = false;
                String[] readings = readings(c);
                if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                    out.append(readings[0].charAt(0));
                }
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord && c < 128 && Character.isLetter(c)) {
                    out.append(Character.toLowerCase(c));
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String[] readings(char c) {
        try {
            return PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
