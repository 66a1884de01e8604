package dev.opentill.app.ui.sale;

import dev.opentill.app.ui.common.Formats;
import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.catalog.LocalName;
import dev.opentill.core.promo.PriceProof;
import dev.opentill.core.promo.Promotion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Why the ticket costs what it does, as the sale screen lists it: each promotion applied with what
 * it saved, then each one the ticket nearly qualifies for with what is missing ("add 12.00 more
 * for 20.00 off"), then a note when the ticket was too large to try every combination.
 */
public final class PriceProofViewModel {
    private final Locale locale;
    private final ObservableList<UiText> rows = FXCollections.observableArrayList();
    private final ObservableList<UiText> rowsView = FXCollections.unmodifiableObservableList(rows);

    PriceProofViewModel(Locale locale) {
        this.locale = locale;
    }

    /** The proof's rows, replaced when they changed. */
    void show(PriceProof proof) {
        List<UiText> next = rowsOf(proof, locale);
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }

    public ObservableList<UiText> rows() {
        return rowsView;
    }

    static List<UiText> rowsOf(PriceProof proof, Locale locale) {
        if (proof == null) {
            return List.of();
        }
        List<UiText> out = new ArrayList<>();
        for (PriceProof.Applied a : proof.applied()) {
            out.add(UiText.of("proof.applied", name(a.promotion(), locale), Formats.money(a.saving())));
        }
        for (PriceProof.NearMiss n : proof.nearMisses()) {
            out.add(n.itemsMore() > 0
                    ? UiText.of("proof.near_items", n.itemsMore(), Formats.money(n.saving()),
                            name(n.promotion(), locale))
                    : UiText.of("proof.near_spend", Formats.money(n.spendMore()), Formats.money(n.saving()),
                            name(n.promotion(), locale)));
        }
        if (!proof.exact() && !out.isEmpty()) {
            out.add(UiText.of("proof.not_exact"));
        }
        return out;
    }

    /** Each applied promotion's name in the cashier's language, by promotion id. */
    static Map<UUID, String> names(PriceProof proof, Locale locale) {
        Map<UUID, String> names = new HashMap<>();
        if (proof != null) {
            proof.applied().forEach(a -> names.put(a.promotion().id(), name(a.promotion(), locale)));
        }
        return names;
    }

    private static String name(Promotion p, Locale locale) {
        return LocalName.pick(locale, p.nameZh(), p.nameEn(), p.code());
    }
}
