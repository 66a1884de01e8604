package dev.opentill.core.catalog;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Lower-case initials of a product name for the till's search box: every Chinese character gives
 * the first letter of its (first) pinyin reading, every run of Latin letters or digits its first
 * character. "可口可乐 Coke 330ml" gives "kkklc3". Full-width letters and digits count as Latin.
 */
public final class PinyinInitials {
    /** The column that stores initials is VARCHAR(100). */
    public static final int MAX_LENGTH = 100;

    private static final char FIRST_HAN = '\u3400';
    private static final char LAST_HAN = '\u9fff';
    private static final char UNKNOWN = '\0';
    private static final char NONE = '\1';

    // pinyin4j parses its table on every call; one initial per CJK character is cached here.
    // Racing writers store the same value, so the cache needs no locking.
    private static final char[] CACHE = new char[LAST_HAN - FIRST_HAN + 1];

    private PinyinInitials() {
    }

    /** The initials of {@code name}; empty for null or a name with nothing to index. */
    public static String of(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(name.length(), MAX_LENGTH));
        boolean inLatinRun = false;
        for (int i = 0; i < name.length() && out.length() < MAX_LENGTH; i++) {
            char c = latin(name.charAt(i));
            if (isLatinOrDigit(c)) {
                if (!inLatinRun) {
                    out.append(Character.toLowerCase(c));
                    inLatinRun = true;
                }
                continue;
            }
            inLatinRun = false;
            if (c >= FIRST_HAN && c <= LAST_HAN) {
                char initial = initialOf(c);
                if (initial != NONE) {
                    out.append(initial);
                }
            }
        }
        return out.toString();
    }

    private static char initialOf(char han) {
        int slot = han - FIRST_HAN;
        char cached = CACHE[slot];
        if (cached == UNKNOWN) {
            cached = lookUp(han);
            CACHE[slot] = cached;
        }
        return cached;
    }

    private static char lookUp(char han) {
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(han);
        if (readings == null || readings.length == 0 || readings[0].isEmpty()) {
            return NONE;
        }
        char first = Character.toLowerCase(readings[0].charAt(0));
        return first >= 'a' && first <= 'z' ? first : NONE;
    }

    /** Maps full-width ASCII forms (Ａ, ３) to their ASCII characters. */
    private static char latin(char c) {
        return c >= '\uff01' && c <= '\uff5e' ? (char) (c - 0xfee0) : c;
    }

    private static boolean isLatinOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
