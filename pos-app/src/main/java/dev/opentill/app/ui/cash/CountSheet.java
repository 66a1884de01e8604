package dev.opentill.app.ui.cash;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.cash.Denominations;
import dev.opentill.core.cash.Denominations.Denomination;
import dev.opentill.core.cash.DrawerCount;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleException;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A count of the drawer by denomination as it is typed: one field per note and coin, and the
 * total of what was typed so far (null while a field is not a whole number). It shows what was
 * counted, never what the till expects, so it serves blind counts too.
 */
public final class CountSheet {
    /** One note or coin: its name ("¥100.00 note") and the pieces typed. */
    public record Row(UiText label, StringProperty typed) {
    }

    private final Denominations denominations;
    private final List<Row> rows = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Money> total = new ReadOnlyObjectWrapper<>(this, "total");

    public CountSheet(Denominations denominations) {
        this.denominations = denominations;
        for (Denomination d : denominations.values()) {
            Row row = new Row(UiText.of(d.coin() ? "cash.coin" : "cash.note", Formats.money(denominations.value(d))),
                    new SimpleStringProperty(this, "pieces", ""));
            row.typed().addListener((o, a, b) -> retotal());
            rows.add(row);
        }
        retotal();
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Types {@code pieces} for the denomination of {@code minor} (the first match, notes before coins). */
    public void set(long minor, boolean coin, String pieces) {
        for (int i = 0; i < rows.size(); i++) {
            Denomination d = denominations.values().get(i);
            if (d.minor() == minor && d.coin() == coin) {
                rows.get(i).typed().set(pieces);
                return;
            }
        }
        throw new IllegalArgumentException("No denomination " + minor + (coin ? " coin" : " note"));
    }

    /** The count typed; a field that is not a whole number of pieces is refused naming its denomination. */
    public DrawerCount count() {
        return DrawerCount.parse(denominations, rows.stream().map(r -> r.typed().get()).toList());
    }

    /** Whether anything was typed at all. */
    public boolean isBlank() {
        return rows.stream().allMatch(r -> r.typed().get().isBlank());
    }

    public void clear() {
        rows.forEach(r -> r.typed().set(""));
    }

    /** The total counted so far, or null while a field is not a whole number of pieces. */
    public ReadOnlyObjectProperty<Money> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public Denominations denominations() {
        return denominations;
    }

    private void retotal() {
        try {
            total.set(count().total());
        } catch (SaleException | ArithmeticException e) {
            total.set(null);
        }
    }
}
