package dev.opentill.peripherals.sim;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.EAN13Writer;
import dev.opentill.core.barcode.Gtin;
import dev.opentill.peripherals.printer.escpos.CodePage;
import dev.opentill.peripherals.printer.escpos.EscPos;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder;
import dev.opentill.peripherals.printer.escpos.EscPosBuilder.Align;
import dev.opentill.peripherals.printer.escpos.RasterImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the simulated printer does with bytes: executes the ESC/POS subset OpenTill and common POS
 * software send, producing rows of paper. Bytes may arrive in pieces; an incomplete command waits
 * for the rest. Real-time status requests and drawer kicks go to the {@link Events} callback.
 */
public final class EscPosInterpreter {

    /** Side effects a real printer would have. */
    public interface Events {
        void statusRequested(int n);

        void drawerKicked(int pin, int onMs);
    }

    private final Events events;
    private final List<PaperRow> rows = new ArrayList<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private byte[] pending = new byte[0];
    private CodePage codePage = CodePage.PC437;
    private boolean kanji;
    private boolean bold;
    private boolean large;
    private Align align = Align.LEFT;
    private byte[] qrData = new byte[0];
    private int qrModule = 3;
    private int barcodeModule = 2;
    private int widthMagnification = 1;
    private int lineDots;
    private final List<Integer> textRowDots = new ArrayList<>();
    private final List<Integer> barcodeModules = new ArrayList<>();
    private final StringBuilder lineText = new StringBuilder();

    public EscPosInterpreter(Events events) {
        this.events = events;
    }

    public synchronized List<PaperRow> rows() {
        return List.copyOf(rows);
    }

    public synchronized void clear() {
        rows.clear();
        textRowDots.clear();
        barcodeModules.clear();
    }

    /**
     * How wide each printed text row was in dots, in the order of the text rows: 12 per font A
     * character, 24 per Kanji-mode character, times the GS ! width. A row wider than the printer's
     * dots is one a real printer would have wrapped on its own.
     */
    public synchronized List<Integer> textRowDots() {
        return List.copyOf(textRowDots);
    }

    /** The GS w module width in force for each barcode printed, in order. */
    public synchronized List<Integer> barcodeModules() {
        return List.copyOf(barcodeModules);
    }

    public synchronized void feed(byte[] data) {
        byte[] b = new byte[pending.length + data.length];
        System.arraycopy(pending, 0, b, 0, pending.length);
        System.arraycopy(data, 0, b, pending.length, data.length);
        int i = 0;
        while (i < b.length) {
            int used = step(b, i);
            if (used == 0) {
                break; // incomplete command: wait for more bytes
            }
            i += used;
        }
        pending = Arrays.copyOfRange(b, i, b.length);
    }

    /** Executes one byte or command at {@code i}; returns bytes consumed, 0 if incomplete. */
    private int step(byte[] b, int i) {
        int c = b[i] & 0xFF;
        if (c == EscPos.LF) {
            endLine();
            return 1;
        }
        if (c != EscPos.ESC && c != EscPos.GS && c != EscPos.FS && c != EscPos.DLE) {
            if (c >= 0x20 || c == '\t') {
                line.write(c);
            }
            return 1;
        }
        if (i + 1 >= b.length) {
            return 0;
        }
        flushText();
        int cmd = b[i + 1] & 0xFF;
        int avail = b.length - i;
        if (c == EscPos.DLE) {
            if (cmd == EscPos.EOT) {
                if (avail < 3) {
                    return 0;
                }
                events.statusRequested(b[i + 2]);
                return 3;
            }
            return 1;
        }
        if (c == EscPos.FS) {
            kanji = cmd == '&' || (cmd != '.' && kanji);
            return 2;
        }
        if (c == EscPos.ESC) {
            switch (cmd) {
                case '@' -> {
                    kanji = false;
                    bold = false;
                    large = false;
                    widthMagnification = 1;
                    align = Align.LEFT;
                    return 2;
                }
                case 'p' -> {
                    if (avail < 5) {
                        return 0;
                    }
                    events.drawerKicked(b[i + 2] == 0 || b[i + 2] == '0' ? 2 : 5, (b[i + 3] & 0xFF) * 2);
                    return 5;
                }
                default -> {
                    if (avail < 3) {
                        return 0;
                    }
                    int n = b[i + 2] & 0xFF;
                    switch (cmd) {
                        case 'E' -> bold = (n & 1) == 1;
                        case 'a' -> align = Align.values()[Math.min(2, n % 48)];
                        case 't' -> codePage = CodePage.byEscTNumber(n);
                        case 'd' -> {
                            for (int k = 0; k < n; k++) {
                                endLine();
                            }
                        }
                        default -> {
                            // ESC - (underline) and other one-parameter settings do not change the text
                        }
                    }
                    return 3;
                }
            }
        }
        return gs(b, i, cmd, avail);
    }

