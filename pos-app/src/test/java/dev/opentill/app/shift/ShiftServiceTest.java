package dev.opentill.app.shift;

import dev.opentill.core.shift.ShiftReport;

import static dev.opentill.app.testing.TestStores.CHIPS;
import static dev.opentill.app.testing.TestStores.COLA;
import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static dev.opentill.store.jooq.Tables.CASHIER;
import static dev.opentill.store.jooq.Tables.SALE;
import static dev.opentill.store.jooq.Tables.SHIFT;
import static dev.opentill.app.testing.SaleErrors.errorOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.app.store.AuditLog;
import dev.opentill.app.TillServices;
import dev.opentill.app.security.Approval;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.security.PinHasher;
import dev.opentill.core.tender.TenderType;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.opentill.app.testing.TestStores;

/** Shifts on a real till store: every sale in a shift, X and Z reports, the drawer count, all audited. */
class ShiftServiceTest {
    private static final Approval MANAGER = new Approval("8001", "8888");
    @TempDir
    Path dir;
    TillStore store;
    TillServices till;

    @BeforeEach
    void open() {
        store = TillFixture.newStore(dir);
        store.dsl().insertInto(CASHIER).set(CASHIER.ID, UUID.randomUUID()).set(CASHIER.LOGIN_CODE, "8001")
                .set(CASHIER.NAME, "Zhao Min").set(CASHIER.ROLE, "MANAGER")
                .set(CASHIER.PIN_HASH, new PinHasher(1000).hash("8888")).set(CASHIER.MAX_DISCOUNT_BP, 10000).execute();
        till = TillFixture.open(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    private Money sellForCash(String code, String handed) {
        till.selling().scan(code);
        Money total = till.ticket().totals().total();
        till.tender().addTender(TenderType.CASH, yuan(handed), null);
        till.tender().complete();
        return total;
    }

    @Test
    void aShiftOpenedWithAFloatIsClosedWithACountAndItsZReportAddsUp() {
        till.shifts().openShift(yuan("200.00"), MANAGER);
        Money first = sellForCash(COLA, "10.00");
        Money second = sellForCash(CHIPS, "20.00");
        till.selling().scan(COLA);
        till.tender().addTender(TenderType.CARD, till.ticket().totals().total(), "AUTH1");
        Money card = till.ticket().totals().total();
        till.tender().complete();

        ShiftReport x = till.shifts().xReport();
        assertThat(x.isZ()).isFalse();
        assertThat(x.sales()).isEqualTo(3);
        assertThat(x.netSales()).isEqualTo(first.plus(second).plus(card));
        assertThat(x.tenders().get("CARD")).isEqualTo(card);
        assertThat(x.expectedCash()).isEqualTo(yuan("200.00").plus(first).plus(second));

        Money counted = x.expectedCash().minus(yuan("0.50"));
        ShiftReport z = till.shifts().closeShift(counted, MANAGER);

        assertThat(z.zNumber()).isEqualTo(1L);
        assertThat(z.countedCash()).isEqualTo(counted);
        assertThat(z.difference()).isEqualTo(yuan("-0.50"));
        var row = store.dsl().selectFrom(SHIFT).where(SHIFT.ID.eq(z.shiftId())).fetchSingle();
        assertThat(row.getClosedAt()).isNotNull();
        assertThat(row.getExpectedCashMinor()).isEqualTo(x.expectedCash().minor());
        assertThat(row.getCountedCashMinor()).isEqualTo(counted.minor());
        assertThat(store.dsl().select(SALE.SHIFT_ID).from(SALE).fetch(SALE.SHIFT_ID)).containsOnly(z.shiftId());
        assertThat(
                store.dsl().select(AUDIT_LOG.ACTION).from(AUDIT_LOG).where(AUDIT_LOG.SUBJECT.eq(z.shiftId().toString()))
                        .orderBy(AUDIT_LOG.SEQ).fetch(AUDIT_LOG.ACTION))
                .containsExactly("SHIFT_OPENED", "SHIFT_REPORTED",
                        "SHIFT_CLOSED");
        assertThat(AuditLog.verify(store.dsl())).isEmpty();
    }

    @Test
    void aCashRefundComesOutOfTheExpectedCash() {
        till.shifts().openShift(yuan("100.00"), MANAGER);
        till.selling().scan(COLA);
        till.selling().scan(COLA);
        Money sold = till.ticket().totals().total();
        till.tender().addTender(TenderType.CASH, yuan("20.00"), null);
        String receipt = till.tender().complete().receiptNo();

        var sale = till.returns().startReturn(receipt, new Approval(TestStores.SUPERVISOR_CODE,
                TestStores.SUPERVISOR_PIN));
        till.returns().addReturnLine(sale.lines().get(0).line().id(), 1000);
        Money refund = till.ticket().totals().total();
        till.tender().addTender(TenderType.CASH, refund.negated(), null);
        till.tender().complete();

        ShiftReport x = till.shifts().xReport();
        assertThat(refund.isNegative()).isTrue();
        assertThat(x.sales()).isEqualTo(1);
        assertThat(x.returns()).isEqualTo(1);
        assertThat(x.netSales()).isEqualTo(sold.plus(refund));
        assertThat(x.expectedCash()).isEqualTo(yuan("100.00").plus(sold).plus(refund));
    }

    @Test
    void theZReportSaysWhetherTheAuditChainIsIntact() {
        sellForCash(COLA, "10.00");
        assertThat(till.shifts().closeShift(yuan("3.50"), MANAGER).auditChainIntact()).isTrue();

        sellForCash(CHIPS, "10.00");
        store.dsl().update(AUDIT_LOG).set(AUDIT_LOG.DETAIL, "edited").where(AUDIT_LOG.SEQ.eq(1L)).execute();

        assertThat(till.shifts().closeShift(yuan("6.80"), MANAGER).auditChainIntact()).isFalse();
    }

    @Test
    void aSaleWithNoShiftOpensOneAndZNumbersAreGapless() {
        sellForCash(COLA, "10.00");
        ShiftReport z1 = till.shifts().closeShift(yuan("3.50"), MANAGER);
        assertThat(errorOf(() -> till.shifts().closeShift(yuan("0.00"), MANAGER))).isEqualTo(SaleError.NO_OPEN_SHIFT);

        sellForCash(CHIPS, "10.00");
        ShiftReport z2 = till.shifts().closeShift(yuan("6.80"), MANAGER);

        assertThat(z1.openingFloat()).isEqualTo(yuan("0.00"));
        assertThat(z1.difference().isZero()).isTrue();
        assertThat(z1.zNumber()).isEqualTo(1L);
        assertThat(z2.zNumber()).isEqualTo(2L);
        assertThat(z2.shiftId()).isNotEqualTo(z1.shiftId());
        assertThat(z2.sales()).isEqualTo(1);
        assertThat(z2.difference().isZero()).isTrue();
    }

    @Test
    void closingNeedsAManagerAndAnEmptyTicketAndOnlyOneShiftIsOpen() {
        till.shifts().openShift(yuan("100.00"), MANAGER);
        assertThat(errorOf(() -> till.shifts().openShift(yuan("50.00"), MANAGER)))
                .isEqualTo(SaleError.SHIFT_ALREADY_OPEN);
        assertThat(errorOf(() -> till.shifts().closeShift(yuan("100.00"), null))).isEqualTo(SaleError.NOT_AUTHORISED);
        assertThat(errorOf(() -> till.shifts().closeShift(yuan("-1.00"), MANAGER)))
                .isEqualTo(SaleError.AMOUNT_NEGATIVE);
        till.selling().scan(COLA);
        assertThat(errorOf(() -> till.shifts().closeShift(yuan("100.00"), MANAGER)))
                .isEqualTo(SaleError.TICKET_NOT_EMPTY);
        assertThat(store.dsl().fetchCount(SHIFT, SHIFT.CLOSED_AT.isNull())).isEqualTo(1);
    }
}
