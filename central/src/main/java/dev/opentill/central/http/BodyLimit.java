package dev.opentill.central.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read through a counter: past {@code limit} bytes it fails with
 * {@link TooLarge} instead of reading on, so nothing a client sends can make the centre buffer
 * or inflate more than it allows. Counted twice for a gzip body: as sent and as expanded.
 */
final class BodyLimit extends FilterInputStream {
    /** The body went past its limit; answered as 413. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;
        private final boolean expanded;

        TooLarge(long limit, boolean expanded) {
            super("The request body is larger than " + limit + " bytes" + (expanded ? " once expanded" : ""));
            this.limit = limit;
            this.expanded = expanded;
        }

        long limit() {
            return limit;
        }

        boolean expanded() {
            return expanded;
        }
    }

    private final long limit;
    private final boolean expanded;
    private long count;

    BodyLimit(InputStream in, long limit, boolean expanded) {
        super(in);
        this.limit = limit;
        this.expanded = expanded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws TooLarge {
        count += n;
        if (count > limit) {
            throw new TooLarge(limit, expanded);
        }
    }
}
