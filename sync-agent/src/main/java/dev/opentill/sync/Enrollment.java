package dev.opentill.sync;

import dev.opentill.core.sync.SyncProtocol.EnrollResponse;
import dev.opentill.sync.internal.CentralAddress;
import dev.opentill.sync.internal.CentralClient;
import dev.opentill.sync.internal.TillSettings;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.jooq.DSLContext;

/**
 * Enrolls a till: exchanges a one-time code for the terminal's own credential and stores the
 * store code, terminal code, URL and credential in the till's store_setting in one transaction.
 */
public final class Enrollment {
    private Enrollment() {
    }

    /**
     * Throws {@link SyncException} with a showable error if the URL or code is wrong, or if the URL is
     * plain http to another machine that the store has not allowed (before the code is sent).
     */
    public static EnrollResponse enroll(DSLContext till, String centralUrl, String code, String deviceName) {
        CentralAddress.check(centralUrl, CentralAddress.plainHttpAllowed(till));
        OkHttpClient http = CentralClient.httpClient(Duration.ofSeconds(30));
        try {
            EnrollResponse r = new CentralClient(http, SyncJson.mapper(), centralUrl, null).enroll(code, deviceName);
            till.transaction(cfg -> {
                TillSettings.put(cfg.dsl(), TillSettings.STORE_CODE, r.storeCode());
                TillSettings.put(cfg.dsl(), TillSettings.TERMINAL_CODE, r.terminalCode());
                TillSettings.put(cfg.dsl(), TillSettings.SYNC_URL, centralUrl);
                TillSettings.put(cfg.dsl(), TillSettings.SYNC_CREDENTIAL, r.credential());
            });
            return r;
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    /** True if this till holds a credential from an earlier enrollment. */
    public static boolean isEnrolled(DSLContext till) {
        String credential = TillSettings.get(till, TillSettings.SYNC_CREDENTIAL);
        return credential != null && !credential.isBlank();
    }

    /** Points an enrolled till at a new address of the same centre (e.g. after a move). */
    public static void repoint(DSLContext till, String centralUrl) {
        CentralAddress.check(centralUrl, CentralAddress.plainHttpAllowed(till));
        TillSettings.put(till, TillSettings.SYNC_URL, centralUrl);
    }
}
