package dev.opentill.app.ui.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.ordering.Ordering;
import dev.opentill.app.ui.FakeTillService;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.menu.Combo;
import dev.opentill.core.menu.ComboPick;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.OptionPick;
import dev.opentill.core.menu.OptionPricer;
import dev.opentill.core.menu.OptionSelection;
import dev.opentill.core.menu.ProductMenu;
import dev.opentill.core.menu.SoldOut;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.sale.TicketLimits;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OptionPickerViewModelTest {
    private static final Product TEA = new Product(UUID.randomUUID(), "MT", "奶茶", "Milk tea", "TEA", "VAT6", 600,
            fen(1500), false, null);
    private static final ProductMenu MENU = new ProductMenu(TEA.id(), List.of(
            new OptionGroup("SIZE", "杯型", "Size", 1, 1, List.of(
                    new MenuOption("M", "中杯", "Medium", fen(0), true, Stacking.EXCLUSIVE, null),
                    new MenuOption("L", "大杯", "Large", fen(300), false, Stacking.EXCLUSIVE, null))),
            new OptionGroup("TOP", "加料", "Toppings", 0, 2, List.of(
                    new MenuOption("PEARL", "珍珠", "Pearls", fen(200), false, Stacking.STACKABLE, null),
                    new MenuOption("MANGO", "芒果", "Mango", fen(400), false, Stacking.STACKABLE, null)))));

    private final FakeTillService till = new FakeTillService();
    private final CurrentTicket current = new CurrentTicket(till);
    private final RecordingOrdering ordering = new RecordingOrdering();
    private final OptionPickerViewModel vm = new OptionPickerViewModel(new DirectTaskRunner(), ordering, current);

    private static Money fen(long m) {
        return Money.ofMinor(m, Money.CNY);
    }

    /** Prices against the menu above and keeps its own ticket, as the till's service would. */
    private static final class RecordingOrdering implements Ordering {
        Ticket ticket = Ticket.open(Money.CNY, Instant.parse("2026-12-07T09:00:00Z"));
        final List<List<OptionPick>> added = new ArrayList<>();

        @Override
        public Optional<ProductMenu> menu(UUID productId) {
            return Optional.of(MENU);
        }

        @Override
        public Ticket addWithOptions(UUID productId, List<OptionPick> picks) {
            added.add(picks);
            ticket = ticket.addWithOptions(TEA, OptionPricer.price(TEA, MENU, picks, SoldOut.NOTHING), 1000,
                    TicketLimits.DEFAULT);
            return ticket;
        }

        @Override
        public Ticket changeOptions(UUID lineId, List<OptionPick> picks) {
            ticket = ticket.changeOptions(lineId, OptionPricer.price(TEA, MENU, picks, SoldOut.NOTHING),
                    TicketLimits.DEFAULT);
            return ticket;
        }

        @Override
        public Optional<Combo> combo(UUID comboId) {
            return Optional.empty();
        }

        @Override
        public List<Combo> combos() {
            return List.of();
        }

        @Override
        public Ticket addCombo(UUID comboId, List<ComboPick> picks) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SoldOut soldOut() {
            return SoldOut.NOTHING;
        }
    }

    @Test
    void theDefaultsArePreselectedAndTheirPriceShownSoOneTapConfirms() {
        vm.open(TEA, MENU, SoldOut.NOTHING);
        assertThat(vm.priceProperty().get()).isEqualTo(fen(1500));
        assertThat(vm.confirmCommand().isExecutable()).isTrue();
        vm.confirmCommand().execute();
        assertThat(ordering.added).containsExactly(List.of(OptionPick.of("SIZE", "M")));
        assertThat(current.get().ticket().lines()).hasSize(1);
        assertThat(vm.doneProperty().get()).isTrue();
    }

    @Test
    void eachTapMovesThePriceAndTheConfirmedLineCarriesTheChoices() {
        vm.open(TEA, MENU, SoldOut.NOTHING);
        vm.tap("SIZE", "L");
        vm.tap("TOP", "PEARL");
        vm.tap("TOP", "PEARL");
        assertThat(vm.priceProperty().get()).isEqualTo(fen(2200));
        vm.confirmCommand().execute();
        assertThat(current.get().ticket().lines().get(0).unitPrice()).isEqualTo(fen(2200));
        assertThat(ordering.added.get(0)).containsExactly(OptionPick.of("SIZE", "L"),
                new OptionPick("TOP", "PEARL", 2));
    }

    @Test
    void aSoldOutOptionCannotBeTappedAndSaysSo() {
        vm.open(TEA, MENU, new SoldOut(Set.of(), Set.of(SoldOut.optionKey("TOP", "MANGO"))));
        vm.tap("TOP", "MANGO");
        assertThat(vm.selectionProperty().get().count("TOP", "MANGO")).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("error.SOLD_OUT", "TOP/MANGO"));
        assertThat(vm.isSoldOut("TOP", "MANGO")).isTrue();
    }

    @Test
    void aLinesOptionsAreChangedInPlace() {
        vm.open(TEA, MENU, SoldOut.NOTHING);
        vm.confirmCommand().execute();
        UUID line = current.get().ticket().lines().get(0).id();
        vm.openLine(TEA, line, OptionSelection.of(MENU, List.of(OptionPick.of("SIZE",
                "M"))), SoldOut.NOTHING);
        vm.tap("SIZE", "L");
        vm.confirmCommand().execute();
        assertThat(ordering.ticket.lines()).hasSize(1);
        assertThat(current.get().ticket().lines().get(0).unitPrice()).isEqualTo(fen(1800));
    }
}
