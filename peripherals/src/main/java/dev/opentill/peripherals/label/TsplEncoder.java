package dev.opentill.peripherals.label;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out a {@link CupLabel} and writes it as TSPL: order number large at the top left, "2/3" at
 * the top right, then the drink, up to two lines of options, the note, and time and channel at the
 * bottom, with the QR code in the bottom right corner when the label carries one. Lines too long
 * are wrapped or cut with an ellipsis, never printed past the edge.
 */
public final class TsplEncoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int QR_CELL = 3;

    private final LabelConfig config;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);

    private TsplEncoder(LabelConfig config) {
        this.config = config;
    }

    public static byte[] encode(CupLabel label, LabelConfig config) {
        return new TsplEncoder(config).write(label);
    }

    /** Dots of the QR code's side for {@code content} (the interpreter draws it the same way). */
    public static int qrSide(String content, int cell) {
        try {
            int modules = Encoder.encode(content, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix().getWidth();
            return modules * cell;
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR content too long for a label: " + content.length() + " chars", e);
        }
    }

    private byte[] write(CupLabel label) {
        int dpm = config.dotsPerMm();
        int w = config.widthDots();
        int h = config.heightDots();
        int margin = 2 * dpm;
        line("SIZE " + config.widthMm() + " mm," + config.heightMm() + " mm");
        line("GAP " + config.gapMm() + " mm,0 mm");
        line("DIRECTION 1");
        line("CLS");
        String cup = label.cupOfCups();
        text(w - margin - Tspl.cells(cup) * Tspl.CELL, margin, 1, cup, w);
        text(margin, margin, 2, label.orderNumber(), w - margin * 2 - Tspl.cells(cup) * Tspl.CELL);
        int y = margin + 2 * Tspl.LINE + 4;
        int bottom = h - margin - Tspl.LINE;
        boolean qr = config.qr() && label.qr() != null && !label.qr().isBlank();
        int qrSide = qr ? qrSide(label.qr(), QR_CELL) : 0;
        int fullWidth = w - 2 * margin;
        int besideQr = qr ? fullWidth - qrSide - margin : fullWidth;
        int qrTop = h - margin - qrSide;
        List<String> rows = new ArrayList<>();
        rows.addAll(wrap(label.drink(), fullWidth / Tspl.CELL, 1));
        List<String> rest = new ArrayList<>(wrap(label.options(), besideQr / Tspl.CELL, 2));
        if (!label.note().isBlank()) {
            rest.addAll(wrap(label.note(), besideQr / Tspl.CELL, 1));
        }
        for (String r : rows) {
            text(margin, y, 1, r, y + Tspl.LINE > qrTop ? besideQr : fullWidth);
            y += Tspl.LINE + 2;
        }
        for (String r : rest) {
            if (y + Tspl.LINE > bottom) {
                break;
            }
            text(margin, y, 1, r, besideQr);
            y += Tspl.LINE + 2;
        }
        String footer = (label.time() + " " + label.channel()).strip();
        text(margin, bottom, 1, fit(footer, besideQr / Tspl.CELL), besideQr);
        if (qr) {
            line("QRCODE " + (w - margin - qrSide) + "," + qrTop + ",M," + QR_CELL + ",A,0," + Tspl.quote(label.qr()));
        }
        line("PRINT 1,1");
        return out.toByteArray();
    }

    private void text(int x, int y, int scale, String s, int maxWidth) {
        if (s.isEmpty()) {
            return;
        }
        if (config.chinese() == LabelConfig.ChineseText.BITMAP && !Tspl.isAscii(s)) {
            TextBitmap b = TextBitmap.of(s, maxWidth);
            bytes(("BITMAP " + x + "," + y + "," + b.widthBytes() + "," + b.height() + ",0,")
                    .getBytes(StandardCharsets.US_ASCII));
            bytes(b.data());
            bytes(Tspl.EOL.getBytes(StandardCharsets.US_ASCII));
            return;
        }
        String font = config.chinese() == LabelConfig.ChineseText.BITMAP ? Tspl.ASCII_FONT : Tspl.CHINESE_FONT;
        line("TEXT " + x + "," + y + "," + Tspl.quote(font) + ",0," + scale + "," + scale + "," + Tspl.quote(s));
    }

    private void line(String command) {
        bytes((command + Tspl.EOL).getBytes(GB18030));
    }

    private void bytes(byte[] b) {
        out.write(b, 0, b.length);
    }

    /** Splits {@code s} into at most {@code maxLines} lines of {@code cells} cells, the last one cut with "…". */
    static List<String> wrap(String s, int cells, int maxLines) {
        List<String> lines = new ArrayList<>();
        String left = s.strip();
        while (!left.isEmpty() && lines.size() < maxLines) {
            if (lines.size() == maxLines - 1 || Tspl.cells(left) <= cells) {
                lines.add(fit(left, cells));
                break;
            }
            int end = cut(left, cells);
            int space = left.lastIndexOf(' ', end);
            int split = space > end / 2 ? space : end;
            lines.add(left.substring(0, split).strip());
            left = left.substring(split).strip();
        }
        return lines;
    }

    static String fit(String s, int cells) {
        if (Tspl.cells(s) <= cells) {
            return s;
        }
        return s.substring(0, cut(s, cells - 2)) + "…";
    }

    /** How many chars of {@code s} fit in {@code cells} cells. */
    private static int cut(String s, int cells) {
        int used = 0;
        for (int i = 0; i < s.length(); i++) {
            used += s.charAt(i) > 0x7E ? 2 : 1;
            if (used > cells) {
                return i;
            }
        }
        return s.length();
    }
}
