package dev.opentill.peripherals.scanner;

import java.time.Instant;

/**
 * One good scan: the code without prefix, AIM id or suffix; the AIM symbology id (e.g. "E0" for
 * EAN-13) when the scanner sends one, else null; and when the terminator arrived.
 */
public record Scan(String code, String symbology, Instant at, long receivedNanos) {
}
