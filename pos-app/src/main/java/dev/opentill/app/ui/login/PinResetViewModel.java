package dev.opentill.app.ui.login;

import dev.opentill.app.login.PinChangeException;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A manager gives a person a new temporary PIN at the till: the person's code, the manager's code
 * and PIN (checked through the lockout gate), and the new PIN, typed on the pad. The person
 * chooses their own at their next login. PINs stay here; the view sees masks.
 */
public final class PinResetViewModel {
    private static final int MAX_DIGITS = 12;

    /** The fields, in the order Enter moves through them. */
    public enum Field {
        STAFF,
        MANAGER,
        MANAGER_PIN,
        NEW_PIN
    }

    private final TaskRunner runner;
    private final Authenticator authenticator;
    private final Map<Field, String> values = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> shown = new EnumMap<>(Field.class);
    private final ReadOnlyObjectWrapper<Field> field = new ReadOnlyObjectWrapper<>(this, "field", Field.STAFF);
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Command openCommand;
    private final Command submit;
    private final Command cancel;

    public PinResetViewModel(TaskRunner runner, Authenticator authenticator) {
        this.runner = runner;
        this.authenticator = authenticator;
        for (Field f : Field.values()) {
            values.put(f, "");
            shown.put(f, new ReadOnlyStringWrapper(this, f.name(), ""));
        }
        openCommand = Command.always(() -> {
            clearAll();
            message.set(UiText.of("pin_reset.hint"));
            open.set(true);
        });
        submit = new Command(Bindings.not(busy), this::enter);
        cancel = new Command(Bindings.not(busy), () -> {
            clearAll();
            message.set(null);
            open.set(false);
        });
    }

    public void digit(char d) {
        if (d < '0' || d > '9' || busy.get()) {
            return;
        }
        String v = values.get(field.get());
        if (v.length() < MAX_DIGITS) {
            set(field.get(), v + d);
        }
    }

    public void backspace() {
        String v = values.get(field.get());
        if (!v.isEmpty()) {
            set(field.get(), v.substring(0, v.length() - 1));
        } else if (field.get().ordinal() > 0) {
            field.set(Field.values()[field.get().ordinal() - 1]);
        }
    }

    public void selectField(Field f) {
        field.set(f);
    }

    /** Enter moves to the next field; on the last one, with every field filled, asks for the reset. */
    private void enter() {
        Field f = field.get();
        if (values.get(f).isEmpty()) {
            return;
        }
        if (f != Field.NEW_PIN) {
            field.set(Field.values()[f.ordinal() + 1]);
            return;
        }
        for (Field each : Field.values()) {
            if (values.get(each).isEmpty()) {
                field.set(each);
                return;
            }
        }
        String staff = values.get(Field.STAFF);
        String manager = values.get(Field.MANAGER);
        String managerPin = values.get(Field.MANAGER_PIN);
        String newPin = values.get(Field.NEW_PIN);
        set(Field.MANAGER_PIN, "");
        set(Field.NEW_PIN, "");
        busy.set(true);
        runner.run(() -> {
            authenticator.resetPin(staff, manager, managerPin, newPin);
            return staff;
        }, done -> {
            busy.set(false);
            clearAll();
            message.set(UiText.of("pin_reset.done", done));
        }, failure -> {
            busy.set(false);
            field.set(Field.MANAGER_PIN);
            message.set(failure instanceof PinChangeException e ? refusal(e) : UiText.ofFailure(failure));
        });
    }

    private static UiText refusal(PinChangeException e) {
        return switch (e.reason()) {
            case BAD_PIN -> LoginViewModel.pinRule(e.detail());
            case UNKNOWN_STAFF -> UiText.of("pin_reset.unknown_staff");
            case APPROVER_LOCKED -> UiText.of("pin_reset.manager_locked");
            default -> UiText.of("pin_reset.not_authorised");
        };
    }

    private void set(Field f, String v) {
        values.put(f, v);
        shown.get(f).set(f == Field.STAFF || f == Field.MANAGER ? v : "\u25CF".repeat(v.length()));
    }

    private void clearAll() {
        for (Field f : Field.values()) {
            set(f, "");
        }
        field.set(Field.STAFF);
    }

    /** What a field shows: the codes as typed, the PINs as dots. */
    public ReadOnlyStringProperty shownProperty(Field f) {
        return shown.get(f).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Field> fieldProperty() {
        return field.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command openCommand() {
        return openCommand;
    }

    public Command submitCommand() {
        return submit;
    }

    public Command cancelCommand() {
        return cancel;
    }
}
