package dev.opentill.app.ui.soldout;

import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.core.menu.SoldOutEntry;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Today's sold-out list: touch a product or option, then the key marks it sold out or available again. */
public final class SoldOutView {
    public static final String LIST_ID = "soldOutList";
    public static final String TOGGLE_ID = "soldOutToggle";
    private static final PseudoClass SOLD_OUT = PseudoClass.getPseudoClass("sold-out");

    private final SoldOutViewModel vm;
    private final ListView<SoldOutEntry> list;
    private final BorderPane root = new BorderPane();

    public SoldOutView(SoldOutViewModel vm, Messages m, Locale locale) {
        this.vm = vm;
        boolean zh = "zh".equals(locale.getLanguage());
        root.getStyleClass().addAll(Styles.SCREEN, "sold-out-screen");
        list = new ListView<>(vm.items());
        list.setId(LIST_ID);
        list.getStyleClass().add(Styles.TICKET_LIST);
        list.setPlaceholder(Ui.label(m.get("soldout.none"), Styles.SUBTITLE));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SoldOutEntry s, boolean empty) {
                super.updateItem(s, empty);
                pseudoClassStateChanged(SOLD_OUT, !empty && s != null && s.soldOut());
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                String name = zh ? s.nameZh() : s.nameEn();
                String what = s.isOption() ? m.get("soldout.option", zh ? s.groupZh() : s.groupEn(), name) : name;
                setText(m.get(s.soldOut() ? "soldout.row_out" : "soldout.row_in", what));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        VBox left = new VBox(10, Ui.label(m.get("soldout.title"), Styles.TITLE), Ui.message(vm.messageProperty(), m),
                list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        Button toggle = Ui.key(Bindings.when(vm.selectedSoldOutProperty()).then(m.get("soldout.back"))
                .otherwise(m.get("soldout.mark")), "Enter", vm.toggleCommand(), Styles.KEY_PRIMARY);
        toggle.setId(TOGGLE_ID);
        toggle.setPrefHeight(64);
        Button back = Ui.key(m.get("soldout.close"), "Esc", vm.backCommand());
        back.setPrefHeight(64);
        VBox right = new VBox(10, toggle, Ui.grow(), back);
        right.setPadding(new Insets(16));
        right.setPrefWidth(300);
        root.setCenter(left);
        root.setRight(right);
    }

    public Node node() {
        return root;
    }

    public void focus() {
        vm.load();
        list.requestFocus();
    }

    public boolean handleKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> vm.toggleCommand().execute();
            case ESCAPE -> vm.backCommand().execute();
            default -> {
                return false;
            }
        }
        return true;
    }
}
