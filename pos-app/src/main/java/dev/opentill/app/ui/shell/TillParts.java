package dev.opentill.app.ui.shell;

import dev.opentill.app.cash.CashOffice;
import dev.opentill.app.delivery.DeliveryDesk;
import dev.opentill.app.health.TillHealth;
import dev.opentill.app.journal.Journal;
import dev.opentill.app.member.Members;
import dev.opentill.app.park.Parking;
import dev.opentill.app.production.ProductionBoard;
import dev.opentill.app.reports.DayReports;
import dev.opentill.app.returns.Returns;
import dev.opentill.app.ordering.Ordering;
import dev.opentill.app.sale.ProductLookup;
import dev.opentill.app.sale.Selling;
import dev.opentill.app.security.CashierSession;
import dev.opentill.app.shift.Shifts;
import dev.opentill.app.soldout.SoldOutBoard;
import dev.opentill.app.tender.Tendering;
import dev.opentill.app.ticket.TicketView;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.devices.TillDevices;
import dev.opentill.app.ui.login.Authenticator;
import dev.opentill.app.ui.status.SyncNow;
import dev.opentill.app.ui.status.SyncStatusSource;
import dev.opentill.core.staff.Cashier;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Everything the till UI is built from, made by the composition root ({@code TillComposition}) or
 * by tests. {@code onSignOut} records a logout; {@code onLocale} lets the root follow the cashier's
 * language (e.g. for receipts); {@code syncNow} drives the sync agent where there is one (else null).
 */
public record TillParts(Services services, Authenticator login, Consumer<Cashier> onSignOut, Consumer<Locale> onLocale,
        TaskRunner runner, TillDevices devices, SyncStatusSource sync, Clock clock, ZoneId zone, String storeNameEn,
        String storeNameZh, String terminalCode, Locale initialLocale, SyncNow syncNow) {

    /** Parts of a till with no sync agent to drive ({@code syncNow} null: no "sync now" key is shown). */
    public TillParts(Services services, Authenticator login, Consumer<Cashier> onSignOut, Consumer<Locale> onLocale,
            TaskRunner runner, TillDevices devices, SyncStatusSource sync, Clock clock, ZoneId zone,
            String storeNameEn, String storeNameZh, String terminalCode, Locale initialLocale) {
        this(services, login, onSignOut, onLocale, runner, devices, sync, clock, zone, storeNameEn, storeNameZh,
                terminalCode, initialLocale, null);
    }

    /**
     * The feature services the screens use, each through its own small interface ({@code cash} is
     * split into its counting and closing halves by the cash office; null where a test has none).
     */
    public record Services(TicketView ticket, CashierSession session, Selling selling, ProductLookup lookup,
            Tendering tendering, Parking parking, Returns returns, Members members, Journal journal, Shifts shifts,
            CashOffice cash, Ordering ordering, SoldOutBoard soldOut, ProductionBoard production,
            DeliveryDesk delivery, DayReports reports, TillHealth health) {

        /** Services without made-to-order selling, the sold-out board, production, delivery, reports or health. */
        public Services(TicketView ticket, CashierSession session, Selling selling, ProductLookup lookup,
                Tendering tendering, Parking parking, Returns returns, Members members, Journal journal,
                Shifts shifts, CashOffice cash) {
            this(ticket, session, selling, lookup, tendering, parking, returns, members, journal, shifts, cash,
                    (Ordering) null);
        }

        /** Services with made-to-order selling only ({@code ordering} null: no product opens the option picker). */
        public Services(TicketView ticket, CashierSession session, Selling selling, ProductLookup lookup,
                Tendering tendering, Parking parking, Returns returns, Members members, Journal journal,
                Shifts shifts, CashOffice cash, Ordering ordering) {
            this(ticket, session, selling, lookup, tendering, parking, returns, members, journal, shifts, cash,
                    ordering, null, null, null, null, null);
        }

        /** Services without made-to-order selling, reports or health. */
        public Services(TicketView ticket, CashierSession session, Selling selling, ProductLookup lookup,
                Tendering tendering, Parking parking, Returns returns, Members members, Journal journal,
                Shifts shifts, CashOffice cash, SoldOutBoard soldOut, ProductionBoard production,
                DeliveryDesk delivery) {
            this(ticket, session, selling, lookup, tendering, parking, returns, members, journal, shifts, cash, null,
                    soldOut, production, delivery, null, null);
        }

        /** Services with the day's reports and the health check only (some view tests). */
        public Services(TicketView ticket, CashierSession session, Selling selling, ProductLookup lookup,
                Tendering tendering, Parking parking, Returns returns, Members members, Journal journal,
                Shifts shifts, CashOffice cash, DayReports reports, TillHealth health) {
            this(ticket, session, selling, lookup, tendering, parking, returns, members, journal, shifts, cash, null,
                    null, null, null, reports, health);
        }
    }

    public String storeName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? storeNameZh : storeNameEn;
    }
}
