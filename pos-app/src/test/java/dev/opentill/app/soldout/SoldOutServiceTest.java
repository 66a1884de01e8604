package dev.opentill.app.soldout;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.OUTBOX;
import static dev.opentill.store.jooq.Tables.SOLD_OUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.app.TillServices;
import dev.opentill.app.ordering.OrderingService;
import dev.opentill.app.security.Approval;
import dev.opentill.app.store.AuditAction;
import dev.opentill.app.store.MenuRepository;
import dev.opentill.app.testing.SaleErrors;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.cash.CashPolicy;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.OptionPick;
import dev.opentill.core.menu.SoldOutEntry;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sync.SoldOutEvent;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marking made-to-order items sold out on the real till store: approved, audited, in the outbox, obeyed. */
class SoldOutServiceTest {
    private static final Approval SUPERVISOR = new Approval(TestStores.SUPERVISOR_CODE, TestStores.SUPERVISOR_PIN);
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;
    Product tea;
    String mango;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        till = TillFixture.open(store);
        tea = till.catalog().search("TEA", 1).get(0);
        MenuRepository menus = new MenuRepository(store.dsl(), Money.CNY, Clock.systemUTC());
        menus.saveGroup(new OptionGroup("TOP", "加料", "Toppings", 0, 3, List.of(
                new MenuOption("PEARL", "珍珠", "Pearls", Money.ofMinor(200, Money.CNY), false, Stacking.STACKABLE,
                        null),
                new MenuOption("MANGO", "芒果", "Mango", Money.ofMinor(400, Money.CNY), false, Stacking.STACKABLE,
                        null))));
        menus.attach(tea.id(), List.of("TOP"));
        mango = MenuRepository.optionKey("TOP", "MANGO");
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void listsTheMadeToOrderProductsThenEveryOptionWithTodaysState() {
        List<SoldOutEntry> items = till.soldOut().items();

        assertThat(items).extracting(SoldOutEntry::key).containsExactly(MenuRepository.productKey(tea.id()),
                MenuRepository.optionKey("TOP", "PEARL"), mango);
        assertThat(items).noneMatch(SoldOutEntry::soldOut);
        assertThat(items.get(2).groupEn()).isEqualTo("Toppings");
    }

    @Test
    void aCashierNeedsASupervisorAndNothingChangesWithout() {
        assertThat(SaleErrors.errorOf(() -> till.soldOut().mark(mango, true, null)))
                .isEqualTo(SaleError.NOT_AUTHORISED);
        assertThat(SaleErrors.errorOf(() -> till.soldOut().mark(mango, true, new Approval(TestStores.SUPERVISOR_CODE,
                "0000")))).isEqualTo(SaleError.NOT_AUTHORISED);

        assertThat(store.dsl().fetchCount(SOLD_OUT)).isZero();
        assertThat(store.dsl().fetchCount(OUTBOX)).isZero();
    }

    @Test
    void anApprovedMarkIsStoredSentOnceAuditedAndRefusedAtTheTicket() throws Exception {
        AtomicInteger nudges = new AtomicInteger();
        till.soldOut().onMarked(nudges::incrementAndGet);

        till.soldOut().mark(mango, true, SUPERVISOR);

        assertThat(till.soldOut().items()).filteredOn(SoldOutEntry::soldOut).extracting(SoldOutEntry::key)
                .containsExactly(mango);
        var row = store.dsl().selectFrom(OUTBOX).fetchSingle();
        assertThat(row.getEventType()).isEqualTo(SoldOutEvent.TYPE);
        SoldOutEvent e = SyncJson.mapper().readValue(row.getPayload(), SoldOutEvent.class);
        assertThat(e.itemKey()).isEqualTo(mango);
        assertThat(e.soldOut()).isTrue();
        assertThat(e.storeCode()).isEqualTo(till.config().storeCode());
        assertThat(e.markedBy()).isEqualTo(till.staff().byLoginCode(TestStores.SUPERVISOR_CODE).orElseThrow().id());
        assertThat(store.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(AuditAction.SOLD_OUT_MARKED.name())
                .and(AUDIT_LOG.SUBJECT.eq(mango)).and(AUDIT_LOG.APPROVER_ID.isNotNull()))).isEqualTo(1);
        assertThat(nudges).hasValue(1);
        OrderingService ordering = new OrderingService(till.ticket(), till.catalog(),
                new MenuRepository(store.dsl(), Money.CNY, Clock.systemUTC()), Clock.systemUTC(),
                ZoneId.of("Asia/Shanghai"), CashPolicy.defaults(Money.CNY, ZoneId.of("Asia/Shanghai")).dayStart());
        assertThat(
                SaleErrors.errorOf(() -> ordering.addWithOptions(tea.id(), List.of(new OptionPick("TOP", "MANGO", 1)))))
                .isEqualTo(SaleError.SOLD_OUT);

        till.soldOut().mark(mango, false, SUPERVISOR);

        assertThat(till.soldOut().items()).noneMatch(SoldOutEntry::soldOut);
        assertThat(store.dsl().fetchCount(OUTBOX)).isEqualTo(2);
        assertThat(store.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq(AuditAction.SOLD_OUT_CLEARED.name())))
                .isEqualTo(1);
        ordering.addWithOptions(tea.id(), List.of(new OptionPick("TOP", "MANGO", 1)));
    }

    @Test
    void anUnknownItemIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> till.soldOut().mark("option:TOP/KIWI", true, SUPERVISOR))
                .hasMessageContaining("KIWI");
        assertThatThrownBy(() -> till.soldOut().mark("shelf:1", true, SUPERVISOR)).hasMessageContaining("shelf");

        assertThat(store.dsl().fetchCount(SOLD_OUT)).isZero();
        assertThat(store.dsl().fetchCount(OUTBOX)).isZero();
    }
}
