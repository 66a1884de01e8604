package dev.opentill.peripherals.scanner;

import dev.opentill.peripherals.Connection;
import dev.opentill.peripherals.DeviceConfigException;
import java.time.Duration;

/**
 * A serial scanner's framing: the suffix it ends each code with, an optional fixed prefix, whether
 * it sends AIM symbology ids, check-digit validation, duplicate suppression window (zero = off),
 * and the silence after which an unterminated frame is thrown away.
 */
public record ScannerConfig(String name, Connection connection, Suffix suffix, String prefix, boolean aimIds,
        boolean validateCheckDigits, Duration duplicateWindow, Duration frameGap, int maxLength) {

    public enum Suffix {
        CR("\r"),
        LF("\n"),
        CRLF("\r\n");

        private final String text;

        Suffix(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public byte terminator() {
            return (byte) text.charAt(text.length() - 1);
        }
    }

    public ScannerConfig {
        if (connection == null || suffix == null) {
            throw new DeviceConfigException("Scanner '" + name + "' needs a connection and a suffix");
        }
        prefix = prefix == null ? "" : prefix;
        if (maxLength < 8 || maxLength > 4096) {
            throw new DeviceConfigException("Scanner max code length must be 8..4096, not " + maxLength);
        }
        if (frameGap.isZero() || frameGap.isNegative()) {
            throw new DeviceConfigException("Scanner frame gap must be positive");
        }
    }

    /** Defaults: CR suffix, no prefix or AIM ids, check digits validated, duplicates within 0 ms kept. */
    public static ScannerConfig of(String name, Connection connection) {
        return new ScannerConfig(name, connection, Suffix.CR, "", false, true, Duration.ZERO, Duration.ofMillis(150),
                128);
    }

    public ScannerConfig withSuffix(Suffix s) {
        return new ScannerConfig(name, connection, s, prefix, aimIds, validateCheckDigits, duplicateWindow, frameGap,
                maxLength);
    }

    public ScannerConfig withPrefix(String p, boolean aim) {
        return new ScannerConfig(name, connection, suffix, p, aim, validateCheckDigits, duplicateWindow, frameGap,
                maxLength);
    }

    public ScannerConfig withDuplicateWindow(Duration window) {
        return new ScannerConfig(name, connection, suffix, prefix, aimIds, validateCheckDigits, window, frameGap,
                maxLength);
    }
}
