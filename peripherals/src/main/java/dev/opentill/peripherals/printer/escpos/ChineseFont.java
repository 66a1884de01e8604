package dev.opentill.peripherals.printer.escpos;

import java.nio.charset.Charset;

/**
 * The Chinese (Kanji-mode, FS &amp;) font a printer carries. GB2312 covers 7,445 characters; GB18030
 * here means its two-byte part (the GBK range, 21,886 characters). No printer in the model table
 * prints four-byte GB18030 characters (Hangul syllables, rare ideographs): those get a substitute.
 */
public enum ChineseFont {
    NONE(null),
    GB2312(Charset.forName("GB2312")),
    GB18030(Charset.forName("GB18030"));

    private final Charset charset;

    ChineseFont(Charset charset) {
        this.charset = charset;
    }

    /** The charset whose two-byte characters the font has; null for NONE. */
    public Charset charset() {
        return charset;
    }
}
