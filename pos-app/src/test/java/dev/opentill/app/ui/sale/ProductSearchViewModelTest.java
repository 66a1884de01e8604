package dev.opentill.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.ui.FakeTillService;
import dev.opentill.app.ui.ScriptedApprovals;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.catalog.Product;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductSearchViewModelTest {
    private final FakeTillService till = new FakeTillService();
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private SaleViewModel sale;
    private ProductSearchViewModel vm;

    @BeforeEach
    void setUp() {
        till.product("6901", "Coffee", "咖啡", "12.50", false);
        till.product("6902", "Apples", "苹果", "10.00", true);
        sale = new SaleViewModel(runner, till, till, new CurrentTicket(till),
                new ApprovalFlow(runner, new ScriptedApprovals()),
                new SimulatedDevices(Runnable::run), Locale.ENGLISH, s -> {
                });
        vm = new ProductSearchViewModel(runner, till, sale);
    }

    @Test
    void searchListsMatchesAndAddingOnePutsItOnTheTicket() {
        vm.queryProperty().set("coff");
        vm.searchCommand().execute();

        assertThat(vm.results()).extracting(Product::nameEn).containsExactly("Coffee");
        vm.addCommand().execute();
        assertThat(sale.lines()).extracting(LineRow::name).containsExactly("Coffee");
    }

    @Test
    void searchWithoutMatchesSaysSo() {
        vm.queryProperty().set("zzz");
        vm.searchCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("search.none", "zzz"));
        assertThat(vm.addCommand().isExecutable()).isFalse();
    }

    @Test
    void priceCheckShowsThePriceWithoutAddingIt() {
        vm.queryProperty().set("6902");
        vm.priceCheckCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("price.per_kg", "Apples", "¥10.00"));
        assertThat(sale.lines()).isEmpty();
    }

    @Test
    void priceCheckOfAnUnknownCodeSaysSo() {
        vm.queryProperty().set("0000");
        vm.priceCheckCommand().execute();

        assertThat(vm.messageProperty().get().key()).isEqualTo("error.UNKNOWN_BARCODE");
    }
}
