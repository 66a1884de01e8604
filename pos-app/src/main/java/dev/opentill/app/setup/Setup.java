package dev.opentill.app.setup;

import dev.opentill.core.device.DeviceSetting;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A till's setup, step by step, as the wizard and {@code installer setup} both drive it. Each step
 * either completes and is stored (a restart resumes at the next) or throws {@link SetupException}
 * having written nothing.
 */
public interface Setup {

    /** Where the setup stands now. */
    SetupProgress progress();

    /** Whether the till must show the wizard before it sells (a bare till, or a setup not finished). */
    boolean needsSetup();

    /** Stores the language ({@code zh} or {@code en}) and moves on to the enrollment. */
    void chooseLanguage(String language);

    /**
     * Enrolls with the centre at {@code url} with its one-time {@code code}; on a till already
     * enrolled with that centre it sends nothing and answers the stored identity.
     */
    Identity enroll(String url, String code);

    /** {@link #enroll} with the payload of the centre's enrollment QR code. */
    Identity enrollByQr(String payload);

    /**
     * Fetches the catalog once (and the staff with it), telling {@code received} the feed position
     * as pages arrive, and moves on to the devices. A failure is reported, not thrown: the sync
     * agent fetches it later.
     */
    CatalogResult downloadCatalog(LongConsumer received);

    /** Checks every device, then saves them all in one transaction and moves on to the summary. */
    void saveDevices(List<DeviceSetting> devices);

    /** Goes back to an earlier step (the summary's "change"). */
    void goTo(SetupStep step);

    /** Finishes the setup; refused ({@link SetupException.Reason#NO_MANAGER}) while no manager can log in. */
    void finish();

    /** The store and terminal the centre named, and its URL. */
    record Identity(String storeCode, String terminalCode, String url) {
    }

    /** How the first catalog download went: products in the store, and the error if it failed. */
    record CatalogResult(int products, String error) {
        public boolean ok() {
            return error == null;
        }
    }
}
