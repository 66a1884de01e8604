package dev.opentill.app.sale;

import dev.opentill.app.TillServices;
import dev.opentill.app.security.Approval;
import dev.opentill.app.tender.CompletedSale;

import static dev.opentill.app.testing.TestStores.CHIPS;
import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.store.jooq.Tables.COUPON;
import static dev.opentill.store.jooq.Tables.SALE_COUPON;
import static dev.opentill.app.testing.SaleErrors.errorOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.Ticket;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coupons from the feed redeemed by scanning them: once, above their minimum spend, by their member. */
class CouponSaleTest {
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        till = TillFixture.open(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    private UUID coupon(String code, long offFen, long minSpendFen, String member) {
        UUID id = UUID.randomUUID();
        store.dsl().insertInto(COUPON).set(COUPON.ID, id).set(COUPON.CODE, code).set(COUPON.NAME_ZH, "满减券")
                .set(COUPON.NAME_EN, "Money off").set(COUPON.AMOUNT_OFF_MINOR, offFen)
                .set(COUPON.MIN_SPEND_MINOR, minSpendFen).set(COUPON.MEMBER_CARD, member)
                .set(COUPON.VALID_FROM, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1))
                .set(COUPON.UPDATED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        return id;
    }

    @Test
    void aScannedCouponTakesItsAmountOffOnceAndIsRecordedWithTheSale() {
        UUID id = coupon("CP-0001", 200, 500, null);
        till.selling().scan(COLA);
        till.selling().scan(CHIPS);
        Money before = till.ticket().totals().total();

        Ticket t = till.selling().scan("CP-0001");

        assertThat(t.lines()).hasSize(2);
        assertThat(t.coupons()).singleElement().satisfies(c -> assertThat(c.amount()).isEqualTo(yuan("2.00")));
        assertThat(till.ticket().totals().total()).isEqualTo(before.minus(yuan("2.00")));
        till.tender().addTender(TenderType.CASH, yuan("50.00"), null);
        CompletedSale done = till.tender().complete();

        assertThat(store.dsl().selectFrom(SALE_COUPON).fetchSingle().getAmountMinor()).isEqualTo(200L);
        assertThat(done.receipt().footer()).first().asString().contains("CP-0001").contains("2.00");
        assertThat(store.dsl().select(COUPON.USED_SALE_ID).from(COUPON).where(COUPON.ID.eq(id)).fetchSingle().value1())
                .isEqualTo(done.saleId());
        till.selling().scan(COLA);
        till.selling().scan(CHIPS);
        assertThat(errorOf(() -> till.selling().scan("CP-0001"))).isEqualTo(SaleError.COUPON_NOT_VALID);
    }

    @Test
    void aCouponNeedsItsMinimumSpendAndLeavesWhenTheTicketFallsBelowIt() {
        coupon("CP-BIG", 300, 1000, null);
        till.selling().scan(COLA);
        assertThat(errorOf(() -> till.selling().scan("CP-BIG"))).isEqualTo(SaleError.COUPON_MIN_SPEND);

        till.selling().scan(CHIPS);
        Ticket t = till.selling().scan(COLA);
        t = till.selling().scan("CP-BIG");
        assertThat(t.coupons()).hasSize(1);

        Ticket after = till.selling().voidLine(t.lines().get(1).id(), new Approval(TestStores.SUPERVISOR_CODE,
                TestStores.SUPERVISOR_PIN));
        assertThat(after.coupons()).isEmpty();
    }

    @Test
    void scanningACouponAgainTakesItOff() {
        coupon("CP-TWICE", 100, 0, null);
        till.selling().scan(COLA);
        Money full = till.ticket().totals().total();
        assertThat(till.selling().scan("CP-TWICE").coupons()).hasSize(1);
        assertThat(till.ticket().totals().total()).isEqualTo(full.minus(yuan("1.00")));

        assertThat(till.selling().scan("CP-TWICE").coupons()).isEmpty();
        assertThat(till.ticket().totals().total()).isEqualTo(full);
    }

    @Test
    void aMembersCouponNeedsTheirCardAndUnknownCodesStayUnknown() {
        coupon("CP-VIP", 100, 0, TestStores.MEMBER_CARD);
        till.selling().scan(COLA);
        assertThat(errorOf(() -> till.selling().scan("CP-VIP"))).isEqualTo(SaleError.COUPON_MEMBER_ONLY);
        till.members().attachMember(TestStores.MEMBER_CARD);
        assertThat(till.selling().scan("CP-VIP").coupons()).hasSize(1);
        assertThat(errorOf(() -> till.selling().scan("NO-SUCH-CODE"))).isIn(SaleError.UNKNOWN_BARCODE,
                SaleError.UNREADABLE_SCAN);
    }
}
