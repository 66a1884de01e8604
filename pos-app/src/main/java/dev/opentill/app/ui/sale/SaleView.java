package dev.opentill.app.ui.sale;

import dev.opentill.core.catalog.QuickKeyPage;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.common.Ui;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.catalog.Product;
import dev.opentill.core.sale.TicketTotals;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The sale screen, built in code: scan field and ticket lines on the left, totals, quick keys and
 * function keys on the right. The scan field keeps the focus; buttons never take it.
 */
public final class SaleView {
    public static final String SCAN_FIELD_ID = "scanField";
    public static final String LINES_ID = "ticketLines";
    public static final String TOTAL_ID = "ticketTotal";
    public static final String PAID_ID = "ticketPaid";
    public static final String PAYMENT_BANNER_ID = "paymentBanner";
    public static final String DUE_ID = "ticketDue";
    public static final String PROOF_ID = "priceProof";

    private final SaleViewModel vm;
    private final Messages m;
    private final SaleActions actions;
    private final TextField scan = new TextField();
    private final ListView<LineRow> lines = new ListView<>();
    private final BorderPane root = new BorderPane();

    /** What the function keys open that lives outside the sale view-model (dialogs, other screens). */
    public interface SaleActions {
        void search();

        void priceCheck();

        void park();

        void member();

        void returns();

        void journal();

        void noSale();

        void logout();

        /** Opens today's sold-out list (none where the till has no menu). */
        default void soldOut() {
        }

        /** Opens the production queue (none where the till has no queue). */
        default void production() {
        }

        /** Opens the delivery orders waiting (none where the till takes none). */
        default void delivery() {
        }
    }

    public SaleView(SaleViewModel vm, Messages messages, SaleActions actions, Node receiptBanner) {
        this.vm = vm;
        this.m = messages;
        this.actions = actions;
        root.getStyleClass().addAll(Styles.SCREEN, "sale-screen");
        root.setCenter(left(receiptBanner));
        root.setRight(right());
    }

    public Node node() {
        return root;
    }

    public void focus() {
        scan.requestFocus();
    }

