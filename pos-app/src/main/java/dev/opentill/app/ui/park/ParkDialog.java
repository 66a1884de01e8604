package dev.opentill.app.ui.park;

import dev.opentill.app.park.ParkedTicket;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.OverlayHost;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Park the ticket under a label, or pick a parked one to resume. */
public final class ParkDialog {
    private ParkDialog() {
    }

    public static void open(OverlayHost host, ParkViewModel vm, Messages m) {
        vm.load();
        TextField label = new TextField();
        label.setId("parkLabel");
        label.getStyleClass().add(Styles.FORM_FIELD);
        label.setPromptText(m.get("park.label_prompt"));
        label.textProperty().bindBidirectional(vm.labelProperty());
        Command park = new Command(vm.parkCommand().executableProperty(), () -> {
            vm.parkCommand().execute();
            host.close();
        });
        Command resume = new Command(vm.resumeCommand().executableProperty(), () -> {
            vm.resumeCommand().execute();
            host.close();
        });
        label.setOnAction(e -> park.execute());
        ListView<ParkedTicket> list = new ListView<>(vm.parked());
        list.setPrefSize(520, 240);
        list.setPlaceholder(Ui.label(m.get("park.none"), Styles.SUBTITLE));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ParkedTicket p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null
                        ? null
                        : m.get("park.line", p.label() == null ? "-" : p.label(), p.lines(),
                                Formats.money(p.total())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        Button parkKey = Ui.key(m.get("park.park"), "Enter", park, Styles.KEY_PRIMARY);
        Button resumeKey = Ui.key(m.get("park.resume"), "F5", resume);
        label.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F5) {
                resume.execute();
            }
        });
        Button close = Ui.key(m.get("dialog.close"), "Esc", Command.always(host::close));
        VBox box = new VBox(12, Ui.label(m.get("park.title"), Styles.TITLE), label, Ui.message(vm.messageProperty(), m),
                list, Ui.keyRow(parkKey, resumeKey, close));
        box.getStyleClass().add(Styles.DIALOG);
        box.setPadding(new Insets(24));
        host.open(box, label);
    }
}
