package dev.opentill.app.store;

import static dev.opentill.store.jooq.Tables.PRODUCT;
import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import dev.opentill.core.sync.SyncProtocol.EnrollResponse;
import dev.opentill.migrations.TillStore;
import dev.opentill.sync.Enrollment;
import java.time.Clock;
import java.util.Optional;

/**
 * What the till's setup keeps in the store: how far it got ({@value #STEP}), the language chosen
 * ({@value #LANGUAGE}), the enrollment (through the sync agent's {@link Enrollment}, one
 * transaction), and the questions it asks before it may finish (a manager who can log in).
 */
public final class SetupRepository {
    public static final String STEP = "setup.step";
    public static final String LANGUAGE = "setup.language";

    private final TillStore store;
    private final StaffRepository staff;

    public SetupRepository(TillStore store, Clock clock) {
        this.store = store;
        this.staff = new StaffRepository(store, new AuditLog(setting("terminal.code").orElse("setup"), clock), clock,
                StaffRepository.DEFAULT_MAX_ATTEMPTS, StaffRepository.DEFAULT_LOCKOUT);
    }

    public Optional<String> setting(String key) {
        return Optional.ofNullable(store.dsl().fetchValue(STORE_SETTING.SETTING_VALUE,
                STORE_SETTING.SETTING_KEY.eq(key)));
    }

    /** Writes one of the setup's own settings, durably: a restart resumes from it. */
    public void put(String key, String value) {
        store.dsl().mergeInto(STORE_SETTING).columns(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE)
                .key(STORE_SETTING.SETTING_KEY).values(key, value).execute();
        store.syncToDisk();
    }

    public boolean enrolled() {
        return Enrollment.isEnrolled(store.dsl());
    }

    /** Exchanges the one-time code; the settings it writes are one transaction, synced to disk. */
    public EnrollResponse enroll(String url, String code) {
        EnrollResponse r = Enrollment.enroll(store.dsl(), url, code, "till");
        store.syncToDisk();
        return r;
    }

    public boolean aManagerCanLogIn() {
        return staff.aManagerCanLogIn();
    }

    public boolean noStaff() {
        return StaffRepository.noStaff(store);
    }

    public int products() {
        return store.dsl().fetchCount(PRODUCT);
    }
}
