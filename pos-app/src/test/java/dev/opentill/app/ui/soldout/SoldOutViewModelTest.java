package dev.opentill.app.ui.soldout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.security.Approval;
import dev.opentill.app.soldout.SoldOutBoard;
import dev.opentill.app.ui.ScriptedApprovals;
import dev.opentill.app.ui.common.DirectTaskRunner;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.menu.SoldOutEntry;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SoldOutViewModelTest {
    /** A board where only the supervisor "9001" may mark. */
    private static final class Board implements SoldOutBoard {
        final Map<String, SoldOutEntry> items = new LinkedHashMap<>();
        final List<String> marks = new ArrayList<>();

        @Override
        public List<SoldOutEntry> items() {
            return List.copyOf(items.values());
        }

        @Override
        public void mark(String itemKey, boolean soldOut, Approval approval) {
            if (approval == null || !"9001".equals(approval.loginCode())) {
                throw new SaleException(SaleError.NOT_AUTHORISED, "needs a supervisor", "MARK_SOLD_OUT");
            }
            SoldOutEntry e = items.get(itemKey);
            items.put(itemKey, new SoldOutEntry(e.key(), e.nameZh(), e.nameEn(), e.groupZh(), e.groupEn(), soldOut));
            marks.add(itemKey + "=" + soldOut);
        }
    }

    private final Board board = new Board();
    private final ScriptedApprovals approvals = new ScriptedApprovals();
    private final List<Screen> shown = new ArrayList<>();
    private SoldOutViewModel vm;

    @BeforeEach
    void setUp() {
        board.items.put("product:1", new SoldOutEntry("product:1", "奶茶", "Milk tea", null, null, false));
        board.items.put("option:TOP/MANGO", new SoldOutEntry("option:TOP/MANGO", "芒果", "Mango", "加料", "Toppings",
                false));
        vm = new SoldOutViewModel(new DirectTaskRunner(), board, new ApprovalFlow(new DirectTaskRunner(), approvals),
                shown::add);
        vm.load();
    }

    @Test
    void theToggleMarksTheSelectedItemSoldOutWithASupervisorsApprovalThenBack() {
        approvals.answer = new Approval("9001", "9999");
        vm.selectedProperty().set(vm.items().get(1));
        assertThat(vm.selectedSoldOutProperty().get()).isFalse();

        vm.toggleCommand().execute();

        assertThat(approvals.asked).containsExactly(UiText.of("soldout.mark"));
        assertThat(board.marks).containsExactly("option:TOP/MANGO=true");
        assertThat(vm.items().get(1).soldOut()).isTrue();
        assertThat(vm.selectedProperty().get().key()).as("the same item stays selected").isEqualTo("option:TOP/MANGO");
        assertThat(vm.selectedSoldOutProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo(UiText.of("soldout.marked", "Mango", "芒果"));

        vm.toggleCommand().execute();

        assertThat(board.marks).containsExactly("option:TOP/MANGO=true", "option:TOP/MANGO=false");
        assertThat(vm.items().get(1).soldOut()).isFalse();
    }

    @Test
    void withoutApprovalNothingIsMarkedAndTheScreenSaysWhy() {
        approvals.answer = new Approval("1001", "1234");

        vm.toggleCommand().execute();

        assertThat(board.marks).isEmpty();
        assertThat(vm.items()).noneMatch(SoldOutEntry::soldOut);
        assertThat(vm.messageProperty().get().key()).isEqualTo("error.NOT_AUTHORISED");
    }

    @Test
    void backReturnsToTheSaleScreen() {
        vm.backCommand().execute();

        assertThat(shown).containsExactly(Screen.SALE);
    }
}
