package dev.opentill.peripherals.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only ESC/POS reader written from the command reference, independent of the encoder's
 * constants: it turns bytes back into printed lines and the codes and images they carry, and fails
 * on any command it does not know, so stray or malformed bytes are caught.
 */
public final class StrictEscPosDecoder {

    public record Decoded(List<String> lines, List<String> qrCodes, List<String> barcodes, List<int[]> rasters,
            List<String> cuts, List<int[]> kicks, boolean boldEverUsed, boolean largeEverUsed) {
    }

    public static Decoded decode(byte[] b) {
        List<String> lines = new ArrayList<>();
        List<String> qrs = new ArrayList<>();
        List<String> barcodes = new ArrayList<>();
        List<int[]> rasters = new ArrayList<>();
        List<String> cuts = new ArrayList<>();
        List<int[]> kicks = new ArrayList<>();
        boolean bold = false;
        boolean large = false;
        Charset codePage = Charset.forName("IBM437");
        boolean kanji = false;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c == 0x0A) {
                text.append(flush(line, kanji, codePage));
                lines.add(text.toString());
                text.setLength(0);
                i++;
            } else if (c == 0x1B || c == 0x1D || c == 0x1C || c == 0x10) {
                text.append(flush(line, kanji, codePage));
                int cmd = b[i + 1] & 0xFF;
                String key = (char) c + "" + (char) cmd;
                switch (key) {
                    case "\u001B@" -> {
                        kanji = false;
                        i += 2;
                    }
                    case "\u001BE" -> {
                        bold |= b[i + 2] == 1;
                        i += 3;
                    }
                    case "\u001B-", "\u001Ba" -> i += 3;
                    case "\u001Bt" -> {
                        codePage = switch (b[i + 2]) {
                            case 0 -> Charset.forName("IBM437");
                            case 2 -> Charset.forName("IBM850");
                            case 16 -> Charset.forName("windows-1252");
                            case 19 -> Charset.forName("IBM00858");
                            default -> throw new IllegalStateException("code page " + b[i + 2]);
                        };
                        i += 3;
                    }
                    case "\u001Bd" -> {
                        for (int k = 0; k < b[i + 2]; k++) {
                            lines.add("");
                        }
                        i += 3;
                    }
                    case "\u001Bp" -> {
                        kicks.add(new int[]{b[i + 2], b[i + 3] & 0xFF, b[i + 4] & 0xFF});
                        i += 5;
                    }
                    case "\u001D!" -> {
                        large |= b[i + 2] != 0;
                        i += 3;
                    }
                    case "\u001Dh", "\u001Dw", "\u001DH" -> i += 3;
                    case "\u001DV" -> {
                        cuts.add(b[i + 2] == 1 ? "partial" : "full");
                        i += 3;
                    }
                    case "\u001Dk" -> {
                        int n = b[i + 3] & 0xFF;
                        String data = new String(b, i + 4, n, StandardCharsets.US_ASCII);
                        barcodes.add(b[i + 2] == 73 ? data.substring(2).replace("{{", "{") : data);
                        i += 4 + n;
                    }
                    case "\u001D(" -> {
                        if (b[i + 2] != 'k') {
                            throw new IllegalStateException("GS ( " + (char) b[i + 2]);
                        }
                        int len = (b[i + 3] & 0xFF) | (b[i + 4] & 0xFF) << 8;
                        if (b[i + 5] == 49 && b[i + 6] == 80) {
                            qrs.add(new String(b, i + 8, len - 3, StandardCharsets.UTF_8));
                        }
                        i += 5 + len;
                    }
                    case "\u001Dv" -> {
                        int xBytes = (b[i + 4] & 0xFF) | (b[i + 5] & 0xFF) << 8;
                        int y = (b[i + 6] & 0xFF) | (b[i + 7] & 0xFF) << 8;
                        rasters.add(new int[]{xBytes, y, i + 8});
                        i += 8 + xBytes * y;
                    }
                    case "\u001C&" -> {
                        kanji = true;
                        i += 2;
                    }
                    case "\u001C." -> {
                        kanji = false;
                        i += 2;
                    }
                    default -> throw new IllegalStateException(
                            String.format("Unknown command 0x%02X 0x%02X at %d", c, cmd, i));
                }
            } else if (c < 0x20) {
                throw new IllegalStateException(String.format("Stray control byte 0x%02X at %d", c, i));
            } else {
                line.write(c);
                i++;
            }
        }
        text.append(flush(line, kanji, codePage));
        if (text.length() > 0) {
            lines.add(text.toString());
        }
        return new Decoded(lines, qrs, barcodes, rasters, cuts, kicks, bold, large);
    }

    private static String flush(ByteArrayOutputStream line, boolean kanji, Charset codePage) {
        String s = new String(line.toByteArray(), kanji ? Charset.forName("GB18030") : codePage);
        line.reset();
        return s;
    }
}
