package dev.opentill.peripherals.printer.escpos;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How each character prints on one printer (its Western code page and Chinese font), and so how
 * many columns text takes there. Routes: ASCII as is; Latin, Greek and Cyrillic letters through the
 * code page when it has them; everything the Chinese font has in two bytes (ideographs, and
 * punctuation such as × “ ” … — ℃ №) in Kanji mode, two columns wide; the rest through the code
 * page. A character with no route gets a documented substitute, decided here once so the preview,
 * the layout and the paper agree: its compatibility form (Ａ→A, ①→1), its base letter (ö→o, ł→l), else
 * □ for a wide character (Hangul, four-byte GB18030) on a Chinese printer, else ?.
 */
public final class Glyphs {
    public enum Route {
        ASCII,
        KANJI,
        CODE_PAGE,
        MISSING
    }

    public static final String WIDE_SUBSTITUTE = "□";
    public static final String NARROW_SUBSTITUTE = "?";

    private static final Map<String, Glyphs> INSTANCES = new ConcurrentHashMap<>();
    /** Letters Unicode does not decompose into a base letter and a mark. */
    private static final Map<Character, String> UNDECOMPOSED = Map.of('Ł', "L", 'ł', "l", 'Ø', "O", 'ø', "o", 'Đ', "D",
            'đ', "d", 'Œ', "OE", 'œ', "oe", 'Æ', "AE", 'æ', "ae");

    private final CodePage codePage;
    private final ChineseFont chinese;
    private final Map<Integer, Route> routes = new ConcurrentHashMap<>();
    private final Map<Integer, String> substitutes = new ConcurrentHashMap<>();

    private Glyphs(CodePage codePage, ChineseFont chinese) {
        this.codePage = codePage;
        this.chinese = chinese;
    }

    public static Glyphs of(CodePage codePage, ChineseFont chinese) {
        return INSTANCES.computeIfAbsent(codePage + "/" + chinese, k -> new Glyphs(codePage, chinese));
    }

    public CodePage codePage() {
        return codePage;
    }

    public ChineseFont chinese() {
        return chinese;
    }

    public Route route(int cp) {
        return routes.computeIfAbsent(cp, this::decide);
    }

    private Route decide(int cp) {
        if (cp < 0x80) {
            return cp >= 0x20 && cp != 0x7F ? Route.ASCII : Route.MISSING;
        }
        String s = Character.toString(cp);
        boolean inCodePage = codePage.charset().newEncoder().canEncode(s);
        if (inCodePage && isAlphabetLetter(cp)) {
            return Route.CODE_PAGE;
        }
        if (inChineseFont(cp, s)) {
            return Route.KANJI;
        }
        return inCodePage ? Route.CODE_PAGE : Route.MISSING;
    }

    /** Two bytes in GB18030, and for a GB2312 font inside GB2312's rows (A1-F7 by A1-FE), as the printer reads them. */
    private boolean inChineseFont(int cp, String s) {
        if (chinese == ChineseFont.NONE || Character.getType(cp) == Character.PRIVATE_USE
                || !EscPosBuilder.GB18030.newEncoder().canEncode(s)) {
            return false;
        }
        byte[] b = s.getBytes(EscPosBuilder.GB18030);
        if (b.length != 2 || (b[0] & 0xFF) < 0x81) {
            return false;
        }
        return chinese != ChineseFont.GB2312 || ((b[0] & 0xFF) >= 0xA1 && (b[0] & 0xFF) <= 0xF7
                && (b[1] & 0xFF) >= 0xA1 && (b[1] & 0xFF) <= 0xFE);
    }

