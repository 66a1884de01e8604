package dev.opentill.peripherals.scanner;

import dev.opentill.core.barcode.Gtin;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Cuts the scanner's byte stream into codes. A frame with noise (non-printable bytes) is dropped
 * at its terminator; a frame left unterminated for longer than the frame gap is dropped before the
 * next byte starts a new one; with a prefix, a frame restarts at the last prefix it contains. So
 * garbage never glues itself onto the next good scan. The frame is bounded by the configured
 * maximum length: a scanner that sends bytes without ever ending a frame (a wrong suffix setting, a
 * stuck trigger) is reported once, its bytes are dropped until it ends a frame or pauses, and memory
 * stays at {@code maxLength} bytes however long it goes on.
 */
public final class ScanFramer {

    /** Where results go; called on the reading thread. */
    public interface Sink {
        void accepted(Scan scan);

        void rejected(String raw, String reason);

        /** A runaway frame began ({@code true}: bytes are being dropped) or ended ({@code false}). */
        default void overrun(boolean on) {
        }
    }

    static final String OVERRUN = "frame longer than the maximum without a terminator";

    private final ScannerConfig config;
    private final Sink sink;
    private final long gapNanos;
    private byte[] frame = new byte[16];
    private int length;
    private boolean noisy;
    private boolean discarding;
    private long lastByteNanos;
    private String lastCode;
    private long lastCodeNanos;

    public ScanFramer(ScannerConfig config, Sink sink) {
        this.config = config;
        this.sink = sink;
        this.gapNanos = config.frameGap().toNanos();
    }

    public void feed(byte[] chunk, long nowNanos) {
        if (nowNanos - lastByteNanos > gapNanos) {
            if (discarding) {
                endDiscarding();
            } else if (length > 0) {
                reject("partial frame, no terminator");
            }
        }
        lastByteNanos = nowNanos;
        byte terminator = config.suffix().terminator();
        for (byte b : chunk) {
            if (b == terminator) {
                if (discarding) {
                    endDiscarding();
                } else {
                    endFrame(nowNanos);
                }
            } else if (b == '\r' || b == '\n' || discarding) {
                continue; // the other half of a CRLF suffix, a scanner sending more than configured, or a runaway
            } else if (length == config.maxLength()) {
                startDiscarding();
            } else {
                if (b < 0x20 || b == 0x7F) {
                    noisy = true;
                }
                if (length == frame.length) {
                    frame = Arrays.copyOf(frame, Math.min(config.maxLength(), length * 2));
                }
                frame[length++] = b;
            }
        }
    }

    /** Bytes held for the frame in progress: never more than the configured maximum length. */
    int buffered() {
        return frame.length;
    }

    private void startDiscarding() {
        String head = new String(frame, 0, Math.min(length, 32), StandardCharsets.ISO_8859_1) + "...";
        length = 0;
        noisy = false;
        discarding = true;
        sink.rejected(head, OVERRUN + " (" + config.maxLength() + " bytes)");
        sink.overrun(true);
    }

    private void endDiscarding() {
        discarding = false;
        sink.overrun(false);
    }

    private void endFrame(long nowNanos) {
        if (length == 0) {
            return;
        }
        String raw = new String(frame, 0, length, StandardCharsets.ISO_8859_1);
        boolean wasNoisy = noisy;
        length = 0;
        noisy = false;
        if (wasNoisy) {
            sink.rejected(raw, "noise in frame");
            return;
        }
        String code = raw;
        if (!config.prefix().isEmpty()) {
            int at = code.lastIndexOf(config.prefix());
            if (at < 0) {
                sink.rejected(raw, "missing prefix");
                return;
            }
            code = code.substring(at + config.prefix().length());
        }
        String symbology = null;
        if (config.aimIds()) {
            if (code.length() < 4 || code.charAt(0) != ']') {
                sink.rejected(raw, "missing AIM symbology id");
                return;
            }
            symbology = code.substring(1, 3);
            code = code.substring(3);
        }
        if (config.validateCheckDigits() && needsCheckDigit(code, symbology) && !validCheckDigit(code)) {
            sink.rejected(raw, "bad check digit");
            return;
        }
        if (!config.duplicateWindow().isZero() && code.equals(lastCode)
                && nowNanos - lastCodeNanos < config.duplicateWindow().toNanos()) {
            lastCodeNanos = nowNanos;
            sink.rejected(raw, "duplicate");
            return;
        }
        lastCode = code;
        lastCodeNanos = nowNanos;
        sink.accepted(new Scan(code, symbology, Instant.now(), nowNanos));
    }

    private void reject(String reason) {
        String raw = new String(frame, 0, length, StandardCharsets.ISO_8859_1);
        length = 0;
        noisy = false;
        sink.rejected(raw, reason);
    }

    /** EAN/UPC by AIM id ("E"), or when no id is sent, any all-digit code of EAN/UPC length. */
    private static boolean needsCheckDigit(String code, String symbology) {
        if (symbology != null) {
            return symbology.startsWith("E");
        }
        int n = code.length();
        return (n == 8 || n == 12 || n == 13) && Gtin.isDigits(code);
    }

    private static boolean validCheckDigit(String code) {
        if (!Gtin.isDigits(code)) {
            return false;
        }
        if (code.length() == 8) {
            boolean upcE = (code.charAt(0) == '0' || code.charAt(0) == '1')
                    && Gtin.hasValidCheckDigit(Gtin.expandUpcE(code));
            return upcE || Gtin.hasValidCheckDigit(code);
        }
        return Gtin.hasValidCheckDigit(code);
    }
}
