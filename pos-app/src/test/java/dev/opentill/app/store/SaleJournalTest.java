package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.RECEIPT_SEQUENCE;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SALE_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.app.TillServices;
import dev.opentill.app.testing.TestMenus;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.menu.OptionPick;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A completed sale is durable in the open ticket's journal before the store reaches the disk. A
 * power cut keeps what was fsynced: the store as of its last sync and every journal record. These
 * tests build exactly that disk and check the till comes back with every sale it reported, with
 * the same numbers, the same events for the centre and the same audit entries.
 */
class SaleJournalTest {
    @TempDir
    Path dir;

    @Test
    void salesTheStoreLostAreWrittenAgainFromTheJournalExactlyAsReported() throws IOException {
        Path live = Files.createDirectories(dir.resolve("live"));
        Path cut = Files.createDirectories(dir.resolve("after-cut"));
        List<String> reported = new ArrayList<>();
        List<String> outboxBefore;
        List<String> auditBefore;
        try (TillStore store = TillFixture.newStore(live)) {
            TillServices till = TillFixture.open(store);
            reported.add(sell(till, 1));
            reported.add(sell(till, 2));
            store.syncToDisk();
            copyFolder(live, cut); // the disk as of the last sync of the store...
            reported.add(sell(till, 3));
            reported.add(sell(till, 1));
            reported.add(sell(till, 2));
            till.selling().scan(TestStores.TEA); // ...and a ticket being sold when the power went
            Path journal = OpenTicketRepository.journalFile(store);
            // ...with every journal record, each fsynced before its sale was reported.
            Files.copy(journal, cut.resolve(journal.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            outboxBefore = outbox(store.dsl());
            auditBefore = audit(store.dsl());
        }
        try (TillStore lost = TillStore.open(cut.resolve("till"))) {
            assertThat(lost.dsl().fetchCount(SALE)).as("the store as of its last sync").isEqualTo(2);
        }
        try (TillStore store = TillStore.open(cut.resolve("till"))) {
            TillServices till = TillFixture.open(store);
            DSLContext dsl = store.dsl();
            assertThat(dsl.select(SALE.RECEIPT_NO).from(SALE).orderBy(SALE.SEQUENCE_NO).fetch(SALE.RECEIPT_NO))
                    .containsExactlyElementsOf(reported);
            assertThat(outbox(dsl)).as("the same events, so the centre takes each sale once").isEqualTo(outboxBefore);
            assertThat(audit(dsl)).as("the same audit chain").containsAll(auditBefore);
            assertThat(AuditLog.verify(dsl)).isEmpty();
            assertThat(dsl.fetchCount(SALE_LINE)).isEqualTo(1 + 2 + 3 + 1 + 2);
            assertThat(dsl.select(RECEIPT_SEQUENCE.LAST_VALUE).from(RECEIPT_SEQUENCE).fetchSingle().value1())
                    .isEqualTo(5L);
            assertThat(till.ticket().current().lines()).as("the ticket being sold is back").hasSize(1);
            String next = sell(till, 1);
            assertThat(next).endsWith("6");
        }
        try (TillStore store = TillStore.open(cut.resolve("till"))) {
            TillFixture.open(store);
            assertThat(store.dsl().fetchCount(SALE)).as("nothing written twice at the next start").isEqualTo(6);
        }
    }

    @Test
    void aMadeToOrderSaleTheStoreLostComesBackWithItsOptionsAndOrderNumber() throws IOException {
        Path live = Files.createDirectories(dir.resolve("live"));
        Path cut = Files.createDirectories(dir.resolve("after-cut"));
        String optionsBefore;
        try (TillStore store = TillFixture.newStore(live)) {
            TillServices till = TillFixture.open(store);
            TestMenus.teaMenu(store, till);
            store.syncToDisk();
            copyFolder(live, cut);
            UUID tea = till.catalog().byCode(TestStores.TEA).orElseThrow().id();
            till.ordering().addWithOptions(tea, List.of(OptionPick.of("SIZE", "L"), new OptionPick("TOP", "PEARL",
                    2)));
            till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
            assertThat(till.tender().complete().receipt().orderNumber()).isEqualTo(1);
            optionsBefore = store.dsl().select(SALE_LINE.OPTIONS).from(SALE_LINE).fetchSingle(SALE_LINE.OPTIONS);
            Path journal = OpenTicketRepository.journalFile(store);
            Files.copy(journal, cut.resolve(journal.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        try (TillStore store = TillStore.open(cut.resolve("till"))) {
            TillServices till = TillFixture.open(store);
            DSLContext dsl = store.dsl();
            assertThat(dsl.select(SALE.ORDER_NUMBER).from(SALE).fetch(SALE.ORDER_NUMBER)).containsExactly(1);
            assertThat(dsl.select(SALE_LINE.OPTIONS).from(SALE_LINE).fetchSingle(SALE_LINE.OPTIONS))
                    .isEqualTo(optionsBefore).contains("PEARL");
            UUID tea = till.catalog().byCode(TestStores.TEA).orElseThrow().id();
            till.ordering().addWithOptions(tea, List.of(OptionPick.of("SIZE", "M")));
            till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
            assertThat(till.tender().complete().receipt().orderNumber()).as("the counter came back too").isEqualTo(2);
        }
    }

    @Test
    void aSaleRecordIsNeverOverwrittenBeforeTheStoreHoldsItsSale() {
        Path file = dir.resolve("till.ticket");
        List<Long> synced = new ArrayList<>();
        try (TicketJournal j = TicketJournal.open(file, true)) {
            long sale = j.appendSale(text("sale"));
            j.committed(sale);
            j.onPendingOverwrite(() -> {
                synced.add(j.committedSale());
                j.markDurable(j.committedSale());
            });
            long blocks = j.capacity() / TicketJournal.BLOCK;
            for (int i = 0; i < blocks - 1; i++) {
                j.append(new byte[100]);
            }
            assertThat(synced).as("the whole ring written around the sale record").isEmpty();
            j.append(new byte[100]);
            assertThat(synced).as("the store made durable before the record was written over").containsExactly(sale);
        }
    }

    @Test
    void theStoreIsAskedToCatchUpWhenTheWritesComeWithinHalfTheFileOfAPendingSale() {
        try (TicketJournal j = TicketJournal.open(dir.resolve("till.ticket"), true)) {
            long sale = j.appendSale(text("sale"));
            j.committed(sale);
            List<Long> asked = new ArrayList<>();
            j.onPendingAhead(() -> asked.add(j.lastSeq()));
            long blocks = j.capacity() / TicketJournal.BLOCK;
            for (int i = 0; i < blocks / 2 - 1; i++) {
                j.append(new byte[100]);
            }
            assertThat(asked).as("more than half the file still ahead of the sale record").isEmpty();
            j.append(new byte[100]);
            assertThat(asked).as("asked once the writes are half a file from it, long before they reach it")
                    .isNotEmpty();
            j.markDurable(sale);
            asked.clear();
            j.append(new byte[100]);
            assertThat(asked).as("nothing pending once the store caught up").isEmpty();
        }
    }

    @Test
    void withoutAStoreSyncASaleRecordIsNotWrittenOver() {
        try (TicketJournal j = TicketJournal.open(dir.resolve("till.ticket"), true)) {
            j.appendSale(text("sale"));
            long blocks = j.capacity() / TicketJournal.BLOCK;
            for (int i = 0; i < blocks - 1; i++) {
                j.append(new byte[100]);
            }
            assertThatThrownBy(() -> j.append(new byte[100])).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("would overwrite a sale");
        }
    }

    @Test
    void aVoidedSaleRecordIsNotWrittenAgain() throws IOException {
        Path live = Files.createDirectories(dir.resolve("live"));
        Path cut = Files.createDirectories(dir.resolve("after-cut"));
        Path journalCopy;
        try (TillStore store = TillFixture.newStore(live)) {
            TillServices till = TillFixture.open(store);
            sell(till, 1);
            store.syncToDisk();
            copyFolder(live, cut);
            sell(till, 2);
            Path journal = OpenTicketRepository.journalFile(store);
            journalCopy = cut.resolve(journal.getFileName());
            Files.copy(journal, journalCopy, StandardCopyOption.REPLACE_EXISTING);
        }
        // The second sale's transaction failed after its record was written: the writer voids it.
        try (TicketJournal j = TicketJournal.open(journalCopy, true)) {
            long saleRecord = j.lastSeq();
            j.appendSale(JournaledSale.voiding(saleRecord).bytes());
        }
        try (TillStore store = TillStore.open(cut.resolve("till"))) {
            TillFixture.open(store);
            assertThat(store.dsl().fetchCount(SALE)).isEqualTo(1);
        }
    }

    private static List<String> outbox(DSLContext dsl) {
        return dsl.select(OUTBOX.SEQ, OUTBOX.EVENT_ID, OUTBOX.PAYLOAD).from(OUTBOX).orderBy(OUTBOX.SEQ)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3());
    }

    private static List<String> audit(DSLContext dsl) {
        return dsl.select(AUDIT_LOG.SEQ, AUDIT_LOG.ID, AUDIT_LOG.HASH).from(AUDIT_LOG).orderBy(AUDIT_LOG.SEQ)
                .fetch(r -> r.value1() + " " + r.value2() + " " + r.value3());
    }

    private static String sell(TillServices till, int items) {
        List<String> codes = List.of(TestStores.COLA, TestStores.CHIPS, TestStores.TEA);
        for (int i = 0; i < items; i++) {
            till.selling().scan(codes.get(i % codes.size()));
        }
        till.tender().addTender(TenderType.CASH, till.ticket().cashDue(), null);
        return till.tender().complete().receiptNo();
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".lock.db") || name.endsWith(".trace.db")) {
                    continue; // the live process's lock, not data
                }
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
