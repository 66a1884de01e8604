package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.cash.CashOfficeViewModel.Panel;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.app.ui.health.HealthPane;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The cash office: panel keys on the right (F1 open, F2 move cash, F3 till audit, F4 X report,
 * F5 close, F6 past Z reports, F7 the day's reports, F8 the till's health, Esc back to the sale), the panel in the middle.
 */
public final class CashView {
    private final CashOfficeViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Map<Panel, Node> panels = new EnumMap<>(Panel.class);
    private final Map<Panel, Node> focus = new EnumMap<>(Panel.class);

    public CashView(CashOfficeViewModel vm, Messages m) {
        this.vm = vm;
        root.getStyleClass().addAll(Styles.SCREEN, "cash-screen");
        GridPane openGrid = CountGrid.of(vm.open().sheet(), m, "open");
        Button openKey = Ui.key(m.get("cash.open_confirm"), "Ctrl+Enter", vm.open().openCommand(),
                Styles.KEY_PRIMARY);
        openKey.setId("openShiftConfirm");
        add(Panel.OPEN, page(m, "cash.panel.OPEN", m.get("cash.open_hint"),
                Ui.message(vm.open().messageProperty(), m), openGrid, Ui.keyRow(openKey)), CountGrid.first(openGrid));
        MovePane move = new MovePane(vm.moves(), m);
        add(Panel.MOVE, page(m, "cash.panel.MOVE", null, move.node()), move.focus());
        GridPane auditGrid = CountGrid.of(vm.audit().sheet(), m, "audit");
        Button auditKey = Ui.key(m.get("cash.audit_confirm"), "Ctrl+Enter", vm.audit().recordCommand(),
                Styles.KEY_PRIMARY);
        auditKey.setId("auditConfirm");
        add(Panel.AUDIT, page(m, "cash.panel.AUDIT", m.get("cash.audit_hint"),
                Ui.message(vm.audit().messageProperty(), m), auditGrid, Ui.keyRow(auditKey)),
                CountGrid.first(auditGrid));
        ListView<String> x = new ListView<>(vm.xLines());
        x.setId("xReportLines");
        x.getStyleClass().add("shift-report");
        x.setFocusTraversable(false);
        VBox.setVgrow(x, Priority.ALWAYS);
        add(Panel.X_REPORT, page(m, "cash.panel.X_REPORT", null, Ui.message(vm.messageProperty(), m), x), x);
        ClosePane close = new ClosePane(vm.close(), m);
        add(Panel.CLOSE, page(m, "cash.panel.CLOSE", null, close.node()), close.focus());
        PastZPane past = new PastZPane(vm.pastZ(), m);
        add(Panel.PAST_Z, page(m, "cash.panel.PAST_Z", null, past.node()), past.focus());
        ReportsPane reports = new ReportsPane(vm.reports(), m);
        add(Panel.REPORTS, page(m, "cash.panel.REPORTS", null, reports.node()), reports.focus());
        HealthPane health = new HealthPane(vm.health(), m);
        add(Panel.HEALTH, page(m, "cash.panel.HEALTH", m.get("health.hint"), health.node()), health.focus());

        VBox keys = new VBox(8);
        String[] shortcuts = {"F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8"};
        for (Panel p : Panel.values()) {
            Button b = Ui.key(m.get("cash.panel." + p.name()), shortcuts[p.ordinal()], null);
            b.setId("cash" + p.name());
            b.setOnAction(e -> vm.show(p));
            b.setPrefHeight(56);
            keys.getChildren().add(b);
        }
        Button back = Ui.key(m.get("journal.back"), "Esc", vm.backCommand());
        back.setId("cashBack");
        back.setPrefHeight(56);
        keys.getChildren().addAll(Ui.grow(), back);
        keys.setPadding(new Insets(16));
        keys.setPrefWidth(260);
        root.setRight(keys);
        vm.panelProperty().addListener((o, a, p) -> showPanel(p));
        showPanel(vm.panelProperty().get());
    }

    private static VBox page(Messages m, String titleKey, String hint, Node... content) {
        VBox box = new VBox(12, Ui.label(m.get(titleKey), Styles.TITLE));
        if (hint != null) {
            var h = Ui.label(hint, Styles.SUBTITLE);
            h.setWrapText(true);
            box.getChildren().add(h);
        }
        box.getChildren().addAll(content);
        box.setPadding(new Insets(16));
        return box;
    }

    private void add(Panel p, Node page, Node first) {
        panels.put(p, page);
        focus.put(p, first);
    }

    private void showPanel(Panel p) {
        root.setCenter(panels.get(p));
        focus();
    }

    public Node node() {
        return root;
    }

    public void focus() {
        Node f = focus.get(vm.panelProperty().get());
        Platform.runLater(f::requestFocus);
    }

    public boolean handleKey(KeyEvent e) {
        switch (e.getCode()) {
            case F1 -> vm.show(Panel.OPEN);
            case F2 -> vm.show(Panel.MOVE);
            case F3 -> vm.show(Panel.AUDIT);
            case F4 -> vm.show(Panel.X_REPORT);
            case F5 -> vm.show(Panel.CLOSE);
            case F6 -> vm.show(Panel.PAST_Z);
            case F7 -> vm.show(Panel.REPORTS);
            case F8 -> vm.show(Panel.HEALTH);
            case ESCAPE -> vm.backCommand().execute();
            case ENTER -> {
                if (!e.isShortcutDown()) {
                    return false;
                }
                switch (vm.panelProperty().get()) {
                    case OPEN -> vm.open().openCommand().execute();
                    case AUDIT -> vm.audit().recordCommand().execute();
                    case MOVE -> vm.moves().recordCommand().execute();
                    case CLOSE -> vm.close().closeCommand().execute();
                    default -> {
                        return false;
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
