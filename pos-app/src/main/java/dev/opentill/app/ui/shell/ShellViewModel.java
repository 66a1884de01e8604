package dev.opentill.app.ui.shell;

import dev.opentill.core.staff.Cashier;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.Navigator;
import dev.opentill.app.ui.common.Screen;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.login.LoginViewModel;
import dev.opentill.app.ui.override.ApprovalPrompt;
import dev.opentill.app.ui.receipt.ReceiptDesk;
import dev.opentill.app.ui.status.StatusBarViewModel;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The till as a whole: which screen is showing, who is signed in and in which language, and where
 * a scanned code goes (sale, returns, or the mobile payment reference on the tender screen).
 */
public final class ShellViewModel implements Navigator {
    private final TillParts parts;
    private final Function<Locale, ApprovalPrompt> prompts;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.LOGIN);
    private final ReadOnlyObjectWrapper<TillSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<LoginViewModel> login = new ReadOnlyObjectWrapper<>(this, "login");
    private final ReadOnlyBooleanWrapper dropPrompt = new ReadOnlyBooleanWrapper(this, "dropPrompt");
    private final StatusBarViewModel status;
    private final ReceiptDesk receipts;

    public ShellViewModel(TillParts parts, Function<Locale, ApprovalPrompt> prompts) {
        this.parts = parts;
        this.prompts = prompts;
        this.status = new StatusBarViewModel(parts.runner(), parts.sync(), parts.devices().status(), parts.clock());
        this.receipts = new ReceiptDesk(parts.runner(), parts.services().journal(), parts.devices().printer());
        newLogin(parts.initialLocale());
        parts.devices().scanner().onScan(code -> parts.runner().ui(() -> scanned(code)));
    }

    private void newLogin(Locale locale) {
        LoginViewModel vm = new LoginViewModel(parts.runner(), parts.login(), parts.clock(), parts.storeName(locale),
                parts.terminalCode(), locale, this::signedIn);
        // A language switch at login rebuilds the login screen in that language.
        vm.localeProperty().addListener((o, a, b) -> newLogin(b));
        login.set(vm);
    }

    private void signedIn(Cashier cashier) {
        Locale locale = login.get().localeProperty().get();
        parts.runner().run(() -> {
            parts.services().session().signIn(cashier);
            return cashier;
        }, c -> {
            Messages messages = new Messages(locale);
            Function<UiText, String> text = messages::text;
            parts.onLocale().accept(locale);
            TillSession s = new TillSession(parts, c, locale, prompts.apply(locale), text, receipts, this);
            status.setCashier(c.name());
            session.set(s);
            s.sale.start();
            screen.set(Screen.SALE);
        }, f -> {
        });
    }

    /** Signs the cashier out; the open ticket stays saved for the next one. */
    public void logout() {
        TillSession s = session.get();
        if (s == null) {
            return;
        }
        parts.runner().run(() -> {
            parts.services().session().signOut();
            parts.onSignOut().accept(s.cashier);
            return s.locale;
        }, locale -> {
            session.set(null);
            status.setCashier(null);
            newLogin(locale);
            screen.set(Screen.LOGIN);
        }, f -> {
        });
    }

    @Override
    public void show(Screen next) {
        TillSession s = session.get();
        if (s == null && next != Screen.LOGIN) {
            return;
        }
        switch (next) {
            case TENDER -> s.tender.enter();
            case JOURNAL -> s.journal.load();
            case SALE -> {
                // Back at the sale (e.g. after one): prompt a safe drop when the drawer is over the threshold.
                dropPrompt.set(false);
                if (s.cash != null) {
                    s.cash.checkDrop(dropPrompt::set);
                }
            }
            default -> {
            }
        }
        screen.set(next);
    }

    /** A code from a serial scanner goes to whatever the cashier is doing. */
    public void scanned(String code) {
        TillSession s = session.get();
        if (s == null) {
            return;
        }
        switch (screen.get()) {
            case SALE -> s.sale.scan(code);
            case RETURNS -> s.returns.scan(code);
            case TENDER -> s.tender.referenceProperty().set(code);
            case PRODUCTION -> {
                if (s.production != null) {
                    s.production.scan(code);
                }
            }
            default -> {
            }
        }
    }

    /** True while the till asks for a safe drop (the drawer is over the store's threshold). */
    public ReadOnlyBooleanProperty dropPromptProperty() {
        return dropPrompt.getReadOnlyProperty();
    }

    /** The cashier answered the drop prompt: now ({@code drop}) in the cash office, or later. */
    public void answerDropPrompt(boolean drop) {
        dropPrompt.set(false);
        TillSession s = session.get();
        if (drop && s != null && s.cash != null) {
            s.cash.startDrop();
            show(Screen.CASH);
        }
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TillSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LoginViewModel> loginProperty() {
        return login.getReadOnlyProperty();
    }

    public StatusBarViewModel status() {
        return status;
    }

    public ReceiptDesk receipts() {
        return receipts;
    }

    public TillParts parts() {
        return parts;
    }
}