    private int gs(byte[] b, int i, int cmd, int avail) {
        switch (cmd) {
            case '!', 'h', 'w', 'H' -> {
                if (avail < 3) {
                    return 0;
                }
                if (cmd == '!') {
                    large = b[i + 2] != 0;
                    widthMagnification = ((b[i + 2] & 0xF0) >> 4) + 1;
                } else if (cmd == 'w') {
                    barcodeModule = Math.max(1, Math.min(6, b[i + 2]));
                }
                return 3;
            }
            case 'V' -> {
                if (avail < 3) {
                    return 0;
                }
                int m = b[i + 2] & 0xFF;
                rows.add(new PaperRow.CutRow(m == 1 || m == 49 || m == 66));
                return m >= 65 ? (avail < 4 ? 0 : 4) : 3;
            }
            case 'k' -> {
                if (avail < 4) {
                    return 0;
                }
                int n = b[i + 3] & 0xFF;
                if (avail < 4 + n) {
                    return 0;
                }
                barcode(b[i + 2] & 0xFF, new String(b, i + 4, n, StandardCharsets.US_ASCII));
                return 4 + n;
            }
            case '(' -> {
                if (avail < 5) {
                    return 0;
                }
                int len = (b[i + 3] & 0xFF) | (b[i + 4] & 0xFF) << 8;
                if (avail < 5 + len) {
                    return 0;
                }
                if (b[i + 2] == 'k' && b[i + 5] == 49) {
                    qr(b[i + 6], Arrays.copyOfRange(b, i + 7, i + 5 + len));
                }
                return 5 + len;
            }
            case 'v' -> {
                if (avail < 8) {
                    return 0;
                }
                int xBytes = (b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8;
                int y = (b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8;
                if (avail < 8 + xBytes * y) {
                    return 0;
                }
                RasterImage img = new RasterImage(xBytes * 8, y, Arrays.copyOfRange(b, i + 8, i + 8 + xBytes * y));
                rows.add(new PaperRow.ImageRow(img, align, "raster", null));
                return 8 + xBytes * y;
            }
            default -> {
                return 2;
            }
        }
    }

    private void qr(byte fn, byte[] params) {
        if (fn == 67 && params.length > 0) {
            qrModule = Math.max(1, params[0]);
        } else if (fn == 80) {
            qrData = Arrays.copyOfRange(params, 1, params.length);
        } else if (fn == 81) {
            String data = new String(qrData, StandardCharsets.UTF_8);
            rows.add(new PaperRow.ImageRow(EscPosBuilder.qrRaster(data, qrModule), align, "qr", data));
        }
    }

    private void barcode(int m, String data) {
        try {
            String content;
            BitMatrix matrix;
            if (m == EscPos.BARCODE_CODE128) {
                content = data.substring(2).replace("{{", "{");
                matrix = new Code128Writer().encode(content, BarcodeFormat.CODE_128, 0, 80,
                        Map.of(EncodeHintType.MARGIN, 10));
            } else {
                content = data.length() == 12 ? Gtin.withCheckDigit(data) : data;
                matrix = new EAN13Writer().encode(content, BarcodeFormat.EAN_13, 0, 80,
                        Map.of(EncodeHintType.MARGIN, 10));
            }
            int scale = barcodeModule;
            barcodeModules.add(scale);
            RasterImage img = RasterImage.of(matrix.getWidth() * scale, matrix.getHeight(),
                    (x, y) -> matrix.get(x / scale, y));
            rows.add(new PaperRow.ImageRow(img, align, m == EscPos.BARCODE_CODE128 ? "code128" : "ean13", content));
            rows.add(new PaperRow.TextRow(content, align, false, false));
            textRowDots.add(content.length() * 12);
        } catch (IllegalArgumentException e) {
            rows.add(new PaperRow.TextRow("[bad barcode " + data + "]", align, false, false));
            textRowDots.add(0);
        }
    }

    private void flushText() {
        if (line.size() > 0) {
            byte[] bytes = line.toByteArray();
            for (int k = 0; k < bytes.length; k++) {
                boolean wide = kanji && (bytes[k] & 0xFF) >= 0x81 && k + 1 < bytes.length;
                lineDots += (wide ? 24 : 12) * widthMagnification;
                k += wide ? 1 : 0;
            }
            lineText.append(new String(bytes, kanji ? EscPosBuilder.GB18030 : codePage.charset()));
            line.reset();
        }
    }

    private void endLine() {
        flushText();
        rows.add(new PaperRow.TextRow(lineText.toString(), align, bold, large));
        textRowDots.add(lineDots);
        lineText.setLength(0);
        lineDots = 0;
    }
}