    private static boolean isAlphabetLetter(int cp) {
        if (!Character.isLetter(cp)) {
            return false;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.LATIN || script == UnicodeScript.GREEK || script == UnicodeScript.CYRILLIC;
    }

    /** Columns one printable character takes: two in Kanji mode, else one. */
    public int width(int cp) {
        Route r = route(cp);
        if (r == Route.MISSING) {
            return of(substitute(cp));
        }
        return r == Route.KANJI ? 2 : 1;
    }

    /** {@code s} as it will print: every character without a route replaced by its substitute. */
    public String printable(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (route(cp) == Route.MISSING) {
                if (sb == null) {
                    sb = new StringBuilder(s.length()).append(s, 0, i);
                }
                sb.append(substitute(cp));
            } else if (sb != null) {
                sb.appendCodePoint(cp);
            }
            i += n;
        }
        return sb == null ? s : sb.toString();
    }

    String substitute(int cp) {
        return substitutes.computeIfAbsent(cp, this::chooseSubstitute);
    }

    private String chooseSubstitute(int cp) {
        if (cp < 0x80) {
            return NARROW_SUBSTITUTE;
        }
        String s = Character.toString(cp);
        String compat = Normalizer.normalize(s, Normalizer.Form.NFKC);
        if (!compat.equals(s) && allRouted(compat)) {
            return compat;
        }
        String base = cp <= 0xFFFF && UNDECOMPOSED.containsKey((char) cp)
                ? UNDECOMPOSED.get((char) cp)
                : Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (!base.isEmpty() && !base.equals(s) && allRouted(base)) {
            return base;
        }
        if (TextWidth.isWide(cp) && route(WIDE_SUBSTITUTE.codePointAt(0)) == Route.KANJI) {
            return WIDE_SUBSTITUTE;
        }
        return NARROW_SUBSTITUTE;
    }

    private boolean allRouted(String s) {
        return s.codePoints().allMatch(c -> route(c) != Route.MISSING);
    }

    /** Printed width of {@code s} in columns. */
    public int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** The longest prefix of printable {@code s} that fits in {@code columns}; never splits a character. */
    public String fit(String s, int columns) {
        String p = printable(s);
        int w = 0;
        int i = 0;
        while (i < p.length()) {
            int cp = p.codePointAt(i);
            int cw = width(cp);
            if (w + cw > columns) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return p.substring(0, i);
    }

    public String padLeft(String s, int columns) {
        String f = fit(s, columns);
        return " ".repeat(columns - of(f)) + f;
    }

    /** {@code left} and {@code right} on one line of {@code columns}, the left side cut if both do not fit. */
    public String twoColumns(String left, String right, int columns) {
        String r = printable(right);
        int rw = of(r);
        if (rw >= columns) {
            return fit(r, columns);
        }
        String l = fit(left, Math.max(0, columns - rw - 1));
        return l + " ".repeat(columns - of(l) - rw) + r;
    }

    public String center(String s, int columns) {
        String f = fit(s, columns);
        return " ".repeat((columns - of(f)) / 2) + f;
    }

    /**
     * Printable {@code s} in lines of at most {@code columns}. Breaks between words, or next to a
     * wide (CJK) character, which may break anywhere; a word longer than a line is cut.
     */
    public List<String> wrap(String s, int columns) {
        List<String> out = new ArrayList<>();
        String rest = printable(s).stripTrailing();
        int indent = rest.length() - rest.stripLeading().length(); // kept on the first line, never a break point
        while (of(rest) > columns) {
            String head = fit(rest, columns);
            int cut = breakPoint(rest, head.length(), indent);
            out.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
            indent = 0;
        }
        out.add(rest);
        return out;
    }

    /** Where to end a line whose longest fitting prefix ends at {@code end}: after the last space or wide character. */
    private int breakPoint(String s, int end, int indent) {
        if (end == 0) {
            return Character.charCount(s.codePointAt(0)); // a column narrower than one character: never loop
        }
        if (isBreak(s, end)) {
            return end;
        }
        for (int i = end; i > indent + 1;) {
            int prev = s.codePointBefore(i);
            if (prev == ' ' || width(prev) == 2) {
                return i;
            }
            i -= Character.charCount(prev);
        }
        return end;
    }

    private boolean isBreak(String s, int at) {
        int before = s.codePointBefore(at);
        int after = s.codePointAt(at);
        return after == ' ' || before == ' ' || width(before) == 2 || width(after) == 2;
    }
}
