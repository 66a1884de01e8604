package dev.opentill.app.ui.shell;

import dev.opentill.app.ui.cash.CashView;
import dev.opentill.app.ui.cash.DropPromptDialog;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.OverlayHost;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.Styles;
import dev.opentill.app.ui.journal.JournalView;
import dev.opentill.app.ui.login.LoginView;
import dev.opentill.app.ui.login.LoginViewModel;
import dev.opentill.app.ui.member.MemberDialog;
import dev.opentill.app.ui.override.ApprovalDialog;
import dev.opentill.app.ui.park.ParkDialog;
import dev.opentill.app.ui.receipt.ReceiptBanner;
import dev.opentill.app.ui.returns.ReturnsView;
import dev.opentill.app.ui.sale.SaleView;
import dev.opentill.app.ui.sale.SearchDialog;
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

    /** The screens of one session. */
    private record Views(SaleView sale, TenderView tender, ReturnsView returns, JournalView journal, CashView cash) {
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
        };
        views = new Views(new SaleView(s.sale, messages, actions, ReceiptBanner.of(s.receipts, messages)),
                new TenderView(s.tender, messages, ReceiptBanner.of(s.receipts, messages)),
                new ReturnsView(s.returns, messages), new JournalView(s.journal, messages, shell.parts().zone()),
                s.cash == null ? null : new CashView(s.cash, messages));
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
        };
        if (used) {
            e.consume();
        }
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
