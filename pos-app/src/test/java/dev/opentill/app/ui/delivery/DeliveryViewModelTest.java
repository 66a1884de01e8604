package dev.opentill.app.ui.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.delivery.DeliveryDesk;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.delivery.DeliveryOrder;
import dev.opentill.core.delivery.DeliveryStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryViewModelTest {
    private static final class Desk implements DeliveryDesk {
        final List<DeliveryOrder> orders = new ArrayList<>();
        final List<String> done = new ArrayList<>();

        DeliveryOrder add(String serial) {
            DeliveryOrder o = new DeliveryOrder(UUID.randomUUID(), "S1", "eleme", "EL-" + serial, serial,
                    List.of(new DeliveryOrder.Item("TEA", 1, 1200, List.of())), null, null, 1600, 100, 300,
                    DeliveryStatus.NEW, null, Instant.now());
            orders.add(o);
            return o;
        }

        @Override
        public List<DeliveryOrder> waiting() {
            return orders.stream().filter(o -> o.status() == DeliveryStatus.NEW).toList();
        }

        @Override
        public DeliveryOrder accept(UUID id) {
            return decide(id, DeliveryStatus.ACCEPTED, null);
        }

        @Override
        public DeliveryOrder reject(UUID id, String reason) {
            return decide(id, DeliveryStatus.REJECTED, reason);
        }

        private DeliveryOrder decide(UUID id, DeliveryStatus s, String reason) {
            for (int i = 0; i < orders.size(); i++) {
                if (orders.get(i).id().equals(id)) {
                    orders.set(i, orders.get(i).with(s, reason));
                    done.add(orders.get(i).platformSerial() + "=" + s + (reason == null ? "" : ":" + reason));
                    return orders.get(i);
                }
            }
            throw new IllegalArgumentException();
        }
    }

    private final Desk desk = new Desk();
    private DeliveryViewModel vm;

    @BeforeEach
    void setUp() {
        vm = new DeliveryViewModel(new DirectTaskRunner(), desk, s -> {
        });
    }

    @Test
    void theBannerCountsWaitingOrdersAndAcceptingTakesOneOff() {
        desk.add("17");
        desk.add("18");
        vm.refresh();
        assertThat(vm.countProperty().get()).isEqualTo(2);

        vm.acceptCommand().execute();

        assertThat(desk.done).containsExactly("17=ACCEPTED");
        assertThat(vm.countProperty().get()).isEqualTo(1);
        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("delivery.accepted", "eleme", "17"));
        assertThat(vm.selectedProperty().get().platformSerial()).isEqualTo("18");
    }

    @Test
    void rejectingNeedsAReasonTyped() {
        desk.add("19");
        vm.refresh();
        assertThat(vm.rejectCommand().isExecutable()).isFalse();

        vm.reasonProperty().set("out of mango");
        vm.rejectCommand().execute();

        assertThat(desk.done).containsExactly("19=REJECTED:out of mango");
        assertThat(vm.countProperty().get()).isZero();
        assertThat(vm.reasonProperty().get()).isEmpty();
    }
}
