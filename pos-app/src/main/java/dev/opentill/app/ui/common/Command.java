package dev.opentill.app.ui.common;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * An action a view can trigger, with an "executable" flag the view binds its button to. Executing
 * a command that is not executable does nothing, so keyboard shortcuts obey the same rule.
 */
public final class Command {
    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(this, "executable");
    private final Runnable action;

    public Command(ObservableBooleanValue when, Runnable action) {
        this.action = action;
        executable.bind(BooleanExpression.booleanExpression(when));
    }

    public static Command always(Runnable action) {
        return new Command(new ReadOnlyBooleanWrapper(true), action);
    }

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public void execute() {
        if (executable.get()) {
            action.run();
        }
    }
}
