package dev.opentill.core.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opentill.core.cash.CashMovement.Kind;
import dev.opentill.core.cash.CashMovement.Place;
import dev.opentill.core.money.Money;
import dev.opentill.core.sale.SaleError;
import dev.opentill.core.sale.SaleException;
import dev.opentill.core.staff.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CashPolicyTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final CashPolicy policy = CashPolicy.defaults(Money.CNY, SHANGHAI);

    private static Money yuan(String s) {
        return Money.parse(s, Money.CNY);
    }

    @Test
    void aStoreOpenPastMidnightClosesEarlySalesIntoThePreviousBusinessDate() {
        CashPolicy late = new CashPolicy(policy.denominations(), true, policy.dropThreshold(), Map.of(), Map.of(),
                yuan("5"), LocalTime.of(4, 0), SHANGHAI);
        Instant twoAm = Instant.parse("2026-12-07T18:00:00Z"); // 02:00 on the 8th in Shanghai
        assertThat(late.businessDate(twoAm)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(policy.businessDate(twoAm)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(late.businessDate(Instant.parse("2026-12-07T20:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void eachRoleMovesCashUpToItsLimitAndManagersWithoutOne() {
        assertThat(policy.mayMoveUnaided(Role.CASHIER, yuan("100.00"))).isTrue();
        assertThat(policy.mayMoveUnaided(Role.CASHIER, yuan("100.01"))).isFalse();
        assertThat(policy.mayMoveUnaided(Role.SUPERVISOR, yuan("500.00"))).isTrue();
        assertThat(policy.mayMoveUnaided(Role.SUPERVISOR, yuan("500.01"))).isFalse();
        assertThat(policy.mayMoveUnaided(Role.MANAGER, yuan("99999.00"))).isTrue();
    }

    @Test
    void aDropIsDueOnlyOverTheThreshold() {
        assertThat(policy.dropDue(yuan("2000.00"))).isFalse();
        assertThat(policy.dropDue(yuan("2000.01"))).isTrue();
    }

    @Test
    void aVarianceWithinTheTendersLimitNeedsNoManagerAndBeyondItDoes() {
        CashPolicy strict = new CashPolicy(policy.denominations(), true, policy.dropThreshold(), Map.of(),
                Map.of("CARD", yuan("0.00")), yuan("5.00"), LocalTime.MIDNIGHT, SHANGHAI);
        TenderCount shortFive = TenderCount.of("CASH", yuan("300.00"), yuan("295.00"), strict.varianceLimit("CASH"));
        TenderCount overFiveCents = TenderCount.of("CASH", yuan("300.00"), yuan("305.01"),
                strict.varianceLimit("CASH"));
        TenderCount cardOff = TenderCount.of("CARD", yuan("80.00"), yuan("79.99"), strict.varianceLimit("CARD"));
        assertThat(shortFive.variance()).isEqualTo(yuan("-5.00"));
        assertThat(shortFive.beyondLimit()).isFalse();
        assertThat(overFiveCents.beyondLimit()).isTrue();
        assertThat(cardOff.beyondLimit()).isTrue();
    }

    @Test
    void movementsGoBetweenTheirPlacesAndSayWhatTheyNeed() {
        UUID shift = UUID.randomUUID();
        CashMovement out = CashMovement.of(UUID.randomUUID(), shift, Kind.PAY_OUT, yuan("30"), "SUPPLIER", null,
                null, null, Instant.EPOCH);
        assertThat(out.from()).isEqualTo(Place.TILL);
        assertThat(out.to()).isEqualTo(Place.OUTSIDE);
        assertThat(out.drawerEffect()).isEqualTo(yuan("-30"));
        CashMovement drop = CashMovement.of(UUID.randomUUID(), shift, Kind.SAFE_DROP, yuan("1000"), null, " B-17 ",
                null, null, Instant.EPOCH);
        assertThat(drop.to()).isEqualTo(Place.SAFE);
        assertThat(drop.bagNo()).isEqualTo("B-17");
        assertThat(CashMovement.of(UUID.randomUUID(), shift, Kind.PAY_IN, yuan("50"), "CHANGE_FUND", null, null,
                null, Instant.EPOCH).drawerEffect()).isEqualTo(yuan("50"));

        assertThatThrownBy(() -> CashMovement.of(UUID.randomUUID(), shift, Kind.PAY_OUT, yuan("30"), null, null, null,
                null, Instant.EPOCH)).isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.REASON_REQUIRED));
        assertThatThrownBy(() -> CashMovement.of(UUID.randomUUID(), shift, Kind.SAFE_DROP, yuan("30"), null, "",
                null, null, Instant.EPOCH)).isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.BAG_NUMBER_REQUIRED));
        assertThatThrownBy(() -> CashMovement.of(UUID.randomUUID(), shift, Kind.PAY_IN, yuan("0"), "BANK", null, null,
                null, Instant.EPOCH)).isInstanceOfSatisfying(SaleException.class,
                        e -> assertThat(e.error()).isEqualTo(SaleError.AMOUNT_NEGATIVE));
        assertThatThrownBy(() -> new CashMovement(UUID.randomUUID(), shift, Kind.SAFE_DROP, yuan("1"), Place.SAFE,
                Place.TILL, null, "B1", null, null, Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }
}
