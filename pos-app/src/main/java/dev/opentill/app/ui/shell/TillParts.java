package dev.opentill.app.ui.shell;

import dev.opentill.app.sale.TillService;
import dev.opentill.app.security.Cashier;
import dev.opentill.app.ui.common.TaskRunner;
import dev.opentill.app.ui.devices.TillDevices;
import dev.opentill.app.ui.login.Authenticator;
import dev.opentill.app.ui.status.SyncStatusSource;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Everything the till UI is built from, made by the composition root ({@code TillComposition}) or
 * by tests. {@code onSignOut} records a logout; {@code onLocale} lets the root follow the cashier's
 * language (e.g. for receipts).
 */
public record TillParts(TillService till, Authenticator login, Consumer<Cashier> onSignOut, Consumer<Locale> onLocale,
        TaskRunner runner, TillDevices devices, SyncStatusSource sync, Clock clock, ZoneId zone, String storeNameEn,
        String storeNameZh, String terminalCode, Locale initialLocale) {

    public String storeName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? storeNameZh : storeNameEn;
    }
}
