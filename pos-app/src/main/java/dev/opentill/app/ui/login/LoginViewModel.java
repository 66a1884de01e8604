package dev.opentill.app.ui.login;

import dev.opentill.app.login.LoginOutcome;
import dev.opentill.app.login.PinChangeException;
import dev.opentill.core.staff.PinRules;
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
 * to the {@link Authenticator}; the view sees only a mask. A temporary PIN (new, or reset by a
 * manager) leads to choosing one's own: the new PIN typed twice, then signed in.
 */
public final class LoginViewModel {
    private static final int MAX_DIGITS = 12;

    /** Which field the PIN pad types into. */
    public enum Field {
        CODE,
        PIN,
        NEW_PIN,
        CONFIRM_PIN
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
    private final ReadOnlyBooleanWrapper changingPin = new ReadOnlyBooleanWrapper(this, "changingPin");
    private final ReadOnlyStringWrapper newPinMask = new ReadOnlyStringWrapper(this, "newPinMask", "");
    private final ReadOnlyStringWrapper confirmMask = new ReadOnlyStringWrapper(this, "confirmMask", "");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    private final String storeName;
    private final String terminalCode;
    private final Command submit;
    private final Command switchLanguage;
    private final PinResetViewModel pinReset;
    private String pin = "";
    /** While choosing one's own PIN: the temporary PIN that was accepted, and the two new entries. */
    private String temporaryPin = "";
    private String newPin = "";
    private String confirm = "";

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
        pinReset = new PinResetViewModel(runner, authenticator);
        switchLanguage = Command.always(() -> locale.set(isChinese() ? Messages.ENGLISH : Messages.CHINESE));
    }

    /** A digit from the pad or the keyboard, into the active field. */
    public void digit(char d) {
        if (d < '0' || d > '9' || busy.get()) {
            return;
        }
        message.set(null);
        if (field.get() == Field.NEW_PIN) {
            if (newPin.length() < MAX_DIGITS) {
                setNewPin(newPin + d);
            }
        } else if (field.get() == Field.CONFIRM_PIN) {
            if (confirm.length() < MAX_DIGITS) {
                setConfirm(confirm + d);
            }
        } else if (field.get() == Field.CODE) {
            if (code.get().length() < MAX_DIGITS) {
                code.set(code.get() + d);
            }
        } else if (pin.length() < MAX_DIGITS) {
            setPin(pin + d);
        }
    }

    public void backspace() {
        if (field.get() == Field.NEW_PIN && !newPin.isEmpty()) {
            setNewPin(newPin.substring(0, newPin.length() - 1));
        } else if (field.get() == Field.CONFIRM_PIN && !confirm.isEmpty()) {
            setConfirm(confirm.substring(0, confirm.length() - 1));
        } else if (field.get() == Field.CONFIRM_PIN) {
            field.set(Field.NEW_PIN);
        } else if (changingPin.get()) {
            return;
        } else if (field.get() == Field.PIN && !pin.isEmpty()) {
            setPin(pin.substring(0, pin.length() - 1));
        } else if (field.get() == Field.PIN) {
            field.set(Field.CODE);
        } else if (!code.get().isEmpty()) {
            code.set(code.get().substring(0, code.get().length() - 1));
        }
    }

    /** Clears everything typed; while choosing a PIN, goes back to the sign-in (nothing was changed). */
    public void clear() {
        code.set("");
        setPin("");
        leavePinChange();
        field.set(Field.CODE);
    }

    public void selectField(Field f) {
        if (changingPin.get() == (f == Field.NEW_PIN || f == Field.CONFIRM_PIN)) {
            field.set(f);
        }
    }

    /** Enter: from the code to the PIN, or with a PIN, signs in. */
    private void enter() {
        if (changingPin.get()) {
            enterNewPin();
            return;
        }
        if (field.get() == Field.CODE || pin.isEmpty()) {
            field.set(Field.PIN);
            return;
        }
        String c = code.get();
        String p = pin;
        setPin("");
        busy.set(true);
        runner.run(() -> authenticator.login(c, p), o -> outcome(o, p), f -> {
            busy.set(false);
            message.set(UiText.ofFailure(f));
        });
    }

    /** The new PIN typed, then typed again; then the temporary one is replaced and the person signed in. */
    private void enterNewPin() {
        if (field.get() == Field.NEW_PIN) {
            if (!newPin.isEmpty()) {
                field.set(Field.CONFIRM_PIN);
            }
            return;
        }
        if (!confirm.equals(newPin)) {
            setNewPin("");
            setConfirm("");
            field.set(Field.NEW_PIN);
            message.set(UiText.of("login.pin_mismatch"));
            return;
        }
        String c = code.get();
        String old = temporaryPin;
        String chosen = newPin;
        busy.set(true);
        runner.run(() -> authenticator.changeTemporaryPin(c, old, chosen), o -> outcome(o, old), f -> {
            busy.set(false);
            setNewPin("");
            setConfirm("");
            field.set(Field.NEW_PIN);
            message.set(f instanceof PinChangeException e ? refusal(e) : UiText.ofFailure(f));
        });
    }

    private static UiText refusal(PinChangeException e) {
        return switch (e.reason()) {
            case BAD_PIN -> pinRule(e.detail());
            case SAME_AS_OLD -> UiText.of("login.pin_same");
            default -> UiText.of("login.unknown");
        };
    }

    /** The message for a broken {@code PinRules} rule. */
    static UiText pinRule(String problem) {
        return switch (problem == null ? "" : problem) {
            case "too_long" -> UiText.of("login.pin_too_long", PinRules.MAX_DIGITS);
            case "digits_only" -> UiText.of("login.pin_digits_only");
            case "all_same" -> UiText.of("login.pin_all_same");
            default -> UiText.of("login.pin_too_short", PinRules.MIN_DIGITS);
        };
    }

    private void outcome(LoginOutcome o, String typedPin) {
        busy.set(false);
        if (o instanceof LoginOutcome.MustChangePin) {
            temporaryPin = typedPin;
            setNewPin("");
            setConfirm("");
            changingPin.set(true);
            field.set(Field.NEW_PIN);
            message.set(UiText.of("login.choose_pin", PinRules.MIN_DIGITS, PinRules.MAX_DIGITS));
        } else if (o instanceof LoginOutcome.SignedIn s) {
            clear();
            message.set(null);
            onSignedIn.accept(s.cashier());
        } else if (o instanceof LoginOutcome.WrongPin w) {
            leavePinChange();
            field.set(Field.PIN);
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

    private void leavePinChange() {
        temporaryPin = "";
        setNewPin("");
        setConfirm("");
        changingPin.set(false);
    }

    private void setNewPin(String next) {
        newPin = next;
        newPinMask.set("\u25CF".repeat(next.length()));
    }

    private void setConfirm(String next) {
        confirm = next;
        confirmMask.set("\u25CF".repeat(next.length()));
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

    /** True while the person chooses their own PIN in place of a temporary one. */
    public ReadOnlyBooleanProperty changingPinProperty() {
        return changingPin.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newPinMaskProperty() {
        return newPinMask.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmMaskProperty() {
        return confirmMask.getReadOnlyProperty();
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

    /** The manager's PIN reset, opened from the login screen. */
    public PinResetViewModel pinReset() {
        return pinReset;
    }

    public Command switchLanguageCommand() {
        return switchLanguage;
    }
}
