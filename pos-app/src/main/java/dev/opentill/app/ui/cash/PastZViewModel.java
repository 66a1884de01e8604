package dev.opentill.app.ui.cash;

import dev.opentill.app.cash.DayClose;
import dev.opentill.app.ui.common.Command;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.cash.ZReport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Past Z reports, as stored: found by business date (2026-12-07) or Z number, blank for the latest;
 * the one selected is shown as it was closed and can be printed again, marked as a copy (audited).
 */
public final class PastZViewModel {
    private final TaskRunner runner;
    private final DayClose close;
    private final CashSlips slips;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<ZReport> found = FXCollections.observableArrayList();
    private final ObservableList<ZReport> foundView = FXCollections.unmodifiableObservableList(found);
    private final ObjectProperty<ZReport> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyObjectWrapper<UiText> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final Command find;
    private final Command reprint;

    public PastZViewModel(TaskRunner runner, DayClose close, CashSlips slips, SlipPrinter printer) {
        this.runner = runner;
        this.close = close;
        this.slips = slips;
        selected.addListener((o, a, z) -> lines.setAll(z == null ? List.of() : slips.z(z, false)));
        find = Command.always(this::find);
        reprint = new Command(selected.isNotNull(), () -> {
            long number = selected.get().header().zNumber();
            runner.run(() -> close.reprint(number), z -> printer.print(slips.z(z, true), ok -> message.set(ok
                    ? UiText.of("cash.z_reprinted", number)
                    : UiText.of("cash.z_not_printed", number))), f -> message.set(UiText.ofFailure(f)));
        });
    }

    private void find() {
        String q = query.get().strip();
        message.set(null);
        if (q.matches("[0-9]{1,9}")) {
            long number = Long.parseLong(q);
            runner.run(() -> close.z(number).map(List::of).orElse(List.of()), this::show,
                    f -> message.set(UiText.ofFailure(f)));
            return;
        }
        LocalDate date;
        try {
            date = q.isEmpty() ? null : LocalDate.parse(q);
        } catch (DateTimeParseException e) {
            message.set(UiText.of("cash.z_query_invalid", q));
            return;
        }
        runner.run(() -> close.zReports(date), this::show, f -> message.set(UiText.ofFailure(f)));
    }

    private void show(List<ZReport> reports) {
        found.setAll(reports);
        selected.set(reports.isEmpty() ? null : reports.get(0));
        if (reports.isEmpty()) {
            message.set(UiText.of("cash.z_none", query.get().strip()));
        }
    }

    /** Lists the latest Z reports; called when the screen opens. */
    public void load() {
        query.set("");
        find();
    }

    /** A date (yyyy-MM-dd), a Z number, or blank for the latest. */
    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ZReport> found() {
        return foundView;
    }

    public ObjectProperty<ZReport> selectedProperty() {
        return selected;
    }

    /** The selected Z as it was closed. */
    public ObservableList<String> lines() {
        return linesView;
    }

    public ReadOnlyObjectProperty<UiText> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Command findCommand() {
        return find;
    }

    public Command reprintCommand() {
        return reprint;
    }
}
