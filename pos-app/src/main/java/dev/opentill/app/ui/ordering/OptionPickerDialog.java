package dev.opentill.app.ui.ordering;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.OverlayHost;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.core.menu.MenuOption;
import dev.opentill.core.menu.OptionGroup;
import dev.opentill.core.menu.OptionSelection;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The touch-first option picker: one row of keys per group, the defaults already chosen, each key
 * showing the option, its price difference and its keyboard shortcut (1-9, 0, then Q-P, A-L); the
 * cup's price as it stands; Enter adds the drink (or changes the line), Esc closes.
 */
public final class OptionPickerDialog {
    public static final String PRICE_ID = "pickerPrice";
    private static final String SHORTCUTS = "1234567890QWERTYUIOPASDFGHJKL";

    private OptionPickerDialog() {
    }

    /** The id of an option's key, for tests and the screen reader: {@code option-SIZE-L}. */
    public static String keyId(String group, String option) {
        return "option-" + group + "-" + option;
    }

    public static void open(OverlayHost host, OptionPickerViewModel vm, Messages m, String productName,
            boolean changing) {
        OptionSelection start = vm.selectionProperty().get();
        VBox rows = new VBox(8);
        List<Runnable> byShortcut = new ArrayList<>();
        for (OptionGroup g : start.menu().groups()) {
            FlowPane keys = new FlowPane(8, 8);
            for (MenuOption o : g.options()) {
                String shortcut = byShortcut.size() < SHORTCUTS.length()
                        ? String.valueOf(SHORTCUTS.charAt(byShortcut.size()))
                        : "";
                Runnable tap = () -> vm.tap(g.code(), o.code());
                byShortcut.add(tap);
                Button key = Ui.key(Bindings.createStringBinding(() -> optionText(vm, m, g, o),
                        vm.selectionProperty()), shortcut, Command.always(tap), Styles.KEY);
                key.setId(keyId(g.code(), o.code()));
                key.setPrefSize(150, Ui.DIALOG_KEY_HEIGHT);
                vm.selectionProperty().addListener((obs, was, now) -> key.pseudoClassStateChanged(Styles.SELECTED,
                        now.count(g.code(), o.code()) > 0));
                key.pseudoClassStateChanged(Styles.SELECTED, start.count(g.code(), o.code()) > 0);
                keys.getChildren().add(key);
            }
            String rule = g.minChoices() == g.maxChoices()
                    ? m.get("picker.choose_exactly", g.minChoices())
                    : m.get("picker.choose_between", g.minChoices(), g.maxChoices());
            rows.getChildren().addAll(Ui.label(g.displayName(m.locale()) + "  " + rule, Styles.SUBTITLE), keys);
        }
        Label price = Ui.label("", Styles.TOTAL_AMOUNT);
        price.setId(PRICE_ID);
        price.textProperty().bind(Bindings.createStringBinding(() -> vm.priceProperty().get() == null
                ? m.get("picker.incomplete")
                : Formats.money(vm.priceProperty().get()), vm.priceProperty()));
        Button ok = Ui.key(m.get(changing ? "picker.change" : "picker.add"), "Enter", vm.confirmCommand(),
                Styles.KEY_PRIMARY);
        Button close = Ui.key(m.get("dialog.close"), "Esc", Command.always(host::close));
        VBox box = new VBox(12, Ui.label(productName, Styles.TITLE), rows, price,
                Ui.message(vm.messageProperty(), m, Styles.ALERT_BANNER), Ui.keyRow(ok, close));
        box.getStyleClass().add(Styles.DIALOG);
        box.setPadding(new Insets(24));
        box.setPrefWidth(720);
        box.setFocusTraversable(true);
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.confirmCommand().isExecutable()) {
                vm.confirmCommand().execute();
                e.consume();
                return;
            }
            String typed = e.getText() == null ? "" : e.getText().toUpperCase(m.locale());
            int i = typed.length() == 1 ? SHORTCUTS.indexOf(typed.charAt(0)) : -1;
            if (i >= 0 && i < byShortcut.size()) {
                byShortcut.get(i).run();
                e.consume();
            }
        });
        vm.doneProperty().addListener((obs, was, now) -> {
            if (now) {
                host.close();
            }
        });
        host.open(box, box);
    }

    private static String optionText(OptionPickerViewModel vm, Messages m, OptionGroup g, MenuOption o) {
        String name = o.displayName(m.locale());
        int count = vm.selectionProperty().get().count(g.code(), o.code());
        String delta = o.priceDelta().isZero()
                ? ""
                : (o.priceDelta().isNegative() ? " " : " +") + Formats.money(o.priceDelta());
        String times = count > 1 ? " x" + count : "";
        return vm.isSoldOut(g.code(), o.code()) ? name + " - " + m.get("picker.sold_out") : name + delta + times;
    }
}
