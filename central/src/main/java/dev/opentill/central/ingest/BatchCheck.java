package dev.opentill.central.ingest;

import static dev.opentill.central.jooq.Tables.SALE;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opentill.central.auth.TerminalIdentity;
import dev.opentill.central.error.CentralException;
import dev.opentill.core.sync.SaleEvent;
import dev.opentill.core.sync.SyncProtocol.PushBatch;
import dev.opentill.core.sync.SyncProtocol.PushedEvent;
import dev.opentill.core.sync.SyncProtocol.Rejected;
import dev.opentill.core.sync.ZReportEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Sorts a pushed batch into the sales that can be stored and the events refused, before anything
 * is written: each sale by itself ({@link SaleEventCheck}), then against the rest of the batch
 * and the sales already stored (a sale id, line id or ledger entry id used by another event),
 * so the database never has to refuse one.
 */
final class BatchCheck {
    /** The sales to store, in batch order, and the events refused with their reasons. */
    record Checked(List<Pending> valid, List<Rejected> rejected, List<ZIngest.PendingZ> zReports) {
    }

    private BatchCheck() {
    }

    static Checked check(TerminalIdentity who, PushBatch body, ObjectMapper mapper, Instant now, DSLContext dsl) {
        if (body == null || body.events() == null) {
            throw CentralException.malformed("The batch has no events array");
        }
        if (body.storeCode() != null && !who.storeCode().equals(body.storeCode())) {
            throw forbidden(who);
        }
        List<Pending> out = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        List<ZIngest.PendingZ> zReports = new ArrayList<>();
        for (PushedEvent e : body.events()) {
            if (e != null && ZReportEvent.TYPE.equals(e.type()) && e.eventId() != null && e.seq() >= 0) {
                checkZ(who, e, mapper, now, zReports, rejected);
                continue;
            }
            long seq = e == null ? -1 : e.seq();
            UUID eventId = e == null ? null : e.eventId();
            String problem = null;
            SaleEvent sale = null;
            if (seq < 0 || eventId == null) {
                problem = "seq and eventId are required";
            } else if (!SaleEvent.TYPE.equals(e.type())) {
                problem = "unknown event type " + e.type();
            } else {
                try {
                    sale = e.payload() instanceof SaleEvent read
                            ? read
                            : mapper.convertValue(e.payload(), SaleEvent.class);
                    problem = SaleEventCheck.problem(sale, eventId, now);
                } catch (IllegalArgumentException ex) {
                    String why = String.valueOf(ex.getMessage());
                    problem = "unreadable payload: " + (why.length() > 200 ? why.substring(0, 200) + "…" : why);
                }
            }
            if (problem != null) {
                rejected.add(new Rejected(seq, eventId, problem));
                continue;
            }
            if (!who.storeCode().equals(sale.storeCode()) || !who.terminalCode().equals(sale.terminalCode())) {
                throw forbidden(who);
            }
            out.add(new Pending(seq, sale));
        }
        Checked sales = clashes(out, rejected, dsl);
        return new Checked(sales.valid(), sales.rejected(), zReports);
    }

    private static void checkZ(TerminalIdentity who, PushedEvent e, ObjectMapper mapper, Instant now,
            List<ZIngest.PendingZ> zReports, List<Rejected> rejected) {
        ZReportEvent z;
        String problem;
        try {
            z = mapper.convertValue(e.payload(), ZReportEvent.class);
            problem = ZIngest.problem(z, e.eventId(), now);
        } catch (IllegalArgumentException ex) {
            String why = String.valueOf(ex.getMessage());
            rejected.add(new Rejected(e.seq(), e.eventId(),
                    "unreadable payload: " + (why.length() > 200 ? why.substring(0, 200) + "…" : why)));
            return;
        }
        if (problem != null) {
            rejected.add(new Rejected(e.seq(), e.eventId(), problem));
            return;
        }
        if (!who.storeCode().equals(z.storeCode()) || !who.terminalCode().equals(z.terminalCode())) {
            throw forbidden(who);
        }
        zReports.add(new ZIngest.PendingZ(e.seq(), z));
    }

    /**
     * Refuses a sale whose ids another event of the batch already used, or whose sale id is
     * stored under another event. The same event sent twice is not a clash: it is a duplicate.
     */
    private static Checked clashes(List<Pending> sales, List<Rejected> rejected, DSLContext dsl) {
        Map<UUID, UUID> eventBySale = new HashMap<>();
        Set<UUID> events = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        List<Pending> valid = new ArrayList<>(sales.size());
        for (Pending p : sales) {
            SaleEvent s = p.sale();
            if (!events.add(s.eventId())) {
                valid.add(p);
                continue;
            }
            List<UUID> own = new ArrayList<>();
            s.lines().forEach(l -> own.add(l.lineId()));
            s.stock().forEach(e -> own.add(e.entryId()));
            s.points().forEach(e -> own.add(e.entryId()));
            if (eventBySale.putIfAbsent(s.saleId(), s.eventId()) != null || !own.stream().allMatch(ids::add)) {
                rejected.add(new Rejected(p.seq(), s.eventId(), "its sale, line or entry ids are used by another event"
                        + " of this batch"));
            } else {
                valid.add(p);
            }
        }
        if (!eventBySale.isEmpty()) {
            Map<UUID, UUID> stored = dsl.select(SALE.ID, SALE.EVENT_ID).from(SALE)
                    .where(SALE.ID.in(eventBySale.keySet()))
                    .fetchMap(SALE.ID, SALE.EVENT_ID);
            valid.removeIf(p -> {
                UUID held = stored.get(p.sale().saleId());
                if (held != null && !held.equals(p.sale().eventId())) {
                    rejected.add(new Rejected(p.seq(), p.sale().eventId(), "sale " + p.sale().saleId()
                            + " is already stored under another event"));
                    return true;
                }
                return false;
            });
        }
        return new Checked(valid, rejected, List.of());
    }

    static CentralException forbidden(TerminalIdentity who) {
        return CentralException.forbidden("Terminal " + who.terminalCode()
                + " may only send its own sales for store " + who.storeCode());
    }
}
