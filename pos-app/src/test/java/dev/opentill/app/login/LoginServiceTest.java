package dev.opentill.app.login;

import static dev.opentill.store.jooq.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opentill.app.store.AuditLog;
import dev.opentill.app.store.StaffRepository;
import dev.opentill.core.staff.Role;
import dev.opentill.app.testing.TestStores;
import dev.opentill.app.testing.TillFixture;
import dev.opentill.migrations.TillStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.ZoneId;

class LoginServiceTest {
    @TempDir
    Path dir;
    private TillStore store;
    private MutableClock clock;
    private LoginService logins;

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-21T08:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void setUp() {
        store = TillFixture.newStore(dir);
        clock = new MutableClock();
        AuditLog audit = new AuditLog("S0001-T01", clock);
        logins = new LoginService(store, new StaffRepository(store, audit, clock, 3, Duration.ofMinutes(5)), audit);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void rightPinSignsTheCashierInWithTheirRole() {
        LoginOutcome outcome = logins.login(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);

        assertThat(outcome).isInstanceOfSatisfying(LoginOutcome.SignedIn.class, s -> {
            assertThat(s.cashier().name()).isEqualTo("Li Na");
            assertThat(s.cashier().role()).isEqualTo(Role.CASHIER);
        });
        assertThat(store.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("LOGIN"))).isEqualTo(1);
    }

    @Test
    void wrongPinCountsDownTheAttemptsLeft() {
        assertThat(logins.login(TestStores.CASHIER_CODE, "0000")).isEqualTo(new LoginOutcome.WrongPin(2));
        assertThat(logins.login(TestStores.CASHIER_CODE, "0000")).isEqualTo(new LoginOutcome.WrongPin(1));
    }

    @Test
    void tooManyWrongPinsLockTheCashierOutEvenWithTheRightPin() {
        logins.login(TestStores.CASHIER_CODE, "0000");
        logins.login(TestStores.CASHIER_CODE, "0000");
        LoginOutcome third = logins.login(TestStores.CASHIER_CODE, "0000");

        Instant until = Instant.parse("2026-11-21T08:05:00Z");
        assertThat(third).isEqualTo(new LoginOutcome.LockedOut(until));
        assertThat(logins.login(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN))
                .isEqualTo(new LoginOutcome.LockedOut(until));
    }

    @Test
    void lockoutEndsAfterItsTime() {
        for (int i = 0; i < 3; i++) {
            logins.login(TestStores.CASHIER_CODE, "0000");
        }
        clock.now = clock.now.plus(Duration.ofMinutes(6));

        assertThat(logins.login(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN))
                .isInstanceOf(LoginOutcome.SignedIn.class);
    }

    @Test
    void successfulLoginResetsTheFailedCount() {
        logins.login(TestStores.CASHIER_CODE, "0000");
        logins.login(TestStores.CASHIER_CODE, "0000");
        logins.login(TestStores.CASHIER_CODE, TestStores.CASHIER_PIN);

        assertThat(logins.login(TestStores.CASHIER_CODE, "0000")).isEqualTo(new LoginOutcome.WrongPin(2));
    }

    @Test
    void unknownCodeIsRefusedAndAudited() {
        assertThat(logins.login("4242", "1234")).isInstanceOf(LoginOutcome.UnknownCashier.class);
        assertThat(store.dsl().fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("LOGIN_FAILED"))).isEqualTo(1);
        assertThat(AuditLog.verify(store.dsl())).isEmpty();
    }
}
