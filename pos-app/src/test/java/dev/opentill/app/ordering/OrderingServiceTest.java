package dev.opentill.app.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.MenuRepository;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.callnumber.OrderNumberBlock;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.menu.Combo;
import dev.opentill.core.menu.ComboPick;
import dev.opentill.core.menu.ComboSlot;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.OptionPick;
import dev.opentill.core.menu.OptionPricer;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.LineOptions;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLine;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Made-to-order lines on the real till store: priced from the menu tables, saved, restored, refused when sold out. */
class OrderingServiceTest {
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;
    Product tea;
    Product chips;

    private static Money fen(long m) {
        return Money.ofMinor(m, Money.CNY);
    }

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        till = TillFixture.open(store);
        tea = till.catalog().search("TEA", 1).get(0);
        chips = till.catalog().search("CHIPS", 1).get(0);
        MenuRepository menus = menus();
        menus.saveGroup(new OptionGroup("SIZE", "杯型", "Size", 1, 1, List.of(
                new MenuOption("M", "中杯", "Medium", fen(0), true, Stacking.EXCLUSIVE, null),
                new MenuOption("L", "大杯", "Large", fen(300), false, Stacking.EXCLUSIVE, null))));
        menus.saveGroup(new OptionGroup("TOP", "加料", "Toppings", 0, 3, List.of(
                new MenuOption("PEARL", "珍珠", "Pearls", fen(200), false, Stacking.STACKABLE, "TOP-PEARL"),
                new MenuOption("MANGO", "芒果", "Mango", fen(400), false, Stacking.STACKABLE, null))));
        menus.attach(tea.id(), List.of("SIZE", "TOP"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private MenuRepository menus() {
        return new MenuRepository(store.dsl(), Money.CNY, Clock.systemUTC());
    }

    private Ordering ordering(TillServices t) {
        return new OrderingService(t.ticket(), t.catalog(), menus(), Clock.systemUTC(), ZoneId.of("Asia/Shanghai"),
                LocalTime.of(4, 0));
    }

    @Test
    void aDrinkWithOptionsIsPricedFromTheMenuAndComesBackAfterARestart() {
        Ordering ordering = ordering(till);
        assertThat(ordering.menu(tea.id()).orElseThrow().groups()).extracting(OptionGroup::code)
                .containsExactly("SIZE", "TOP");
        assertThat(ordering.menu(chips.id())).isEmpty();
        Ticket t = ordering.addWithOptions(tea.id(), List.of(OptionPick.of("SIZE", "L"), OptionPick.of("TOP",
                "PEARL"), OptionPick.of("TOP", "PEARL")));
        TicketLine line = t.lines().get(0);
        assertThat(line.unitPrice()).isEqualTo(fen(1200 + 300 + 400));

        TillServices again = TillFixture.open(store);
        TicketLine restored = again.ticket().current().lines().get(0);
        assertThat(restored.options()).isEqualTo(line.options());
        assertThat(restored.unitPrice()).isEqualTo(fen(1900));

        Ticket changed = ordering(again).changeOptions(restored.id(), List.of(OptionPick.of("SIZE", "M")));
        assertThat(changed.lines().get(0).unitPrice()).isEqualTo(fen(1200));
    }

    @Test
    void aSoldOutToppingIsRefusedUntilItIsBack() {
        Ordering ordering = ordering(till);
        // Marked in the store directly: the till marks through SoldOutService, with its outbox event and audit.
        LocalDate today = OrderNumberBlock.businessDay(Instant.now(), ZoneId.of("Asia/Shanghai"), LocalTime.of(4, 0));
        menus().markSoldOut(MenuRepository.optionKey("TOP", "MANGO"), today, true);
        assertThatThrownBy(() -> ordering.addWithOptions(tea.id(), List.of(OptionPick.of("SIZE", "M"),
                OptionPick.of("TOP", "MANGO")))).isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.SOLD_OUT));
        assertThat(till.ticket().current().lines()).isEmpty();
        menus().markSoldOut(MenuRepository.optionKey("TOP", "MANGO"), today, false);
        ordering.addWithOptions(tea.id(), List.of(OptionPick.of("SIZE", "M"), OptionPick.of("TOP", "MANGO")));
        assertThat(till.ticket().totals().total()).isEqualTo(fen(1600));
    }

    @Test
    void aComboFromTheMenuTablesIsOneLinePerSlotAtTheComboPrice() {
        Combo combo = new Combo(UUID.randomUUID(), "C1", "茶点套餐", "Tea & snack", fen(1500), List.of(
                new ComboSlot("DRINK", "饮品", "Drink", Map.of(tea.id(), fen(0))),
                new ComboSlot("SNACK", "小食", "Snack", Map.of(chips.id(), fen(100)))));
        menus().saveCombo(combo);
        Ordering ordering = ordering(till);
        assertThat(ordering.combo(combo.id())).contains(combo);
        LineOptions drink = OptionPricer.price(tea, ordering.menu(tea.id()).orElseThrow(),
                List.of(OptionPick.of("SIZE", "L")), ordering.soldOut());
        Ticket t = ordering.addCombo(combo.id(), List.of(new ComboPick("DRINK", tea, drink),
                new ComboPick("SNACK", chips, null)));
        assertThat(t.lines()).hasSize(2);
        assertThat(till.ticket().totals().total()).isEqualTo(fen(1500 + 100 + 300));
        assertThat(till.ticket().totals().taxLines()).hasSize(2);
    }

    @Test
    void theDailyOrderNumberCountsPerBusinessDayInsideTheTillsBlock() {
        OrderNumberBlock block = new OrderNumberBlock(1, 2);
        LocalDate day = LocalDate.of(2026, 12, 7);
        int first = store.dsl().transactionResult(c -> MenuRepository.nextOrderNumber(c.dsl(), day, block));
        int second = store.dsl().transactionResult(c -> MenuRepository.nextOrderNumber(c.dsl(), day, block));
        int nextDay = store.dsl().transactionResult(c -> MenuRepository.nextOrderNumber(c.dsl(), day.plusDays(1),
                block));
        assertThat(List.of(first, second, nextDay)).containsExactly(500, 501, 500);
    }
}
