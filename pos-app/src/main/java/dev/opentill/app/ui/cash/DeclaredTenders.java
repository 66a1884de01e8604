package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.cash.TenderTaken;
import dev.opentill.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tenders other than cash at the close, each with the amount the manager declares (read from
 * the card terminal's batch, the mobile payment list, ...). A tender left blank is taken as the
 * total of what the till recorded, so its variance is zero; one declared is judged against that
 * total with the tender's own variance limit.
 */
public final class DeclaredTenders {
    /** Above this a declared amount is a typing error, not takings (10 million in major units). */
    private static final BigDecimal ABSURD = BigDecimal.valueOf(10_000_000);

    /** One tender: what the till took of it and what is typed. */
    public record Row(TenderTaken taken, StringProperty typed) {
    }

    private final Currency currency;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> view = FXCollections.unmodifiableObservableList(rows);

    public DeclaredTenders(Currency currency) {
        this.currency = currency;
    }

    void setAll(List<TenderTaken> taken) {
        rows.setAll(taken.stream().map(t -> new Row(t, new SimpleStringProperty(this, t.tender(), ""))).toList());
    }

    /** Sets what is typed for {@code tender} (tests, and the view's fields). */
    public void set(String tender, String typed) {
        rows.stream().filter(r -> r.taken().tender().equals(tender)).findFirst().orElseThrow().typed().set(typed);
    }

    public ObservableList<Row> rows() {
        return view;
    }

    /** Why the declarations cannot be used, or null when they can. */
    UiText problem() {
        for (Row r : rows) {
            String typed = r.typed().get().strip();
            if (!typed.isEmpty() && parse(typed) == null) {
                return UiText.of("cash.declared_invalid", UiText.of("tender.type." + r.taken().tender()), typed);
            }
        }
        return null;
    }

    /** The tenders declared (blank ones left out); call only when {@link #problem()} is null. */
    Map<String, Money> declared() {
        Map<String, Money> out = new LinkedHashMap<>();
        for (Row r : rows) {
            String typed = r.typed().get().strip();
            if (!typed.isEmpty()) {
                out.put(r.taken().tender(), parse(typed));
            }
        }
        return out;
    }

    private Money parse(String typed) {
        try {
            BigDecimal v = new BigDecimal(typed);
            if (v.signum() < 0 || v.compareTo(ABSURD) > 0 || v.scale() > currency.getDefaultFractionDigits()) {
                return null;
            }
            return Money.of(v, currency);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
