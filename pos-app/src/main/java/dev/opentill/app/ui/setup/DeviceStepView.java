package dev.opentill.app.ui.setup;

import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.app.ui.setup.DeviceBench.BenchResult;
import dev.opentill.app.ui.setup.DeviceBench.FoundDevice;
import dev.opentill.core.device.DeviceSetting.Kind;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The devices step: the devices found (pick one, then "Use" on a row), one row per kind of device
 * with its connection, its model or pin, a Test key and what the test showed.
 */
final class DeviceStepView {
    private final DeviceStepViewModel vm;
    private final Messages m;
    private final VBox pane;
    private final ListView<FoundDevice> found = new ListView<>();

    DeviceStepView(DeviceStepViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        found.setId("setupFound");
        found.setItems(vm.found());
        found.setPrefHeight(150);
        found.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FoundDevice d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null
                        ? null
                        : m.get("setup.found.line", d.connection(),
                                d.name().isEmpty() ? "-" : d.name(), m.get("setup.found.answer." + d.answer())));
            }
        });
        Button find = Ui.key(m.get("setup.devices.find"), null, vm.discoverCommand(), Styles.KEY_PRIMARY);
        find.setId("setupDiscover");
        Button findNetwork = Ui.key(m.get("setup.devices.find_network"), null, vm.discoverNetworkCommand());
        findNetwork.setId("setupDiscoverNetwork");
        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(8);
        int r = 0;
        for (Kind k : DeviceStepViewModel.KINDS) {
            rows.addRow(r++, Ui.label(m.get("setup.kind." + k.key()), Styles.TOTAL_LABEL), connection(k), option(k),
                    use(k), test(k));
            rows.add(result(k), 1, r++, 4, 1);
        }
        TextField codePage = new TextField();
        codePage.setId("setupCodePage");
        codePage.setPromptText(m.get("setup.devices.code_page"));
        codePage.textProperty().bindBidirectional(vm.codePageProperty());
        rows.addRow(r, Ui.label(m.get("setup.devices.code_page"), Styles.TOTAL_LABEL), codePage);
        TextField scan = new TextField();
        scan.setId("setupScanField");
        scan.setPromptText(m.get("setup.test.scan_here"));
        scan.visibleProperty().bind(vm.awaitingKeyboardScanProperty());
        scan.managedProperty().bind(vm.awaitingKeyboardScanProperty());
        scan.setOnAction(e -> {
            vm.keyboardScan(scan.getText());
            scan.clear();
        });
        vm.awaitingKeyboardScanProperty().addListener((o, was, now) -> {
            if (now) {
                scan.requestFocus();
            }
        });
        pane = new VBox(10, Ui.label(m.get("setup.devices.title"), Styles.TITLE),
                Ui.label(m.get("setup.devices.hint"), Styles.SUBTITLE), Ui.keyRow(find, findNetwork), found,
                Ui.message(vm.messageProperty(), m), rows, scan);
    }

    Node node() {
        return pane;
    }

    private TextField connection(Kind k) {
        TextField f = new TextField();
        f.setId("setupConn_" + k.key());
        f.setPromptText(m.get("setup.connection.prompt." + k.key()));
        f.setPrefColumnCount(26);
        f.textProperty().bindBidirectional(vm.connectionProperty(k));
        GridPane.setHgrow(f, Priority.ALWAYS);
        return f;
    }

    private Node option(Kind k) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("setupOpt_" + k.key());
        box.setEditable(true);
        box.setPromptText(m.get("setup.option." + k.key()));
        if (k == Kind.DRAWER) {
            box.getItems().setAll("2", "5");
        } else {
            box.getItems().setAll(vm.models(k));
        }
        box.setPrefWidth(170);
        box.valueProperty().bindBidirectional(vm.optionProperty(k));
        return box;
    }

    private Button use(Kind k) {
        Command use = new Command(Bindings.isNotNull(found.getSelectionModel().selectedItemProperty()),
                () -> vm.assign(found.getSelectionModel().getSelectedItem(), k));
        Button b = Ui.key(m.get("setup.devices.use"), null, use);
        b.setId("setupUse_" + k.key());
        return rowKey(b, 90);
    }

    private Button test(Kind k) {
        Command test = new Command(Bindings.not(vm.busyProperty()), () -> vm.test(k));
        Button b = Ui.key(m.get("setup.test." + k.key()), null, test);
        b.setId("setupTest_" + k.key());
        return rowKey(b, 200);
    }

    /** A row's key: a touch target of its own width, not stretched by the row. */
    private static Button rowKey(Button b, double width) {
        b.setPrefSize(width, Ui.TOUCH);
        b.setMaxHeight(Ui.TOUCH);
        return b;
    }

    private Label result(Kind k) {
        Label l = new Label();
        l.setId("setupResult_" + k.key());
        l.setWrapText(true);
        Runnable update = () -> {
            BenchResult res = vm.resultProperty(k).get();
            l.setText(res == null ? "" : m.text(res.text()));
            l.pseudoClassStateChanged(Styles.OK, res != null && res.passed());
            l.pseudoClassStateChanged(Styles.ERROR, res != null && !res.passed());
        };
        vm.resultProperty(k).addListener((o, a, b) -> update.run());
        update.run();
        return l;
    }
}
