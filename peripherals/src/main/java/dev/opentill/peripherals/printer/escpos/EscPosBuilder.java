package dev.opentill.peripherals.printer.escpos;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.opentill.core.barcode.Gtin;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Builds one ESC/POS document. Text is encoded run by run: ASCII as is, CJK through GB18030 inside
 * Kanji mode (FS &amp;), other characters through the profile's code page with Kanji mode off.
 */
public final class EscPosBuilder {
    public static final Charset GB18030 = Charset.forName("GB18030");

    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    private final Capabilities caps;
    private final Glyphs glyphs;
    private final boolean kanji;
    private final ByteBuf out = new ByteBuf(4096);
    private boolean inKanji;

    public EscPosBuilder(Capabilities caps) {
        this.caps = caps;
        this.glyphs = caps.glyphs();
        this.kanji = caps.chinese() != ChineseFont.NONE;
    }

    /**
     * @param kanji whether the printer has the GB18030 font (Chinese models); without it CJK prints as a substitute
     * @param nativeQr whether the printer understands GS ( k; otherwise QR codes are sent as raster
     */
    public EscPosBuilder(CodePage codePage, boolean kanji, boolean nativeQr, int dotsPerLine) {
        this(new Capabilities(codePage, kanji ? ChineseFont.GB18030 : ChineseFont.NONE, nativeQr, true, dotsPerLine, 2,
                6));
    }

    /** ESC @, then Kanji mode off and the code page, so the printer is in a known state. */
    public EscPosBuilder init() {
        out.add(EscPos.INIT);
        if (kanji) {
            out.add(EscPos.KANJI_OFF);
        }
        inKanji = false;
        out.add(EscPos.CODE_PAGE);
        out.add(caps.codePage().escTNumber());
        return this;
    }

    public EscPosBuilder bold(boolean on) {
        out.add(EscPos.BOLD);
        out.add(on ? 1 : 0);
        return this;
    }

    public EscPosBuilder underline(boolean on) {
        out.add(EscPos.UNDERLINE);
        out.add(on ? 1 : 0);
        return this;
    }

