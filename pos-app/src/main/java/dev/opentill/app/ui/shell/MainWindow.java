package dev.opentill.app.ui.shell;

import dev.opentill.app.ui.cash.CashView;
import dev.opentill.app.ui.cash.DropPromptDialog;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.delivery.DeliveryBanner;
import dev.opentill.app.ui.delivery.DeliveryView;
import dev.opentill.app.ui.common.OverlayHost;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.journal.JournalView;
import dev.opentill.app.ui.login.LoginView;
import dev.opentill.app.ui.login.LoginViewModel;
import dev.opentill.app.ui.member.MemberDialog;
import dev.opentill.app.ui.override.ApprovalDialog;
import dev.opentill.app.ui.park.ParkDialog;
import dev.opentill.app.ui.production.CallNumberViewModel;
import dev.opentill.app.ui.production.CallNumberWindow;
import dev.opentill.app.ui.production.ProductionView;
import dev.opentill.app.ui.receipt.ReceiptBanner;
import dev.opentill.app.ui.returns.ReturnsView;
import dev.opentill.app.ui.ordering.OptionPickerDialog;
import dev.opentill.app.ui.sale.SaleView;
import dev.opentill.app.ui.sale.SearchDialog;
import dev.opentill.app.ui.soldout.SoldOutView;
import dev.opentill.app.ui.status.StatusBarView;
import dev.opentill.app.ui.tender.TenderView;
import java.util.Locale;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The till window: the current screen above the status bar, and an overlay layer for dialogs.
 * Function keys go to the dialog or the screen showing; screens are rebuilt per session and language.
 */
public final class MainWindow implements OverlayHost {
    private final ShellViewModel shell;
    private final BorderPane frame = new BorderPane();
    private final StackPane overlay = new StackPane();
    private final StackPane root = new StackPane(frame, overlay);
    private final Scene scene;
    private Messages messages;
    private LoginView loginView;
    private Views views;
    private Node overlayFocusReturn;
    private CallNumberWindow callScreen;

    /** The screens of one session. */
    private record Views(SaleView sale, TenderView tender, ReturnsView returns, JournalView journal, CashView cash,
            SoldOutView soldOut, ProductionView production, DeliveryView delivery) {
    }

    public MainWindow(TillParts parts, double width, double height) {
        this.shell = new ShellViewModel(parts, locale -> new ApprovalDialog(this, new Messages(locale)));
        root.getStyleClass().add(Styles.ROOT);
        overlay.getStyleClass().add("overlay");
        overlay.setAlignment(Pos.CENTER);
        overlay.setVisible(false);
        scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainWindow.class.getResource(Styles.STYLESHEET).toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        shell.loginProperty().addListener((o, a, b) -> showLogin(b));
        shell.sessionProperty().addListener((o, a, s) -> {
            views = null;
            frame.setTop(null);
            if (s != null) {
                buildSession(s);
            }
        });
        shell.screenProperty().addListener((o, a, b) -> showScreen(b));
        shell.dropPromptProperty().addListener((o, a, due) -> {
            if (due && !overlay.isVisible()) {
                DropPromptDialog.open(this, messages, shell::answerDropPrompt);
            }
        });
        showLogin(shell.loginProperty().get());
    }

    public Scene scene() {
        return scene;
    }

    public ShellViewModel shell() {
        return shell;
    }

    private void showLogin(LoginViewModel vm) {
        Locale locale = vm.localeProperty().get();
        messages = new Messages(locale);
        loginView = new LoginView(vm, messages);
        frame.setBottom(new StatusBarView(shell.status(), messages).node());
        if (shell.screenProperty().get() == Screen.LOGIN) {
            frame.setCenter(loginView.node());
        }
    }

    private void buildSession(TillSession s) {
        messages = new Messages(s.locale);
        SaleView.SaleActions actions = new SaleView.SaleActions() {
            @Override
            public void search() {
                SearchDialog.open(MainWindow.this, s.search, messages, false);
            }
            @Override
            public void priceCheck() {
                SearchDialog.open(MainWindow.this, s.search, messages, true);
            }
            @Override
            public void park() {
                ParkDialog.open(MainWindow.this, s.park, messages);
            }
            @Override
            public void member() {
                MemberDialog.open(MainWindow.this, s.member, messages);
            }
            @Override
            public void returns() {
                shell.show(Screen.RETURNS);
            }
            @Override
            public void journal() {
                shell.show(Screen.JOURNAL);
            }
            @Override
            public void noSale() {
                s.noSale.noSaleCommand().execute();
            }
            @Override
            public void logout() {
                shell.logout();
            }
            @Override
            public void delivery() {
                if (s.delivery != null) {
                    shell.show(Screen.DELIVERY);
                }
            }
            @Override
            public void production() {
                if (s.production != null) {
                    shell.show(Screen.PRODUCTION);
                }
            }
            @Override
            public void soldOut() {
                if (s.soldOut != null) {
                    shell.show(Screen.SOLD_OUT);
                }
            }
        };
        if (s.options != null) {
            s.options.showWith(p -> OptionPickerDialog.open(MainWindow.this, s.options.picker(), messages,
                    p.displayName(s.locale), false));
        }
        views = new Views(new SaleView(s.sale, messages, actions, ReceiptBanner.of(s.receipts, messages)),
                new TenderView(s.tender, messages, ReceiptBanner.of(s.receipts, messages)),
                new ReturnsView(s.returns, messages), new JournalView(s.journal, messages, shell.parts().zone()),
                s.cash == null ? null : new CashView(s.cash, messages),
                s.soldOut == null ? null : new SoldOutView(s.soldOut, messages, s.locale),
                s.production == null ? null : new ProductionView(s.production, messages, this::openCallScreen),
                s.delivery == null ? null : new DeliveryView(s.delivery, messages));
        frame.setTop(s.delivery == null
                ? null
                : DeliveryBanner.of(s.delivery, messages, () -> shell.show(
                        Screen.DELIVERY)));
        frame.setBottom(new StatusBarView(shell.status(), messages).node());
    }

