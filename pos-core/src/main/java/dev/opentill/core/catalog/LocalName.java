package dev.opentill.core.catalog;

import java.util.Locale;

/** Picks a bilingual name for a locale: Chinese for zh, English otherwise, then the other, then a fallback. */
public final class LocalName {
    private LocalName() {
    }

    public static String pick(Locale locale, String nameZh, String nameEn, String fallback) {
        boolean zh = "zh".equals(locale.getLanguage());
        String first = zh ? nameZh : nameEn;
        String other = zh ? nameEn : nameZh;
        if (first != null && !first.isBlank()) {
            return first;
        }
        return other != null && !other.isBlank() ? other : fallback;
    }
}
