package dev.opentill.central.ingest;

import dev.opentill.central.error.CentralException;
import dev.opentill.core.sync.SyncProtocol.Ack;
import dev.opentill.core.sync.SyncProtocol.AckStatus;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The events a push carries besides sales (staff PINs, sold-out marks, delivery statuses), each
 * applied on its own: an ack per event; a refused one is answered as rejected with its reason, or
 * refuses the push for agents that cannot take rejected acks. A foreign event always refuses it.
 */
final class OwnEvents {
    /** Applies one event at {@code now} (microseconds, as PostgreSQL and the till's H2 keep time). */
    interface One {
        Ack apply(PushedEvent event, OffsetDateTime now);
    }

    private OwnEvents() {
    }

    static List<Ack> apply(List<PushedEvent> events, boolean setsAside, Clock clock, One one) {
        List<Ack> acks = new ArrayList<>(events.size());
        for (PushedEvent e : events) {
            OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
            try {
                acks.add(one.apply(e, now));
            } catch (CentralException ex) {
                if (!setsAside || ex.reason() == CentralException.Reason.FORBIDDEN) {
                    throw ex;
                }
                acks.add(new Ack(e.seq(), e.eventId(), AckStatus.REJECTED, now.toInstant(), ex.getMessage()));
            }
        }
        return acks;
    }
}
