package dev.opentill.app.store;

import dev.opentill.core.sale.SettledSale;
import dev.opentill.core.tax.TaxLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A completed sale as the journal keeps it: everything {@link SaleWriter} writes to the store,
 * with the numbers, ids and times already assigned, so writing it again after a crash gives the
 * same rows, the same outbox payload and the same audit entry. A record with {@code voidOf} set
 * says that the sale record of that seq never committed.
 *
 * @param event the sale event exactly as the outbox holds it (the sync protocol's JSON)
 */
record JournaledSale(String event, UUID shiftId, List<SettledSale.Line> lines, List<TaxLine> taxes,
        List<Saving> savings, UUID auditId, Instant auditAt, long voidOf) {

    JournaledSale {
        savings = savings == null ? List.of() : List.copyOf(savings); // absent in records of older versions
    }

    /** What one promotion saved on the sale, as the receipt prints it. */
    record Saving(UUID promotionId, String nameZh, String nameEn, long savingMinor) {
    }

    static JournaledSale voiding(long seq) {
        return new JournaledSale(null, null, List.of(), List.of(), List.of(), null, null, seq);
    }

    byte[] bytes() {
        return TicketCodec.write(this).getBytes(StandardCharsets.UTF_8);
    }

    static JournaledSale read(byte[] payload) {
        try {
            return TicketCodec.mapper().readValue(payload, JournaledSale.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A journaled sale is unreadable", e);
        }
    }
}
