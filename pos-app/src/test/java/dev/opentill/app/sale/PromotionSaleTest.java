package dev.opentill.app.sale;

import dev.opentill.app.TillServices;
import dev.opentill.app.tender.CompletedSale;

import static dev.opentill.app.testing.TestStores.CHIPS;
import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.app.testing.TestStores.TEA;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.PRODUCT_BARCODE;
import static dev.opentill.store.jooq.Tables.PROMOTION;
import static dev.opentill.store.jooq.Tables.PROMOTION_PRODUCT;
import static dev.opentill.store.jooq.Tables.SALE_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.store.TillConfig;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.barcode.BarcodeParser;
import dev.opentill.core.money.Money;
import dev.opentill.core.receipt.Receipt;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.math.RoundingMode;

/** Promotions from the feed applied by the till itself: on the ticket, in the stored sale and on the receipt. */
class PromotionSaleTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // Saturday 2026-11-21, 15:30 in Shanghai.
    private static final Instant SAT_1530 = Instant.parse("2026-11-21T07:30:00Z");
    @TempDir
    Path dir;
    TillStore store;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private TillServices tillAt(Instant now) {
        TillServices till = TillServices.open(store, TillConfig.load(store.dsl()), Clock.fixed(now, SHANGHAI),
                SHANGHAI, BarcodeParser.withDefaultLayouts(), true);
        till.authority().signIn(till.staff().byLoginCode(TestStores.CASHIER_CODE).orElseThrow());
        till.tender().setReceiptLocale(Locale.ENGLISH);
        return till;
    }

    private UUID productOf(String barcode) {
        return store.dsl().select(PRODUCT_BARCODE.PRODUCT_ID).from(PRODUCT_BARCODE)
                .where(PRODUCT_BARCODE.CODE.eq(barcode)).fetchSingle().value1();
    }

    private UUID promotion(String code, String kind, int bp, int n, long bundle, String days, LocalTime from,
            LocalTime to, String... barcodes) {
        UUID id = UUID.randomUUID();
        store.dsl().insertInto(PROMOTION).set(PROMOTION.ID, id).set(PROMOTION.CODE, code)
                .set(PROMOTION.NAME_ZH, code + "优惠").set(PROMOTION.NAME_EN, code + " deal").set(PROMOTION.KIND, kind)
                .set(PROMOTION.PERCENT_OFF_BP, bp).set(PROMOTION.BUY_QUANTITY, n)
                .set(PROMOTION.BUNDLE_PRICE_MINOR, bundle)
                .set(PROMOTION.VALID_FROM, OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .set(PROMOTION.DAYS, days).set(PROMOTION.DAILY_FROM, from).set(PROMOTION.DAILY_TO, to)
                .set(PROMOTION.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        for (String b : barcodes) {
            store.dsl().insertInto(PROMOTION_PRODUCT).set(PROMOTION_PRODUCT.PROMOTION_ID, id)
                    .set(PROMOTION_PRODUCT.PRODUCT_ID, productOf(b)).execute();
        }
        return id;
    }

    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    @Test
    void twoForSixTakesEffectOnTheSecondColaAndIsStoredAndPrinted() {
        UUID deal = promotion("COLA2", "MULTI_BUY", 0, 2, 600, "", null, null, COLA);
        TillServices till = tillAt(SAT_1530);

        Ticket one = till.selling().scan(COLA);
        Ticket two = till.selling().scan(COLA);

        assertThat(one.lines().get(0).promotionId()).isNull();
        Money single = one.lines().get(0).netAmount();
        assertThat(till.ticket().totals().total()).isEqualTo(yuan("6.00"));
        assertThat(two.lines()).allSatisfy(l -> assertThat(l.promotionId()).isEqualTo(deal));
        assertThat(single.times(2).minus(till.ticket().totals().discounts())).isEqualTo(yuan("6.00"));

        till.tender().addTender(TenderType.CASH, yuan("10.00"), null);
        CompletedSale done = till.tender().complete();

        assertThat(store.dsl().select(SALE_LINE.PROMOTION_ID).from(SALE_LINE).fetch(SALE_LINE.PROMOTION_ID))
                .containsOnly(deal);
        Receipt receipt = done.receipt();
        assertThat(receipt.lines()).anySatisfy(l -> assertThat(l.promotion()).isEqualTo("COLA2 deal"));
        assertThat(done.change()).isEqualTo(yuan("4.00"));
    }

    @Test
    void aHappyHourAppliesOnlyInsideItsHoursAndAHandDiscountReplacesIt() {
        promotion("TEA-HH", "PERCENT_OFF", 2000, 0, 0, "SAT,SUN", LocalTime.of(14, 0), LocalTime.of(17, 0), TEA, CHIPS);
        TillServices inside = tillAt(SAT_1530);
        Ticket t = inside.selling().scan(TEA);
        Money full = t.lines().get(0).grossAmount();
        assertThat(t.lines().get(0).discount()).isEqualTo(full.times(2000, 10_000, RoundingMode.HALF_UP));

        Ticket byHand = inside.selling().discountLine(t.lines().get(0).id(), yuan("0.10"), null);
        assertThat(byHand.lines().get(0).promotionId()).isNull();
        assertThat(byHand.lines().get(0).discount()).isEqualTo(yuan("0.10"));

        // The same open ticket after closing time: the new line gets no discount, the hand discount stays.
        TillServices evening = tillAt(Instant.parse("2026-11-21T11:00:00Z")); // 19:00 in Shanghai
        Ticket late = evening.selling().scan(TEA);
        assertThat(late.lines()).hasSize(2);
        assertThat(late.lines().get(1).promotionId()).isNull();
        assertThat(late.lines().get(1).discount().isZero()).isTrue();
        assertThat(late.lines().get(0).discount()).isEqualTo(yuan("0.10"));
    }
}
