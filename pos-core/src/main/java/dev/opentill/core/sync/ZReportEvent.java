package dev.opentill.core.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A closed Z report as sent to the centre (outbox event type {@value #TYPE}), once per Z: the
 * centre keys it by (terminal, Z number) and by the event id, so a resend is acknowledged and
 * ignored. {@code document} is the Z's canonical text ({@code ZText}) and {@code hash} its chain
 * hash; the summary fields let the centre total a store's day without reading the text.
 */
public record ZReportEvent(UUID eventId, String storeCode, String terminalCode, long zNumber, LocalDate businessDate,
        Instant openedAt, Instant closedAt, String currency, int sales, int returns, long grossMinor, long netMinor,
        long cashExpectedMinor, long cashCountedMinor, long grandTotalMinor, int notAtCentre, String previousHash,
        String hash, String document) {
    public static final String TYPE = "z_report.closed";
    /** The longest canonical text the centre accepts. */
    public static final int MAX_DOCUMENT = 16_000;
}
