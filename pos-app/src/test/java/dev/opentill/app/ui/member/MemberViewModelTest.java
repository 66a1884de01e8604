package dev.opentill.app.ui.member;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.ui.FakeTillService;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.sale.CurrentTicket;
import dev.opentill.core.member.MemberInfo;
import org.junit.jupiter.api.Test;

class MemberViewModelTest {
    private final FakeTillService till = new FakeTillService();
    private final CurrentTicket current = new CurrentTicket(till);
    private final MemberViewModel vm = new MemberViewModel(new DirectTaskRunner(), till, current);

    @Test
    void phoneNumberAttachesTheMembersCardToTheTicket() {
        vm.cardOrPhoneProperty().set("13800000001");

        vm.attachCommand().execute();

        assertThat(current.get().ticket().memberCard()).isEqualTo("M13800000001");
        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("member.attached", "M13800000001"));
        assertThat(vm.attachedProperty().get()).isTrue();
    }

    @Test
    void unknownMemberIsReportedAndNothingAttached() {
        vm.cardOrPhoneProperty().set("42");

        vm.attachCommand().execute();

        assertThat(vm.attachedProperty().get()).isFalse();
        assertThat(vm.messageProperty().get().key()).startsWith("error.");
    }

    @Test
    void attachingAKnownMemberShowsTheirNameTierAndPoints() {
        till.members.put("M13800000001", new MemberInfo("M13800000001", "Li Na", "GOLD", 1280));
        vm.cardOrPhoneProperty().set("13800000001");

        vm.attachCommand().execute();

        assertThat(vm.memberProperty().get()).isEqualTo(new MemberInfo("M13800000001", "Li Na", "GOLD", 1280));
        assertThat(vm.messageProperty().get())
                .isEqualTo(UiText.of("member.attachedInfo", "M13800000001", "Li Na", "GOLD", 1280L));
    }
}
