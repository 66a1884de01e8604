package dev.opentill.central.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams a CSV file with a header row as maps from column name to value (RFC 4180 quoting;
 * empty cells are null). Rows are read one at a time so an import never holds the file.
 */
public final class CsvReader implements Iterator<Map<String, String>> {
    private final BufferedReader in;
    private final List<String> header;
    private List<String> next;
    private int line = 1;
    private int recordStart = 1;
    private int nextLine;

    public CsvReader(Reader reader) {
        this.in = new BufferedReader(reader);
        this.header = readRecord();
        if (header == null) {
            throw new IllegalArgumentException("The CSV file is empty: a header row is required");
        }
        header.replaceAll(h -> h == null ? "" : h.trim().toLowerCase(Locale.ROOT));
        this.next = readRecord();
        this.nextLine = recordStart;
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public Map<String, String> next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        if (next.size() > header.size()) {
            throw new IllegalArgumentException("CSV line " + nextLine + " has more cells than the header");
        }
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < next.size(); i++) {
            row.put(header.get(i), next.get(i));
        }
        next = readRecord();
        nextLine = recordStart;
        return row;
    }

    /** The line on which the row the next {@link #next()} returns starts, for error messages. */
    public int line() {
        return nextLine;
    }

    private List<String> readRecord() {
        List<String> r = readRaw();
        while (r != null && r.size() == 1 && r.get(0) == null) {
            r = readRaw(); // blank line
        }
        return r;
    }

    private List<String> readRaw() {
        recordStart = line;
        try {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            int c = in.read();
            if (c == -1) {
                return null;
            }
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IllegalArgumentException("CSV line " + line + " has an unterminated quote");
                    }
                    if (c == '"') {
                        in.mark(1);
                        int d = in.read();
                        if (d == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            in.reset();
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',' || c == '\n' || c == -1) {
                    cells.add(cell.isEmpty() && !wasQuoted ? null : cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                    if (c != ',') {
                        line++;
                        return cells;
                    }
                } else if (c != '\r') {
                    cell.append((char) c);
                }
                c = in.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