    private void showScreen(Screen screen) {
        close();
        if (screen == Screen.LOGIN || views == null) {
            frame.setCenter(loginView.node());
            return;
        }
        switch (screen) {
            case SALE -> frame.setCenter(views.sale().node());
            case TENDER -> frame.setCenter(views.tender().node());
            case RETURNS -> frame.setCenter(views.returns().node());
            case JOURNAL -> frame.setCenter(views.journal().node());
            case CASH -> frame.setCenter(views.cash() == null ? views.sale().node() : views.cash().node());
            case SOLD_OUT -> frame.setCenter(views.soldOut() == null ? views.sale().node() : views.soldOut().node());
            case PRODUCTION -> frame.setCenter(
                    views.production() == null ? views.sale().node() : views.production().node());
            case DELIVERY -> frame.setCenter(views.delivery() == null ? views.sale().node() : views.delivery().node());
            default -> {
            }
        }
        Platform.runLater(this::focusScreen);
    }

    private void focusScreen() {
        if (views == null) {
            return;
        }
        switch (shell.screenProperty().get()) {
            case SALE -> views.sale().focus();
            case TENDER -> views.tender().focus();
            case RETURNS -> views.returns().focus();
            case JOURNAL -> views.journal().focus();
            case CASH -> {
                if (views.cash() != null) {
                    views.cash().focus();
                }
            }
            case SOLD_OUT -> {
                if (views.soldOut() != null) {
                    views.soldOut().focus();
                }
            }
            case PRODUCTION -> {
                if (views.production() != null) {
                    views.production().focus();
                }
            }
            case DELIVERY -> {
                if (views.delivery() != null) {
                    views.delivery().focus();
                }
            }
            default -> {
            }
        }
    }

    private void key(KeyEvent e) {
        if (overlay.isVisible()) {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.R && shell.receipts().retryCommand().isExecutable()) {
            shell.receipts().retryCommand().execute();
            e.consume();
            return;
        }
        boolean used = switch (shell.screenProperty().get()) {
            case LOGIN -> loginView.handleKey(e);
            case SALE -> views != null && views.sale().handleKey(e);
            case TENDER -> views != null && views.tender().handleKey(e);
            case RETURNS -> views != null && views.returns().handleKey(e);
            case JOURNAL -> views != null && views.journal().handleKey(e);
            case CASH -> views != null && views.cash() != null && views.cash().handleKey(e);
            case SOLD_OUT -> views != null && views.soldOut() != null && views.soldOut().handleKey(e);
            case PRODUCTION -> views != null && views.production() != null && views.production().handleKey(e);
            case DELIVERY -> views != null && views.delivery() != null && views.delivery().handleKey(e);
        };
        if (used) {
            e.consume();
        }
    }

    /** Opens (or brings forward) the customer-facing call-number window; one per till window. */
    private void openCallScreen() {
        var board = shell.parts().services().production();
        if (board == null) {
            return;
        }
        if (callScreen == null) {
            callScreen = new CallNumberWindow(new CallNumberViewModel(shell.parts().runner(), board));
        }
        callScreen.show();
    }

    @Override
    public void open(Node content, Node focus) {
        overlayFocusReturn = scene.getFocusOwner();
        if (content instanceof javafx.scene.layout.Region p) {
            p.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        overlay.getChildren().setAll(content);
        overlay.setVisible(true);
        frame.setDisable(true);
        Platform.runLater(focus::requestFocus);
    }

    @Override
    public void close() {
        if (!overlay.isVisible()) {
            return;
        }
        overlay.getChildren().clear();
        overlay.setVisible(false);
        frame.setDisable(false);
        Node back = overlayFocusReturn;
        Platform.runLater(() -> {
            if (back != null && back.getScene() == scene) {
                back.requestFocus();
            } else {
                focusScreen();
            }
        });
    }

    @Override
    public boolean isOpen() {
        return overlay.isVisible();
    }
}
