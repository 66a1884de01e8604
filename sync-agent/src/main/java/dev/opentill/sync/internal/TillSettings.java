package dev.opentill.sync.internal;

import static dev.opentill.store.jooq.Tables.STORE_SETTING;

import org.jooq.DSLContext;

/** The till's store_setting keys the sync agent reads and enrollment writes. */
public final class TillSettings {
    public static final String STORE_CODE = "store.code";
    public static final String TERMINAL_CODE = "terminal.code";
    public static final String SYNC_URL = "sync.url";
    public static final String SYNC_CREDENTIAL = "sync.credential";
    /** "true" lets the till use plain http to a centre on another machine (a trusted network only). */
    public static final String ALLOW_PLAIN_HTTP = "sync.allow_plain_http";

    private TillSettings() {
    }

    public static String get(DSLContext dsl, String key) {
        return dsl.select(STORE_SETTING.SETTING_VALUE).from(STORE_SETTING).where(STORE_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(STORE_SETTING.SETTING_VALUE).orElse(null);
    }

    public static void put(DSLContext dsl, String key, String value) {
        dsl.mergeInto(STORE_SETTING).columns(STORE_SETTING.SETTING_KEY, STORE_SETTING.SETTING_VALUE)
                .key(STORE_SETTING.SETTING_KEY).values(key, value).execute();
    }
}
