package dev.opentill.peripherals.printer.escpos;

/**
 * The Chinese (Kanji-mode, FS &amp;) font a printer carries. GB2312 covers 7,445 characters; GB18030
 * here means its two-byte part (the GBK range, 21,886 characters). No printer in the model table
 * prints four-byte GB18030 characters (Hangul syllables, rare ideographs): those get a substitute.
 */
public enum ChineseFont {
    NONE,
    /** GB2312's 87 rows of 94 (bytes A1-F7, A1-FE), sent as the same GB18030 bytes. */
    GB2312,
    GB18030
}
