package dev.opentill.app.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.ui.common.UiText;
import dev.opentill.core.money.Money;
import dev.opentill.core.promo.Conditions;
import dev.opentill.core.promo.PriceProof;
import dev.opentill.core.promo.Promotion;
import dev.opentill.core.promo.Reward;
import dev.opentill.core.promo.Schedule;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The proof rows the sale screen lists, in the cashier's language, without the FX toolkit. */
class PriceProofViewModelTest {
    private static final Schedule ALWAYS = new Schedule(Instant.parse("2026-01-01T00:00:00Z"), null, Set.of(), null,
            null);
    private static final Promotion CUP2 = new Promotion(UUID.randomUUID(), "CUP2", "第二杯半价", "Second cup half price",
            ALWAYS, Conditions.anything(), new Reward.NthItem(2, 5000), null, null);
    private static final Promotion BREAD3 = new Promotion(UUID.randomUUID(), "B3", "面包三件", "Any 3 breads", ALWAYS,
            Conditions.anything(), new Reward.FixedPriceForN(3, 2990), null, null);

    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    @Test
    void appliedPromotionsComeFirstThenNearMissesByItemsAndANoteWhenNotExact() {
        UUID line = UUID.randomUUID();
        PriceProof proof = new PriceProof(Money.CNY, List.of(new PriceProof.Applied(CUP2, yuan("14.00"),
                Map.of(line, yuan("14.00")))), List.of(new PriceProof.NearMiss(BREAD3, yuan("0.00"), 1, yuan("5.20"))),
                false);

        assertThat(PriceProofViewModel.rowsOf(proof, Locale.SIMPLIFIED_CHINESE)).containsExactly(
                UiText.of("proof.applied", "第二杯半价", "¥14.00"),
                UiText.of("proof.near_items", 1, "¥5.20", "面包三件"),
                UiText.of("proof.not_exact"));
        assertThat(PriceProofViewModel.names(proof, Locale.ENGLISH)).containsEntry(CUP2.id(), "Second cup half price");
    }

    @Test
    void aTicketWithoutPromotionsHasNoRows() {
        assertThat(PriceProofViewModel.rowsOf(PriceProof.none(Money.CNY), Locale.ENGLISH)).isEmpty();
    }
}
