package dev.opentill.app.ui.park;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.ui.FakeTillService;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.sale.CurrentTicket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParkViewModelTest {
    private final FakeTillService till = new FakeTillService();
    private final CurrentTicket current = new CurrentTicket(till);
    private ParkViewModel vm;

    @BeforeEach
    void setUp() {
        till.product("1", "Coffee", "咖啡", "12.50", false);
        till.scan("1");
        current.show(current.captureCurrent());
        vm = new ParkViewModel(new DirectTaskRunner(), till, current);
        vm.load();
    }

    @Test
    void parkingLeavesAnEmptyTicketAndListsTheParkedOne() {
        vm.labelProperty().set("red coat");

        vm.parkCommand().execute();

        assertThat(current.get().ticket().isEmpty()).isTrue();
        assertThat(vm.parked()).singleElement().satisfies(p -> assertThat(p.label()).isEqualTo("red coat"));
        assertThat(vm.parkCommand().isExecutable()).isFalse();
    }

    @Test
    void resumingBringsTheLinesBack() {
        vm.parkCommand().execute();

        vm.resumeCommand().execute();

        assertThat(current.get().ticket().lines()).hasSize(1);
        assertThat(vm.parked()).isEmpty();
    }

    @Test
    void resumeWaitsUntilTheCurrentTicketIsEmpty() {
        vm.parkCommand().execute();
        till.scan("1");
        current.show(current.captureCurrent());

        assertThat(vm.resumeCommand().isExecutable()).isFalse();
    }
}
