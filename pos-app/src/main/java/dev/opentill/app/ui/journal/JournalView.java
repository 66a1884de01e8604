package dev.opentill.app.ui.journal;

import dev.opentill.app.sale.TillService.SaleSummary;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Today's sales, newest first; reprint the selected receipt. */
public final class JournalView {
    public static final String LIST_ID = "journalList";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final JournalViewModel vm;
    private final ListView<SaleSummary> list;
    private final BorderPane root = new BorderPane();

    public JournalView(JournalViewModel vm, Messages m, ZoneId zone) {
        this.vm = vm;
        root.getStyleClass().addAll(Styles.SCREEN, "journal-screen");
        list = new ListView<>(vm.sales());
        list.setId(LIST_ID);
        list.getStyleClass().add(Styles.TICKET_LIST);
        list.setPlaceholder(Ui.label(m.get("journal.empty"), Styles.SUBTITLE));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SaleSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : m.get("journal.line", s.receiptNo(), TIME.format(s.completedAt().atZone(zone)),
                        m.get("journal.kind." + s.kind()), Formats.money(s.total()), String.join(", ", s.tenderTypes())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        VBox left = new VBox(10, Ui.label(m.get("journal.title"), Styles.TITLE), Ui.message(vm.messageProperty(), m), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        Button reprint = Ui.key(m.get("journal.reprint"), "F5", vm.reprintCommand(), Styles.KEY_PRIMARY);
        reprint.setId("journalReprint");
        Button back = Ui.key(m.get("journal.back"), "Esc", vm.backCommand());
        VBox right = new VBox(10, reprint, Ui.grow(), back);
        reprint.setPrefHeight(64);
        back.setPrefHeight(64);
        right.setPadding(new Insets(16));
        right.setPrefWidth(300);
        root.setCenter(left);
        root.setRight(right);
    }

    public Node node() {
        return root;
    }

    public void focus() {
        list.requestFocus();
    }

    public boolean handleKey(KeyEvent e) {
        switch (e.getCode()) {
            case F5 -> vm.reprintCommand().execute();
            case ESCAPE -> vm.backCommand().execute();
            default -> {
                return false;
            }
        }
        return true;
    }
}
