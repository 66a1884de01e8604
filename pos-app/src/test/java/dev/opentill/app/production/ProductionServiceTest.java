package dev.opentill.app.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillServices;
import dev.opentill.app.store.MenuRepository;
import dev.opentill.app.testing.SaleErrors;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.Stacking;
import dev.opentill.core.money.Money;
import dev.opentill.core.production.LabelQr;
import dev.opentill.core.production.ProductionOrder;
import dev.opentill.core.production.ProductionStatus;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completed orders with made-to-order lines join the real till's queue and move forward by touch or label scan. */
class ProductionServiceTest {
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;
    Product tea;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        till = TillFixture.open(store);
        tea = till.catalog().search("TEA", 1).get(0);
        MenuRepository menus = new MenuRepository(store.dsl(), Money.CNY, Clock.systemUTC());
        menus.saveGroup(new OptionGroup("SUGAR", "糖度", "Sugar", 1, 1, List.of(
                new MenuOption("FULL", "全糖", "Full", Money.zero(Money.CNY), true, Stacking.EXCLUSIVE, null))));
        menus.attach(tea.id(), List.of("SUGAR"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String sell(String... barcodes) {
        for (String b : barcodes) {
            till.selling().scan(b);
        }
        till.tender().addTender(TenderType.CASH, Money.ofMinor(100_00, Money.CNY), null);
        return till.tender().complete().receiptNo();
    }

    @Test
    void aSaleWithAMadeToOrderLineJoinsAsMakingAndPlainGoodsDoNot() {
        AtomicInteger changes = new AtomicInteger();
        till.production().addListener(changes::incrementAndGet);

        String receipt = sell(TestStores.TEA, TestStores.TEA, TestStores.COLA);
        sell(TestStores.COLA);

        assertThat(till.production().open()).singleElement().satisfies(o -> {
            assertThat(o.receiptNo()).isEqualTo(receipt);
            assertThat(o.status()).isEqualTo(ProductionStatus.MAKING);
            assertThat(o.cups()).isEqualTo(2);
            assertThat(o.callNumber()).isEqualTo(OrderNumbers.tail(receipt)).hasSize(3);
            assertThat(o.channel()).isEqualTo(ProductionOrder.Channel.COUNTER);
        });
        assertThat(changes).hasValue(1);
    }

    @Test
    void touchMovesAnOrderToReadyThenCollectedAndNeverBack() {
        sell(TestStores.TEA);
        ProductionOrder o = till.production().open().get(0);

        assertThat(SaleErrors.errorOf(() -> till.production().collected(o.id()))).as("not ready yet")
                .isEqualTo(SaleError.ORDER_STATE);
        assertThat(till.production().ready(o.id()).status()).isEqualTo(ProductionStatus.READY);
        assertThat(SaleErrors.errorOf(() -> till.production().ready(o.id()))).isEqualTo(SaleError.ORDER_STATE);
        assertThat(till.production().collected(o.id()).status()).isEqualTo(ProductionStatus.COLLECTED);

        assertThat(till.production().open()).isEmpty();
    }

    @Test
    void scanningTheLabelsQrMovesTheOrderOneStepEachTime() {
        String receipt = sell(TestStores.TEA);
        String qr = new LabelQr(till.config().storeCode(), till.config().terminalCode(), receipt).text();

        assertThat(till.production().scan(qr).status()).isEqualTo(ProductionStatus.READY);
        assertThat(till.production().scan(qr).status()).isEqualTo(ProductionStatus.COLLECTED);
        assertThat(SaleErrors.errorOf(() -> till.production().scan(qr))).isEqualTo(SaleError.ORDER_STATE);
    }

    @Test
    void aLabelOfAnotherStoreOrNoOrderIsRefusedAndChangesNothing() {
        String receipt = sell(TestStores.TEA);

        assertThat(SaleErrors.errorOf(() -> till.production().scan(new LabelQr("OTHER", till.config()
                .terminalCode(), receipt).text()))).isEqualTo(SaleError.ORDER_NOT_QUEUED);
        assertThat(SaleErrors.errorOf(() -> till.production().scan(new LabelQr(till.config().storeCode(), "T9",
                receipt).text()))).isEqualTo(SaleError.ORDER_NOT_QUEUED);
        assertThat(SaleErrors.errorOf(() -> till.production().scan("6901234567892")))
                .isEqualTo(SaleError.ORDER_NOT_QUEUED);

        assertThat(till.production().open()).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ProductionStatus.MAKING));
    }
}
