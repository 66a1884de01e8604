package dev.opentill.app.ui.sale;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.OverlayHost;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.core.catalog.Product;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Product search and price check in one dialog: Enter searches (or checks the price), F5 adds. */
public final class SearchDialog {
    public static final String QUERY_ID = "searchQuery";

    private SearchDialog() {
    }

    public static void open(OverlayHost host, ProductSearchViewModel vm, Messages m, boolean priceCheck) {
        TextField query = new TextField();
        query.setId(QUERY_ID);
        query.getStyleClass().add(Styles.SCAN_INPUT);
        query.setPromptText(m.get(priceCheck ? "search.price_prompt" : "search.prompt"));
        query.textProperty().bindBidirectional(vm.queryProperty());
        query.setText("");
        ListView<Product> results = new ListView<>(vm.results());
        results.setFocusTraversable(false);
        results.setPrefSize(560, 320);
        results.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Product p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null
                        ? null
                        : vm.name(p) + "   " + p.sku() + "   " + Formats.money(p.price())
                                + (p.soldByWeight() ? " /kg" : ""));
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> results.getSelectionModel().select(b));
        Command add = new Command(vm.addCommand().executableProperty(), () -> {
            vm.addCommand().execute();
            host.close();
        });
        query.setOnAction(e -> (priceCheck ? vm.priceCheckCommand() : vm.searchCommand()).execute());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F5) {
                add.execute();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int i = results.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (i >= 0 && i < vm.results().size()) {
                    results.getSelectionModel().select(i);
                }
                e.consume();
            }
        });
        Button search = Ui.key(m.get("search.search"), "Enter", vm.searchCommand());
        Button check = Ui.key(m.get("search.price_check"), "Enter", vm.priceCheckCommand());
        Button addKey = Ui.key(m.get("search.add"), "F5", add, Styles.KEY_PRIMARY);
        Button close = Ui.key(m.get("dialog.close"), "Esc", Command.always(host::close));
        HBox keys = Ui.keyRow(priceCheck ? check : search, addKey, close);
        VBox box = new VBox(12, Ui.label(m.get(priceCheck ? "search.price_title" : "search.title"), Styles.TITLE),
                query,
                Ui.message(vm.messageProperty(), m, Styles.ALERT_BANNER), results, keys);
        box.getStyleClass().add(Styles.DIALOG);
        box.setPadding(new Insets(24));
        host.open(box, query);
    }
}
