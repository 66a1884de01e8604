package dev.opentill.app.ui.e2e;

import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.PROMOTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.TillOptions;
import dev.opentill.app.devices.SimulatedDevices;
import dev.opentill.app.testing.TestStores;
import dev.opentill.core.promo.Conditions;
import dev.opentill.core.promo.Limits;
import dev.opentill.core.promo.PromotionRules;
import dev.opentill.core.promo.Reward;
import dev.opentill.core.promo.RewardTerms;
import dev.opentill.core.promo.Stacking;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.SyncJson;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sale screen says why the ticket costs what it does: each line names its promotion, the proof
 * lists what each promotion saved and the threshold the ticket nearly reaches, and the near miss
 * turns into a saving once the cashier scans enough.
 */
class PriceProofIT {
    @TempDir
    Path dir;
    private TillHarness h;

    @AfterEach
    void stop() throws Exception {
        if (h != null) {
            h.close();
        }
    }

    @Test
    void theScreenNamesEachPromotionAndWhatTheTicketNearlyQualifiesFor() throws Exception {
        h = new TillHarness(new TillOptions(dir, Locale.ENGLISH), new SimulatedDevices(), store -> {
            TestStores.fill(store);
            UUID cola = store.dsl().select(PRODUCT_BARCODE.PRODUCT_ID).from(PRODUCT_BARCODE)
                    .where(PRODUCT_BARCODE.CODE.eq(TestStores.COLA)).fetchSingle().value1();
            promotion(store, "COLA2", "Second cola half price", new PromotionRules(Conditions.onProducts(Set.of(cola)),
                    RewardTerms.of(new Reward.NthItem(2, 5000)), Limits.NONE, Stacking.DEFAULT));
            promotion(store, "MJ20", "Spend 20 save 3", new PromotionRules(Conditions.anything(),
                    RewardTerms.of(new Reward.SpendThreshold(List.of(new Reward.Tier(2000, 300)), true)), Limits.NONE,
                    Stacking.DEFAULT));
        });
        h.signIn(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);

        h.devices.scan(TestStores.COLA);
        h.devices.scan(TestStores.COLA);
        h.devices.scan(TestStores.TEA);
        // 3.50 + 3.50 + 12.00, the second cola half price: 17.25, so 2.75 short of 20.00.
        h.waitUntil(() -> proofRows().contains("Add ¥2.75 more for ¥3.00 more off (Spend 20 save 3)"));
        assertThat(proofRows()).containsExactly("Second cola half price: -¥1.75",
                "Add ¥2.75 more for ¥3.00 more off (Spend 20 save 3)");
        assertThat(h.text("#ticketTotal")).isEqualTo("¥17.25");
        assertThat(cellTexts()).anyMatch(t -> t.contains("Second cola half price"));

        h.devices.scan(TestStores.CHIPS);
        h.waitUntil(() -> proofRows().contains("Spend 20 save 3: -¥3.00"));
        assertThat(proofRows()).containsExactlyInAnyOrder("Second cola half price: -¥1.75",
                "Spend 20 save 3: -¥3.00");
        assertThat(h.text("#ticketTotal")).isEqualTo("¥21.05");
    }

    private List<String> proofRows() {
        return h.robot.lookup("#priceProof .proof-row").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .toList();
    }

    private List<String> cellTexts() {
        return h.robot.lookup("#ticketLines .line-detail").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .toList();
    }

    private static void promotion(TillStore store, String code, String name, PromotionRules rules) {
        try {
            store.dsl().insertInto(PROMOTION).set(PROMOTION.ID, UUID.randomUUID()).set(PROMOTION.CODE, code)
                    .set(PROMOTION.NAME_ZH, name).set(PROMOTION.NAME_EN, name)
                    .set(PROMOTION.KIND, rules.reward().kind().name()).set(PROMOTION.PERCENT_OFF_BP, 0)
                    .set(PROMOTION.BUY_QUANTITY, 0).set(PROMOTION.BUNDLE_PRICE_MINOR, 0L)
                    .set(PROMOTION.VALID_FROM, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                    .set(PROMOTION.DAYS, "").set(PROMOTION.RULES, SyncJson.mapper().writeValueAsString(rules))
                    .set(PROMOTION.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
