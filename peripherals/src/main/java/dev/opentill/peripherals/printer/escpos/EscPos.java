package dev.opentill.peripherals.printer.escpos;

/** ESC/POS command bytes (Epson TM-T88 class and compatibles) as named constants. */
public final class EscPos {
    private EscPos() {
    }

    public static final byte LF = 0x0A;
    public static final byte ESC = 0x1B;
    public static final byte GS = 0x1D;
    public static final byte FS = 0x1C;
    public static final byte DLE = 0x10;
    public static final byte EOT = 0x04;

    /** ESC @: initialise, clearing styles and buffers. */
    public static final byte[] INIT = {ESC, '@'};
    /** ESC E n: emphasised (bold) on/off. */
    public static final byte[] BOLD = {ESC, 'E'};
    /** ESC - n: underline 0 off, 1 thin, 2 thick. */
    public static final byte[] UNDERLINE = {ESC, '-'};
    /** GS ! n: character size, high nibble width-1, low nibble height-1. */
    public static final byte[] SIZE = {GS, '!'};
    /** ESC a n: justification 0 left, 1 centre, 2 right. */
    public static final byte[] ALIGN = {ESC, 'a'};
    /** ESC d n: print and feed n lines. */
    public static final byte[] FEED_LINES = {ESC, 'd'};
    /** ESC t n: select character code table. */
    public static final byte[] CODE_PAGE = {ESC, 't'};
    /** FS &: enter Kanji (double-byte, GB18030 on Chinese models) mode. */
    public static final byte[] KANJI_ON = {FS, '&'};
    /** FS .: leave Kanji mode; bytes from 0x80 use the code page again. */
    public static final byte[] KANJI_OFF = {FS, '.'};
    /** GS V m: cut, m 0 full, 1 partial. */
    public static final byte[] CUT = {GS, 'V'};
    public static final byte CUT_FULL = 0;
    public static final byte CUT_PARTIAL = 1;

    /** GS h n: barcode height in dots. */
    public static final byte[] BARCODE_HEIGHT = {GS, 'h'};
    /** GS w n: barcode module width 2..6. */
    public static final byte[] BARCODE_WIDTH = {GS, 'w'};
    /** GS H n: human-readable text position, 2 = below. */
    public static final byte[] BARCODE_HRI = {GS, 'H'};
    /** GS k m n d...: print barcode, function B (length-prefixed). */
    public static final byte[] BARCODE = {GS, 'k'};
    public static final byte BARCODE_EAN13 = 67;
    public static final byte BARCODE_CODE128 = 73;
    /** CODE128 data starts with a code-set selector; code set B covers printable ASCII. */
    public static final byte[] CODE128_SET_B = {'{', 'B'};

    /** GS ( k: two-dimensional code functions; cn 49 = QR. */
    public static final byte[] QR = {GS, '(', 'k'};
    public static final byte QR_CN = 49;
    public static final byte QR_FN_MODEL = 65;
    public static final byte QR_MODEL_2 = 50;
    public static final byte QR_FN_MODULE_SIZE = 67;
    public static final byte QR_FN_ERROR_LEVEL = 69;
    public static final byte QR_ERROR_M = 49;
    public static final byte QR_FN_STORE = 80;
    public static final byte QR_FN_PRINT = 81;
    public static final byte QR_M = 48;

    /** GS v 0 m xL xH yL yH d...: print raster bit image, m 0 normal. */
    public static final byte[] RASTER = {GS, 'v', '0'};

    /** ESC p m t1 t2: drawer kick pulse, m 0 = pin 2, 1 = pin 5; times in 2 ms units. */
    public static final byte[] DRAWER_KICK = {ESC, 'p'};

    /** DLE EOT n: real-time status, n 1 printer, 2 offline cause, 3 error cause, 4 paper sensor. */
    public static final byte[] STATUS = {DLE, EOT};
    public static final byte[] STATUS_ALL = {DLE, EOT, 1, DLE, EOT, 2, DLE, EOT, 3, DLE, EOT, 4};
}