    private Node left(Node receiptBanner) {
        scan.setId(SCAN_FIELD_ID);
        scan.getStyleClass().add(Styles.SCAN_INPUT);
        scan.setPromptText(m.get("sale.scan_prompt"));
        scan.textProperty().bindBidirectional(vm.inputProperty());
        scan.setOnAction(e -> vm.submitInput());
        lines.setId(LINES_ID);
        lines.getStyleClass().add(Styles.TICKET_LIST);
        lines.setItems(vm.lines());
        lines.setCellFactory(v -> new LineCell(m.get("line.promotion")));
        lines.setFocusTraversable(false);
        lines.setPlaceholder(Ui.label(m.get("sale.empty"), Styles.SUBTITLE));
        lines.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.selectedProperty().get()) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> selectInList(b));
        vm.lines().addListener((ListChangeListener<LineRow>) c -> selectInList(vm.selectedProperty().get()));
        Label member = new Label();
        member.getStyleClass().add(Styles.SUBTITLE);
        member.textProperty().bind(Bindings.createStringBinding(
                () -> vm.memberProperty().get() == null ? "" : m.get("sale.member", vm.memberProperty().get()),
                vm.memberProperty()));
        member.visibleProperty().bind(vm.memberProperty().isNotNull());
        member.managedProperty().bind(member.visibleProperty());
        Label paid = Ui.label("", Styles.ALERT_BANNER, "payment-banner");
        paid.setId(PAYMENT_BANNER_ID);
        paid.setWrapText(true);
        paid.textProperty().bind(Bindings.createStringBinding(() -> paymentText(vm.paymentProperty().get()),
                vm.paymentProperty()));
        paid.visibleProperty().bind(vm.paymentProperty().isNotNull());
        paid.managedProperty().bind(paid.visibleProperty());
        Label refund = Ui.label(m.get("sale.return_ticket"), Styles.ALERT_BANNER);
        refund.visibleProperty().bind(vm.refundProperty());
        refund.managedProperty().bind(vm.refundProperty());
        VBox box = new VBox(8, scan, Ui.message(vm.messageProperty(), m, Styles.ALERT_BANNER), receiptBanner, refund,
                paid, member, lines);
        VBox.setVgrow(lines, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private String paymentText(Payment p) {
        if (p == null) {
            return "";
        }
        return p.paidOnline() && p.settled()
                ? m.get("sale.paid_online")
                : m.get("sale.part_paid", Formats.money(p.paid()), Formats.money(p.due()));
    }

    private void selectInList(LineRow row) {
        if (row == null) {
            lines.getSelectionModel().clearSelection();
        } else {
            lines.getSelectionModel().select(row);
            lines.scrollTo(row);
        }
    }

    private Node right() {
        VBox box = new VBox(10, totals(), priceProof(), quickKeys(), functionKeys());
        box.setPadding(new Insets(10));
        box.getStyleClass().add("sale-side");
        box.setPrefWidth(460);
        box.setMinWidth(420);
        return box;
    }

    /** Why this price: the promotions applied and nearly applied, hidden while there are none. */
    private Node priceProof() {
        VBox box = new VBox(2);
        box.setId(PROOF_ID);
        box.getStyleClass().add("price-proof");
        Runnable update = () -> {
            box.getChildren().setAll(Ui.label(m.get("proof.title"), Styles.TOTAL_LABEL));
            vm.proof().rows().forEach(r -> box.getChildren().add(Ui.label(m.text(r), "proof-row")));
        };
        vm.proof().rows().addListener((ListChangeListener<UiText>) c -> update.run());
        update.run();
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.proof().rows()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node totals() {
        GridPane g = new GridPane();
        g.getStyleClass().add(Styles.TOTALS);
        ColumnConstraints c1 = new ColumnConstraints();
        ColumnConstraints c2 = new ColumnConstraints();
        c2.setHgrow(Priority.ALWAYS);
        c2.setHalignment(HPos.RIGHT);
        g.getColumnConstraints().addAll(c1, c2);
        Runnable update = () -> fillTotals(g);
        vm.totalsProperty().addListener((o, a, b) -> update.run());
        vm.paymentProperty().addListener((o, a, b) -> update.run());
        update.run();
        return g;
    }

    /**
     * Subtotal, discounts, one row per coupon, tax and TOTAL; once something is paid (a split
     * tender, a restart mid-tender, an order paid online) also what is paid and what is still due.
     */
    private void fillTotals(GridPane g) {
        g.getChildren().clear();
        TicketTotals t = vm.totalsProperty().get();
        if (t == null) {
            return;
        }
        int row = 0;
        g.addRow(row++, Ui.label(m.get("totals.subtotal"), Styles.TOTAL_LABEL), new Label(Formats.money(t.subtotal())));
        g.addRow(row++, Ui.label(m.get("totals.discounts"), Styles.TOTAL_LABEL),
                new Label(Formats.money(vm.discountsProperty().get().negated())));
        for (CouponRow c : vm.couponsProperty().get()) {
            g.addRow(row++, Ui.label(m.get("totals.coupon", c.code()), Styles.TOTAL_LABEL, "coupon-line"),
                    new Label(Formats.money(c.amount().negated())));
        }
        g.addRow(row++, Ui.label(m.get("totals.tax"), Styles.TOTAL_LABEL), new Label(Formats.money(t.tax())));
        Payment p = vm.paymentProperty().get();
        Label total = Ui.label(Formats.money(t.total()), Styles.TOTAL_AMOUNT);
        total.setId(TOTAL_ID);
        total.pseudoClassStateChanged(Styles.OK, p != null && p.settled());
        g.addRow(row++, Ui.label(m.get("totals.total"), Styles.TOTAL_LABEL, "total-caption"), total);
        if (p != null) {
            Label paid = Ui.label(Formats.money(p.paid()), "paid-amount");
            paid.setId(PAID_ID);
            Label due = Ui.label(Formats.money(p.due()), "due-now");
            due.setId(DUE_ID);
            g.addRow(row++, Ui.label(m.get(p.paidOnline() ? "totals.paid_online" : "totals.paid"), Styles.TOTAL_LABEL),
                    paid);
            g.addRow(row, Ui.label(m.get("totals.due"), Styles.TOTAL_LABEL, "total-caption"), due);
        }
    }

    private Node quickKeys() {
        TabPane tabs = new TabPane();
        tabs.getStyleClass().add(Styles.QUICK_KEYS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setFocusTraversable(false);
        Runnable fill = () -> tabs.getTabs().setAll(vm.quickKeys().stream().map(this::page).toList());
        vm.quickKeys().addListener((ListChangeListener<QuickKeyPage>) c -> fill.run());
        fill.run();
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return tabs;
    }

    private Tab page(QuickKeyPage p) {
        boolean zh = "zh".equals(vm.locale().getLanguage());
        TilePane keys = new TilePane(6, 6);
        keys.setPrefColumns(4);
        keys.setPadding(new Insets(6));
        for (Product product : p.products()) {
            String name = product.displayName(vm.locale());
            Button b = Ui.key(name, Formats.money(product.price()), null, Styles.QUICK_KEY);
            b.setOnAction(e -> vm.addProduct(product));
            // Two lines of a smaller type, so variants ("... 500ml" / "... 1.5L") can be told apart; the tooltip has all of it.
            b.setPrefSize(104, 84);
            b.setTooltip(new Tooltip(name));
            keys.getChildren().add(b);
        }
        Tab t = new Tab(zh ? p.nameZh() : p.nameEn(), keys);
        t.getStyleClass().add(Styles.CATEGORY_TAB);
        return t;
    }

    private Node functionKeys() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(6);
        Button[] keys = {
                Ui.key(m.get("key.search"), "F1", Command.always(actions::search)),
                Ui.key(m.get("key.price_check"), "F2", Command.always(actions::priceCheck)),
                Ui.key(m.get("key.quantity"), "F3", vm.quantityCommand()),
                Ui.key(m.get("key.price"), "F4", vm.priceCommand()),
                Ui.key(m.get("key.line_discount"), "F5", vm.lineDiscountCommand()),
                Ui.key(m.get("key.ticket_discount"), "F6", vm.ticketDiscountCommand()),
                Ui.key(m.get("key.void"), "F7 / Del", vm.voidCommand(), Styles.KEY_DANGER),
                Ui.key(m.get("key.park"), "F8", Command.always(actions::park)),
                Ui.key(m.get("key.member"), "F9", Command.always(actions::member)),
                Ui.key(m.get("key.returns"), "F10", Command.always(actions::returns)),
                Ui.key(m.get("key.journal"), "F11", Command.always(actions::journal)),
                Ui.key(m.get("key.no_sale"), "Ctrl+D", Command.always(actions::noSale)),
                Ui.key(m.get("key.cancel"), "Ctrl+Del", vm.cancelCommand(), Styles.KEY_DANGER),
                Ui.key(m.get("key.logout"), "Ctrl+L", Command.always(actions::logout)),
                Ui.key(m.get("key.sold_out"), "Ctrl+O", Command.always(actions::soldOut)),
                Ui.key(m.get("key.production"), "Ctrl+K", Command.always(actions::production)),
                Ui.key(m.get("key.delivery"), "Ctrl+Y", Command.always(actions::delivery)),
        };
        for (int i = 0; i < keys.length; i++) {
            keys[i].setPrefHeight(64);
            g.add(keys[i], i % 4, i / 4);
        }
        Button pay = Ui.key(Bindings.createStringBinding(() -> vm.paymentProperty().get() != null
                && vm.paymentProperty().get().paidOnline() ? m.get("key.hand_over") : m.get("key.pay"),
                vm.paymentProperty()), "F12", vm.payCommand(), Styles.KEY_PRIMARY);
        pay.setId("payButton");
        pay.setPrefHeight(64);
        int free = 4 - keys.length % 4;
        if (free >= 2) {
            g.add(pay, 4 - free, keys.length / 4, free, 1);
        } else {
            g.add(pay, 0, keys.length / 4 + 1, 4, 1);
        }
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(25);
            g.getColumnConstraints().add(c);
        }
        return g;
    }

    /** Function keys of the sale screen; returns true when the key was used. */
    public boolean handleKey(KeyEvent e) {
        KeyCode k = e.getCode();
        if (e.isShortcutDown()) {
            switch (k) {
                case D -> actions.noSale();
                case DELETE -> vm.cancelCommand().execute();
                case L -> actions.logout();
                case O -> actions.soldOut();
                case K -> actions.production();
                case Y -> actions.delivery();
                default -> {
                    return false;
                }
            }
            return true;
        }
        switch (k) {
            case F1 -> actions.search();
            case F2 -> actions.priceCheck();
            case F3 -> vm.quantityCommand().execute();
            case F4 -> vm.priceCommand().execute();
            case F5 -> vm.lineDiscountCommand().execute();
            case F6 -> vm.ticketDiscountCommand().execute();
            case F7, DELETE -> vm.voidCommand().execute();
            case F8 -> actions.park();
            case F9 -> actions.member();
            case F10 -> actions.returns();
            case F11 -> actions.journal();
            case F12 -> vm.payCommand().execute();
            case UP -> moveSelection(-1);
            case DOWN -> moveSelection(1);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void moveSelection(int by) {
        int i = vm.lines().indexOf(vm.selectedProperty().get()) + by;
        if (i >= 0 && i < vm.lines().size()) {
            vm.selectedProperty().set(vm.lines().get(i));
        }
    }
}
