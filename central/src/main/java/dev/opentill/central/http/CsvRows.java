package dev.opentill.central.http;

import dev.opentill.central.admin.CsvReader;
import dev.opentill.central.error.CentralException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A CSV import body as typed rows, streamed. Its charset is the one the Content-Type declares
 * ({@code text/csv; charset=GBK}, what Excel on Chinese Windows writes) or UTF-8; a UTF-8
 * byte-order mark is skipped; bytes that are not valid in the charset refuse the import, naming
 * the line, rather than being stored as mojibake (they decode to U+FFFD, which is looked for row
 * by row: a decoder that stops at them would name the line of its read-ahead buffer). Every
 * refusal is a 400 naming the line.
 */
final class CsvRows {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvRows() {
    }

    static <T> Iterator<T> of(InputStream body, String contentType, Function<Map<String, String>, T> fromCsv)
            throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, UTF8_BOM.length);
        Charset charset = hasUtf8Bom(in) ? StandardCharsets.UTF_8 : declared(contentType);
        String name = charset.name();
        CsvReader csv = read(() -> new CsvReader(new InputStreamReader(in, charset)));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return csv.hasNext();
            }

            @Override
            public T next() {
                int line = csv.line();
                Map<String, String> row = read(csv::next);
                if (undecodable(row)) {
                    throw CentralException.malformed("CSV line " + line + " holds bytes that are not valid " + name
                            + "; declare the file's charset, e.g. Content-Type: text/csv; charset=GBK");
                }
                try {
                    return fromCsv.apply(row);
                } catch (RuntimeException e) {
                    throw CentralException.malformed("CSV line " + line + ": " + e.getMessage());
                }
            }
        };
    }

    private static <R> R read(Supplier<R> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw CentralException.malformed(e.getMessage());
        }
    }

    private static boolean undecodable(Map<String, String> row) {
        for (Map.Entry<String, String> cell : row.entrySet()) {
            if (cell.getKey().indexOf('\uFFFD') >= 0
                    || cell.getValue() != null && cell.getValue().indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUtf8Bom(PushbackInputStream in) throws IOException {
        byte[] head = in.readNBytes(UTF8_BOM.length);
        boolean bom = head.length == UTF8_BOM.length && head[0] == UTF8_BOM[0] && head[1] == UTF8_BOM[1]
                && head[2] == UTF8_BOM[2];
        if (!bom) {
            in.unread(head);
        }
        return bom;
    }

    /** The charset parameter of the Content-Type, UTF-8 if there is none. */
    static Charset declared(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw CentralException.malformed("Unknown charset " + name);
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
