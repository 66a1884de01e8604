package dev.opentill.app.ui.override;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.security.Approval;
import dev.opentill.app.ui.FakeTillService;
import dev.opentill.app.ui.ScriptedApprovals;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.devices.SimulatedDevices;
import org.junit.jupiter.api.Test;

class NoSaleViewModelTest {
    private final FakeTillService till = new FakeTillService();
    private final ScriptedApprovals approvals = new ScriptedApprovals();
    private final SimulatedDevices devices = new SimulatedDevices(Runnable::run);
    private final DirectTaskRunner runner = new DirectTaskRunner();

    @Test
    void noSaleOpensTheDrawerOnlyAfterAManagerApproves() {
        var vm = new NoSaleViewModel(new ApprovalFlow(runner, approvals), till, devices);

        vm.noSaleCommand().execute();
        assertThat(devices.drawerKicks()).isZero();

        approvals.answer = new Approval("900", "9999");
        vm.noSaleCommand().execute();

        assertThat(devices.drawerKicks()).isEqualTo(1);
        assertThat(till.audit).contains("nosale approved by 900", "no sale");
    }
}
