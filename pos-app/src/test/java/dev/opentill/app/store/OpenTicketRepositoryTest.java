package dev.opentill.app.store;

import static dev.opentill.app.testing.TestStores.CHIPS;
import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.store.jooq.Tables.OPEN_TICKET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ticket being sold lives in the journal; how it ends is decided in the store's transactions. */
class OpenTicketRepositoryTest {
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        till = TillFixture.open(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCompletedSaleDoesNotComeBackAfterARestartButTheNextTicketDoes() {
        till.selling().scan(COLA);
        till.tender().addTender(TenderType.CASH, Money.parse("5.00", Money.CNY), null);
        till.tender().complete();
        assertThat(TillFixture.open(store).ticket().current().lines()).isEmpty();

        till.selling().scan(CHIPS);
        Ticket next = till.ticket().current();

        assertThat(TillFixture.open(store).ticket().current()).isEqualTo(next);
    }

    @Test
    void aParkedOrCancelledTicketDoesNotComeBackAfterARestart() {
        till.selling().scan(COLA);
        till.park().park("red bag");

        assertThat(TillFixture.open(store).ticket().current().lines()).isEmpty();
        assertThat(TillFixture.open(store).park().parked()).hasSize(1);
    }

    @Test
    void aResumeThatStoppedAfterItsJournalRecordIsFinishedAtStart() {
        till.selling().scan(CHIPS);
        Ticket parked = till.ticket().current();
        till.park().park("blue jacket");

        // The first step of a resume (the journal record), then the till stops.
        repository().saveActive(parked);
        TillServices restarted = TillFixture.open(store);

        assertThat(restarted.ticket().current()).isEqualTo(parked);
        assertThat(restarted.park().parked()).isEmpty();
    }

    @Test
    void aTicketAnOlderVersionKeptInTheStoreIsMovedIntoTheJournal() {
        OpenTicketRepository tickets = repository();
        Ticket older = till.ticket().current();
        store.dsl().transaction(cfg -> tickets.save(cfg.dsl(), older, OpenTicketRepository.ACTIVE, null, null));

        assertThat(repository().loadActive()).contains(older);
        assertThat(store.dsl().fetchCount(OPEN_TICKET)).isZero();
        assertThat(repository().loadActive()).contains(older);
    }

    @Test
    void theJournalLivesBesideTheStoreFile() {
        till.selling().scan(COLA);

        assertThat(OpenTicketRepository.journalFile(store)).exists().hasFileName("till.ticket");
    }

    private OpenTicketRepository repository() {
        return new OpenTicketRepository(store, new AuditLog("S0001-T01", Clock.systemUTC()), Clock.systemUTC(), true);
    }

}