    /** Character magnification 1..8 in each direction. */
    public EscPosBuilder size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("Character size must be 1..8, got " + width + "x" + height);
        }
        out.add(EscPos.SIZE);
        out.add((width - 1) << 4 | (height - 1));
        return this;
    }

    public EscPosBuilder align(Align align) {
        out.add(EscPos.ALIGN);
        out.add(align.ordinal());
        return this;
    }

    /** Text in runs: ASCII as is, Kanji-mode runs in GB18030, code-page runs with Kanji mode off ({@link Glyphs}). */
    public EscPosBuilder text(String text) {
        String s = glyphs.printable(text);
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                out.add(cp);
                i++;
                continue;
            }
            Glyphs.Route route = glyphs.route(cp);
            int start = i;
            while (i < n && s.codePointAt(i) >= 0x80 && glyphs.route(s.codePointAt(i)) == route) {
                i += Character.charCount(s.codePointAt(i));
            }
            String run = s.substring(start, i);
            if (route == Glyphs.Route.KANJI) {
                if (!inKanji) {
                    out.add(EscPos.KANJI_ON);
                    inKanji = true;
                }
                out.add(run.getBytes(GB18030));
            } else {
                if (inKanji) {
                    out.add(EscPos.KANJI_OFF);
                    inKanji = false;
                }
                out.add(run.getBytes(caps.codePage().charset()));
            }
        }
        return this;
    }

    public EscPosBuilder line(String s) {
        text(s);
        out.add(EscPos.LF);
        return this;
    }

    public EscPosBuilder newline() {
        out.add(EscPos.LF);
        return this;
    }

    public EscPosBuilder feed(int lines) {
        out.add(EscPos.FEED_LINES);
        out.add(Math.max(0, Math.min(255, lines)));
        return this;
    }

    public EscPosBuilder cut(boolean partial) {
        out.add(EscPos.CUT);
        out.add(partial ? EscPos.CUT_PARTIAL : EscPos.CUT_FULL);
        return this;
    }

    /** EAN-13 from 12 digits (printer adds the check digit) or 13 with a valid check digit. */
    public EscPosBuilder ean13(String digits) {
        if (!Gtin.isDigits(digits) || (digits.length() != 12 && digits.length() != 13)
                || (digits.length() == 13 && !Gtin.hasValidCheckDigit(digits))) {
            throw new IllegalArgumentException("Not an EAN-13: '" + digits + "'");
        }
        barcodeSetup(2);
        out.add(EscPos.BARCODE);
        out.add(EscPos.BARCODE_EAN13);
        out.add(digits.length());
        out.add(digits.getBytes(Charset.forName("US-ASCII")));
        return this;
    }

    /**
     * CODE128 in code set B (printable ASCII), '{' escaped as the spec requires, with the widest module
     * the printer allows up to {@link Code128#PREFERRED_MAX_MODULE} that fits the paper; a raster of the
     * same symbol where the printer has no GS k 73. A symbol that does not fit at the printer's narrowest
     * module is refused: the layout replaces it before it gets here ({@link Code128#moduleFor}).
     */
    public EscPosBuilder code128(String data) {
        StringBuilder body = new StringBuilder(data.length() + 2);
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("CODE128 set B takes printable ASCII only: '" + data + "'");
            }
            body.append(c == '{' ? "{{" : String.valueOf(c));
        }
        if (body.length() + 2 > 255) {
            throw new IllegalArgumentException("CODE128 data too long: " + data.length());
        }
        int module = Code128.moduleFor(data, caps.dotsPerLine(), caps.minModule(), caps.maxModule())
                .orElseThrow(() -> new IllegalArgumentException("CODE128 '" + data + "' does not fit "
                        + caps.dotsPerLine() + " dots at module width " + caps.minModule()));
        if (!caps.nativeCode128()) {
            return raster(code128Raster(data, module));
        }
        barcodeSetup(module);
        out.add(EscPos.BARCODE);
        out.add(EscPos.BARCODE_CODE128);
        out.add(body.length() + 2);
        out.add(EscPos.CODE128_SET_B);
        for (int i = 0; i < body.length(); i++) {
            out.add(body.charAt(i));
        }
        return this;
    }

    /** The CODE128 symbol as dots, {@code module} dots per module, 80 dots high. */
    public static RasterImage code128Raster(String data, int module) {
        BitMatrix m = new Code128Writer().encode(data, BarcodeFormat.CODE_128, 0, 80,
                Map.of(EncodeHintType.MARGIN, 10));
        return RasterImage.of(m.getWidth() * module, m.getHeight(), (x, y) -> m.get(x / module, y));
    }

    private void barcodeSetup(int moduleWidth) {
        out.add(EscPos.BARCODE_HEIGHT);
        out.add(80);
        out.add(EscPos.BARCODE_WIDTH);
        out.add(moduleWidth);
        out.add(EscPos.BARCODE_HRI);
        out.add(2);
    }

    /** A QR code (model 2, level M): GS ( k where supported, otherwise a raster of the same code. */
    public EscPosBuilder qr(String data, int moduleSize) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        if (!caps.nativeQr()) {
            RasterImage img = qrRaster(data, moduleSize);
            for (int m = moduleSize - 1; img.width() > caps.dotsPerLine() && m >= 1; m--) {
                img = qrRaster(data, m); // shrink the modules until the symbol fits the paper
            }
            return raster(img);
        }
        if (bytes.length > 7089) {
            throw new IllegalArgumentException("QR data too long: " + bytes.length + " bytes");
        }
        qrFunction(EscPos.QR_FN_MODEL, EscPos.QR_MODEL_2, (byte) 0);
        qrFunction(EscPos.QR_FN_MODULE_SIZE, (byte) moduleSize);
        qrFunction(EscPos.QR_FN_ERROR_LEVEL, EscPos.QR_ERROR_M);
        int len = bytes.length + 3;
        out.add(EscPos.QR);
        out.add(len & 0xFF);
        out.add(len >> 8);
        out.add(EscPos.QR_CN);
        out.add(EscPos.QR_FN_STORE);
        out.add(EscPos.QR_M);
        out.add(bytes);
        qrFunction(EscPos.QR_FN_PRINT, EscPos.QR_M);
        return this;
    }

    private void qrFunction(byte fn, byte... params) {
        int len = params.length + 2;
        out.add(EscPos.QR);
        out.add(len & 0xFF);
        out.add(len >> 8);
        out.add(EscPos.QR_CN);
        out.add(fn);
        out.add(params);
    }

    /** The QR symbol as dots, with a quiet zone of four modules. */
    public static RasterImage qrRaster(String data, int moduleSize) {
        try {
            BitMatrix m = new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            int size = m.getWidth() * moduleSize;
            return RasterImage.of(size, m.getHeight() * moduleSize, (x, y) -> m.get(x / moduleSize, y / moduleSize));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode QR: " + e.getMessage(), e);
        }
    }

    /** GS v 0: a raster image, cut to the paper width. */
    public EscPosBuilder raster(RasterImage image) {
        if (image.width() > caps.dotsPerLine()) {
            throw new IllegalArgumentException("Image is " + image.width() + " dots wide; paper takes "
                    + caps.dotsPerLine());
        }
        int bpr = image.bytesPerRow();
        out.add(EscPos.RASTER);
        out.add(0);
        out.add(bpr & 0xFF);
        out.add(bpr >> 8);
        out.add(image.height() & 0xFF);
        out.add(image.height() >> 8);
        out.add(image.bits());
        return this;
    }

    /** ESC p: pulse drawer pin 2 or 5 for {@code onMs}, then rest {@code offMs}. */
    public EscPosBuilder kickDrawer(int pin, int onMs, int offMs) {
        if (pin != 2 && pin != 5) {
            throw new IllegalArgumentException("Drawer pin must be 2 or 5, not " + pin);
        }
        out.add(EscPos.DRAWER_KICK);
        out.add(pin == 2 ? 0 : 1);
        out.add(Math.min(255, Math.max(1, onMs / 2)));
        out.add(Math.min(255, Math.max(1, offMs / 2)));
        return this;
    }

    public EscPosBuilder raw(byte[] bytes) {
        out.add(bytes);
        return this;
    }

    public int size() {
        return out.size();
    }

    public byte[] toBytes() {
        return out.toArray();
    }
}
