package dev.opentill.app.ui.login;

import dev.opentill.app.login.LoginOutcome;
import dev.opentill.core.staff.Cashier;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.Messages;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The login screen: a login code and a PIN typed on the pad or keyboard, the language for the
 * session, and the store and terminal the till belongs to. The PIN never leaves this class except
 * to the {@link Authenticator}; the view sees only a mask.
 */
public final class LoginViewModel {
    private static final int MAX_DIGITS = 12;

    /** Which field the PIN pad types into. */
    public enum Field {
        CODE,
        PIN
    }

    private final TaskRunner runner;
    private final Authenticator authenticator;
    private final Clock clock;
    private final Consumer<Cashier> onSignedIn;
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ReadOnlyStringWrapper pinMask = new ReadOnlyStringWrapper(this, "pinMask", "");
    private final ReadOnlyObjectWrapper<Field> field = new ReadOnlyObjectWrapper<>(this, "field", Field.CODE);
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private final String storeName;
    private final String terminalCode;
    private final Command submit;
    private final Command switchLanguage;
    private String pin = "";

    public LoginViewModel(TaskRunner runner, Authenticator authenticator, Clock clock, String storeName,
            String terminalCode, Locale initial, Consumer<Cashier> onSignedIn) {
        this.runner = runner;
        this.authenticator = authenticator;
        this.clock = clock;
        this.storeName = storeName;
        this.terminalCode = terminalCode;
        this.onSignedIn = onSignedIn;
        this.locale.set(initial);
        var ready = Bindings.createBooleanBinding(() -> !code.get().isEmpty() && !busy.get(), code, busy);
        submit = new Command(ready, this::enter);
        switchLanguage = Command.always(() -> locale.set(isChinese() ? Messages.ENGLISH : Messages.CHINESE));
    }

    /** A digit from the pad or the keyboard, into the active field. */
    public void digit(char d) {
        if (d < '0' || d > '9' || busy.get()) {
            return;
        }
        message.set(null);
        if (field.get() == Field.CODE) {
            if (code.get().length() < MAX_DIGITS) {
                code.set(code.get() + d);
            }
        } else if (pin.length() < MAX_DIGITS) {
            setPin(pin + d);
        }
    }

    public void backspace() {
        if (field.get() == Field.PIN && !pin.isEmpty()) {
            setPin(pin.substring(0, pin.length() - 1));
        } else if (field.get() == Field.PIN) {
            field.set(Field.CODE);
        } else if (!code.get().isEmpty()) {
            code.set(code.get().substring(0, code.get().length() - 1));
        }
    }

    public void clear() {
        code.set("");
        setPin("");
        field.set(Field.CODE);
    }

    public void selectField(Field f) {
        field.set(f);
    }

    /** Enter: from the code to the PIN, or with a PIN, signs in. */
    private void enter() {
        if (field.get() == Field.CODE || pin.isEmpty()) {
            field.set(Field.PIN);
            return;
        }
        String c = code.get();
        String p = pin;
        setPin("");
        busy.set(true);
        runner.run(() -> authenticator.login(c, p), this::outcome, f -> {
            busy.set(false);
            message.set(UiText.ofFailure(f));
        });
    }

    private void outcome(LoginOutcome o) {
        busy.set(false);
        if (o instanceof LoginOutcome.SignedIn s) {
            clear();
            message.set(null);
            onSignedIn.accept(s.cashier());
        } else if (o instanceof LoginOutcome.WrongPin w) {
            message.set(UiText.of("login.wrong_pin", w.attemptsLeft()));
        } else if (o instanceof LoginOutcome.LockedOut l) {
            long minutes = Math.max(1, Duration.between(clock.instant(), l.until()).plusSeconds(59).toMinutes());
            message.set(UiText.of("login.locked", minutes));
            clear();
        } else {
            message.set(UiText.of("login.unknown"));
            clear();
        }
    }

    private void setPin(String next) {
        pin = next;
        pinMask.set("\u25CF".repeat(next.length()));
    }

    private boolean isChinese() {
        return "zh".equals(locale.get().getLanguage());
    }

    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pinMaskProperty() {
        return pinMask.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Field> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The session language; the shell rebuilds the screens when it changes. */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public String storeName() {
        return storeName;
    }

    public String terminalCode() {
        return terminalCode;
    }

    public Command submitCommand() {
        return submit;
    }

    public Command switchLanguageCommand() {
        return switchLanguage;
    }
}
