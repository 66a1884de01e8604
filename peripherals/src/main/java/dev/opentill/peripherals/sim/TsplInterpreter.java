package dev.opentill.peripherals.sim;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import dev.opentill.peripherals.label.Tspl;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads TSPL as a label printer would and draws each printed label: SIZE, GAP, DIRECTION, CLS,
 * TEXT, QRCODE, BITMAP and PRINT, and answers {@code ESC ! ?} with the status byte it is given.
 * Anything else is noted in {@link #errors()}, so tests see a command the encoder got wrong.
 */
public final class TsplInterpreter {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int DOTS_PER_MM = 8;
    private static final Pattern SIZE = Pattern.compile("SIZE (\\d+) mm,(\\d+) mm");
    private static final Pattern TEXT = Pattern.compile("TEXT (\\d+),(\\d+),\"([^\"]+)\",0,(\\d+),(\\d+),\"(.*)\"");
    private static final Pattern QRCODE = Pattern.compile("QRCODE (\\d+),(\\d+),([LMQH]),(\\d+),A,0,\"(.*)\"");
    private static final Pattern PRINT = Pattern.compile("PRINT (\\d+)(,\\d+)?");
    private static final Pattern BITMAP = Pattern.compile("BITMAP (\\d+),(\\d+),(\\d+),(\\d+),0,");

    private final IntSupplier status;
    private final ByteArrayOutputStream answers = new ByteArrayOutputStream();
    private final List<LabelImage> printed = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private byte[] pending = new byte[0];
    private int width = 40 * DOTS_PER_MM;
    private int height = 30 * DOTS_PER_MM;
    private List<LabelImage.Text> texts = new ArrayList<>();
    private List<LabelImage.Qr> qrs = new ArrayList<>();
    private List<LabelImage.Bitmap> bitmaps = new ArrayList<>();

    /** @param status the status byte to answer {@code ESC ! ?} with */
    public TsplInterpreter(IntSupplier status) {
        this.status = status;
    }

    public synchronized List<LabelImage> printed() {
        return List.copyOf(printed);
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized void clear() {
        printed.clear();
        errors.clear();
    }

    /** Status bytes to send back since the last call. */
    public synchronized byte[] takeAnswers() {
        byte[] a = answers.toByteArray();
        answers.reset();
        return a;
    }

    /** Takes bytes as they arrive, in any chunks. */
    public synchronized void feed(byte[] data) {
        byte[] all = new byte[pending.length + data.length];
        System.arraycopy(pending, 0, all, 0, pending.length);
        System.arraycopy(data, 0, all, pending.length, data.length);
        int pos = 0;
        while (pos < all.length) {
            int used = command(all, pos);
            if (used == 0) {
                break;
            }
            pos += used;
        }
        pending = Arrays.copyOfRange(all, pos, all.length);
    }

    /** Runs the command at {@code pos}; returns the bytes it took, 0 when it is not complete yet. */
    private int command(byte[] b, int pos) {
        if (b[pos] == 0x1B) {
            if (b.length - pos < 3) {
                return 0;
            }
            if (b[pos + 1] == '!' && b[pos + 2] == '?') {
                answers.write(status.getAsInt());
            } else {
                errors.add("unknown escape " + (b[pos + 1] & 0xFF));
            }
            return 3;
        }
        if (startsWith(b, pos, "BITMAP ")) {
            int head = indexOf(b, pos, (byte) ',', 5);
            if (head < 0) {
                return 0;
            }
            Matcher m = BITMAP.matcher(new String(b, pos, head + 1 - pos, StandardCharsets.US_ASCII));
            if (!m.matches()) {
                errors.add("bad BITMAP header");
                return head + 1 - pos;
            }
            int wb = Integer.parseInt(m.group(3));
            int h = Integer.parseInt(m.group(4));
            int end = head + 1 + wb * h;
            if (b.length < end + 2) {
                return 0;
            }
            byte[] data = Arrays.copyOfRange(b, head + 1, end);
            bitmaps.add(new LabelImage.Bitmap(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), wb, h,
                    data));
            if (b[end] != '\r' || b[end + 1] != '\n') {
                errors.add("BITMAP data not followed by CR LF");
            }
            return end + 2 - pos;
        }
        int eol = indexOfEol(b, pos);
        if (eol < 0) {
            return 0;
        }
        run(new String(b, pos, eol - pos, GB18030));
        return eol + 2 - pos;
    }

    private void run(String line) {
        Matcher m;
        if ((m = SIZE.matcher(line)).matches()) {
            width = Integer.parseInt(m.group(1)) * DOTS_PER_MM;
            height = Integer.parseInt(m.group(2)) * DOTS_PER_MM;
        } else if (line.startsWith("GAP ") || line.equals("DIRECTION 1") || line.equals("DIRECTION 0")) {
            return;
        } else if (line.equals("CLS")) {
            texts = new ArrayList<>();
            qrs = new ArrayList<>();
            bitmaps = new ArrayList<>();
        } else if ((m = TEXT.matcher(line)).matches()) {
            String font = m.group(3);
            if (!font.equals(Tspl.CHINESE_FONT) && !font.equals(Tspl.ASCII_FONT)) {
                errors.add("unknown font " + font);
            }
            texts.add(new LabelImage.Text(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), font,
                    Integer.parseInt(m.group(4)), unquote(m.group(6))));
        } else if ((m = QRCODE.matcher(line)).matches()) {
            qrs.add(new LabelImage.Qr(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(4)), unquote(m.group(5))));
        } else if ((m = PRINT.matcher(line)).matches()) {
            for (int i = 0; i < Integer.parseInt(m.group(1)); i++) {
                printed.add(draw());
            }
        } else {
            errors.add("unknown command: " + line);
        }
    }

    private LabelImage draw() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        for (LabelImage.Text t : texts) {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22 * t.scale()));
            g.drawString(t.text(), t.x(), t.y() + 20 * t.scale());
            if (t.x() + Tspl.cells(t.text()) * Tspl.CELL * t.scale() > width
                    || t.y() + Tspl.LINE * t.scale() > height) {
                errors.add("text past the label's edge: " + t.text());
            }
        }
        for (LabelImage.Bitmap b : bitmaps) {
            for (int y = 0; y < b.height(); y++) {
                for (int x = 0; x < b.widthBytes() * 8; x++) {
                    if ((b.data()[y * b.widthBytes() + x / 8] & (0x80 >> (x % 8))) == 0) {
                        img.setRGB(b.x() + x, b.y() + y, 0);
                    }
                }
            }
        }
        for (LabelImage.Qr q : qrs) {
            drawQr(img, q);
        }
        g.dispose();
        return new LabelImage(width, height, List.copyOf(texts), List.copyOf(qrs), List.copyOf(bitmaps), img);
    }

    private void drawQr(BufferedImage img, LabelImage.Qr q) {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(q.content(), ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix();
        } catch (WriterException e) {
            errors.add("QR code cannot hold " + q.content());
            return;
        }
        if (q.x() + matrix.getWidth() * q.cell() > width || q.y() + matrix.getHeight() * q.cell() > height) {
            errors.add("QR code past the label's edge");
        }
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y) == 1) {
                    for (int dy = 0; dy < q.cell(); dy++) {
                        for (int dx = 0; dx < q.cell(); dx++) {
                            int px = q.x() + x * q.cell() + dx;
                            int py = q.y() + y * q.cell() + dy;
                            if (px < width && py < height) {
                                img.setRGB(px, py, 0);
                            }
                        }
                    }
                }
            }
        }
    }

    private static String unquote(String s) {
        return s.replace("\\[\"]", "\"");
    }

    private static boolean startsWith(byte[] b, int pos, String s) {
        if (b.length - pos < s.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (b[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Index of the {@code n}th {@code c} from {@code pos}, or -1. */
    private static int indexOf(byte[] b, int pos, byte c, int n) {
        int seen = 0;
        for (int i = pos; i < b.length; i++) {
            if (b[i] == c && ++seen == n) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfEol(byte[] b, int pos) {
        for (int i = pos; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
