package dev.opentill.app.ui.journal;

import dev.opentill.core.sale.SaleSummary;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Today's sales, newest first; reprint the selected receipt; the shift's X report; the way to the cash office. */
public final class JournalView {
    public static final String LIST_ID = "journalList";
    public static final String X_REPORT_ID = "xReport";
    public static final String CASH_OFFICE_ID = "cashOffice";
    public static final String REPORT_ID = "shiftReport";
    public static final String PRINT_AGAIN_ID = "printReportAgain";

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
                setText(empty || s == null ? null : JournalLines.of(s, m, zone));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> list.getSelectionModel().select(b));
        VBox left = new VBox(10, Ui.label(m.get("journal.title"), Styles.TITLE), Ui.message(vm.messageProperty(), m),
                list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(16));
        Button reprint = Ui.key(m.get("journal.reprint"), "F5", vm.reprintCommand(), Styles.KEY_PRIMARY);
        reprint.setId("journalReprint");
        Button back = Ui.key(m.get("journal.back"), "Esc", vm.backCommand());
        Button x = Ui.key(m.get("journal.x_report"), "F6", vm.xReportCommand());
        x.setId(X_REPORT_ID);
        Button cash = Ui.key(m.get("journal.cash_office"), "F7", vm.cashOfficeCommand(), Styles.KEY_PRIMARY);
        cash.setId(CASH_OFFICE_ID);
        ListView<String> report = new ListView<>(vm.report());
        report.setId(REPORT_ID);
        report.getStyleClass().add("shift-report");
        report.setFocusTraversable(false);
        report.setPrefHeight(300);
        report.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.report()));
        report.managedProperty().bind(report.visibleProperty());
        left.getChildren().add(report);
        Button again = Ui.key(m.get("journal.print_again"), "F8", vm.printAgainCommand());
        again.setId(PRINT_AGAIN_ID);
        again.setPrefHeight(48);
        VBox right = new VBox(10, reprint, x, again, cash, Ui.grow(), back);
        reprint.setPrefHeight(64);
        back.setPrefHeight(64);
        x.setPrefHeight(48);
        cash.setPrefHeight(64);
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
            case F6 -> vm.xReportCommand().execute();
            case F7 -> vm.cashOfficeCommand().execute();
            case F8 -> vm.printAgainCommand().execute();
            case ESCAPE -> vm.backCommand().execute();
            default -> {
                return false;
            }
        }
        return true;
    }
}
