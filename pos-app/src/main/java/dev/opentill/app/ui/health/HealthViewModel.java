package dev.opentill.app.ui.health;

import dev.opentill.app.health.TillHealth;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.app.ui.override.ApprovalFlow;
import dev.opentill.core.health.HealthItem;
import dev.opentill.core.health.HealthItem.Level;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The manager's health screen: the same checks as {@code installer health} (each configured device
 * probed, the route to the centre step by step, the clock against the centre's, disk free, the
 * store's size, the events waiting and the oldest), run on demand, a manager approving when a
 * cashier asks. The verdict counts the failures; it never says healthy while one is listed.
 */
public final class HealthViewModel {
    /** One finding as shown: its level and its text. */
    public record Row(Level level, UiText text) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> view = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<UiText> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final Command check;

    /** {@code health} may be null (a till opened without it, some tests): nothing can be checked. */
    public HealthViewModel(TillHealth health, ApprovalFlow approvals) {
        ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(health != null);
        check = new Command(running.not().and(available), () -> {
            running.set(true);
            rows.clear();
            verdict.set(UiText.of("health.running"));
            approvals.run(UiText.of("override.health"), health::check, this::found, f -> {
                running.set(false);
                verdict.set(UiText.ofFailure(f));
            });
        });
    }

    private void found(List<HealthItem> items) {
        running.set(false);
        rows.setAll(items.stream().map(i -> new Row(i.level(), new UiText(i.messageKey(), List.copyOf(i.args()))))
                .toList());
        long failed = items.stream().filter(i -> i.level() == Level.FAIL).count();
        verdict.set(failed == 0 ? UiText.of("health.healthy") : UiText.of("health.unhealthy", failed));
    }

    /** The findings of the last check, in order. */
    public ObservableList<Row> rows() {
        return view;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Healthy, how many problems, "checking...", or why the check could not run. */
    public ReadOnlyObjectProperty<UiText> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public Command checkCommand() {
        return check;
    }
}
