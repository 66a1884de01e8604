package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.SALE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.store.CatalogRepository;
import dev.opentill.app.store.MenuRepository;
import dev.opentill.app.ui.ordering.OptionPickerDialog;
import dev.opentill.core.callnumber.OrderNumberBlock;
import dev.opentill.app.testing.TestStores;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import dev.opentill.core.production.LabelQr;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A made-to-order drink paid at the counter joins the production queue; the cashier opens the call
 * screen, marks the order ready by touch (the number moves to "please collect"), and the scanner
 * reading the cup label's QR code hands it over (the number leaves the screen).
 */
class ProductionIT {
    @TempDir
    Path dir;
    private TillHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void aDrinkPaidAtTheCounterIsCalledReadyAndCollectedByItsLabel() throws Exception {
        h = new TillHarness(new TillOptions(dir, Locale.ENGLISH), new SimulatedDevices(), store -> {
            TestStores.fill(store);
            MenuRepository menus = new MenuRepository(store.dsl(), Money.CNY, Clock.systemUTC());
            menus.saveGroup(new OptionGroup("SUGAR", "糖度", "Sugar", 1, 1, List.of(new MenuOption("FULL", "全糖",
                    "Full", Money.zero(Money.CNY), true, Stacking.EXCLUSIVE, null))));
            var tea = new CatalogRepository(store.dsl(), Money.CNY, Clock.systemUTC()).search("TEA", 1).get(0);
            menus.attach(tea.id(), List.of("SUGAR"));
        });
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);
        h.devices.scan(TestStores.TEA);
        // A drink with options opens the picker, its default (full sugar) chosen: Enter adds it.
        h.waitUntil(() -> h.visible("#" + OptionPickerDialog.PRICE_ID));
        h.keys(KeyCode.ENTER);
        h.waitUntil(() -> h.listSize("#ticketLines") == 1);
        h.keys(KeyCode.F12);
        h.waitUntil(() -> h.robot.lookup("#tenderAmount").tryQuery().isPresent());
        h.keys(KeyCode.F1);
        h.waitUntil(() -> !h.text("#changeDue").isEmpty());
        assertThat(h.sales()).isEqualTo(1);
        String receipt = h.till.store.dsl().fetchOne(SALE).getReceiptNo();
        // Called by its daily order number, the one on its receipt and cup labels.
        String number = OrderNumberBlock.text(h.till.store.dsl().fetchOne(SALE).getOrderNumber());
        h.keys(KeyCode.ENTER);
        h.waitUntil(() -> h.robot.lookup("#scanField").tryQuery().isPresent());

        h.robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        h.waitUntil(() -> h.robot.lookup("#productionList").tryQuery().isPresent()
                && h.listSize("#productionList") == 1);
        h.robot.clickOn("#productionCallScreen");
        h.waitUntil(() -> numbers("#callMaking").contains(number));

        h.robot.clickOn("#productionReady");
        h.waitUntil(() -> numbers("#callReady").contains(number));
        assertThat(numbers("#callMaking")).doesNotContain(number);

        // The bar scans the cup label with the till's scanner while the queue shows.
        h.devices.scan(new LabelQr(h.till.till.config().storeCode(), h.till.till.config().terminalCode(), receipt)
                .text());
        h.waitUntil(() -> h.listSize("#productionList") == 0);
        h.waitUntil(() -> numbers("#callReady").isEmpty());
    }

    @SuppressWarnings("unchecked")
    private List<String> numbers(String id) {
        return List.copyOf(h.robot.lookup(id).queryAs(ListView.class).getItems());
    }
}
