package dev.opentill.app.ui.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.production.ProductionBoard;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.production.LabelQr;
import dev.opentill.core.production.ProductionOrder;
import dev.opentill.core.production.ProductionStatus;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProductionViewModelTest {
    /** A queue in memory with the real forward-only rule. */
    private static final class Board implements ProductionBoard {
        final Map<UUID, ProductionOrder> orders = new LinkedHashMap<>();
        final List<Runnable> listeners = new ArrayList<>();

        ProductionOrder add(String receipt, String number, String serial) {
            ProductionOrder o = new ProductionOrder(UUID.randomUUID(), "T1", receipt, number, serial,
                    serial == null ? ProductionOrder.Channel.COUNTER : ProductionOrder.Channel.DELIVERY, 1, "tea x1",
                    ProductionStatus.MAKING, Instant.now());
            orders.put(o.id(), o);
            listeners.forEach(Runnable::run);
            return o;
        }

        @Override
        public List<ProductionOrder> open() {
            return orders.values().stream().filter(o -> o.status().open()).toList();
        }

        @Override
        public ProductionOrder ready(UUID id) {
            return move(id, ProductionStatus.READY);
        }

        @Override
        public ProductionOrder collected(UUID id) {
            return move(id, ProductionStatus.COLLECTED);
        }

        @Override
        public ProductionOrder scan(String text) {
            LabelQr qr = LabelQr.parse(text).orElseThrow(() -> new SaleException(SaleError.ORDER_NOT_QUEUED, text,
                    text));
            ProductionOrder o = orders.values().stream().filter(x -> x.receiptNo().equals(qr.receiptNo()))
                    .findFirst().orElseThrow(() -> new SaleException(SaleError.ORDER_NOT_QUEUED, text, text));
            return move(o.id(), o.status() == ProductionStatus.MAKING
                    ? ProductionStatus.READY
                    : ProductionStatus.COLLECTED);
        }

        @Override
        public void addListener(Runnable listener) {
            listeners.add(listener);
        }

        private ProductionOrder move(UUID id, ProductionStatus next) {
            ProductionOrder o = orders.get(id);
            if (!o.status().mayBecome(next)) {
                throw new SaleException(SaleError.ORDER_STATE, "no", o.callNumber(), o.status().name());
            }
            ProductionOrder moved = o.with(next);
            orders.put(id, moved);
            return moved;
        }
    }

    private final Board board = new Board();
    private final List<Screen> shown = new ArrayList<>();
    private ProductionViewModel vm;
    private CallNumberViewModel display;

    @BeforeEach
    void setUp() {
        vm = new ProductionViewModel(new DirectTaskRunner(), board, shown::add);
        display = new CallNumberViewModel(new DirectTaskRunner(), board);
    }

    @Test
    void aNewOrderAppearsOnTheQueueAndTheDisplayAsMaking() {
        board.add("T1-000042", "042", null);
        board.add("D-1", "007", "17");

        assertThat(vm.orders()).extracting(ProductionOrder::callNumber).containsExactly("042", "007");
        assertThat(display.making()).containsExactly("042", "007 #17");
        assertThat(display.ready()).isEmpty();
        assertThat(vm.readyCommand().isExecutable()).isTrue();
        assertThat(vm.collectedCommand().isExecutable()).as("not ready yet").isFalse();
    }

    @Test
    void readyThenCollectedByTouchMovesTheNumberAcrossTheDisplayAndOff() {
        board.add("T1-000042", "042", null);
        board.add("T1-000043", "043", null);
        board.listeners.forEach(Runnable::run);
        vm.selectedProperty().set(vm.orders().get(0));

        vm.readyCommand().execute();

        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("production.now_ready", "042"));
        assertThat(vm.selectedProperty().get().status()).isEqualTo(ProductionStatus.READY);
        assertThat(vm.collectedCommand().isExecutable()).isTrue();
        board.listeners.forEach(Runnable::run);
        assertThat(display.ready()).containsExactly("042");
        assertThat(display.making()).containsExactly("043");

        vm.collectedCommand().execute();

        assertThat(vm.orders()).extracting(ProductionOrder::callNumber).containsExactly("043");
        board.listeners.forEach(Runnable::run);
        assertThat(display.ready()).isEmpty();
    }

    @Test
    void aScannedLabelMovesItsOrderAndAnUnknownCodeSaysSo() {
        board.add("T1-000042", "042", null);
        vm.codeProperty().set("OTL1:S1:T1:T1-000042");

        vm.submitCode();

        assertThat(vm.codeProperty().get()).isEmpty();
        assertThat(vm.orders().get(0).status()).isEqualTo(ProductionStatus.READY);

        vm.scan("6901234567892");

        assertThat(vm.messageProperty().get().key()).isEqualTo("error.ORDER_NOT_QUEUED");
        assertThat(vm.orders().get(0).status()).isEqualTo(ProductionStatus.READY);
    }

    @Test
    void backReturnsToTheSaleScreen() {
        vm.backCommand().execute();

        assertThat(shown).containsExactly(Screen.SALE);
    }
}
